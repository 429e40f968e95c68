"""Render the analysed dossier into Markdown pages through Jinja2 templates, one per page kind.

Python decides what each page says (the view data built here); templates decide how it looks.
Every value a template prints passes through ``escape_text`` (Jinja's ``finalize``) unless it is
markup this module built from already-escaped parts.
"""

from __future__ import annotations

import functools
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources

import jinja2
import yaml
from markupsafe import Markup

from ..exports import data_files
from ..analysis.stage import Analysis
from .timeline import build_timeline
from .escaping import escape_text, literal, url
from ..model.figures import format_value
from ..model.options import SiteOptions
from ..model.records import Article, Corpus


def load_labels(language: str) -> dict:
    text = resources.files("generator.pages").joinpath(f"labels/{language}.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def page_url(path: str, directory_urls: bool) -> str:
    """The URL MkDocs gives a generated page, relative to the site root."""
    if not directory_urls:
        return path[:-3] + ".html"
    if path == "index.md" or path.endswith("/index.md"):
        return path[: -len("index.md")]
    return path[:-3] + "/"


def relative_url(target: str, base: str, directory_urls: bool) -> str:
    """posixpath.relpath for the generator's own clean paths, without its cost on every link."""
    url_parts = [p for p in page_url(target, directory_urls).split("/") if p]
    base_parts = [p for p in base.split("/") if p]
    common = 0
    while common < min(len(url_parts), len(base_parts)) and url_parts[common] == base_parts[common]:
        common += 1
    rel = "/".join([".."] * (len(base_parts) - common) + url_parts[common:])
    if directory_urls:
        return rel + "/" if rel else "./"
    return rel or "."


class Links:
    """Relative URLs between generated pages, for directory URLs (``artikel/x/``) or, in the offline
    build, file URLs (``artikel/x.html``). Raw HTML links are not rewritten by MkDocs, so they are
    computed here for the URL style of the build."""

    def __init__(self, page: str, directory_urls: bool = True, relative=relative_url):
        self.directory_urls = directory_urls
        self._relative = relative
        own = page_url(page, directory_urls)
        self.base = own.rsplit("/", 1)[0] if "/" in own else ""

    def to(self, target: str, fragment: str = "") -> str:
        return self._relative(target, self.base, self.directory_urls) + (f"#{fragment}" if fragment else "")

    def article(self, ident: str, fragment: str = "") -> str:
        return self.to(f"artikel/{ident}.md", fragment)

    def actor(self, ident: str) -> str:
        return self.to(f"akteure/{ident}.md")

    def event(self, ident: str) -> str:
        return self.to("chronologie/index.md", f"ereignis-{ident}")

    def claim(self, ident: str) -> str:
        return self.to("quellenvergleich/index.md", f"aussage-{ident}")


def _link(href: str, text: object, css: str = "") -> Markup:
    cls = f' class="{css}"' if css else ""
    return Markup(f'<a href="{url(href)}"{cls}>{escape_text(text)}</a>')


MAX_ARTICLE_COLUMNS = 24  # above this, comparison tables have one column per outlet
SHARED_ON_ARTICLE = 5  # shared passages shown on an article page (the longest)
ARTICLES_ON_OVERVIEW = 15  # the latest articles listed on the overview (all are on the articles page)
QUOTES_ABOUT_ON_ACTOR = 40  # quotes from paragraphs naming an actor shown on its page (the latest)
SHARED_ON_COMPARISON = 40  # shared passages and passage groups shown on the comparison page


@dataclass(frozen=True)
class Column:
    label: str
    sub: str
    href: str
    articles: tuple[str, ...]


@dataclass
class Span:
    start: int
    end: int
    kind: str  # mark or link
    href: str
    ident: str = ""
    number: int = 0


def highlight(text: str, spans: list[Span]) -> Markup:
    """Block text with annotation marks and actor links; links never cross a mark's edge."""
    marks = []
    for span in sorted((s for s in spans if s.kind == "mark"), key=lambda s: (s.start, -s.end)):
        if not marks or span.start >= marks[-1].end:
            marks.append(span)
    links = [s for s in spans if s.kind == "link" and not any(
        m.start < s.end and s.start < m.end and not (m.start <= s.start and s.end <= m.end) for m in marks)]
    events: list[tuple[int, int, str]] = []  # (position, order, html)
    for mark in marks:
        events.append((mark.start, 1, f'<mark class="dossier-mark" id="markierung-{mark.ident}">'))
        events.append((mark.end, 0, f'</mark><sup class="dossier-ref"><a href="#anmerkung-{mark.ident}">[{mark.number}]</a></sup>'))
    for link in links:
        events.append((link.start, 2, f'<a class="dossier-actor" href="{url(link.href)}">'))
        events.append((link.end, -1, "</a>"))
    events.sort(key=lambda e: (e[0], e[1]))
    out, position = [], 0
    for at, _, html in events:
        out.append(escape_text(text[position:at]) if at > position else "")
        out.append(html)
        position = max(position, at)
    out.append(escape_text(text[position:]))
    return Markup("".join(out))


class Renderer:
    def __init__(self, corpus: Corpus, analysis: Analysis, options: SiteOptions = SiteOptions()):
        self.corpus, self.a, self.options = corpus, analysis, options
        # Pages in one folder link to the same targets: compute each relative URL once per run.
        self._relative = functools.lru_cache(maxsize=None)(relative_url)
        self._order = {article.id: n for n, article in enumerate(analysis.articles)}
        self._shared_by_article: dict[str, list] = defaultdict(list)
        for passage in analysis.shared:
            for ident in passage.articles:
                self._shared_by_article[ident].append(passage)
        self.lang = corpus.dossier.language
        self.t = load_labels(self.lang)
        self.env = jinja2.Environment(
            loader=jinja2.PackageLoader("generator.pages", "templates"), autoescape=True,
            finalize=literal, undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
            trim_blocks=True, lstrip_blocks=True,
        )
        self.env.filters["date"] = lambda d: d.format(self.lang) if d else self.t["unknown"]
        self.env.filters["num"] = lambda v: format_value(v, self.lang)
        self.env.filters["url"] = lambda value: Markup(url(str(value)))
        self.env.filters["front_title"] = lambda text: Markup(json.dumps(escape_text(text), ensure_ascii=False))
        self.env.filters["front_list"] = lambda items: Markup(json.dumps([escape_text(i) for i in items], ensure_ascii=False))
        self.env.filters["paragraphs"] = lambda text: Markup("\n".join(
            f"<p>{escape_text(p)}</p>" for p in str(text).split("\n\n") if p.strip()))
        self.env.globals.update(t=self.t, dossier=corpus.dossier, corpus=corpus, a=analysis, link=_link,
                                outlet_label=self.outlet_label, lang=self.lang, absolute=self.absolute)

    # -- lookups shared by pages ----------------------------------------------------------------
    def outlet_label(self, article: Article) -> str:
        outlet = self.corpus.outlets.get(article.outlet)
        return outlet.label if outlet else article.outlet

    def links(self, page: str) -> Links:
        return Links(page, self.options.directory_urls, self._relative)

    def absolute(self, page: str, fragment: str = "") -> str:
        """The page's full URL for citations, or its site path when the site URL is not configured."""
        url = page_url(page, True) + (f"#{fragment}" if fragment else "")
        return (self.options.site_url.rstrip("/") + "/" + url) if self.options.site_url else "/" + url

    def _page(self, template: str, path: str, **context) -> tuple[str, str]:
        links = self.links(path)
        text = self.env.get_template(template).render(links=links, page_path=path, **context)
        return path, text

    # -- pages ----------------------------------------------------------------------------------
    def iter_pages(self):
        """Every generated file as (path in the docs folder, content), one at a time, so that a large
        dossier never holds all its pages in memory."""
        yield self.overview()
        yield self.articles_index()
        yield from self.article_pages()
        yield self.chronology()
        yield self.comparison()
        yield self.actors_index()
        yield from self.actor_pages()
        yield self.quotes_page()
        yield self.data_page()
        yield from data_files.export_files(self.corpus, self.a, "daten/").items()
        yield from data_files.schema_files("daten/").items()
        static = resources.files("generator").joinpath("static")
        yield "assets/dossier.css", static.joinpath("dossier.css").read_bytes()
        # Material's offline build needs this Worker shim to run search from file://; shipped locally
        # instead of the CDN copy the offline plugin would link (MIT, see vendor/iframe-worker-LICENSE.txt).
        yield "assets/iframe-worker-shim.js", static.joinpath("vendor/iframe-worker-shim.js").read_bytes()

    def overview(self):
        corpus, a = self.corpus, self.a
        totals = self._mention_totals()
        people = [e for e in corpus.entities.values() if e.kind == "person"]
        main = sorted((e for e in corpus.entities.values() if totals[e.id] and not e.source_kind),
                      key=lambda e: (-totals[e.id], e.id))[:8]
        latest = [e for g in a.chronology for e in g.entries][-5:][::-1]
        links = self.links("index.md")
        timeline = build_timeline(a.chronology, {x.id: x for x in a.articles}, corpus.dossier.period, self.lang,
                                  links.article, links.event, self.outlet_label)
        outlets = sorted({x.outlet for x in a.articles})
        recent = list(a.articles)
        if len(recent) > ARTICLES_ON_OVERVIEW:
            recent = [x for x in recent if x.published][-ARTICLES_ON_OVERVIEW:]
        return self._page("overview.md.j2", "index.md", main_actors=main, totals=totals, latest=latest,
                          timeline=timeline, outlets=outlets, people=people, recent=recent,
                          start=[corpus.articles[i] for i in corpus.dossier.start_here if i in corpus.articles])

    def _mention_totals(self) -> Counter:
        return Counter(m.entity for ms in self.a.mentions.values() for m in ms)

    def articles_index(self):
        by_outlet: dict[str, list[Article]] = defaultdict(list)
        for article in self.a.articles:
            by_outlet[article.outlet].append(article)
        return self._page("articles.md.j2", "artikel/index.md", by_outlet=dict(sorted(by_outlet.items())))

    def article_pages(self):
        a = self.a
        cited: dict[str, list] = defaultdict(list)
        for (event_id, _), anchor in a.event_anchors.items():
            cited[anchor.article].append(("event", self.corpus.events[event_id], anchor))
        for (claim_id, _), anchor in a.claim_anchors.items():
            cited[anchor.article].append(("claim", self.corpus.claims[claim_id], anchor))
        for article in a.articles:
            path = f"artikel/{article.id}.md"
            links = self.links(path)
            clean = a.clean[article.id]
            spans: dict[str, list[Span]] = defaultdict(list)
            notes: dict[str, list] = defaultdict(list)
            for number, item in enumerate(a.annotations[article.id], start=1):
                anchor = item.anchor
                spans[anchor.block].append(Span(anchor.start, anchor.end, "mark", "", item.annotation.id, number))
                notes[anchor.block].append((number, item.annotation))
            linked: set[tuple[str, str]] = set()
            for mention in a.mentions[article.id]:
                if (mention.block, mention.entity) not in linked:
                    linked.add((mention.block, mention.entity))
                    spans[mention.block].append(Span(mention.start, mention.end, "link", links.actor(mention.entity)))
            blocks = [(block, highlight(block.text, spans[block.anchor]), notes[block.anchor])
                      for block in clean.blocks if block.kind in ("lead", "paragraph", "list_item", "heading", "caption")]
            shared = self._shared_by_article[article.id]
            shared_total, shared = len(shared), shared[:SHARED_ON_ARTICLE]
            cited_here = sorted(cited[article.id], key=lambda c: (c[2].block, c[0], c[1].id))
            kinds = {b.kind: b.anchor for b in reversed(clean.blocks)}
            yield self._page("article.md.j2", path, article=article, clean=clean, blocks=blocks,
                             kicker_anchor=kinds.get("kicker", "k1"), title_anchor=kinds.get("title", "t1"),
                             outlet=self.corpus.outlets.get(article.outlet), cited=cited_here,
                             shared=[self._shared_view(p, article.id, links) for p in shared], shared_total=shared_total,
                             attributions=a.attributions[article.id],
                             agencies_detected=a.agencies_detected[article.id])

    def _passage(self, article: str, first: int, last: int, width: int = 8) -> tuple[str, str, str]:
        """A shared passage as (a few words before it, its text with ' … ' at paragraph breaks, a few
        words after it); the context comes from the passage's first and last paragraphs."""
        tokens = self.a.tokens[article]
        texts = {b.anchor: b.text for b in self.a.clean[article].blocks}
        text = " … ".join(texts[block][start:end] for block, start, end in tokens.pieces(first, last))
        head, tail = tokens.blocks[first], tokens.blocks[last]
        before = [i for i in range(max(0, first - width), first) if tokens.blocks[i] == head]
        after = [i for i in range(last + 1, min(len(tokens), last + 1 + width)) if tokens.blocks[i] == tail]
        return (texts[head][tokens.starts[before[0]]:tokens.starts[first]] if before else "", text,
                texts[tail][tokens.ends[last]:tokens.ends[after[-1]]] if after else "")

    def _shared_view(self, passage, this: str, links: Links) -> dict:
        sides = [passage.left, passage.right]
        if sides[0].article != this:
            sides.reverse()
        view = []
        for span in sides:
            first_block = self.a.tokens[span.article].blocks[span.first]
            before, text, after = self._passage(span.article, span.first, span.last)
            view.append({"article": self.corpus.articles[span.article], "href": links.article(span.article, first_block),
                         "before": before, "text": text, "after": after})
        return {"words": passage.words, "sides": view}

    def chronology(self):
        links = self.links("chronologie/index.md")
        timeline = build_timeline(self.a.chronology, {x.id: x for x in self.a.articles}, self.corpus.dossier.period,
                                  self.lang, links.article, links.event, self.outlet_label)
        return self._page("chronology.md.j2", "chronologie/index.md", groups=self.a.chronology, timeline=timeline)

    def comparison(self):
        a = self.a
        links = self.links("quellenvergleich/index.md")
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
        shared = [self._shared_view(p, p.left.article, links) for p in a.shared[:SHARED_ON_COMPARISON]]
        return self._page("comparison.md.j2", "quellenvergleich/index.md", attributed=attributed, shared=shared,
                          shared_total=len(a.shared), clusters=self._wire_clusters()[:SHARED_ON_COMPARISON],
                          columns=columns, coverage=coverage, word_rows=words, source_rows=sources,
                          words={x.id: a.clean[x.id].word_count() for x in a.articles})

    def _columns(self, links: Links) -> list[Column]:
        """One column per article in a small dossier; one per outlet once there are too many articles
        for a readable (and linearly sized) table."""
        if len(self.a.articles) <= MAX_ARTICLE_COLUMNS:
            return [Column(f"A{n}", f"{self.outlet_label(x)}, {x.published.format(self.lang) if x.published else self.t['unknown']}",
                           links.article(x.id), (x.id,)) for n, x in enumerate(self.a.articles, start=1)]
        by_outlet: dict[str, list[str]] = defaultdict(list)
        for article in self.a.articles:
            by_outlet[article.outlet].append(article.id)
        return [Column(self.corpus.outlets[o].label, f"{len(ids)} {self.t['n_articles']}", "", tuple(ids))
                for o, ids in sorted(by_outlet.items())]

    def _wire_clusters(self) -> list[dict]:
        """Shared passages grouped by their words: one row per passage with every article that has it."""
        groups: dict[str, dict] = {}
        for passage in self.a.shared:
            left = passage.left
            key = " ".join(self.a.tokens[left.article].words[left.first:left.last + 1])
            if key not in groups:
                groups[key] = {"text": self._passage(left.article, left.first, left.last)[1],
                               "words": passage.words, "articles": set()}
            groups[key]["articles"].update(passage.articles)
        ordered = sorted(groups.values(), key=lambda g: (-len(g["articles"]), -g["words"], g["text"]))
        for group in ordered:
            group["articles"] = [self.corpus.articles[i] for i in sorted(group["articles"])]
        return ordered

    def actors_index(self):
        totals = self._mention_totals()
        by_kind: dict[str, list] = defaultdict(list)
        for entity in self.corpus.entities.values():
            by_kind[entity.kind].append(entity)
        ordered = {k: sorted(v, key=lambda e: (-totals[e.id], e.name)) for k, v in sorted(by_kind.items())}
        return self._page("actors.md.j2", "akteure/index.md", by_kind=ordered, totals=totals)

    def actor_pages(self):
        """One page per actor; every list is gathered in one pass over the analysis."""
        a = self.a
        mentions: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for article in a.articles:
            for mention in a.mentions[article.id]:
                mentions[mention.entity][article.id].append(mention)
        quotes_by: dict[str, list] = defaultdict(list)
        quotes_in_block: dict[tuple[str, str], list] = defaultdict(list)
        for article in a.articles:
            for quote in a.quotes[article.id]:
                quotes_by[quote.speaker].append(quote)
                quotes_in_block[(quote.article, quote.block)].append(quote)
        cited_as_source: dict[str, list] = defaultdict(list)
        for article in a.articles:
            for attribution in a.attributions[article.id]:
                for source in attribution.sources:
                    cited_as_source[source].append(attribution)
        events_of: dict[str, list] = defaultdict(list)
        for group in a.chronology:
            for entry in group.entries:
                for actor in entry.event.actors:
                    events_of[actor].append(entry)
        co_of: dict[str, list] = defaultdict(list)
        for (first, second), n in a.co_mentions.items():
            co_of[first].append((n, second))
            co_of[second].append((n, first))
        for entity in self.corpus.entities.values():
            own = mentions.get(entity.id, {})
            per_article = [(article, len(own[article.id]), list(dict.fromkeys(m.block for m in own[article.id])))
                           for article in a.articles if article.id in own]
            blocks = {(m.article, m.block) for ms in own.values() for m in ms}
            about = [q for key in sorted(blocks, key=lambda k: (self._order[k[0]], k[1])) for q in quotes_in_block[key]
                     if q.speaker != entity.id]
            yield self._page("actor.md.j2", f"akteure/{entity.id}.md", entity=entity, per_article=per_article,
                             events=events_of[entity.id], quotes_by=quotes_by[entity.id],
                             quotes_about=about[-QUOTES_ABOUT_ON_ACTOR:], quotes_about_total=len(about),
                             co=sorted(co_of[entity.id], key=lambda x: (-x[0], x[1]))[:12],
                             names_used=Counter(m.text for ms in own.values() for m in ms),
                             epithets=a.epithet_table.get(entity.id, {}), attributions=cited_as_source[entity.id])

    def quotes_page(self):
        return self._page("quotes.md.j2", "zitate/index.md")

    def data_page(self):
        return self._page("data.md.j2", "daten/index.md", files=data_files.documented_files(self.lang))


def render(corpus: Corpus, analysis: Analysis, options: SiteOptions = SiteOptions()):
    """All generated files as (path inside the docs folder, content) pairs, produced lazily."""
    return Renderer(corpus, analysis, options).iter_pages()
