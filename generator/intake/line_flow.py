"""Lines of the article's flow that only their neighbours give away (part of line_revision's second
pass): furniture that breaks the flow between paragraphs, and pieces of one sentence that a page
element cut in two.
"""
from __future__ import annotations

import re

from .line_kinds import BODY_KINDS, FUNCTION_WORDS, SENTENCE_END, heading_like, word_count


def breaks_in_the_flow(out: list[str], kinds: list[str], texts: list[str], numbers: list[int]) -> list[str]:
    """Furniture that only its neighbours give away: a run of three or more short lines that are no
    sentences (buttons, a poll, a ticker: a subheading stands alone), a short paragraph touching a
    caption without a blank line and no paragraph (the picture's other text; where the page puts no
    blank lines at all, touching says nothing), and a paragraph of questions under an ad
    label (the ad's teaser)."""
    out = list(out)
    n = len(out)
    bare = [kinds[i] == "short" and word_count(texts[i]) <= 4 and not SENTENCE_END.search(texts[i]) for i in range(n)]
    for i in range(n):
        if out[i] not in BODY_KINDS:
            continue
        run = next((j for j in range(max(0, i - 2), i + 1) if all(bare[j:j + 3]) and j + 3 <= n), None)
        touching = [j for j in (i - 1, i + 1) if 0 <= j < n and abs(numbers[j] - numbers[i]) == 1]
        if run is not None:
            out[i] = "widget"
        elif out[i] == "paragraph" and word_count(texts[i]) <= _TOUCHING_CAPTION_WORDS and \
                any(out[j] == "caption" for j in touching) and not any(out[j] in BODY_KINDS for j in touching):
            out[i] = "caption"
        elif i > 0 and kinds[i - 1] == "ad" and _only_questions(texts[i]):
            out[i] = "ad"
    return out


_TOUCHING_CAPTION_WORDS = 15
_INTERRUPTIONS = ("place", "date", "widget", "credit", "share")


def sentence_starts(out: list[str], kinds: list[str], texts: list[str]) -> None:
    """A line that goes on from a sentence ('will buy …', 'for more than $2 billion …') after a short
    line without an end, over the page elements between them ('UBS,' '-5.50%'): both are pieces of
    that sentence, read from the last piece back to its start ('UBS')."""
    for i in range(len(out) - 1, 0, -1):
        if not (out[i] in BODY_KINDS or out[i] == "other") or not texts[i][0].islower():
            continue
        j = i - 1
        while j > 0 and out[j] in _INTERRUPTIONS:
            j -= 1
        if j < i - 1 and (out[j] in BODY_KINDS or out[j] == "other" and kinds[j] == "short") and \
                not SENTENCE_END.search(texts[j]):
            out[i] = out[i] if out[i] in BODY_KINDS else "paragraph"
            out[j] = out[j] if out[j] in BODY_KINDS else "paragraph"


def _only_questions(text: str) -> bool:
    return text.endswith("?") and not re.search(r"[.!][\"“”«»'’)]*\s", text)


def interrupted(text: str) -> bool:
    """Running text that a page element cut off mid-sentence: a clause of some length full of
    function words that ends on a word in lower case, no noun or name ('… und im Boulevard-Billigblatt
    „Österreich“ wird'). A caption without a full stop ends on what it shows; a credit's slash is a
    caption's."""
    words, last = text.split(), re.search(r"[^\W\d_]+$", text)
    if len(words) < 12 or not last or not last.group()[0].islower() or "/" in text or heading_like(text):
        return False
    return sum(w.lower() in FUNCTION_WORDS for w in words[1:-1]) >= 3 and bool(re.search(r"[,;]", text))
