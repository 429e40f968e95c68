"""Direct quotes in the cleaned text, their speakers, and the same quote across outlets."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass

from ..intake import text_rules as rules
from ..intake.textnorm import normalise, words
from ..model.article_text import CleanArticle
from ..model.records import Entity, QuoteOverride
from .entities import EpithetUse, Mention

MIN_WORDS = 2


@dataclass(frozen=True)
class Quote:
    article: str
    block: str
    start: int  # offsets of the quoted words, without the marks
    end: int
    text: str
    speaker: str | None  # entity id
    speaker_source: str  # "text" (found near a verb of saying), "yaml", or "" (unknown)

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


def _spans(text: str) -> list[tuple[int, int]]:
    """Outermost quoted spans of all styles; a mark closes at most one quote, and nested quotes stay
    inside their outer quote (so '»' that closed a «…» never opens a »…«)."""
    spans: list[tuple[int, int]] = []
    used: set[int] = set()
    for opening, closing in rules.QUOTE_STYLES:
        position = 0
        while True:
            start = text.find(opening, position)
            if start < 0:
                break
            if start in used:
                position = start + 1
                continue
            end = text.find(closing, start + 1)
            while end in used:
                end = text.find(closing, end + 1)
            if end < 0:
                break
            spans.append((start + 1, end))
            used.update((start, end))
            position = end + 1
    spans.sort(key=lambda s: (s[0], -s[1]))
    outer: list[tuple[int, int]] = []
    for span in spans:
        if outer and span[0] < outer[-1][1]:
            continue
        outer.append(span)
    return outer


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    bounds = [0] + [m.end() for m in rules.SENTENCE_END.finditer(text)] + [len(text)]
    left = max(b for b in bounds if b <= start)
    right = min((b for b in bounds if b >= end), default=len(text))
    return left, right


SPEAKER_KINDS = ("person", "organisation", "medium")


def _speaker(text: str, start: int, end: int, refs: list[tuple[int, str, bool]], kinds: dict[str, str]) -> str | None:
    """Who says the quote: an actor (person first) named in the quote's sentence, not in the
    genitive ('Putins Brief' is not Putin speaking), nearest a verb of saying; where the sentence
    has only a pronoun ('Er sprach von …'), the last person named before it in the paragraph."""
    left, right = _sentence_bounds(text, start, end)
    outside = text[left:start] + " " * (end - start) + text[end:right]
    verb = rules.SAYING_VERBS.search(outside)
    if not verb:
        return None
    verb_at = left + verb.start()
    near = [(kinds.get(entity) != "person", abs(position - verb_at), entity)
            for position, entity, genitive in refs
            if left <= position < right and not start <= position < end and not genitive
            and kinds.get(entity) in SPEAKER_KINDS]
    if near:
        return min(near)[2]
    if rules.PRONOUN.search(outside):
        persons = [(position, entity) for position, entity, genitive in refs
                   if position < left and kinds.get(entity) == "person" and not genitive]
        if not persons:
            return None
        sentence_start, _ = _sentence_bounds(text, max(persons)[0], max(persons)[0])
        return min(p for p in persons if p[0] >= sentence_start)[1]  # the subject comes first
    return None


def extract_quotes(clean: CleanArticle, mentions: list[Mention], epithets: list[EpithetUse],
                   entities: dict[str, Entity], overrides: list[QuoteOverride]) -> list[Quote]:
    kinds = {e.id: e.kind for e in entities.values()}
    names = {normalise(n) for e in entities.values() for n in e.names}
    refs_by_block: dict[str, list[tuple[int, str, bool]]] = defaultdict(list)
    for mention in mentions:
        genitive = mention.via != "adjective" and mention.text[-1:] in "s'’" and mention.text[-2:-1] != "s"
        refs_by_block[mention.block].append((mention.start, mention.entity, genitive))
    for use in epithets:
        refs_by_block[use.block].append((use.start, use.entity, False))
    own = {normalise(o.text): o for o in overrides if o.article == clean.id}
    quotes = []
    for block in clean.text_blocks:
        for start, end in _spans(block.text):
            text = block.text[start:end].strip()
            override = own.get(normalise(text))
            if override and override.ignore:
                continue
            if not override and (len(words(text)) < MIN_WORDS or normalise(text) in names):
                continue
            if override and override.speaker:
                speaker, source = override.speaker, "yaml"
            else:
                speaker = _speaker(block.text, start, end, refs_by_block[block.anchor], kinds)
                source = "text" if speaker else ""
            quotes.append(Quote(clean.id, block.anchor, start, end, text, speaker, source))
    return quotes


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
