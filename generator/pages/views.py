"""What each page says: for every page, its template, its path and its view, a frozen object holding
exactly what the template prints.

Gather, then render: everything here is computed from the corpus and the analysis before any
template runs; the renderer only feeds each view to its template. Besides its view, a template
reads only site-wide values (the labels, the dossier's own record, the site's address) and the
page's ``links``. The page families have a module each (``article_views``, ``actor_views``,
``chronology_views``, ``comparison_views``, ``overview_views``); the pieces they share are in
``refs``; the two small pages are here.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass

from ..exports.data_files import documented_files
from ..model.analysis import Analysis
from ..model.records import Article, Corpus, Entity
from .actor_views import ActorIndex, ActorPage, actor_page, actors_page, index_actors
from .article_views import article_pages, articles_page
from .chronology_views import chronology_page
from .comparison_views import comparison_page
from .overview_views import overview_page
from .passages import Passages
from .refs import ArticleRef, QuoteView, Refs
from .timeline import Timeline, build_compact_timeline, build_timeline, with_links
from .render_cache import Deferred
from .urls import PAGES, record_page


@dataclass(frozen=True)
class QuoteGroupView:
    """One quote as several articles render it."""

    article_count: int
    quotes: tuple[QuoteView, ...]


@dataclass(frozen=True)
class QuotesPage:
    groups: tuple[QuoteGroupView, ...]
    by_article: tuple[tuple[ArticleRef, tuple[QuoteView, ...]], ...]  # articles with quotes, in publication order


@dataclass(frozen=True)
class DataPage:
    files: tuple[tuple[str, str, dict[str, str]], ...]  # (file name, description, {field: meaning})


class Views:
    def __init__(self, corpus: Corpus, analysis: Analysis, labels: dict, links, site_url: str = ""):
        """``links(page)``: the ``Links`` from a page's path; ``site_url``: for the citations' addresses."""
        self.corpus, self.a, self.t, self.links = corpus, analysis, labels, links
        self.lang = corpus.dossier.language
        self.refs = Refs(corpus, site_url)
        self.passages = Passages(analysis, self.refs)
        self._totals: Counter | None = None
        self._actor_index: ActorIndex | None = None
        self._timeline: Timeline | None = None

    def outlet_label(self, article: Article) -> str:
        return self.refs.outlet_label(article)

    def pages(self):
        """(template, path, view) of every page, one at a time, so that a large dossier never holds
        all its pages in memory. The views come ``Deferred``, built only for the pages the render cache
        cannot keep: each article page with the values it is made from, every other page with the
        digest of what the whole analysis but the annotations is made from (``Analysis.inputs``)."""
        corpus, a, refs, lang = self.corpus, self.a, self.refs, self.lang
        inputs = a.inputs
        overview, chronology, comparison = PAGES["overview"], PAGES["chronology"], PAGES["comparison"]
        yield "overview.md.j2", overview, Deferred(inputs, lambda: overview_page(
            corpus, a, refs, self.totals(), build_compact_timeline(a.chronology, corpus.dossier.period, lang,
                                                                   self.links(overview))))
        yield "articles.md.j2", PAGES["articles"], Deferred(inputs, lambda: articles_page(corpus, a, refs))
        yield from article_pages(corpus, a, refs, self.passages, self.links)
        yield "chronology.md.j2", chronology, Deferred(inputs, lambda: chronology_page(
            corpus, a, refs, self.timeline(chronology)))
        yield "comparison.md.j2", comparison, Deferred(inputs, lambda: comparison_page(
            corpus, a, refs, self.passages, self.links(comparison), self.t, lang))
        yield "actors.md.j2", PAGES["actors"], Deferred(inputs, lambda: actors_page(corpus, self.totals(), refs))
        for entity in corpus.entities.values():
            yield "actor.md.j2", record_page("actor", entity.id), Deferred(
                inputs, functools.partial(self.actor, entity))
        yield "quotes.md.j2", PAGES["quotes"], Deferred(inputs, self.quotes)
        yield "data.md.j2", PAGES["data"], DataPage(tuple(documented_files(lang)))

    def totals(self) -> Counter:
        """Mentions per actor id."""
        if self._totals is None:
            self._totals = Counter(m.entity for ms in self.a.mentions.values() for m in ms)
        return self._totals

    def actor(self, entity: Entity) -> ActorPage:
        if self._actor_index is None:
            self._actor_index = index_actors(self.a)
        return actor_page(self.a, self.refs, self._actor_index, entity)

    def timeline(self, page: str) -> Timeline:
        """The timeline's geometry is computed once; only its links differ between the pages showing it."""
        if self._timeline is None:
            self._timeline = build_timeline(self.a.chronology, {x.id: x for x in self.a.articles},
                                            self.corpus.dossier.period, self.lang, self.outlet_label,
                                            (self.t["report_track"], self.t["event_track"]), self.t["earlier"])
        return with_links(self._timeline, self.links(page))

    def quotes(self) -> QuotesPage:
        refs = self.refs
        return QuotesPage(
            tuple(QuoteGroupView(len(g.articles), refs.quotes(g.quotes)) for g in self.a.quote_groups),
            tuple((refs.article(x.id), refs.quotes(self.a.quotes[x.id])) for x in self.a.articles if self.a.quotes[x.id]))
