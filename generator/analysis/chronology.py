"""The story in time: events in date order with their sources (the timeline drawn from it is in pages/timeline.py).

Event date (when it happened) and report dates (when articles published it) are kept apart:
an entry knows both, and the timeline draws them on separate tracks.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model.dates import date_order
from ..model.records import Article, Event, QuoteRef
from .anchoring import Anchor


@dataclass(frozen=True)
class SourceLink:
    ref: QuoteRef
    anchor: Anchor


@dataclass(frozen=True)
class Entry:
    event: Event
    sources: tuple[SourceLink, ...]
    reported_by: tuple[str, ...]  # article ids, earliest publication first
    first_report: str | None  # the earliest-published article citing the event, when one is provably first
    first_tied: tuple[str, ...] = ()  # else the articles that may each have been first (same day, no times)
    tied_on_one_day: bool = False  # the tied articles all give the same single day (else overlapping dates)


@dataclass(frozen=True)
class YearGroup:
    year: int
    entries: tuple[Entry, ...]


def _published_key(article: Article) -> tuple:
    return date_order(article.published)


def _could_precede(article: Article, earliest: Article) -> bool:
    """Whether ``article`` may have appeared no later than ``earliest``: its first possible day is within
    ``earliest``'s dates and, where both carry a time of day, its time is not later."""
    mine, theirs = article.published, earliest.published
    if mine is None or theirs is None:
        return mine is None and theirs is None
    if mine.span()[0] > theirs.span()[1]:
        return False
    if mine.time and theirs.time and mine.start == theirs.start and (mine.time.tzinfo is None) == (theirs.time.tzinfo is None):
        return mine.time <= theirs.time
    return True


def first_reports(reporters: list[str], articles: dict[str, Article]) -> tuple[str | None, tuple[str, ...], bool]:
    """The article that reported first, or, when the dates cannot tell (several on the same day without
    times), no winner and the articles that may each have been first. Never broken by article id."""
    if not reporters:
        return None, (), False
    earliest = articles[reporters[0]]
    candidates = tuple(a for a in reporters if _could_precede(articles[a], earliest))
    times = [articles[a].published.time for a in candidates if articles[a].published]
    if len(times) == len(candidates) > 1 and all(times) and len({t.tzinfo is None for t in times}) == 1 \
            and len({articles[a].published.start for a in candidates}) == 1:
        candidates = tuple(a for a, t in zip(candidates, times) if t == min(times))  # aware times compare in UTC
    if len(candidates) == 1:
        return candidates[0], (), False
    days = {(p.start, p.precision) for p in (articles[a].published for a in candidates) if p}
    return None, candidates, len(days) == 1 and next(iter(days))[1] == "day"


def build_chronology(events: dict[str, Event], articles: dict[str, Article],
                     anchors: dict[tuple[str, int], Anchor]) -> list[YearGroup]:
    """``anchors`` maps (event id, source index) to where the source quote sits."""
    entries = []
    for event in sorted(events.values(), key=lambda e: (e.date.sort_key, e.id)):
        links = tuple(SourceLink(ref, anchors[(event.id, i)]) for i, ref in enumerate(event.sources)
                      if (event.id, i) in anchors)
        reporters = sorted({link.ref.article for link in links}, key=lambda a: (_published_key(articles[a]), a))
        entries.append(Entry(event, links, tuple(reporters), *first_reports(reporters, articles)))
    groups: dict[int, list[Entry]] = {}
    for entry in entries:
        groups.setdefault(entry.event.date.start.year, []).append(entry)
    return [YearGroup(year, tuple(items)) for year, items in sorted(groups.items())]
