"""Which lines of a scraped page are the article, and which are page clutter.

Like jusText: every line is first classified on its own (line_kinds.py: rules as data for the
clutter kinds, the shapes of page furniture any outlet writes in furniture.py, then length and
sentence shape), then revised from its neighbours (line_revision.py:
headline and kicker before the first paragraph, subheadings between paragraphs, teasers after the
last).
"""
from __future__ import annotations

import re

from .line_kinds import (BODY_KINDS, STORE_DATE, FUNCTION_WORDS, SENTENCE_END, TEASER_HEADING, Line, broken_off,
                         context_free, word_count, glued_kicker, page_language, rule_kind, stop_word_density)
from .line_revision import revise

__all__ = ["BODY_KINDS", "STORE_DATE", "Line", "classify", "glued_kicker", "page_language", "rule_kind",
           "stop_word_density"]


def classify(text: str) -> list[Line]:
    raw = text.split("\n")
    lines = []
    for number, line in enumerate(raw, start=1):
        clean = " ".join(line.split())
        if clean:
            lines.append((number, clean))
    if lines:
        first_number, first = lines[0]
        match = STORE_DATE.match(first)
        if match:
            rest = first[match.end():].strip()
            lines[0] = (first_number, rest or first)
    language = page_language([t for _, t in lines])
    first_pass = [(n, t, context_free(t, language)) for n, t in lines]
    first_pass = _mark_duplicates(first_pass)
    if first_pass and _cut_off(first_pass[-1][2], first_pass[-1][1], language):
        first_pass[-1] = (*first_pass[-1][:2], "prose")
    return revise(first_pass, language)


def _cut_off(kind: str, text: str, language: str) -> bool:
    """The stored text breaks off mid-sentence in its last line: a word cut short or a function word
    at its end, or running text without an end, as dense in stop words as a paragraph ('Ebenfalls
    auf Erkundungsflug war Bundespräsidentin Kari'; a teaser's title has few, or opens with 'Mehr')."""
    if kind == "byline":
        return text.split()[-1].lower() in FUNCTION_WORDS
    return kind == "short" and (broken_off(text) or word_count(text) >= 6 and not SENTENCE_END.search(text)
                                and not TEASER_HEADING.match(text) and stop_word_density(text, language) >= 0.4)


def _key(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.lower()).strip()


def _letters(text: str) -> str:
    """The line's letters alone: the same words glued ('ausgerufenFeuerwehrmann') or split by a slash
    are the same line."""
    return re.sub(r"[\W\d_]+", "", text.lower())


def _mark_duplicates(items: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """Two neighbouring lines with the same words are a picture's alt text and caption; a line that
    repeats an earlier one is page furniture. A line that repeats the end of an earlier one (a
    section name glued to the headline: 'NewsWolf tear? …') is the clean copy: the glued one is
    the furniture."""
    out = list(items)
    seen: dict[str, int] = {}
    for i, (number, text, kind) in enumerate(items):
        key = _key(text)
        letters = _letters(text)
        following = _key(items[i + 1][1]) if i + 1 < len(items) else ""
        glued = seen.get(letters) if letters else None
        if glued is None and len(letters) >= 20 and word_count(text) >= 3:
            glued = next((j for other, j in seen.items() if other.endswith(letters) and len(other) - len(letters) <= 20),
                         None)
        if key and following and word_count(text) >= 4 and (key.startswith(following) or following.startswith(key)) \
                and min(len(key), len(following)) >= 20:
            out[i] = (number, text, "caption")
            out[i + 1] = (items[i + 1][0], items[i + 1][1], "caption")
        elif glued is not None and (word_count(text) >= 3 and kind in ("prose", "short") or kind == "byline"):
            if len(_letters(items[glued][1])) == len(letters) or out[glued][2] != "short":
                out[i] = (number, text, "duplicate")
            else:
                out[glued] = (items[glued][0], items[glued][1], "navigation")
                out[i] = (number, text, "headline_copy")  # the headline, which the scraper also wrote alone
        seen.setdefault(letters, i)
    return out

