"""The overview page (Überblick): key figures, what is established and disputed, the latest events,
the main actors, where to start reading."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..model.analysis import Analysis
from ..model.records import Corpus
from . import limits
from .comparison_views import FigureView, figure_view
from .refs import ActorRef, ArticleRef, ClaimRef, EventRef, Refs
from .timeline import CompactTimeline


@dataclass(frozen=True)
class MainActor:
    actor: ActorRef
    mentions: int
    description: str


@dataclass(frozen=True)
class OverviewPage:
    article_count: int
    outlet_count: int  # outlets with articles
    event_count: int
    claim_count: int
    actor_count: int  # actors mentioned in the articles
    established: tuple[ClaimRef, ...]
    disputed: tuple[ClaimRef, ...]
    disagreeing: tuple[FigureView, ...]
    compact: CompactTimeline
    latest: tuple[EventRef, ...]  # the latest events, latest first
    main_actors: tuple[MainActor, ...]
    start: tuple[ArticleRef, ...]  # recommended as a first read
    recent: tuple[ArticleRef, ...]  # at most limits.ARTICLES_ON_OVERVIEW, the latest dated ones


def overview_page(corpus: Corpus, a: Analysis, refs: Refs, totals: Counter,
                  compact: CompactTimeline) -> OverviewPage:
    # an actor that is also cited as a source (an intelligence service, a government) still acts;
    # only media cited as sources are left out: they tell the story rather than act in it
    main = sorted((e for e in corpus.entities.values() if totals[e.id] and not (e.source_kind and e.kind == "medium")),
                  key=lambda e: (-totals[e.id], e.id))[:8]
    latest = [e for g in a.chronology for e in g.entries][-5:][::-1]
    recent = list(a.articles)
    if len(recent) > limits.ARTICLES_ON_OVERVIEW:
        recent = [x for x in recent if x.published][-limits.ARTICLES_ON_OVERVIEW:]
    claims = corpus.claims.values()
    return OverviewPage(
        article_count=len(a.articles), outlet_count=len({x.outlet for x in a.articles}), event_count=len(corpus.events),
        claim_count=len(corpus.claims), actor_count=len(totals),
        established=tuple(refs.claim(c) for c in claims if c.status == "confirmed"),
        disputed=tuple(refs.claim(c) for c in claims if c.status == "disputed"),
        disagreeing=tuple(figure_view(f, refs) for f in a.figures if f.disagree), compact=compact,
        latest=tuple(refs.event(e.event) for e in latest),
        main_actors=tuple(MainActor(refs.actor(e.id), totals[e.id], e.description) for e in main),
        start=refs.articles(i for i in corpus.dossier.start_here if i in corpus.articles),
        recent=tuple(refs.article(x.id) for x in recent))
