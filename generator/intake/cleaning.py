"""Split a scraped article text into its parts, keeping everything: nothing removed is lost.

The rules (``text_rules``) are general patterns of German and English news pages (teasers, "Lesen Sie auch",
social-media promos, "Interaktionen" navigation, reader comments, photo credits); the editor can
force any line to body or to clutter in ``articles.yml`` (``cleaning: force_body / force_clutter``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model.problems import ProblemLog
from ..model.records import Article
from . import text_rules as rules
from .textnorm import normalise

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

    def word_count(self) -> int:
        return sum(len(b.text.split()) for b in self.blocks if b.kind in BODY_KINDS or b.kind == "heading")


def _is_heading(text: str) -> bool:
    """A short line that does not read as a sentence: no full stop, no trailing comma or colon."""
    words = text.split()
    if not (1 <= len(words) <= 14 and len(text) <= 110 and text[0].isupper()):
        return False
    bare = text.rstrip("“”\"«»'’")
    return not bare.endswith((".", ",", ";", ":", ")")) and not rules.SENTENCE_INSIDE.search(text)


def _lines(seed: str) -> list[tuple[int, str]]:
    return [(number, " ".join(raw.split())) for number, raw in enumerate(seed.split("\n"), start=1)]


def clean_article(article: Article, seed: str, log: ProblemLog) -> CleanArticle:
    """Classify every non-empty line of the seed; report overrides that match no line."""
    photo_credit = rules.photo_credit_pattern(article.photo_credits)
    title_key, kicker_key = normalise(article.title), normalise(article.kicker or "")
    author_keys = {normalise(a) for a in article.authors}
    lines = [(n, t) for n, t in _lines(seed) if t]
    stated_date = None
    if lines:
        match = rules.LEADING_DATE.match(lines[0][1])
        if match:
            stated_date = match.group(1)
            rest = lines[0][1][match.end():]
            lines[0:1] = [(lines[0][0], f"date {stated_date}")] + ([(lines[0][0], rest)] if rest else [])
    used_overrides: set = set()
    classified: list[tuple[int, str, str, str]] = []  # (line, kind, text, reason)
    mode = "article"
    seen_texts: set[str] = set()
    teaser_next = False
    title_seen = False
    for index, (number, text) in enumerate(lines):
        forced = next((o for o in article.overrides if text.startswith(o.match)), None)
        key = normalise(text)
        if forced:
            used_overrides.add(forced)
            kind, reason = ("paragraph", "") if forced.to == "body" else ("clutter", "editor")
        elif index == 0 and stated_date and text == f"date {stated_date}":
            kind, reason = "dateline", "date_line"
        elif mode == "navigation":
            kind, reason = "clutter", "navigation_teasers"
        elif rules.NAVIGATION_START.match(text) and not key == title_key:
            mode, kind, reason = "navigation", "clutter", "navigation_teasers"
        elif rules.COMMENTS_START.match(text):
            mode, kind, reason = "comments", "clutter", "comments_section"
        elif mode == "comments":
            kind, reason = ("comment_author", "") if rules.COMMENT_AUTHOR.match(text) else ("comment", "")
        elif teaser_next:
            kind, reason = "clutter", "reading_tip"
        elif rules.FOLLOWED_BY_TEASER.match(text):
            kind, reason = "clutter", "reading_tip"
        elif key == kicker_key and not title_seen and kicker_key:
            kind, reason = "kicker", ""
        elif key == title_key and not title_seen:
            kind, reason, title_seen = "title", "", True
        elif _names_authors(text, author_keys) and key not in seen_texts:
            kind, reason = "byline", ""
        else:
            kind, reason = classify_line(text, photo_credit)
            if kind in ("paragraph", "caption", "list_item", "byline") and key in seen_texts:
                kind, reason = "clutter", "duplicate_line"
        teaser_next = bool(rules.FOLLOWED_BY_TEASER.match(text)) and not forced
        seen_texts.add(key)
        classified.append((number, kind, text, reason))
    classified = _mark_alt_texts(classified)
    classified = _mark_headings_and_lead(classified)
    for override in article.overrides:
        if override not in used_overrides:
            log.error(override.origin.file, override.origin.line,
                      f"article '{article.id}': cleaning rule '{override.match}' matches no line of seeds/{article.seed}")
    blocks = _anchor(classified)
    signature = None
    body = [b for b in blocks if b.kind in BODY_KINDS]
    if body:
        match = rules.SIGNATURE.search(body[-1].text)
        signature = match.group("sig") if match else None
    return CleanArticle(article.id, tuple(blocks), signature, stated_date)


def _names_authors(text: str, author_keys: set[str]) -> bool:
    """The line is the article's byline by its authors from YAML: 'Anna Roth', 'Von: Anna Roth und
    Max Li' (whatever their names look like, which the general byline rule cannot know)."""
    if not author_keys:
        return False
    names = [n for n in rules.NAME_SEPARATORS.split(rules.BYLINE_PREFIX.sub("", text)) if n.strip()]
    return bool(names) and all(normalise(n) in author_keys for n in names)


def classify_line(text: str, photo_credit: re.Pattern | None = None) -> tuple[str, str]:
    """The kind of one stripped line by the general rules alone (no article context)."""
    photo_credit = photo_credit or rules.photo_credit_pattern(())
    for kind, reason, pattern in rules.LINE_RULES:
        if pattern.match(text):
            if kind == "credit" and " " in text.strip("/") and not photo_credit.search(" - " + text):
                continue
            return kind, reason
    if rules.CAPTION_MARK.search(text):
        return "caption", ""
    if photo_credit.search(text):
        sentence_like = rules.SENTENCE_MARK.search(text) is not None
        return ("caption", "") if sentence_like else ("credit", "photo_credit")
    bullet = rules.BULLET.match(text)
    if bullet:
        return "list_item", ""
    return "paragraph", ""


def _mark_alt_texts(items: list) -> list:
    """A short line right before a caption is the image's alt text, not the article's."""
    out = list(items)
    for i in range(len(out) - 1):
        number, kind, text, reason = out[i]
        if kind == "paragraph" and out[i + 1][1] == "caption" and len(text.split()) <= 4 and not text.endswith((".", "?", "!")):
            out[i] = (number, "clutter", text, "alt_text")
    return out


def _mark_headings_and_lead(items: list) -> list:
    out = []
    lead_done = False
    for i, (number, kind, text, reason) in enumerate(items):
        if kind == "paragraph":
            following = next((k for _, k, _, _ in items[i + 1:] if k not in ("caption", "credit")), None)
            if _is_heading(text) and following in ("paragraph", "list_item") and lead_done:
                kind = "heading"
            elif _is_heading(text) and not lead_done and following in ("paragraph",) and len(text.split()) <= 8:
                kind = "heading"
            elif not lead_done:
                kind, lead_done = "lead", True
        elif kind in ("list_item",):
            lead_done = True
        out.append((number, kind, text, reason))
    return out


def _anchor(items: list) -> list[Block]:
    counters: dict[str, int] = {}
    prefixes = {"lead": "p", "paragraph": "p", "list_item": "p", "heading": "h", "caption": "b", "kicker": "k",
                "title": "t", "byline": "a", "comment": "kom", "comment_author": "kom"}
    blocks = []
    for number, kind, text, reason in items:
        prefix = prefixes.get(kind, "x")
        counters[prefix] = counters.get(prefix, 0) + 1
        if kind == "list_item":
            text = rules.BULLET.match(text).group(1) if rules.BULLET.match(text) else text
        blocks.append(Block(kind, text, number, f"{prefix}{counters[prefix]}", reason))
    return blocks
