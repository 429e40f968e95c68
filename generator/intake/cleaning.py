"""Split a scraped article text into its parts, keeping everything: nothing removed is lost.

The rules (``text_rules``) are general patterns of German and English news pages (teasers, "Lesen Sie auch",
social-media promos, "Interaktionen" navigation, reader comments, photo credits); the editor can
force any line to body or to clutter in ``articles.yml`` (``cleaning: force_body / force_clutter``).
"""

from __future__ import annotations

import re

from ..model.article_text import BODY_KINDS, Block, CleanArticle
from ..model.problems import ProblemLog
from ..model.records import Article
from . import text_rules as rules
from .textnorm import normalise

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
    """Classify every non-empty line of the seed on its own, then revise the classes from their
    neighbours (alt texts, headings, the lead); report overrides that match no line."""
    lines, stated_date = _split_leading_date([(n, t) for n, t in _lines(seed) if t])
    reader = _LineReader(article, stated_date)
    classified = [reader.read(index, number, text) for index, (number, text) in enumerate(lines)]
    classified = _mark_headings_and_lead(_mark_alt_texts(classified))
    for override in article.overrides:
        if override not in reader.used_overrides:
            log.error(override.origin.file, override.origin.line,
                      f"article '{article.id}': cleaning rule '{override.match}' matches no line of seeds/{article.seed}")
    blocks = _anchor(classified)
    return CleanArticle(article.id, tuple(blocks), _signature(blocks), stated_date)


def _split_leading_date(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], str | None]:
    """A leading 'date 2022-08 …' becomes a line of its own; returns the lines and the date."""
    match = rules.LEADING_DATE.match(lines[0][1]) if lines else None
    if not match:
        return lines, None
    stated_date, rest = match.group(1), lines[0][1][match.end():]
    return [(lines[0][0], f"date {stated_date}")] + ([(lines[0][0], rest)] if rest else []) + lines[1:], stated_date


def _signature(blocks: list[Block]) -> str | None:
    body = [b for b in blocks if b.kind in BODY_KINDS]
    match = rules.SIGNATURE.search(body[-1].text) if body else None
    return match.group("sig") if match else None


class _LineReader:
    """Reads the lines of one seed in order; what it has seen (the title, a teaser heading, the
    start of the navigation or of the comments) decides what the next lines are."""

    def __init__(self, article: Article, stated_date: str | None):
        self.article, self.stated_date = article, stated_date
        self.photo_credit = rules.photo_credit_pattern(article.photo_credits)
        self.title_key, self.kicker_key = normalise(article.title), normalise(article.kicker or "")
        self.author_keys = {normalise(a) for a in article.authors}
        self.used_overrides: set = set()
        self.mode = "article"  # then "navigation" or "comments", to the end of the text
        self.seen_texts: set[str] = set()
        self.teaser_next = False
        self.title_seen = False

    def read(self, index: int, number: int, text: str) -> tuple[int, str, str, str]:
        """(line, kind, text, reason) of one line."""
        forced = next((o for o in self.article.overrides if text.startswith(o.match)), None)
        key = normalise(text)
        if forced:
            self.used_overrides.add(forced)
            kind, reason = ("paragraph", "") if forced.to == "body" else ("clutter", "editor")
        elif index == 0 and self.stated_date and text == f"date {self.stated_date}":
            kind, reason = "dateline", "date_line"
        elif self.mode == "navigation":
            kind, reason = "clutter", "navigation_teasers"
        elif rules.NAVIGATION_START.match(text) and not key == self.title_key:
            self.mode, kind, reason = "navigation", "clutter", "navigation_teasers"
        elif rules.COMMENTS_START.match(text):
            self.mode, kind, reason = "comments", "clutter", "comments_section"
        elif self.mode == "comments":
            kind, reason = ("comment_author", "") if rules.COMMENT_AUTHOR.match(text) else ("comment", "")
        elif self.teaser_next or rules.FOLLOWED_BY_TEASER.match(text):
            kind, reason = "clutter", "reading_tip"
        elif key == self.kicker_key and not self.title_seen and self.kicker_key:
            kind, reason = "kicker", ""
        elif key == self.title_key and not self.title_seen:
            kind, reason, self.title_seen = "title", "", True
        elif _names_authors(text, self.author_keys) and key not in self.seen_texts:
            kind, reason = "byline", ""
        else:
            kind, reason = classify_line(text, self.photo_credit)
            if kind in ("paragraph", "caption", "list_item", "byline") and key in self.seen_texts:
                kind, reason = "clutter", "duplicate_line"
        self.teaser_next = bool(rules.FOLLOWED_BY_TEASER.match(text)) and not forced
        self.seen_texts.add(key)
        return number, kind, text, reason


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
