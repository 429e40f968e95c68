"""The analysis stage: from the validated corpus to everything the pages show.

Runs each analysis module over every article once and re-anchors every quote the editor wrote
(annotations, event sources, claim reports); quotes that no longer match are problems.
"""

from __future__ import annotations

from dataclasses import replace

from ..model.analysis import AnchoredAnnotation, Analysis
from ..model.article_text import CleanArticle
from ..model.dates import UNDATED_LAST, date_order
from ..model.digests import digest
from ..model.memory import kept_between_builds
from ..model.problems import ProblemLog
from ..model.version import generator_version
from ..model.records import Article, Corpus
from . import chronology, comparison, entities, quotes, text_reuse
from .anchoring import Anchor, anchor_quote
from .reading import ArticleReading, Readers, read_many, readers_key, reading_key
from .reading_cache import ReadingCache


def publication_order(corpus: Corpus) -> tuple[Article, ...]:
    return tuple(sorted(corpus.articles.values(),
                        key=lambda a: (date_order(a.published), a.id)))


def _anchor_or_report(clean: CleanArticle, quote: str, origin, label: str, log: ProblemLog,
                      prefix: str = "", suffix: str = "") -> Anchor | None:
    result = anchor_quote(clean, quote, prefix, suffix)
    where = f"{label} "  # "annotation quote not found …", "event 'x': quote not found …"
    if result.anchor is None:
        closest = f'; closest: "{result.closest}"' if result.closest else ""
        log.error(origin.file, origin.line, f"{where}quote not found in article '{clean.id}'{closest}")
        return None
    if result.differs_in:
        log.error(origin.file, origin.line, f"{where}quote differs from article '{clean.id}' in {result.differs_in}; "
                                            f"the text says: \"{result.closest}\"")
        return None
    if result.anchor.method == "fuzzy":
        log.warn(origin.file, origin.line, f"{where}quote matched only approximately in article '{clean.id}': \"{result.closest}\"")
    elif result.candidates > 1:
        log.warn(origin.file, origin.line, f"{where}quote occurs {result.candidates} times in article '{clean.id}'; "
                                           "add 'prefix' or 'suffix' to choose one (the first is used)")
    return result.anchor


def _anchor_refs(records: dict, refs_of, kind: str, clean: dict[str, CleanArticle],
                 log: ProblemLog) -> dict[tuple[str, int], Anchor]:
    """Where each quote of each event (or claim) sits: {(record id, index of the quote): anchor}."""
    anchors = {}
    for record in records.values():
        for index, ref in enumerate(refs_of(record)):
            if ref.article in clean:
                anchor = _anchor_or_report(clean[ref.article], ref.quote, ref.origin, f"{kind} '{record.id}':", log)
                if anchor:
                    anchors[(record.id, index)] = anchor
    return anchors


def _warn_frequent_sources(ordered, attributions: dict, log: ProblemLog) -> None:
    """Named sources the articles cite that are no actors yet: candidates for entities.yml, once
    two articles cite them."""
    cited: dict[tuple[str, str], list] = {}
    for article in ordered:
        for item in attributions[article.id]:
            if item.source_name and not item.sources and not item.inferred and item.source_kind != "unnamed":
                cited.setdefault((item.source_name, item.source_kind), []).append(article)
    for (name, kind), articles in sorted(cited.items()):
        if len({a.id for a in articles}) >= 2:
            first = articles[0]
            log.warn(first.origin.file, first.origin.line,
                     f"source '{name}' ({kind}) is cited {len(articles)} times in {len({a.id for a in articles})} articles "
                     f"but is no actor; add it to content/entities.yml to give it a page")


def read_articles(corpus: Corpus, readers: Readers, ordered: tuple[Article, ...],
                  cache: ReadingCache | None) -> tuple[dict[str, ArticleReading], dict[str, str]]:
    """Each article's own reading and the digest of its inputs (``reading_key``): from the cache
    where those inputs are unchanged, the rest read (in worker processes when there are many), in
    publication order either way."""
    shared = readers_key(readers, corpus.dossier)
    version = generator_version()
    keys = {a.id: reading_key(a, corpus.seeds[a.id], readers, shared, version) for a in ordered}
    if cache is None:
        return dict(zip((a.id for a in ordered),
                        read_many([(a, corpus.seeds[a.id]) for a in ordered], readers))), keys
    found = {a.id: cache.load(keys[a.id], a.id) for a in ordered}
    missing = [a for a in ordered if found[a.id] is None]
    for article, reading in zip(missing, read_many([(a, corpus.seeds[a.id]) for a in missing], readers)):
        cache.remember(keys[article.id], reading)
        found[article.id] = reading
    cache.used = set(keys.values())
    return found, keys  # type: ignore[return-value]  # every None was replaced


def _anchor_annotations(ordered: tuple[Article, ...], clean: dict[str, CleanArticle],
                        log: ProblemLog) -> dict[str, list[AnchoredAnnotation]]:
    """Each article's annotations anchored in its text, in reading order; one that does not anchor is reported."""
    annotations: dict[str, list[AnchoredAnnotation]] = {a.id: [] for a in ordered}
    for article in ordered:
        for ann in article.annotations:
            anchor = _anchor_or_report(clean[article.id], ann.selector.quote, ann.origin, "annotation", log,
                                       ann.selector.prefix, ann.selector.suffix)
            if anchor:
                annotations[article.id].append(AnchoredAnnotation(ann, anchor))
        order = {block.anchor: n for n, block in enumerate(clean[article.id].blocks)}
        annotations[article.id].sort(key=lambda a: (order[a.anchor.block], a.anchor.start))
    return annotations


