"""The pieces many pages print: an article, an actor, an event or a claim as a line or a link, a
quote with its speaker, an attribution with its sources. Each holds what a partial prints and no
more, so that a page's view (and the digest the render cache keeps of it) changes exactly when the
page would."""

from __future__ import annotations

from dataclasses import dataclass

from ..analysis.attribution import Attribution
from ..analysis.quotes import Quote
from ..model.dates import DateSpec
from ..model.records import Article, Claim, Corpus, Event
from .urls import absolute_url, anchor, record_page


@dataclass(frozen=True)
class ArticleRef:
    """An article as a link and its source line: '<title> (<outlet>, <date>)'."""

    id: str
    title: str
    outlet: str  # the outlet's label, or the article's outlet id where the outlet is unknown
    published: DateSpec | None


@dataclass(frozen=True)
class ActorRef:
    id: str
    name: str


@dataclass(frozen=True)
class EventRef:
    id: str
    title: str
    date: DateSpec


@dataclass(frozen=True)
class ClaimRef:
    id: str
    statement: str
    status: str


@dataclass(frozen=True)
class CitedQuote:
    """The words of an article that support an event or a claim, linked to their paragraph."""

    article: ArticleRef
    block: str
    quote: str


@dataclass(frozen=True)
class QuoteView:
    article: ArticleRef
    block: str
    text: str
    direct: bool
    speaker: ActorRef | None
    speaker_name: str | None
    speaker_inferred: bool


@dataclass(frozen=True)
class AttributionView:
    """An attribution cue in its sentence and whom it cites."""

    article: ArticleRef
    block: str
    sentence: str
    sources: tuple[ActorRef, ...]
    source_name: str | None
    source_kind: str
    inferred: bool


class Refs:
    """Builds the pieces above from the corpus; one reference per article and per actor, made once."""

    def __init__(self, corpus: Corpus, site_url: str):
        self.corpus, self.site_url = corpus, site_url
        outlets = corpus.outlets
        self._articles = {
            x.id: ArticleRef(x.id, x.title, outlets[x.outlet].label if x.outlet in outlets else x.outlet, x.published)
            for x in corpus.articles.values()}
        self._actors = {e.id: ActorRef(e.id, e.name) for e in corpus.entities.values()}

    def article(self, ident: str) -> ArticleRef:
        return self._articles[ident]

    def articles(self, ids) -> tuple[ArticleRef, ...]:
        return tuple(self._articles[i] for i in ids)

    def actor(self, ident: str) -> ActorRef:
        return self._actors[ident]

    def actors(self, ids) -> tuple[ActorRef, ...]:
        return tuple(self._actors[i] for i in ids)

    def event(self, event: Event) -> EventRef:
        return EventRef(event.id, event.title, event.date)

    def claim(self, claim: Claim) -> ClaimRef:
        return ClaimRef(claim.id, claim.statement, claim.status)

    def cited(self, article: str, block: str, quote: str) -> CitedQuote:
        return CitedQuote(self._articles[article], block, quote)

    def quote(self, quote: Quote) -> QuoteView:
        return QuoteView(self._articles[quote.article], quote.block, quote.text, quote.direct,
                         self._actors[quote.speaker] if quote.speaker else None, quote.speaker_name,
                         quote.speaker_inferred)

    def quotes(self, quotes) -> tuple[QuoteView, ...]:
        return tuple(self.quote(q) for q in quotes)

    def attribution(self, item: Attribution) -> AttributionView:
        return AttributionView(self._articles[item.article], item.block, item.sentence, self.actors(item.sources),
                               item.source_name, item.source_kind, item.inferred)

    def attributions(self, items) -> tuple[AttributionView, ...]:
        return tuple(self.attribution(i) for i in items)

    def address(self, kind: str, ident: str, fragment: str = "") -> str:
        """A record's full URL for a citation; "" when the site URL is not configured."""
        return absolute_url(self.site_url, record_page(kind, ident), fragment)

    def event_address(self, ident: str) -> str:
        return self.address("event", ident, anchor("event", ident))

    def outlet_label(self, article: Article) -> str:
        return self._articles[article.id].outlet
