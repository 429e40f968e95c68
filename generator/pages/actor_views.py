"""The actor pages: every list an actor page shows, gathered in one pass over the analysis."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..model.analysis import Analysis
from ..model.records import Corpus
from . import limits
from .urls import PAGES, record_page


@dataclass
class ActorIndex:
    """The analysis inverted: per actor id, what names it, what it says, where it is cited."""

    mentions: dict = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))  # actor -> article -> mentions
    quotes_by: dict = field(default_factory=lambda: defaultdict(list))  # speaker -> quotes
    quotes_in_block: dict = field(default_factory=lambda: defaultdict(list))  # (article, block) -> quotes
    cited_as_source: dict = field(default_factory=lambda: defaultdict(list))  # source -> attributions
    events_of: dict = field(default_factory=lambda: defaultdict(list))  # actor -> chronology entries
    co_of: dict = field(default_factory=lambda: defaultdict(list))  # actor -> [(paragraphs shared, other actor)]


def index_actors(a: Analysis) -> ActorIndex:
    index = ActorIndex()
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


def actors_index_page(corpus: Corpus, totals: Counter) -> tuple[str, str, dict]:
    by_kind: dict[str, list] = defaultdict(list)
    for entity in corpus.entities.values():
        by_kind[entity.kind].append(entity)
    ordered = {k: sorted(v, key=lambda e: (-totals[e.id], e.name)) for k, v in sorted(by_kind.items())}
    return "actors.md.j2", PAGES["actors"], {"by_kind": ordered, "totals": totals}


def actor_pages(corpus: Corpus, a: Analysis):
    """(template, path, context) of one page per actor."""
    index = index_actors(a)
    order = {article.id: n for n, article in enumerate(a.articles)}
    for entity in corpus.entities.values():
        own = index.mentions.get(entity.id, {})
        per_article = [(article, len(own[article.id]), list(dict.fromkeys(m.block for m in own[article.id])))
                       for article in a.articles if article.id in own]
        blocks = {(m.article, m.block) for ms in own.values() for m in ms}
        about = [q for key in sorted(blocks, key=lambda k: (order[k[0]], k[1])) for q in index.quotes_in_block[key]
                 if q.speaker != entity.id]
        yield "actor.md.j2", record_page("actor", entity.id), dict(
            entity=entity, per_article=per_article, events=index.events_of[entity.id], quotes_by=index.quotes_by[entity.id],
            quotes_about=about[-limits.QUOTES_ABOUT_ON_ACTOR:], quotes_about_total=len(about),
            co=sorted(index.co_of[entity.id], key=lambda x: (-x[0], x[1]))[:12],
            names_used=Counter(m.text for ms in own.values() for m in ms),
            epithets=a.epithet_table.get(entity.id, {}), attributions=index.cited_as_source[entity.id])
