"""The comparison page (Quellenvergleich): the sources side by side, the coverage matrix, figures,
claims, word choice, attribution and shared passages; and the figures the overview repeats."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..analysis.comparison import FigureComparison
from ..model.analysis import Analysis
from ..model.figures import Figure
from ..model.records import Corpus
from . import limits
from .passages import PassageGroup, Passages, PassageView
from .refs import ActorRef, ArticleRef, AttributionView, CitedQuote, Refs
from .urls import Links, anchor


@dataclass(frozen=True)
class SourceArticle:
    """One row of the sources side by side."""

    article: ArticleRef
    country: str | None
    authors: tuple[str, ...]
    signature: str | None
    kicker: str | None
    words: int
    credited: tuple[str, ...]
    photo_credits: tuple[str, ...]
    cites: tuple[ActorRef, ...]  # the actors its attributions name, by id


@dataclass(frozen=True)
class Column:
    label: str
    sub: str
    href: str
    articles: tuple[str, ...]


@dataclass(frozen=True)
class CoverageCell:
    """The first of a column's articles that cites the event or claim."""

    article: ArticleRef
    block: str
    quote: str


@dataclass(frozen=True)
class CoverageLine:
    kind: str  # event or claim
    id: str
    label: str
    count: int  # articles citing it
    cells: tuple[tuple[CoverageCell | None, int], ...]  # per column: (its first citing article, how many)


@dataclass(frozen=True)
class FigureLine:
    article: ArticleRef
    figure: Figure
    block: str | None  # where the quote is anchored, None if it is not
    quote: str
    attributed_to: tuple[ActorRef, ...]


@dataclass(frozen=True)
class FigureView:
    """One quantity as the outlets give it."""

    quantity: str
    disagree: bool
    reasons: tuple[str, ...]
    gap: float | None
    gap_share: float | None
    largest: float  # the largest absolute value, the bars' full width
    lines: tuple[FigureLine, ...]


@dataclass(frozen=True)
class ClaimLine:
    cited: CitedQuote | None  # None where the quote is not anchored
    attributed_to: tuple[ActorRef, ...]


@dataclass(frozen=True)
class ClaimSection:
    id: str
    anchor: str  # the id of the claim's section
    statement: str
    status: str
    topic: str
    reports: tuple[ClaimLine, ...]


@dataclass(frozen=True)
class WordTable:
    """The words the outlets use for one actor: per word, its count in each column."""

    actor: ActorRef
    rows: tuple[tuple[str, tuple[int, ...]], ...]


@dataclass(frozen=True)
class HeadlineRow:
    article: ArticleRef
    kicker: str | None
    title: str
    question: bool
    loaded: tuple[str, ...]


@dataclass(frozen=True)
class LoadedPlace:
    before: str
    found: str
    after: str
    article: ArticleRef
    href: str  # to its paragraph


@dataclass(frozen=True)
class LoadedWord:
    word: str
    total: int  # places in all articles
    articles: int
    shown: tuple[LoadedPlace, ...]  # at most limits.LOADED_PER_WORD


@dataclass(frozen=True)
class SourceView:
    """A cited source as the comparison groups it: an actor, a named source with its kind, or none."""

    actor: ActorRef | None
    actor_kind: str | None  # the actor's kind of source (state_media, …), if it has one
    name: str
    kind: str


@dataclass(frozen=True)
class AttributionList:
    number: int  # the article's column number, A1, A2, …
    article: ArticleRef
    items: tuple[AttributionView, ...]


@dataclass(frozen=True)
class ComparisonPage:
    sources: tuple[SourceArticle, ...]
    columns: tuple[Column, ...]
    coverage: tuple[CoverageLine, ...]
    figures: tuple[FigureView, ...]
    claims: tuple[ClaimSection, ...]
    word_tables: tuple[WordTable, ...]
    headlines: tuple[HeadlineRow, ...]
    loaded: tuple[LoadedWord, ...]
    source_rows: tuple[tuple[SourceView, tuple[int, ...]], ...]  # (source, its count in each column)
    attribution_lists: tuple[AttributionList, ...]  # articles with attributions only
    clusters: tuple[PassageGroup, ...]
    shared: tuple[PassageView, ...]
    shared_total: int


def figure_view(comparison: FigureComparison, refs: Refs) -> FigureView:
    return FigureView(comparison.quantity, comparison.disagree, comparison.reasons, comparison.gap,
                      comparison.gap_share, comparison.largest,
                      tuple(FigureLine(refs.article(r.report.article), r.report.figure, r.anchor.block if r.anchor else None,
                                       r.report.quote, refs.actors(r.report.attributed_to))
                            for r in comparison.reports))


