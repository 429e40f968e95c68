"""The chronology page: every event with its date, actors, first report and supporting quotes."""

from __future__ import annotations

from dataclasses import dataclass

from ..analysis.chronology import Entry
from ..model.analysis import Analysis
from ..model.dates import DateSpec
from ..model.records import Corpus
from .refs import ActorRef, ArticleRef, CitedQuote, Refs
from .timeline import Timeline
from .urls import anchor


@dataclass(frozen=True)
class EventView:
    id: str
    anchor: str  # the id of the event's section
    title: str
    date: DateSpec
    date_note: str
    description: str
    actors: tuple[ActorRef, ...]
    tags: tuple[str, ...]
    first_report: ArticleRef | None  # the article provably first to report the event
    first_tied: tuple[ArticleRef, ...]  # else the articles that may each have been first
    tied_on_one_day: bool
    reported_in: int  # how many articles cite the event
    sources: tuple[CitedQuote, ...]
    address: str  # the event's full URL for its citation, "" without a site URL


@dataclass(frozen=True)
class YearView:
    year: int
    events: tuple[EventView, ...]


@dataclass(frozen=True)
class ChronologyPage:
    event_count: int  # every event of the dossier, dated or not shown
    timeline: Timeline
    years: tuple[YearView, ...]


def event_view(entry: Entry, refs: Refs) -> EventView:
    event = entry.event
    return EventView(
        event.id, anchor("event", event.id), event.title, event.date, event.date_note, event.description,
        refs.actors(event.actors), event.tags,
        refs.article(entry.first_report) if entry.first_report else None, refs.articles(entry.first_tied),
        entry.tied_on_one_day, len(entry.reported_by),
        tuple(refs.cited(s.ref.article, s.anchor.block, s.ref.quote) for s in entry.sources),
        refs.event_address(event.id))


def chronology_page(corpus: Corpus, a: Analysis, refs: Refs, timeline: Timeline) -> ChronologyPage:
    years = tuple(YearView(group.year, tuple(event_view(e, refs) for e in group.entries)) for group in a.chronology)
    return ChronologyPage(len(corpus.events), timeline, years)
