"""The analysis stage: from the validated corpus to everything the pages show.

Runs each analysis module over every article once and re-anchors every quote the editor wrote
(annotations, event sources, claim reports); quotes that no longer match are problems.
"""

from __future__ import annotations

from ..intake.cleaning import clean_article
from ..model.analysis import AnchoredAnnotation, Analysis
from ..model.article_text import CleanArticle
from ..model.dates import UNDATED_LAST, date_order
from ..model.problems import ProblemLog
from ..model.records import Article, Corpus
from . import attribution, chronology, comparison, entities, loaded_words, quotes, reported_speech, text_reuse
from .anchoring import Anchor, anchor_quote


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


def analyse(corpus: Corpus, log: ProblemLog) -> Analysis:
    ordered = publication_order(corpus)
    ordered = tuple(a for a in ordered if a.id in corpus.seeds)
    clean = {a.id: clean_article(a, corpus.seeds[a.id], log) for a in ordered}
    lexicon = entities.build_lexicon(corpus.entities)
    mentions = {a.id: entities.find_mentions(clean[a.id], lexicon) for a in ordered}
    epithets = {a.id: entities.find_epithets(clean[a.id], lexicon, mentions[a.id]) for a in ordered}
    overrides = list(corpus.quote_overrides)
    known = reported_speech.ActorGazetteer(lexicon, corpus.entities)
    speech = {a.id: reported_speech.read_speech(clean[a.id], a.language, known) for a in ordered}
    found_quotes = {a.id: quotes.extract_quotes(clean[a.id], speech[a.id], lexicon, corpus.entities, overrides)
                    for a in ordered}
    attributions = {a.id: attribution.find_attributions(clean[a.id], speech[a.id], lexicon) for a in ordered}
    agencies = {a.id: attribution.credited_agencies(clean[a.id], corpus.entities) for a in ordered}

    annotations: dict[str, list[AnchoredAnnotation]] = {a.id: [] for a in ordered}
    for article in ordered:
        for ann in article.annotations:
            anchor = _anchor_or_report(clean[article.id], ann.selector.quote, ann.origin, "annotation", log,
                                       ann.selector.prefix, ann.selector.suffix)
            if anchor:
                annotations[article.id].append(AnchoredAnnotation(ann, anchor))
        order = {block.anchor: n for n, block in enumerate(clean[article.id].blocks)}
        annotations[article.id].sort(key=lambda a: (order[a.anchor.block], a.anchor.start))
    event_anchors = _anchor_refs(corpus.events, lambda e: e.sources, "event", clean, log)
    claim_anchors = _anchor_refs(corpus.claims, lambda c: c.reports, "claim", clean, log)
    for override in overrides:
        if override.article in clean and not any(q.text == override.text or override.text in q.text
                                                 for q in found_quotes[override.article]) and not override.ignore:
            log.warn(override.origin.file, override.origin.line,
                     f"article '{override.article}': quote override '{override.text}' matches no quote found in the text")
    _warn_frequent_sources(ordered, attributions, log)
    for entity in corpus.entities.values():
        if not any(m.entity == entity.id for ms in mentions.values() for m in ms) and not entity.source_kind:
            log.warn(entity.origin.file, entity.origin.line, f"entity '{entity.id}' is never mentioned in any article")

    tokens = {a.id: text_reuse.tokens(clean[a.id]) for a in ordered}
    all_mentions = [m for a in ordered for m in mentions[a.id]]
    for entity, alias, count, total in entities.generic_aliases(corpus.entities, all_mentions):
        log.warn(entity.origin.file, entity.origin.line,
                 f"entity '{entity.id}': alias '{alias}' is also a common noun and gave {count} of its {total} mentions; "
                 "move it to 'ambiguous_aliases' (counted only where the actor is also named) or remove it")
    published = {a.id: date_order(a.published) for a in ordered}
    all_epithets = [u for a in ordered for u in epithets[a.id]]
    lexicon_of_loaded = loaded_words.lexicon(corpus.dossier, corpus.entities)
    return Analysis(
        articles=ordered, clean=clean, mentions=mentions, epithets=epithets, quotes=found_quotes,
        quote_groups=quotes.group_quotes([q for a in ordered for q in found_quotes[a.id]]),
        attributions=attributions, agencies_detected=agencies, annotations=annotations,
        credited={a.id: tuple(sorted({*a.agencies, *(corpus.entities[i].name for i in agencies[a.id])}, key=str.lower))
                  for a in ordered},
        event_anchors=event_anchors, claim_anchors=claim_anchors,
        chronology=chronology.build_chronology(corpus.events, corpus.articles, event_anchors),
        coverage=comparison.coverage(list(ordered), corpus.events, corpus.claims, event_anchors, claim_anchors),
        figures=comparison.compare_figures(corpus.claims, claim_anchors, lambda a: published.get(a, UNDATED_LAST)),
        epithet_table=comparison.epithet_table(all_epithets),
        headlines=comparison.headlines(list(ordered), lexicon_of_loaded),
        loaded_uses=[u for a in ordered for u in loaded_words.find(a.id, clean[a.id], lexicon_of_loaded)],
        attribution_table=comparison.attribution_table([x for a in ordered for x in attributions[a.id]]),
        shared=text_reuse.find_shared(tokens), tokens=tokens,
        co_mentions=entities.co_mentions(all_mentions),
    )
