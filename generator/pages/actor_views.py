"""The actor pages and the actors index: every list an actor page shows, gathered in one pass over
the analysis."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..analysis.attribution import Attribution
from ..analysis.chronology import Entry
from ..analysis.entities import Mention
from ..analysis.quotes import Quote
from ..model.analysis import ActorId, Analysis, ArticleId
from ..model.records import Corpus, Entity
from . import limits
from .refs import ActorRef, ArticleRef, EventRef, QuoteView, Refs


@dataclass
class ActorIndex:
    """The analysis inverted: per actor id, what names it, what it says, where it is cited."""

    mentions: dict[ActorId, dict[ArticleId, list[Mention]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    quotes_by: dict[ActorId | None, list[Quote]] = field(default_factory=lambda: defaultdict(list))  # by speaker
    quotes_in_block: dict[tuple[ArticleId, str], list[Quote]] = field(default_factory=lambda: defaultdict(list))
    cited_as_source: dict[ActorId, list[Attribution]] = field(default_factory=lambda: defaultdict(list))
    events_of: dict[ActorId, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    co_of: dict[ActorId, list[tuple[int, ActorId]]] = field(default_factory=lambda: defaultdict(list))  # (paragraphs shared, other)
    order: dict[ArticleId, int] = field(default_factory=dict)  # each article's place in publication order


def index_actors(a: Analysis) -> ActorIndex:
    index = ActorIndex(order={article.id: n for n, article in enumerate(a.articles)})
    for article in a.articles:
        for mention in a.mentions[article.id]:
            index.mentions[mention.entity][article.id].append(mention)
        for quote in a.quotes[article.id]:
            index.quotes_by[quote.speaker].append(quote)
            index.quotes_in_block[(quote.article, quote.block)].append(quote)
        for attribution in a.attributions[article.id]:
            for source in attribution.sources:
                index.cited_as_source[source].append(attribution)
    for group in a.chronology:
        for entry in group.entries:
            for actor in entry.event.actors:
                index.events_of[actor].append(entry)
    for (first, second), n in a.co_mentions.items():
        index.co_of[first].append((n, second))
        index.co_of[second].append((n, first))
    return index


@dataclass(frozen=True)
class ActorRow:
    actor: ActorRef
    source_kind: str | None
    aliases: tuple[str, ...]  # unambiguous ones first
    mentions: int
    description: str


@dataclass(frozen=True)
class ActorsPage:
    kinds: tuple[tuple[str, tuple[ActorRow, ...]], ...]  # (entity kind, its actors, most mentioned first)


@dataclass(frozen=True)
class ArticleMentions:
    article: ArticleRef
    count: int
    blocks: tuple[str, ...]  # the paragraphs naming the actor, in order


@dataclass(frozen=True)
class ArticleWords:
    """The words one article uses for the actor, most used first."""

    article: ArticleRef
    words: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class CitedIn:
    """A sentence that cites the actor as its source."""

    article: ArticleRef
    block: str
    sentence: str


@dataclass(frozen=True)
class ActorPage:
    name: str
    kind: str
    source_kind: str | None
    description: str
    names: tuple[str, ...]  # the name and its aliases
    ambiguous_aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    names_used: tuple[tuple[str, int], ...]  # forms as the articles write them, most frequent first
    per_article: tuple[ArticleMentions, ...]
    word_choice: tuple[ArticleWords, ...]
    events: tuple[EventRef, ...]
    quotes_by: tuple[QuoteView, ...]
    quotes_about: tuple[QuoteView, ...]  # the latest, at most limits.QUOTES_ABOUT_ON_ACTOR
    quotes_about_total: int
    attributions: tuple[CitedIn, ...]
    co_mentioned: tuple[tuple[int, ActorRef], ...]  # (paragraphs shared, other actor)


def actors_page(corpus: Corpus, totals: Counter, refs: Refs) -> ActorsPage:
    by_kind: dict[str, list] = defaultdict(list)
    for entity in corpus.entities.values():
        by_kind[entity.kind].append(entity)
    kinds = tuple((kind, tuple(ActorRow(refs.actor(e.id), e.source_kind, e.aliases + e.ambiguous_aliases, totals[e.id],
                                        e.description)
                               for e in sorted(items, key=lambda e: (-totals[e.id], e.name))))
                  for kind, items in sorted(by_kind.items()))
    return ActorsPage(kinds)


def actor_page(a: Analysis, refs: Refs, index: ActorIndex, entity: Entity) -> ActorPage:
    """One actor's page; ``index``: ``index_actors(a)``, made once for all actors."""
    own = index.mentions.get(entity.id, {})
    per_article = tuple(ArticleMentions(refs.article(article.id), len(own[article.id]),
                                        tuple(dict.fromkeys(m.block for m in own[article.id])))
                        for article in a.articles if article.id in own)
    blocks = {(m.article, m.block) for ms in own.values() for m in ms}
    about = [q for key in sorted(blocks, key=lambda k: (index.order[k[0]], k[1])) for q in index.quotes_in_block[key]
             if q.speaker != entity.id]
    epithets = a.epithet_table.get(entity.id, {})
    return ActorPage(
        name=entity.name, kind=entity.kind, source_kind=entity.source_kind, description=entity.description,
        names=entity.names, ambiguous_aliases=entity.ambiguous_aliases, adjectives=entity.adjectives,
        names_used=tuple(Counter(m.text for ms in own.values() for m in ms).most_common()),
        per_article=per_article,
        word_choice=tuple(ArticleWords(refs.article(x.id), tuple(epithets[x.id].most_common()))
                          for x in a.articles if x.id in epithets),
        events=tuple(refs.event(entry.event) for entry in index.events_of[entity.id]),
        quotes_by=refs.quotes(index.quotes_by[entity.id]),
        quotes_about=refs.quotes(about[-limits.QUOTES_ABOUT_ON_ACTOR:]), quotes_about_total=len(about),
        attributions=tuple(CitedIn(refs.article(x.article), x.block, x.sentence)
                           for x in index.cited_as_source[entity.id]),
        co_mentioned=tuple((n, refs.actor(other))
                           for n, other in sorted(index.co_of[entity.id], key=lambda x: (-x[0], x[1]))[:12]))
