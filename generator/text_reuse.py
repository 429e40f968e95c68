"""Passages that two articles share word for word (wire copy), found through a shingle index.

Every run of ``SHINGLE`` normalised words is hashed into one index; articles are paired only
through shingles they share, so the work grows with the corpus, not with the number of pairs.
Shingles that occur in more than ``MAX_POSTINGS`` articles are boilerplate and are skipped.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass

from .cleaning import CleanArticle
from .textnorm import WORD, fold_with_map

SHINGLE = 6
MAX_POSTINGS = 20


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


def tokens(clean: CleanArticle) -> list[Token]:
    out = []
    for block in clean.text_blocks:
        if block.kind in ("title", "kicker", "byline", "caption"):
            continue
        folded, index = fold_with_map(block.text)
        for match in WORD.finditer(folded):
            out.append(Token(match.group(0), block.anchor, index[match.start()], index[match.end() - 1] + 1))
    return out


def _hash(words: list[str]) -> bytes:
    return hashlib.blake2b(" ".join(words).encode(), digest_size=8).digest()


def find_shared(articles: dict[str, list[Token]]) -> list[SharedPassage]:
    index: dict[bytes, list[tuple[str, int]]] = defaultdict(list)
    for ident in sorted(articles):
        words = [t.word for t in articles[ident]]
        for i in range(len(words) - SHINGLE + 1):
            index[_hash(words[i:i + SHINGLE])].append((ident, i))
    pair_hits: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
    for postings in index.values():
        if len({a for a, _ in postings}) > MAX_POSTINGS:
            continue
        for i, (a, pa) in enumerate(postings):
            for b, pb in postings[i + 1:]:
                if a != b:
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
