"""The article pages and the articles index: what each prints, gathered from the corpus and the
analysis before any template runs."""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass

from markupsafe import Markup

from ..model.analysis import Analysis
from ..model.article_text import Block
from ..model.dates import DateSpec
from ..model.digests import digest
from ..model.records import Article, Corpus
from . import limits
from .markup import Span, highlight
from .passages import Passages, PassageView
from .refs import ActorRef, ArticleRef, AttributionView, ClaimRef, EventRef, Refs
from .render_cache import Deferred
from .urls import Links, in_article, record_page


@dataclass(frozen=True)
class ArticleCitation:
    """How to cite an article: the line under 'Zitieren'."""

    authors: tuple[str, ...]
    title: str
    outlet: str  # the outlet's name, or its label where the text does not name it
    published: DateSpec | None
    url: str | None
    accessed: DateSpec | None
    address: str  # the article page's full URL, "" without a site URL


@dataclass(frozen=True)
class Note:
    """An annotation beside the paragraph holding its quote."""

    number: int
    anchor: str  # the note's id on the page
    note: str
    tags: tuple[str, ...]
    events: tuple[EventRef, ...]
    claims: tuple[ClaimRef, ...]
    actors: tuple[ActorRef, ...]


@dataclass(frozen=True)
class TextBlock:
    kind: str  # lead, paragraph, list_item, heading or caption
    anchor: str
    html: Markup  # the text with annotation marks and actor links (markup.highlight)
    notes: tuple[Note, ...]


@dataclass(frozen=True)
class CitedBy:
    """An event or a claim that cites the article, at the paragraph it cites."""

    block: str
    kind: str  # event or claim
    event: EventRef | None
    claim: ClaimRef | None


@dataclass(frozen=True)
class ArticlePage:
    article: ArticleRef
    kicker: str | None
    kicker_anchor: str
    title_anchor: str
    tags: tuple[str, ...]
    bylines: tuple[Block, ...]
    outlet_unnamed: bool  # the outlet is known but the text does not name it
    authors: tuple[str, ...]
    signature: str | None
    published_note: str
    url: str | None
    archived_url: str | None
    accessed: DateSpec | None
    credited: tuple[str, ...]
    photo_credits: tuple[str, ...]
    words: int
    notes: str
    blocks: tuple[TextBlock, ...]
    cited: tuple[CitedBy, ...]
    attributions: tuple[AttributionView, ...]
    shared: tuple[PassageView, ...]
    shared_total: int
    citation: ArticleCitation
    clutter: tuple[Block, ...]
    comments: tuple[Block, ...]


@dataclass(frozen=True)
class ArticleRow:
    article: ArticleRef
    kicker: str | None
    authors: tuple[str, ...]
    words: int


@dataclass(frozen=True)
class OutletSection:
    label: str
    country: str | None
    kind: str
    named: bool
    homepage: str | None
    evidence: str
    articles: tuple[ArticleRef, ...]


@dataclass(frozen=True)
class ArticlesPage:
    rows: tuple[ArticleRow, ...]  # in publication order
    outlets: tuple[OutletSection, ...]  # by outlet id


def articles_page(corpus: Corpus, a: Analysis, refs: Refs) -> ArticlesPage:
    rows = tuple(ArticleRow(refs.article(x.id), x.kicker, x.authors, a.clean[x.id].word_count()) for x in a.articles)
    by_outlet: dict[str, list[str]] = defaultdict(list)
    for article in a.articles:
        by_outlet[article.outlet].append(article.id)
    sections = []
    for ident, ids in sorted(by_outlet.items()):
        outlet = corpus.outlets[ident]
        sections.append(OutletSection(outlet.label, outlet.country, outlet.kind, bool(outlet.name), outlet.homepage,
                                      outlet.evidence, refs.articles(ids)))
    return ArticlesPage(rows, tuple(sections))


def article_pages(corpus: Corpus, a: Analysis, refs: Refs, passages: Passages, links):
    """(template, path, view) of one page per article; ``links(page)`` gives a page's ``Links``. Each
    view comes ``Deferred``: built only when the values it is made from changed (``_page_inputs``)."""
    cited: dict[str, list[tuple]] = defaultdict(list)
    for (event_id, _), anchor in a.event_anchors.items():
        event = corpus.events[event_id]
        cited[anchor.article].append((anchor.block, "event", event.id, CitedBy(anchor.block, "event", refs.event(event), None)))
    for (claim_id, _), anchor in a.claim_anchors.items():
        claim = corpus.claims[claim_id]
        cited[anchor.article].append((anchor.block, "claim", claim.id, CitedBy(anchor.block, "claim", None, refs.claim(claim))))
    shared_by_article: dict[str, list] = defaultdict(list)
    for passage in a.shared:
        for ident in passage.articles:
            shared_by_article[ident].append(passage)
    actors = digest(refs.actors(sorted(corpus.entities)))
    for article in a.articles:
        path = record_page("article", article.id)
        cited_by = tuple(c[3] for c in sorted(cited[article.id], key=lambda c: c[:3]))
        shared = shared_by_article[article.id]
        inputs = _page_inputs(corpus, a, refs, article, cited_by, shared, actors)
        yield "article.md.j2", path, Deferred(inputs, functools.partial(
            _article_page, corpus, a, refs, passages, article, links(path), cited_by, shared))


