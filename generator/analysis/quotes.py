"""Quotes, direct and indirect, their speakers joined to the dossier's actors, and the same quote across outlets."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass

from ..intake.textnorm import normalise, words
from ..model.article_text import CleanArticle
from ..model.records import Entity, QuoteOverride
from .entities import Lexicon
from .reported_speech import SpeechReading, actors_named

SPEAKER_KINDS = ("person", "organisation", "medium", "state")
MIN_WORDS = 2


@dataclass(frozen=True)
class Quote:
    article: str
    block: str
    start: int  # offsets of the quoted words, without the marks
    end: int
    text: str
    speaker: str | None  # actor id
    speaker_source: str  # "text" (read from the article), "yaml" (the editor's override), or "" (unknown)
    direct: bool = True  # False: indirect speech ('er sei zufrieden')
    speaker_name: str | None = None  # who speaks as the text names them, actor or not
    speaker_kind: str | None = None  # person, institution, outlet, agency, unnamed
    speaker_inferred: bool = False  # the speaker was inferred from an earlier sentence ('er', 'der Kanzler')
    speaker_written: str | None = None  # the words that name the speaker ('der Kanzler', 'er')

    @property
    def key(self) -> str:
        return " ".join(words(self.text))


@dataclass(frozen=True)
class QuoteGroup:
    """One quote as several articles render it."""

    key: str
    quotes: tuple[Quote, ...]

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted({q.article for q in self.quotes}))


def extract_quotes(clean: CleanArticle, reading: SpeechReading, lexicon: Lexicon, entities: dict[str, Entity],
                   overrides: list[QuoteOverride]) -> list[Quote]:
    """The quotes the speech reader found, their speakers joined to actors; the editor's overrides
    name a speaker or drop a quote."""
    names = {normalise(n) for e in entities.values() for n in e.names}
    own = {normalise(o.text): o for o in overrides if o.article == clean.id}
    quotes = []
    for block, found in reading.quotes:
        text = found.text.strip()
        override = own.get(normalise(text))
        if override and override.ignore:
            continue
        if not override and found.direct and (len(words(text)) < MIN_WORDS and not found.speaker or normalise(text) in names):
            continue  # a quoted word with nobody saying it is a title or scare quote
        speaker = found.speaker
        if override and override.speaker:
            actor, source = override.speaker, "yaml"
        else:
            actors = actors_named(speaker, lexicon)
            actor = actors[0] if actors and entities[actors[0]].kind in SPEAKER_KINDS else None
            source = "text" if actor or (speaker and speaker.name) else ""
        quotes.append(Quote(clean.id, block, found.start, found.end, text, actor, source, found.direct,
                            speaker.name if speaker else None, speaker.kind if speaker else None,
                            bool(speaker and speaker.inferred), speaker.written if speaker else None))
    order = {block.anchor: i for i, block in enumerate(clean.blocks)}
    return sorted(quotes, key=lambda q: (order[q.block], q.start, q.end))


def group_quotes(quotes: list[Quote]) -> list[QuoteGroup]:
    """Quotes whose words are the same, or where one contains the other (3+ words), form a group;
    only groups that span two or more articles are returned."""
    by_key: dict[str, list[Quote]] = defaultdict(list)
    for quote in quotes:
        by_key[quote.key].append(quote)
    keys = sorted(by_key, key=lambda k: (len(k), k))
    parent = {k: k for k in keys}

    def root(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    having: dict[str, list[int]] = defaultdict(list)  # word -> positions in keys of the keys with it
    for i, key in enumerate(keys):
        for word in set(key.split()):
            having[word].append(i)
    for i, short in enumerate(keys):
        words_of_short = short.split()
        if len(words_of_short) < 3:
            continue
        rarest = min((having[w] for w in words_of_short), key=len)  # a longer key containing short has it
        for j in rarest[bisect_right(rarest, i):]:
            if f" {short} " in f" {keys[j]} ":
                parent[root(keys[j])] = root(short)
    merged: dict[str, list[Quote]] = defaultdict(list)
    for key in keys:
        merged[root(key)].extend(by_key[key])
    groups = [QuoteGroup(k, tuple(sorted(v, key=lambda q: (q.article, q.block, q.start))))
              for k, v in merged.items() if len({q.article for q in v}) > 1]
    return sorted(groups, key=lambda g: (-len(g.articles), g.key))
