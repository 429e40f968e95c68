"""Shared passages as the pages show them: each side's text with a few words of context, and the
passages grouped by their words (wire copy that several articles carry)."""

from __future__ import annotations

from dataclasses import dataclass

from ..analysis.text_reuse import SharedPassage
from ..model.analysis import Analysis
from .refs import ArticleRef, Refs
from .urls import Links


@dataclass(frozen=True)
class PassageSide:
    article: ArticleRef
    href: str  # to the passage's first paragraph
    before: str  # a few words before the passage
    text: str  # the passage, with ' … ' at paragraph breaks
    after: str


@dataclass(frozen=True)
class PassageView:
    words: int
    sides: tuple[PassageSide, ...]  # the page's own article first


@dataclass(frozen=True)
class PassageGroup:
    text: str
    words: int
    articles: tuple[ArticleRef, ...]


class Passages:
    def __init__(self, analysis: Analysis, refs: Refs):
        self.a, self.refs = analysis, refs

    def text(self, article: str, first: int, last: int, width: int = 8) -> tuple[str, str, str]:
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

    def view(self, passage: SharedPassage, this: str, links: Links) -> PassageView:
        sides = [passage.left, passage.right]
        if sides[0].article != this:
            sides.reverse()
        out = []
        for span in sides:
            first_block = self.a.tokens[span.article].blocks[span.first]
            before, text, after = self.text(span.article, span.first, span.last)
            out.append(PassageSide(self.refs.article(span.article), links.article(span.article, first_block),
                                   before, text, after))
        return PassageView(passage.words, tuple(out))

    def groups(self) -> list[PassageGroup]:
        """Shared passages grouped by their words: one row per passage with every article that has it."""
        groups: dict[str, tuple[str, int, set[str]]] = {}
        for passage in self.a.shared:
            left = passage.left
            key = " ".join(self.a.tokens[left.article].words[left.first:left.last + 1])
            if key not in groups:
                groups[key] = (self.text(left.article, left.first, left.last)[1], passage.words, set())
            groups[key][2].update(passage.articles)
        ordered = sorted(groups.values(), key=lambda g: (-len(g[2]), -g[1], g[0]))
        return [PassageGroup(text, words, self.refs.articles(sorted(ids)))
                for text, words, ids in ordered]
