"""What each page says: for every page, its template, its path and the values the template prints.

Gather, then render: everything here is computed from the corpus and the analysis before any
template runs; the renderer only feeds these values to Jinja.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from ..exports.data_files import documented_files
from ..model.analysis import Analysis
from ..model.records import Article, Corpus
from . import limits
from .actor_views import actor_pages, actors_index_page
from .markup import Span, highlight
from .passages import Passages
from .timeline import Timeline, build_compact_timeline, build_timeline, with_links
from .urls import PAGES, Links, record_page


@dataclass(frozen=True)
class LoadedWord:
    word: str
    total: int  # places in all articles
    articles: int
    shown: tuple  # (LoadedUse, Article, link to its paragraph), at most limits.LOADED_PER_WORD


@dataclass(frozen=True)
class Column:
    label: str
    sub: str
    href: str
    articles: tuple[str, ...]


class Views:
    def __init__(self, corpus: Corpus, analysis: Analysis, labels: dict, links):
        """``links(page)``: the ``Links`` from a page's path."""
        self.corpus, self.a, self.t, self.links = corpus, analysis, labels, links
        self.lang = corpus.dossier.language
        self.passages = Passages(corpus, analysis)
        self.totals = Counter(m.entity for ms in analysis.mentions.values() for m in ms)
        self._timeline: Timeline | None = None

    def outlet_label(self, article: Article) -> str:
        outlet = self.corpus.outlets.get(article.outlet)
        return outlet.label if outlet else article.outlet

    def pages(self):
        """(template, path, context) of every page, one at a time, so that a large dossier never holds
        all its pages in memory."""
        yield self.overview()
        yield self.articles_index()
        yield from self.article_pages()
        yield self.chronology()
        yield self.comparison()
        yield actors_index_page(self.corpus, self.totals)
        yield from actor_pages(self.corpus, self.a)
        yield "quotes.md.j2", PAGES["quotes"], {}
        yield "data.md.j2", PAGES["data"], {"files": documented_files(self.lang)}

    def timeline(self, page: str) -> Timeline:
        """The timeline's geometry is computed once; only its links differ between the pages showing it."""
        if self._timeline is None:
            self._timeline = build_timeline(self.a.chronology, {x.id: x for x in self.a.articles},
                                            self.corpus.dossier.period, self.lang, self.outlet_label,
                                            (self.t["report_track"], self.t["event_track"]), self.t["earlier"])
        return with_links(self._timeline, self.links(page))

    def overview(self):
        corpus, a, totals = self.corpus, self.a, self.totals
        people = [e for e in corpus.entities.values() if e.kind == "person"]
        # an actor that is also cited as a source (an intelligence service, a government) still acts;
        # only media cited as sources are left out: they tell the story rather than act in it
        main = sorted((e for e in corpus.entities.values() if totals[e.id] and not (e.source_kind and e.kind == "medium")),
                      key=lambda e: (-totals[e.id], e.id))[:8]
        latest = [e for g in a.chronology for e in g.entries][-5:][::-1]
        outlets = sorted({x.outlet for x in a.articles})
        recent = list(a.articles)
        if len(recent) > limits.ARTICLES_ON_OVERVIEW:
            recent = [x for x in recent if x.published][-limits.ARTICLES_ON_OVERVIEW:]
        claims = list(corpus.claims.values())
        return "overview.md.j2", PAGES["overview"], dict(
            established=[c for c in claims if c.status == "confirmed"],
            disputed=[c for c in claims if c.status == "disputed"],
            disagreeing=[f for f in a.figures if f.disagree],
            main_actors=main, totals=totals, latest=latest, timeline=self.timeline(PAGES["overview"]),
            compact=build_compact_timeline(a.chronology, corpus.dossier.period, self.lang, self.links(PAGES["overview"])),
            outlets=outlets, people=people, recent=recent,
            start=[corpus.articles[i] for i in corpus.dossier.start_here if i in corpus.articles])

    def articles_index(self):
        by_outlet: dict[str, list[Article]] = defaultdict(list)
        for article in self.a.articles:
            by_outlet[article.outlet].append(article)
        return "articles.md.j2", PAGES["articles"], {"by_outlet": dict(sorted(by_outlet.items()))}

    def article_pages(self):
        a = self.a
        cited: dict[str, list] = defaultdict(list)
        for (event_id, _), anchor in a.event_anchors.items():
            cited[anchor.article].append(("event", self.corpus.events[event_id], anchor))
        for (claim_id, _), anchor in a.claim_anchors.items():
            cited[anchor.article].append(("claim", self.corpus.claims[claim_id], anchor))
        shared_by_article: dict[str, list] = defaultdict(list)
        for passage in a.shared:
            for ident in passage.articles:
                shared_by_article[ident].append(passage)
        for article in a.articles:
            path = record_page("article", article.id)
            links = self.links(path)
            clean = a.clean[article.id]
            shared = shared_by_article[article.id]
            kinds = {b.kind: b.anchor for b in reversed(clean.blocks)}
            yield "article.md.j2", path, dict(
                article=article, clean=clean, blocks=self._blocks(article, links),
                kicker_anchor=kinds.get("kicker", "k1"), title_anchor=kinds.get("title", "t1"),
                outlet=self.corpus.outlets.get(article.outlet),
                cited=sorted(cited[article.id], key=lambda c: (c[2].block, c[0], c[1].id)),
                shared=[self.passages.view(p, article.id, links) for p in shared[:limits.SHARED_ON_ARTICLE]],
                shared_total=len(shared), attributions=a.attributions[article.id],
                agencies_detected=a.agencies_detected[article.id])

    def _blocks(self, article: Article, links: Links) -> list:
        """The article's text blocks as (block, its text with marks and actor links, its notes)."""
        spans: dict[str, list[Span]] = defaultdict(list)
        notes: dict[str, list] = defaultdict(list)
        for number, item in enumerate(self.a.annotations[article.id], start=1):
            anchor = item.anchor
            spans[anchor.block].append(Span(anchor.start, anchor.end, "mark", "", item.annotation.id, number))
            notes[anchor.block].append((number, item.annotation))
        linked: set[tuple[str, str]] = set()
        for mention in self.a.mentions[article.id]:
            if (mention.block, mention.entity) not in linked:
                linked.add((mention.block, mention.entity))
                spans[mention.block].append(Span(mention.start, mention.end, "link", links.actor(mention.entity)))
        return [(block, highlight(block.text, spans[block.anchor]), notes[block.anchor])
                for block in self.a.clean[article.id].blocks
                if block.kind in ("lead", "paragraph", "list_item", "heading", "caption")]

    def chronology(self):
        path = PAGES["chronology"]
        return "chronology.md.j2", path, {"groups": self.a.chronology, "timeline": self.timeline(path)}

    def comparison(self):
        a = self.a
        path = PAGES["comparison"]
        links = self.links(path)
        attributed: dict[str, set] = defaultdict(set)
        for article_id, items in a.attributions.items():
            for item in items:
                attributed[article_id].update(item.sources)
        columns = self._columns(links)
        coverage = []
        for row in a.coverage:
            by_article = {cell.anchor.article: cell for cell in row.cells if cell}
            cells = []
            for column in columns:
                hits = [by_article[i] for i in column.articles if i in by_article]
                cells.append((hits[0] if hits else None, len(hits)))
            coverage.append((row, cells))
        words = {actor: [(word, [sum(per_article.get(i, {}).get(word, 0) for i in column.articles) for column in columns])
                         for word in sorted({w for counts in per_article.values() for w in counts})]
                 for actor, per_article in a.epithet_table.items()}
        sources = [(source, [sum(counts.get(i, 0) for i in column.articles) for column in columns])
                   for source, counts in a.attribution_table.items()]
        shared = [self.passages.view(p, p.left.article, links) for p in a.shared[:limits.SHARED_ON_COMPARISON]]
        return "comparison.md.j2", path, dict(loaded=self._loaded_in_context(links),
            attributed=attributed, shared=shared, shared_total=len(a.shared),
            clusters=self.passages.groups()[:limits.SHARED_ON_COMPARISON], columns=columns, coverage=coverage,
            word_rows=words, source_rows=sources, words={x.id: a.clean[x.id].word_count() for x in a.articles})

    def _loaded_in_context(self, links: Links) -> list[LoadedWord]:
        """Each loaded word with a few of its places, one per article before a second from any."""
        by_word: dict[str, list] = defaultdict(list)
        for use in self.a.loaded_uses:
            by_word[use.word].append(use)
        rows = []
        for word, uses in by_word.items():
            firsts, rest, seen = [], [], set()
            for use in uses:
                (rest if use.article in seen else firsts).append(use)
                seen.add(use.article)
            shown = (firsts + rest)[:limits.LOADED_PER_WORD]
            rows.append(LoadedWord(word, len(uses), len({u.article for u in uses}), tuple(
                (u, self.corpus.articles[u.article], links.article(u.article, u.block)) for u in shown)))
        return sorted(rows, key=lambda r: (-r.total, r.word.casefold(), r.word))

    def _columns(self, links: Links) -> list[Column]:
        """One column per article in a small dossier; one per outlet once there are too many articles
        for a readable (and linearly sized) table."""
        if len(self.a.articles) <= limits.MAX_ARTICLE_COLUMNS:
            return [Column(f"A{n}", f"{self.outlet_label(x)}, {x.published.format(self.lang) if x.published else self.t['unknown']}",
                           links.article(x.id), (x.id,)) for n, x in enumerate(self.a.articles, start=1)]
        by_outlet: dict[str, list[str]] = defaultdict(list)
        for article in self.a.articles:
            by_outlet[article.outlet].append(article.id)
        return [Column(self.corpus.outlets[o].label, f"{len(ids)} {self.t['n_articles']}", "", tuple(ids))
                for o, ids in sorted(by_outlet.items())]
