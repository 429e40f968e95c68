"""Passages that two articles share word for word (wire copy), found through a shingle index.

Every run of ``SHINGLE`` normalised words is hashed into one flat integer array for the whole corpus
(little memory even for thousands of articles); a sorted copy tells which hashes occur more than
once, and articles are paired only through those shingles, so the work grows with the corpus, not
with the number of pairs.
A shingle found in more than ``MAX_PAIRED`` articles (one agency text printed everywhere) pairs
each of them with the first only, so that widely shared copy is still found in linear time.
"""

from __future__ import annotations

import re
import sys
from array import array
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from itertools import compress, islice
from operator import eq, methodcaller

from ..model.article_text import CleanArticle

SHINGLE = 6
MAX_PAIRED = 8


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


class Tokens:
    """An article's words in reading order, stored column-wise (a corpus holds millions of them)."""

    def __init__(self) -> None:
        self.words: list[str] = []
        self.blocks: list[str] = []
        self.starts = array("I")
        self.ends = array("I")

    def __len__(self) -> int:
        return len(self.words)

    def pieces(self, first: int, last: int) -> list[tuple[str, int, int]]:
        """Words ``first`` to ``last`` as (block, start, end) character ranges, one per paragraph."""
        out: list[list] = []
        blocks, starts, ends = self.blocks, self.starts, self.ends
        for i in range(first, last + 1):
            if out and out[-1][0] == blocks[i]:
                out[-1][2] = ends[i]
            else:
                out.append([blocks[i], starts[i], ends[i]])
        return [(block, start, end) for block, start, end in out]


def tokens(clean: CleanArticle) -> Tokens:
    out = Tokens()
    for block in clean.text_blocks:
        if block.kind in ("title", "kicker", "byline", "caption"):
            continue
        matches = list(RAW_WORD.finditer(block.text))
        out.words.extend(map(sys.intern, map(str.lower, map(methodcaller("translate", _WORD_FOLD),
                                                                 map(re.Match.group, matches)))))
        out.blocks.extend([block.anchor] * len(matches))
        out.starts.extend(map(re.Match.start, matches))
        out.ends.extend(map(re.Match.end, matches))
    return out


def find_shared(articles: dict[str, Tokens]) -> list[SharedPassage]:
    ids = sorted(articles)
    words_of = [articles[ident].words for ident in ids]
    keys = array("q")  # one hash per shingle, all articles in a row; offsets[n]: article n's first
    offsets = []
    for words in words_of:
        offsets.append(len(keys))
        keys.extend(map(hash, zip(*(words[k:] for k in range(SHINGLE)))))
    ordered = sorted(keys)
    repeated = set(compress(ordered, map(eq, ordered, islice(ordered, 1, None))))
    postings: dict[int, list[int]] = defaultdict(list)
    for position in compress(range(len(keys)), map(repeated.__contains__, keys)):
        postings[keys[position]].append(position)
    pair_hits: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
    for positions in postings.values():
        codes = []
        for position in positions:
            number = bisect_right(offsets, position) - 1
            codes.append(number << 32 | (position - offsets[number]))
        _pair(codes, ids, words_of, pair_hits)
    passages = []
    for (a, b), hits in sorted(pair_hits.items()):
        for start_a, start_b, length in _runs(sorted(hits)):
            count = length + SHINGLE - 1
            passages.append(SharedPassage(Span(a, start_a, start_a + count - 1),
                                          Span(b, start_b, start_b + count - 1), count))
    return sorted(passages, key=lambda p: (-p.words, p.left.article, p.left.first, p.right.article, p.right.first))


def _pair(postings: list[int], ids: list[str], words_of: list, pair_hits: dict) -> None:
    """Pair the articles of one shingle: all of them when few share it, else each with the first."""
    first_seen: dict[int, int] = {}
    for code in postings:
        first_seen.setdefault(code >> 32, code & 0xFFFFFFFF)
    if len(first_seen) < 2:
        return
    members = sorted(first_seen.items())
    head = words_of[members[0][0]][members[0][1]:members[0][1] + SHINGLE]
    members = [m for m in members if words_of[m[0]][m[1]:m[1] + SHINGLE] == head]  # a hash collision is no match
    partners = members if len(members) <= MAX_PAIRED else members[:1]
    for i, (a, pa) in enumerate(partners):
        for b, pb in members[i + 1:]:
            pair_hits[(ids[a], ids[b])].add((pa, pb))


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