def _page_inputs(corpus: Corpus, a: Analysis, refs: Refs, article: Article, cited_by: tuple, shared: list,
                 actors: bytes) -> tuple:
    """Every value ``_article_page`` reads, small: the article's reading (its text, names, quotes and
    attributions) by the digest of its inputs, the same for the articles sharing the passages it shows."""
    notes = tuple((x, tuple(refs.event(corpus.events[i]) for i in x.annotation.events),
                   tuple(refs.claim(corpus.claims[i]) for i in x.annotation.claims))
                  for x in a.annotations[article.id])
    shown = tuple((p, tuple((a.reading_keys[i], refs.article(i)) for i in p.articles))
                  for p in shared[:limits.SHARED_ON_ARTICLE])
    return (article, corpus.outlets.get(article.outlet), a.reading_keys[article.id], a.credited[article.id],
            notes, cited_by, shown, len(shared), actors)


def _article_page(corpus: Corpus, a: Analysis, refs: Refs, passages: Passages, article: Article,
                  page_links: Links, cited_by: tuple, shared: list) -> ArticlePage:
    clean = a.clean[article.id]
    kinds = {b.kind: b.anchor for b in reversed(clean.blocks)}
    outlet = corpus.outlets.get(article.outlet)
    return ArticlePage(
        article=refs.article(article.id), kicker=article.kicker,
        kicker_anchor=kinds.get("kicker", "k1"), title_anchor=kinds.get("title", "t1"), tags=article.tags,
        bylines=tuple(b for b in clean.blocks if b.kind == "byline"),
        outlet_unnamed=bool(outlet and not outlet.name), authors=article.authors, signature=clean.signature,
        published_note=article.published_note, url=article.url, archived_url=article.archived_url,
        accessed=article.accessed, credited=a.credited[article.id], photo_credits=article.photo_credits,
        words=clean.word_count(), notes=article.notes,
        blocks=_blocks(corpus, a, refs, article, page_links), cited=cited_by,
        attributions=refs.attributions(a.attributions[article.id]),
        shared=tuple(passages.view(p, article.id, page_links) for p in shared[:limits.SHARED_ON_ARTICLE]),
        shared_total=len(shared), citation=_citation(corpus, refs, article),
        clutter=clean.clutter, comments=clean.comments)


def _citation(corpus: Corpus, refs: Refs, article: Article) -> ArticleCitation:
    outlet = corpus.outlets[article.outlet]
    return ArticleCitation(article.authors, article.title, outlet.name or outlet.label, article.published,
                           article.url, article.accessed, refs.address("article", article.id))


def _blocks(corpus: Corpus, a: Analysis, refs: Refs, article: Article, links: Links) -> tuple[TextBlock, ...]:
    """The article's text blocks, each with its marks and actor links and the notes beside it."""
    spans: dict[str, list[Span]] = defaultdict(list)
    notes: dict[str, list[Note]] = defaultdict(list)
    for number, item in enumerate(a.annotations[article.id], start=1):
        anchor, note = item.anchor, item.annotation
        spans[anchor.block].append(Span(anchor.start, anchor.end, "mark", "", note.id, number))
        notes[anchor.block].append(Note(number, in_article("note", note.id), note.note, note.tags,
                                        tuple(refs.event(corpus.events[i]) for i in note.events),
                                        tuple(refs.claim(corpus.claims[i]) for i in note.claims),
                                        refs.actors(note.actors)))
    linked: set[tuple[str, str]] = set()
    for mention in a.mentions[article.id]:
        if (mention.block, mention.entity) not in linked:
            linked.add((mention.block, mention.entity))
            spans[mention.block].append(Span(mention.start, mention.end, "link", links.actor(mention.entity)))
    return tuple(TextBlock(block.kind, block.anchor, highlight(block.text, spans[block.anchor]), tuple(notes[block.anchor]))
                 for block in a.clean[article.id].blocks
                 if block.kind in ("lead", "paragraph", "list_item", "heading", "caption"))
