"""Split a scraped article text into its parts, keeping everything: nothing removed is lost.

``lines.classify`` reads the page as any page (rules in ``rules/lines.yml``); what the editor wrote
about the article then decides: the YAML title, kicker and authors mark their lines, and
``cleaning: force_body / force_clutter`` forces any line either way.
"""

from __future__ import annotations

from ..model.article_text import BODY_KINDS, Block, CleanArticle
from ..model.problems import ProblemLog
from ..model.records import Article
from . import text_rules as rules
from .lines import STORE_DATE, Line, classify
from .textnorm import normalise

# What a line of the page is (lines.classify) -> the block kind and the reason it was set aside.
_BLOCKS = {
    "headline": ("title", ""), "kicker": ("kicker", ""), "byline": ("byline", ""), "lead": ("lead", ""),
    "paragraph": ("paragraph", ""), "heading": ("heading", ""), "list_item": ("list_item", ""),
    "caption": ("caption", ""), "credit": ("credit", "photo_credit"), "signoff": ("credit", "source_line"),
    "date": ("dateline", "date_line"), "comment": ("comment", ""), "teaser": ("clutter", "teaser"),
    "navigation": ("clutter", "navigation"), "related": ("clutter", "related"), "ad": ("clutter", "ad"),
    "widget": ("clutter", "widget"), "share": ("clutter", "share"), "newsletter": ("clutter", "newsletter"),
    "legal": ("clutter", "legal"), "other": ("clutter", "other"), "separator": ("clutter", "separator"),
    "template": ("clutter", "page_template"), "tags": ("clutter", "tags_heading"), "place": ("dateline", "place_line"),
    "alt_text": ("clutter", "alt_text"), "duplicate": ("clutter", "duplicate_line"),
    "comments_heading": ("clutter", "comments_section"),
}


def clean_article(article: Article, seed: str, log: ProblemLog) -> CleanArticle:
    """Every line of the seed as a block; report cleaning overrides that match no line."""
    stated = STORE_DATE.match(seed.lstrip("\ufeff \t\n"))
    stated_date = stated.group(1) if stated else None
    editor = _EditorsWord(article)
    items = [editor.decide(line) for line in classify(seed)]
    if stated_date and items:
        items.insert(0, (items[0][0], "dateline", f"date {stated_date}", "date_line"))
    for override in article.overrides:
        if override not in editor.used_overrides:
            log.error(override.origin.file, override.origin.line,
                      f"article '{article.id}': cleaning rule '{override.match}' matches no line of seeds/{article.seed}")
    blocks = _anchor(items)
    return CleanArticle(article.id, tuple(blocks), _signature(blocks), stated_date)


class _EditorsWord:
    """What articles.yml says about the lines: the title, kicker and authors it names, and the
    lines it forces to the body or to the clutter."""

    def __init__(self, article: Article):
        self.article = article
        self.title_key, self.kicker_key = normalise(article.title), normalise(article.kicker or "")
        self.author_keys = {normalise(a) for a in article.authors}
        self.used_overrides: set = set()
        self.title_seen = False
        self.bylines_seen: set[str] = set()

    def decide(self, line: Line) -> tuple[int, str, str, str]:
        """(line, kind, text, reason) of one line."""
        forced = next((o for o in self.article.overrides if line.text.startswith(o.match)), None)
        key = normalise(line.text)
        if forced:
            self.used_overrides.add(forced)
            return (line.number, "paragraph", line.text, "") if forced.to == "body" else \
                (line.number, "clutter", line.text, "editor")
        if key == self.title_key and not self.title_seen:
            self.title_seen = True
            return line.number, "title", line.text, ""
        if self.kicker_key and key == self.kicker_key and not self.title_seen:
            return line.number, "kicker", line.text, ""
        if _names_authors(line.text, self.author_keys):
            if key in self.bylines_seen:
                return line.number, "clutter", line.text, "duplicate_line"
            self.bylines_seen.add(key)
            return line.number, "byline", line.text, ""
        kind, reason = _BLOCKS[line.kind]
        if kind == "title" and self.title_key:
            kind, reason = "clutter", "headline_copy"  # the editor's title is another line
        if kind == "comment" and rules.COMMENT_AUTHOR.match(line.text):
            kind = "comment_author"
        return line.number, kind, line.text, reason


def _names_authors(text: str, author_keys: set[str]) -> bool:
    """The line is the article's byline by its authors from YAML: 'Anna Roth', 'Von: Anna Roth und
    Max Li' (whatever their names look like, which the general byline rule cannot know)."""
    if not author_keys:
        return False
    names = [n for n in rules.NAME_SEPARATORS.split(rules.BYLINE_PREFIX.sub("", text)) if n.strip()]
    return bool(names) and all(normalise(n) in author_keys for n in names)


def _signature(blocks: list[Block]) -> str | None:
    body = [b for b in blocks if b.kind in BODY_KINDS]
    match = rules.SIGNATURE.search(body[-1].text) if body else None
    return match.group("sig") if match else None


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
