"""How the outlets differ: coverage, disagreeing figures, word choice and whom they cite."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from ..model.figures import Figure, disagree, gap
from ..model.records import Article, Claim, ClaimReport, Event
from .anchoring import Anchor
from .attribution import Attribution
from . import loaded_words
from .entities import EpithetUse


@dataclass(frozen=True)
class Cell:
    anchor: Anchor
    quote: str


@dataclass(frozen=True)
class CoverageRow:
    kind: str  # event or claim
    id: str
    label: str
    cells: tuple[Cell | None, ...]  # one per article, in the articles' order

    @property
    def count(self) -> int:
        return sum(1 for c in self.cells if c)


@dataclass(frozen=True)
class FigureReport:
    claim: Claim
    report: ClaimReport
    anchor: Anchor | None


@dataclass(frozen=True)
class FigureComparison:
    quantity: str
    reports: tuple[FigureReport, ...]
    disagree: bool
    reasons: tuple[str, ...]  # why they disagree: values differ, different things counted, sources differ
    gap: float | None = None  # how far apart the most distant disagreeing figures are, beyond rounding
    gap_share: float | None = None  # the gap as a share of the smaller of the two

    @property
    def largest(self) -> float:
        return max(abs(r.report.figure.value) for r in self.reports)


def coverage(articles: list[Article], events: dict[str, Event], claims: dict[str, Claim],
             event_anchors: dict[tuple[str, int], Anchor], claim_anchors: dict[tuple[str, int], Anchor]) -> list[CoverageRow]:
    """Events in date order, then claims; one cell per article."""
    order = {a.id: i for i, a in enumerate(articles)}
    rows = []
    by_date = sorted(events.values(), key=lambda e: (e.date.sort_key, e.id))
    for kind, records, anchors, refs in (
            ("event", by_date, event_anchors, lambda r: r.sources),
            ("claim", list(claims.values()), claim_anchors, lambda r: r.reports)):
        for record in records:
            cells: list[Cell | None] = [None] * len(articles)
            for index, ref in enumerate(refs(record)):
                anchor = anchors.get((record.id, index))
                if anchor and ref.article in order and cells[order[ref.article]] is None:
                    cells[order[ref.article]] = Cell(anchor, ref.quote)
            label = record.title if kind == "event" else record.statement
            rows.append(CoverageRow(kind, record.id, label, tuple(cells)))
    return rows


def compare_figures(claims: dict[str, Claim], claim_anchors: dict[tuple[str, int], Anchor],
                    published_key) -> list[FigureComparison]:
    """Reports with figures, grouped by the quantity they measure, disagreements flagged."""
    grouped: dict[str, list[FigureReport]] = defaultdict(list)
    for claim in claims.values():
        for index, report in enumerate(claim.reports):
            if report.figure:
                quantity = claim.quantity or claim.statement
                grouped[quantity].append(FigureReport(claim, report, claim_anchors.get((claim.id, index))))
    out = []
    for quantity, reports in sorted(grouped.items()):
        reports.sort(key=lambda r: (published_key(r.report.article), r.report.article))
        reasons = []
        gap, share = _widest_gap([r.report.figure for r in reports])
        if gap is not None:
            reasons.append("values")
        if len({r.report.figure.counted for r in reports}) > 1:
            reasons.append("counted")
        if len({r.report.attributed_to for r in reports}) > 1:
            reasons.append("sources")
        out.append(FigureComparison(quantity, tuple(reports), bool(reasons) and len(reports) > 1, tuple(reasons),
                                    gap, share))
    return out


def _widest_gap(figures: list[Figure]) -> tuple[float | None, float | None]:
    """Figures disagree only when their intervals (with rounding) do not overlap: the widest such gap
    and its share of the smaller figure, or (None, None) when all of them agree."""
    gaps = [(gap(a, b), min(abs(a.value), abs(b.value))) for i, a in enumerate(figures) for b in figures[i + 1:]
            if disagree(a, b)]
    if not gaps:
        return None, None
    widest, smaller = max(gaps)
    return widest, (widest / smaller if smaller else None)


def epithet_table(uses: list[EpithetUse]) -> dict[str, dict[str, Counter]]:
    """{actor: {article: Counter(epithet -> uses)}}"""
    table: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for use in uses:
        table[use.entity][use.article][use.epithet] += 1
    return {actor: dict(per_article) for actor, per_article in sorted(table.items())}


@dataclass(frozen=True)
class Headline:
    article: str
    kicker: str | None
    title: str
    loaded: tuple[str, ...]  # loaded words and epithets found in kicker or title
    question: bool


def headlines(articles: list[Article], lexicon: loaded_words.Lexicon) -> list[Headline]:
    out = []
    for article in articles:
        found = loaded_words.in_headline(f"{article.kicker or ''} {article.title}", lexicon)
        out.append(Headline(article.id, article.kicker, article.title, found, article.title.rstrip().endswith("?")))
    return out


@dataclass(frozen=True, order=True)
class CitedSource:
    """A source as the comparison groups it: an actor of the dossier, a named source that is none
    (with its kind), or the sources the texts do not name."""

    rank: int  # 0 actors, 1 named sources, 2 not named
    actor: str = ""
    name: str = ""
    kind: str = "unnamed"


def cited_sources(attribution: Attribution) -> tuple[CitedSource, ...]:
    if attribution.sources:
        return tuple(CitedSource(0, actor=ident) for ident in attribution.sources)
    if attribution.source_name:
        return (CitedSource(1, name=attribution.source_name, kind=attribution.source_kind),)
    return (CitedSource(2),)


def attribution_table(attributions: list[Attribution]) -> dict[CitedSource, Counter]:
    """{source: Counter(article -> cues citing it)}: actors first, then named sources, then the unnamed."""
    table: dict[CitedSource, Counter] = defaultdict(Counter)
    for attribution in attributions:
        for source in cited_sources(attribution):
            table[source][attribution.article] += 1
    return dict(sorted(table.items()))
