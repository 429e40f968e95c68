"""Normalisation shared by every comparison of text: anchoring, quote grouping, reuse detection."""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({
    "„": '"', "“": '"', "”": '"', "«": '"', "»": '"', "‟": '"', "″": '"',
    "‚": "'", "‘": "'", "’": "'", "‹": "'", "›": "'", "`": "'", "´": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
})
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\ufeff]")
WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)


def fold(text: str) -> str:
    """Typographic variants to one form, invisible characters removed; length-changing but case-keeping."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text).translate(_QUOTES)
    return " ".join(text.split())


def normalise(text: str) -> str:
    """Fold and lower-case: the key under which two spellings of the same words compare equal."""
    return fold(text).lower()


def words(text: str) -> list[str]:
    """Lower-case word tokens, punctuation and quote styles ignored."""
    return WORD.findall(normalise(text))


_NEEDS_FOLDING = re.compile("[\u00ad\u200b\u200c\u200d\ufeff„“”«»‟″‚‘’‹›`´–—‐‑−\u00a0\u202f\u2009]|\\s\\s|[^\\S ]|^ | $")


def fold_with_map(text: str, lower: bool = True) -> tuple[str, list[int]]:
    """Like ``normalise`` but also returns, for each folded character, its index in ``text``."""
    if unicodedata.is_normalized("NFC", text) and not _NEEDS_FOLDING.search(text):
        folded = text.lower() if lower else text
        if len(folded) == len(text):
            return folded, list(range(len(text)))  # nothing to fold: the common case
    out: list[str] = []
    index: list[int] = []
    pending_space = False
    for i, char in enumerate(unicodedata.normalize("NFC", text)):
        if _INVISIBLE.match(char):
            continue
        char = char.translate(_QUOTES)
        if char.isspace():
            pending_space = bool(out)
            continue
        if pending_space:
            out.append(" ")
            index.append(i - 1)
            pending_space = False
        for piece in (char.lower() if lower else char):  # 'İ'.lower() is two characters
            out.append(piece)
            index.append(i)
    return "".join(out), index