def comparison_page(corpus: Corpus, a: Analysis, refs: Refs, passages: Passages, links: Links,
                    labels: dict, lang: str) -> tuple[str, str, ComparisonPage]:
    attributed: dict[str, set] = defaultdict(set)
    for article_id, items in a.attributions.items():
        for item in items:
            attributed[article_id].update(item.sources)
    sources = tuple(SourceArticle(refs.article(x.id), corpus.outlets[x.outlet].country, x.authors,
                                  a.clean[x.id].signature, x.kicker, a.clean[x.id].word_count(), a.credited[x.id],
                                  x.photo_credits, refs.actors(sorted(attributed[x.id])))
                    for x in a.articles)
    columns = _columns(corpus, a, refs, links, labels, lang)
    coverage = []
    for row in a.coverage:
        by_article = {cell.anchor.article: cell for cell in row.cells if cell}
        cells = []
        for column in columns:
            hits = [by_article[i] for i in column.articles if i in by_article]
            first = CoverageCell(refs.article(hits[0].anchor.article), hits[0].anchor.block, hits[0].quote) if hits else None
            cells.append((first, len(hits)))
        coverage.append(CoverageLine(row.kind, row.id, row.label, row.count, tuple(cells)))
    claims = tuple(ClaimSection(claim.id, anchor("claim", claim.id), claim.statement, claim.status, claim.topic, tuple(
        ClaimLine(refs.cited(report.article, found.block, report.quote) if (found := a.claim_anchors.get((claim.id, n))) else None,
                  refs.actors(report.attributed_to))
        for n, report in enumerate(claim.reports))) for claim in corpus.claims.values())
    words = tuple(WordTable(refs.actor(actor), tuple(
        (word, tuple(sum(per_article.get(i, {}).get(word, 0) for i in column.articles) for column in columns))
        for word in sorted({w for counts in per_article.values() for w in counts})))
        for actor, per_article in a.epithet_table.items())
    headlines = tuple(HeadlineRow(refs.article(h.article), h.kicker, h.title, h.question, h.loaded) for h in a.headlines)
    source_rows = tuple((_source(source, corpus, refs), tuple(sum(counts.get(i, 0) for i in column.articles) for column in columns))
                        for source, counts in a.attribution_table.items())
    lists = tuple(AttributionList(n, refs.article(x.id), refs.attributions(a.attributions[x.id]))
                  for n, x in enumerate(a.articles, start=1) if a.attributions[x.id])
    shared = tuple(passages.view(p, p.left.article, links) for p in a.shared[:limits.SHARED_ON_COMPARISON])
    return ComparisonPage(
        sources=sources, columns=columns, coverage=tuple(coverage), figures=tuple(figure_view(f, refs) for f in a.figures),
        claims=claims, word_tables=words, headlines=headlines, loaded=_loaded_in_context(a, refs, links),
        source_rows=source_rows, attribution_lists=lists,
        clusters=tuple(passages.groups()[:limits.SHARED_ON_COMPARISON]), shared=shared, shared_total=len(a.shared))


def _source(source, corpus: Corpus, refs: Refs) -> SourceView:
    if source.actor:
        return SourceView(refs.actor(source.actor), corpus.entities[source.actor].source_kind, source.name, source.kind)
    return SourceView(None, None, source.name, source.kind)


def _loaded_in_context(a: Analysis, refs: Refs, links: Links) -> tuple[LoadedWord, ...]:
    """Each loaded word with a few of its places, one per article before a second from any."""
    by_word: dict[str, list] = defaultdict(list)
    for use in a.loaded_uses:
        by_word[use.word].append(use)
    rows = []
    for word, uses in by_word.items():
        firsts, rest, seen = [], [], set()
        for use in uses:
            (rest if use.article in seen else firsts).append(use)
            seen.add(use.article)
        shown = (firsts + rest)[:limits.LOADED_PER_WORD]
        rows.append(LoadedWord(word, len(uses), len({u.article for u in uses}), tuple(
            LoadedPlace(u.before, u.found, u.after, refs.article(u.article), links.article(u.article, u.block))
            for u in shown)))
    return tuple(sorted(rows, key=lambda r: (-r.total, r.word.casefold(), r.word)))


def _columns(corpus: Corpus, a: Analysis, refs: Refs, links: Links, labels: dict, lang: str) -> tuple[Column, ...]:
    """One column per article in a small dossier; one per outlet once there are too many articles
    for a readable (and linearly sized) table."""
    if len(a.articles) <= limits.MAX_ARTICLE_COLUMNS:
        return tuple(Column(f"A{n}", f"{refs.article(x.id).outlet}, {x.published.format(lang) if x.published else labels['unknown']}",
                            links.article(x.id), (x.id,)) for n, x in enumerate(a.articles, start=1))
    by_outlet: dict[str, list[str]] = defaultdict(list)
    for article in a.articles:
        by_outlet[article.outlet].append(article.id)
    return tuple(Column(corpus.outlets[o].label, f"{len(ids)} {labels['n_articles']}", "", tuple(ids))
                 for o, ids in sorted(by_outlet.items()))
