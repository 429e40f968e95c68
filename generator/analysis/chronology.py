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
    first_report: str | None  # the earliest-published article citing the event


@dataclass(frozen=True)
class YearGroup:
    year: int
    entries: tuple[Entry, ...]


def _published_key(article: Article) -> tuple:
    return date_order(article.published)


def build_chronology(events: dict[str, Event], articles: dict[str, Article],
                     anchors: dict[tuple[str, int], Anchor]) -> list[YearGroup]:
    """``anchors`` maps (event id, source index) to where the source quote sits."""
    entries = []
    for event in sorted(events.values(), key=lambda e: (e.date.sort_key, e.id)):
        links = tuple(SourceLink(ref, anchors[(event.id, i)]) for i, ref in enumerate(event.sources)
                      if (event.id, i) in anchors)
        reporters = sorted({link.ref.article for link in links}, key=lambda a: (_published_key(articles[a]), a))
        entries.append(Entry(event, links, tuple(reporters), reporters[0] if reporters else None))
    groups: dict[int, list[Entry]] = {}
    for entry in entries:
        groups.setdefault(entry.event.date.start.year, []).append(entry)
    return [YearGroup(year, tuple(items)) for year, items in sorted(groups.items())]