def _warn_unmatched_overrides(overrides: list, clean: dict[str, CleanArticle], found_quotes: dict, log: ProblemLog) -> None:
    for override in overrides:
        if override.article in clean and not any(q.text == override.text or override.text in q.text
                                                 for q in found_quotes[override.article]) and not override.ignore:
            log.warn(override.origin.file, override.origin.line,
                     f"article '{override.article}': quote override '{override.text}' matches no quote found in the text")


def _warn_unmentioned_entities(corpus: Corpus, mentions: dict, log: ProblemLog) -> None:
    mentioned = {m.entity for ms in mentions.values() for m in ms}
    for entity in corpus.entities.values():
        if entity.id not in mentioned and not entity.source_kind:
            log.warn(entity.origin.file, entity.origin.line, f"entity '{entity.id}' is never mentioned in any article")


def _warn_generic_aliases(corpus: Corpus, all_mentions: list, log: ProblemLog) -> None:
    for entity, alias, count, total in entities.generic_aliases(corpus.entities, all_mentions):
        log.warn(entity.origin.file, entity.origin.line,
                 f"entity '{entity.id}': alias '{alias}' is also a common noun and gave {count} of its {total} mentions; "
                 "move it to 'ambiguous_aliases' (counted only where the actor is also named) or remove it")


# Cross-article results of the last analysis in this process, each with the readings it was made from:
# a long-running process (``mkdocs serve``, ``build --watch``) makes them again only when a reading
# changed. Results are never changed once made, so sharing them between builds is safe.
_LAST: dict[str, tuple[object, object]] = kept_between_builds()


def _from_readings(name: str, readings: tuple, make):
    """``make()``, or its result from the last analysis if ``readings`` (the reading digests it
    depends on, and any record it reads) are the same."""
    last = _LAST.get(name)
    if last is None or last[0] != readings:
        last = _LAST[name] = (readings, make())
    return last[1]


def inputs_digest(corpus: Corpus, reading_keys: dict[str, str]) -> bytes:
    """A digest of what every result but the annotations is made from: the records (without the
    annotations, which only the article showing them prints) and each article's reading, by the
    digest of its inputs. Pages and downloads made from those results are kept while it is unchanged."""
    return digest((tuple(replace(x, annotations=()) for x in corpus.articles.values()), corpus.dossier,
                   corpus.outlets, corpus.entities, corpus.events, corpus.claims, corpus.quote_overrides,
                   reading_keys))


def analyse(corpus: Corpus, log: ProblemLog, cache: ReadingCache | None = None) -> Analysis:
    ordered = publication_order(corpus)
    ordered = tuple(a for a in ordered if a.id in corpus.seeds)
    readers = Readers.of(corpus)
    readings, reading_keys = read_articles(corpus, readers, ordered, cache)
    for reading in readings.values():
        log.problems.extend(reading.problems)
        log.warnings.extend(reading.warnings)
    clean = {i: r.clean for i, r in readings.items()}
    mentions = {i: r.mentions for i, r in readings.items()}
    epithets = {i: r.epithets for i, r in readings.items()}
    found_quotes = {i: r.quotes for i, r in readings.items()}
    attributions = {i: r.attributions for i, r in readings.items()}
    agencies = {i: r.agencies for i, r in readings.items()}

    annotations = _anchor_annotations(ordered, clean, log)
    event_anchors = _anchor_refs(corpus.events, lambda e: e.sources, "event", clean, log)
    claim_anchors = _anchor_refs(corpus.claims, lambda c: c.reports, "claim", clean, log)
    _warn_unmatched_overrides(list(corpus.quote_overrides), clean, found_quotes, log)
    _warn_frequent_sources(ordered, attributions, log)
    _warn_unmentioned_entities(corpus, mentions, log)

    tokens = {i: r.tokens for i, r in readings.items()}
    all_mentions = [m for a in ordered for m in mentions[a.id]]
    same = tuple(reading_keys.items())
    _warn_generic_aliases(corpus, all_mentions, log)
    published = {a.id: date_order(a.published) for a in ordered}
    all_epithets = [u for a in ordered for u in epithets[a.id]]
    return Analysis(
        articles=ordered, reading_keys=reading_keys, inputs=inputs_digest(corpus, reading_keys), clean=clean,
        mentions=mentions, epithets=epithets, quotes=found_quotes,
        quote_groups=_from_readings("quote_groups", same, lambda: quotes.group_quotes(
            [q for a in ordered for q in found_quotes[a.id]])),
        attributions=attributions, agencies_detected=agencies, annotations=annotations,
        credited={a.id: tuple(sorted({*a.agencies, *(corpus.entities[i].name for i in agencies[a.id])}, key=str.lower))
                  for a in ordered},
        event_anchors=event_anchors, claim_anchors=claim_anchors,
        chronology=chronology.build_chronology(corpus.events, corpus.articles, event_anchors),
        coverage=comparison.coverage(list(ordered), corpus.events, corpus.claims, event_anchors, claim_anchors),
        figures=comparison.compare_figures(corpus.claims, claim_anchors, lambda a: published.get(a, UNDATED_LAST)),
        epithet_table=_from_readings("epithet_table", same, lambda: comparison.epithet_table(all_epithets)),
        headlines=comparison.headlines(list(ordered), readers.loaded),
        loaded_uses=[u for a in ordered for u in readings[a.id].loaded_uses],
        attribution_table=_from_readings("attribution_table", same, lambda: comparison.attribution_table(
            [x for a in ordered for x in attributions[a.id]])),
        shared=cache.shared_passages(text_reuse.find_shared, tokens) if cache else text_reuse.find_shared(tokens),
        tokens=tokens,
        co_mentions=_from_readings("co_mentions", same, lambda: entities.co_mentions(all_mentions)),
    )
