"""Passages that two articles share word for word (wire copy), found through a shingle index.

Every run of ``SHINGLE`` normalised words is hashed into one index; articles are paired only
through shingles they share, so the work grows with the corpus, not with the number of pairs.
A shingle found in more than ``MAX_PAIRED`` articles (one agency text printed everywhere) pairs
each of them with the first only, so that widely shared copy is still found in linear time.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .cleaning import CleanArticle

SHINGLE = 6
MAX_PAIRED = 8


@dataclass(frozen=True)
class Token:
    word: str
    block: str
    start: int
    end: int


@dataclass(frozen=True)
class Span:
    """A passage in one article: from the first to the last shared word (may cross paragraphs)."""

    article: str
    first: int  # token indices, inclusive
    last: int


@dataclass(frozen=True)
class SharedPassage:
    left: Span
    right: Span
    words: int

    @property
    def articles(self) -> tuple[str, str]:
        return (self.left.article, self.right.article)


# A word of the original text: letters and digits, joined by hyphens, apostrophes or soft hyphens
# of any typographic kind; found on the text itself so that offsets need no mapping.
RAW_WORD = re.compile(r"[^\W_]+(?:[-'’‐‑\u00ad][^\W_]+)*")
_WORD_FOLD = str.maketrans({"’": "'", "‐": "-", "‑": "-", "\u00ad": None})


def tokens(clean: CleanArticle) -> list[Token]:
    out = []
    for block in clean.text_blocks:
        if block.kind in ("title", "kicker", "byline", "caption"):
            continue
        for match in RAW_WORD.finditer(block.text):
            out.append(Token(match.group(0).translate(_WORD_FOLD).lower(), block.anchor, match.start(), match.end()))
    return out


def find_shared(articles: dict[str, list[Token]]) -> list[SharedPassage]:
    index: dict[tuple[str, ...], list[tuple[str, int]]] = defaultdict(list)
    for ident in sorted(articles):
        words = tuple(t.word for t in articles[ident])
        for i in range(len(words) - SHINGLE + 1):
            index[words[i:i + SHINGLE]].append((ident, i))
    pair_hits: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
    for postings in index.values():
        first_seen: dict[str, int] = {}
        for article, position in postings:
            first_seen.setdefault(article, position)
        if len(first_seen) < 2:
            continue
        members = sorted(first_seen.items())
        partners = members if len(members) <= MAX_PAIRED else members[:1]
        for i, (a, pa) in enumerate(partners):
            for b, pb in members[i + 1:]:
                pair_hits[(a, b)].add((pa, pb))
    passages = []
    for (a, b), hits in sorted(pair_hits.items()):
        for start_a, start_b, length in _runs(sorted(hits)):
            count = length + SHINGLE - 1
            passages.append(SharedPassage(Span(a, start_a, start_a + count - 1),
                                          Span(b, start_b, start_b + count - 1), count))
    return sorted(passages, key=lambda p: (-p.words, p.left.article, p.left.first))


def _runs(hits: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Group shingle matches lying on one diagonal into maximal runs: (start_a, start_b, shingles)."""
    runs = []
    remaining = set(hits)
    for pa, pb in hits:
        if (pa, pb) not in remaining or (pa - 1, pb - 1) in remaining:
            continue
        length = 0
        while (pa + length, pb + length) in remaining:
            remaining.discard((pa + length, pb + length))
            length += 1
        runs.append((pa, pb, length))
    return runs
