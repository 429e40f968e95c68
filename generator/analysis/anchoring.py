"""Re-anchor quotes to the cleaned article text, like Hypothesis' text-quote selectors.

Exact match first, then a normalised match (white space, typographic quotes and dashes, soft
hyphens, case), then a bounded fuzzy match that is accepted with a warning, unless the text found says
another number, lacks or adds a negation, or names someone else: then it is a problem, as is a quote
that cannot be anchored, at the YAML line that names it, with the text found.
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, replace

from ..intake import text_rules as rules
from ..intake.textnorm import fold_with_map
from ..model.article_text import CleanArticle

FUZZY_THRESHOLD = 0.85


@dataclass(frozen=True)
class Anchor:
    article: str
    block: str  # the block's anchor id on the article page ("p3")
    start: int  # character offsets in the block's text
    end: int
    method: str  # exact, normalised or fuzzy

    @property
    def fragment(self) -> str:
        return f"{self.article}#{self.block}"


@dataclass(frozen=True)
class AnchorResult:
    anchor: Anchor | None
    candidates: int  # how many places matched (more than one without context: ambiguous)
    closest: str  # for a miss: the nearest text found
    differs_in: str = ""  # for a fuzzy match that changes the meaning: "a number", "a negation" or "a name"


def _occurrences(haystack: str, needle: str) -> list[int]:
    found, start = [], haystack.find(needle)
    while start >= 0 and needle:
        found.append(start)
        start = haystack.find(needle, start + 1)
    return found


def _context_ok(text: str, start: int, end: int, prefix: str, suffix: str, fold: bool) -> bool:
    if fold:
        before = fold_with_map(text[:start])[0]
        after = fold_with_map(text[end:])[0]
        prefix, suffix = fold_with_map(prefix)[0], fold_with_map(suffix)[0]
        return before.endswith(prefix.strip()) and after.startswith(suffix.strip())
    return text[:start].endswith(prefix) and text[end:].startswith(suffix)


def anchor_quote(clean: CleanArticle, quote: str, prefix: str = "", suffix: str = "") -> AnchorResult:
    blocks = clean.text_blocks
    # 1. exact, 2. normalised
    for method in ("exact", "normalised"):
        hits: list[Anchor] = []
        for block in blocks:
            if method == "exact":
                for start in _occurrences(block.text, quote):
                    hits.append(Anchor(clean.id, block.anchor, start, start + len(quote), method))
            else:
                folded, index = fold_with_map(block.text)
                needle = fold_with_map(quote)[0]
                for start in _occurrences(folded, needle):
                    end_index = index[start + len(needle) - 1] + 1
                    hits.append(Anchor(clean.id, block.anchor, index[start], end_index, method))
        if hits:
            text_of = {b.anchor: b.text for b in blocks}
            fitting = [h for h in hits if _context_ok(text_of[h.block], h.start, h.end, prefix, suffix, method != "exact")]
            if fitting:
                return AnchorResult(fitting[0], len(fitting), "")
            if method == "exact" and not (prefix or suffix):
                return AnchorResult(hits[0], len(hits), "")
    # 3. fuzzy, bounded: windows of the quote's length around word starts
    best_ratio, best = 0.0, None
    needle = fold_with_map(quote)[0]
    size = len(needle)
    for block in blocks:
        folded, index = fold_with_map(block.text)
        starts = [0] + [i + 1 for i, c in enumerate(folded) if c == " "]
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(needle)
        for start in starts:
            for length in (size - size // 10, size, size + size // 10):
                window = folded[start:start + length]
                if not window:
                    continue
                matcher.set_seq1(window)
                if matcher.real_quick_ratio() <= best_ratio or matcher.quick_ratio() <= best_ratio:
                    continue
                ratio = matcher.ratio()
                if ratio > best_ratio:
                    end = index[min(start + len(window), len(index)) - 1] + 1
                    best_ratio, best = ratio, Anchor(clean.id, block.anchor, index[start], end, "fuzzy")
    if best is None:
        return AnchorResult(None, 0, "")
    block_text = next(b.text for b in blocks if b.anchor == best.block)
    text = _whole_words(block_text, best.start, best.end, quote)
    if best_ratio >= FUZZY_THRESHOLD:
        return AnchorResult(replace(best, end=best.start + len(text)), 1, text, _meaning_changed(quote, text))
    return AnchorResult(None, 0, text)


def _whole_words(text: str, start: int, end: int, quote: str) -> str:
    """The match widened to the end of its last word, without punctuation the quote does not end with
    (never 'dichtmachen»,' for a quote ending in 'dichtmachen')."""
    while end < len(text) and (text[end].isalnum() or text[end] in "-‐‑\u00ad"):
        end += 1
    found = text[start:end]
    while found and not found[-1].isalnum() and not quote.rstrip().endswith(found[-1]):
        found = found[:-1]
    return found.rstrip()


def _numbers(text: str) -> Counter:
    words = rules.WORD.findall(text.lower())
    return Counter(rules.NUMBER.findall(text)) + Counter(rules.NUMBER_WORDS[w] for w in words if w in rules.NUMBER_WORDS)


def _names(text: str) -> list[str]:
    return [w for w in rules.WORD.findall(text) if w[:1].isupper()]


def _unmatched_names(mine: list[str], theirs: list[str]) -> bool:
    """A capitalised word with no look-alike on the other side ('Scholz' against 'Merz'; a typo is a look-alike)."""
    return any(max((difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio() for b in theirs), default=0) < 0.75
               for a in mine)


def _meaning_changed(quote: str, found: str) -> str:
    """What the approximate match changes that a reader relies on; "" when it is only a typo or spelling."""
    if _numbers(quote) != _numbers(found):
        return "a number"
    negations = [Counter(w for w in rules.WORD.findall(t.lower()) if w in rules.NEGATIONS) for t in (quote, found)]
    if negations[0] != negations[1]:
        return "a negation"
    if _unmatched_names(_names(quote), _names(found)) or _unmatched_names(_names(found), _names(quote)):
        return "a name"
    return ""
