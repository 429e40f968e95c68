"""An article's text as the cleaner leaves it: every line of the seed kept as a typed block, the
article's own words apart from page clutter and reader comments."""

from __future__ import annotations

import functools
from dataclasses import dataclass

# Kinds of block. Text kinds are the article's own words; clutter and comments are kept apart.
TEXT_KINDS = ("kicker", "title", "byline", "lead", "heading", "paragraph", "list_item", "caption")
BODY_KINDS = ("lead", "paragraph", "list_item")


@dataclass(frozen=True)
class Block:
    kind: str  # one of TEXT_KINDS, or clutter, credit, dateline, comment_author, comment
    text: str
    line: int  # line in the seed file
    anchor: str  # stable id on the article page: p3 for the third body paragraph
    reason: str = ""  # for clutter: why it was set aside, a key of labels' clutter_reasons


@dataclass(frozen=True)
class CleanArticle:
    id: str
    blocks: tuple[Block, ...]
    signature: str | None  # the initials that sign the text: "ari", "eon/dpa"
    stated_date: str | None  # a date the page itself states ("date 2022-08")

    @property
    def text_blocks(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind in TEXT_KINDS)

    @property
    def body(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind in BODY_KINDS)

    @property
    def clutter(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind not in TEXT_KINDS and not b.kind.startswith("comment"))

    @property
    def comments(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind.startswith("comment"))

    @property
    def text(self) -> str:
        """The cleaned text: the text blocks in order, a blank line between them. Quote and
        attribution offsets in the downloads count in this text."""
        return "\n\n".join(b.text for b in self.text_blocks)

    def offset(self, anchor: str) -> int:
        """Where a text block starts in ``text``."""
        position = 0
        for block in self.text_blocks:
            if block.anchor == anchor:
                return position
            position += len(block.text) + 2
        raise KeyError(anchor)

    def word_count(self) -> int:
        return _word_count(self.blocks)


@functools.lru_cache(maxsize=4096)
def _word_count(blocks: tuple[Block, ...]) -> int:
    """Counted once per text (the article page, the list of articles, the comparison and the
    downloads all show it)."""
    return sum(len(b.text.split()) for b in blocks if b.kind in BODY_KINDS or b.kind == "heading")
