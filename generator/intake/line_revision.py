"""The second pass of lines.py: each line's kind revised from its neighbours (like jusText's
context-sensitive pass): headline and kicker before the first paragraph, subheadings between
paragraphs, comments and navigation after a marker, teasers after the last paragraph, pictures'
captions beside their credits, and furniture that breaks the flow (runs of short lines, a short
paragraph touching a caption, questions under an ad label).
"""
from __future__ import annotations

from .line_flow import breaks_in_the_flow, interrupted, sentence_starts
from .line_kinds import (BODY_KINDS, FUNCTION_WORDS, RELATED_ALONE, SENTENCE_END, TEASER_HEADING, Line,
                         heading_like, person_name, is_prose, without_signoff, word_count, glued_kicker, rule_kind,
                         stop_word_density)


def revise(items: list[tuple[int, str, str]], language: str) -> list[Line]:
    kinds = [k for _, _, k in items]
    texts = [t for _, t, _ in items]
    n = len(items)
    if "prose" not in kinds:  # a page of short lines only: its sentences are its text
        kinds = _sentences_as_prose(kinds, texts)
    kinds = _mark_headed_lists(kinds, texts)
    prose_at = [i for i, k in enumerate(kinds) if k in ("prose", "list_prose")]
    kinds = ["list_item" if k == "list_prose" else k for k in kinds]
    first_prose = prose_at[0] if prose_at else n
    last_prose = prose_at[-1] if prose_at else -1
    kinds = _mark_alt_text(kinds, texts)
    out = _comments_and_navigation(kinds, first_prose)
    _headline_and_kicker(out, kinds, texts, first_prose)
    _before_first_paragraph(out, texts, first_prose, language)
    _from_first_paragraph(out, kinds, texts, first_prose, last_prose)
    out = ["duplicate" if kind == "headline_copy" else kind for kind in out]  # a copy after the text began
    numbers = [number for number, _, _ in items]
    out = _after_the_end(_pictures(out, kinds, texts, numbers, last_prose), kinds, texts, first_prose)
    out = breaks_in_the_flow(out, kinds, texts, numbers)
    sentence_starts(out, kinds, texts)
    return [Line(number, text, kind) for (number, text, _), kind in zip(items, out)]


def _sentences_as_prose(kinds: list[str], texts: list[str]) -> list[str]:
    return ["prose" if k == "short" and SENTENCE_END.search(without_signoff(t)) and not t.endswith(":") else k
            for k, t in zip(kinds, texts)]


def _mark_headed_lists(kinds: list[str], texts: list[str]) -> list[str]:
    """A heading with a list under it is part of the article, wherever it stands: the list's last
    item counts as prose ('list_prose') when finding where the text begins and ends."""
    kinds = list(kinds)
    n = len(kinds)
    for i in range(n - 1):
        if kinds[i] == "short" and heading_like(texts[i]) and kinds[i + 1] == "list_item" and \
                not TEASER_HEADING.match(texts[i]) and word_count(texts[i + 1]) >= 3:
            j = i + 1
            while j < n and kinds[j] == "list_item":
                j += 1
            if j - i > 1:
                kinds[j - 1] = "list_prose"
    return kinds


def _mark_alt_text(kinds: list[str], texts: list[str]) -> list[str]:
    """An image's alt text above its caption."""
    kinds = list(kinds)
    for i in range(len(kinds) - 1):
        if kinds[i] == "short" and kinds[i + 1] == "caption" and word_count(texts[i]) <= 4 and \
                not SENTENCE_END.search(texts[i]):
            kinds[i] = "alt_text"
    return kinds


def _comments_and_navigation(kinds: list[str], first_prose: int) -> list[str]:
    """Everything after a comments marker is comments, everything after a navigation marker behind
    the first paragraph is navigation (also after the comments)."""
    out = list(kinds)
    mode = None
    for i, kind in enumerate(kinds):
        if kind == "navigation_start" and i > first_prose:
            mode, out[i] = "navigation", "navigation"
            continue
        if mode == "comments":
            out[i] = "comment"
            continue
        if mode == "navigation":
            out[i] = "navigation"
            continue
        if kind == "comment_start":
            mode, out[i] = "comments", "comments_heading"
        elif kind == "navigation_start":
            out[i] = "navigation"
    return out


def _headline_and_kicker(out: list[str], kinds: list[str], texts: list[str], first_prose: int) -> None:
    """Before the first paragraph: the headline, and a short line beside it as its kicker."""
    head = [i for i in range(first_prose) if kinds[i] == "short" and heading_like(texts[i]) or kinds[i] == "headline_copy"]
    if not head:
        _repeated_headline(out, kinds, texts, first_prose)
        return
    copies = [i for i in head if kinds[i] == "headline_copy"]
    headline = copies[0] if copies else _choose_headline(head, texts)
    out[headline] = "headline"
    if not glued_kicker(texts[headline]):
        for j in (_beside(kinds, texts, headline, -1), _beside(kinds, texts, headline, 1)):
            if j in head and word_count(texts[j]) <= 8 and not SENTENCE_END.search(texts[j]):
                out[j] = "kicker"
                break


def _beside(kinds: list[str], texts: list[str], i: int, step: int) -> int:
    """The next line above or below that is not a time stamp or a lone separator between them."""
    j = i + step
    while 0 <= j < len(kinds) and (kinds[j] in ("date", "separator") or not any(c.isalpha() for c in texts[j])):
        j += step
    return j


def _repeated_headline(out: list[str], kinds: list[str], texts: list[str], first_prose: int) -> None:
    """With no other heading above the text, the line the page writes again and again above it (the
    title, the social-media title, the headline) is the headline: its last copy."""
    copies = [i for i in range(first_prose)
              if kinds[i] == "duplicate" and heading_like(texts[i]) and word_count(texts[i]) >= 3]
    if copies:
        out[copies[-1]] = "headline"


def _before_first_paragraph(out: list[str], texts: list[str], first_prose: int, language: str) -> None:
    """Short bullets above the article are menus, breadcrumbs, teasers; a sentence under the headline
    is the standfirst."""
    after_headline = False
    for i in range(first_prose):
        if out[i] == "list_item" and word_count(texts[i]) < 8:
            out[i] = "navigation"
        if out[i] == "headline":
            after_headline = True
        elif out[i] == "short":
            standfirst = after_headline and (SENTENCE_END.search(texts[i]) or word_count(texts[i]) >= 8
                                             and stop_word_density(texts[i], language) >= 0.2)
            out[i] = "lead" if standfirst else _before_body(texts[i])


def _from_first_paragraph(out: list[str], kinds: list[str], texts: list[str], first_prose: int,
                          last_prose: int) -> None:
    """The first paragraph is the lead; short lines between paragraphs are subheadings or captions,
    after the last paragraph teasers."""
    lead_done = False
    for i in range(first_prose, len(out)):
        kind = out[i]
        if kind == "prose":
            out[i] = "paragraph" if lead_done else "lead"
            lead_done = True
        elif kind == "short" and i > 0 and kinds[i - 1] == "related" and RELATED_ALONE.match(texts[i - 1]) and \
                not (texts[i].endswith("?") and i + 1 < len(kinds) and kinds[i + 1] == "prose"):
            out[i] = "teaser"  # the line under 'Lesen Sie auch:' is the other article's title; a question
            # over a paragraph is the subheading the paragraph answers (the label's link was dropped)
        elif kind == "short":
            out[i] = _inside_body(texts, kinds, i, last_prose)
        elif kind == "list_item" and i > last_prose and not is_prose(texts[i]) and not _list_after_prose(kinds, i):
            out[i] = "teaser"  # a list of titles after the article's last paragraph links elsewhere


_PICTURE = ("caption", "credit", "alt_text")
_CAPTION_WORDS = 30  # a caption is a sentence or two; a paragraph may be as short, so only with a credit beside it


def _pictures(out: list[str], kinds: list[str], texts: list[str], numbers: list[int], last_prose: int) -> list[str]:
    """A photo credit belongs to a caption beside it: the line it touches without a blank line, else
    the shorter of two short paragraphs around it. A short paragraph between a caption and a credit
    is a caption too (between two captions that carry their own credits it is text)."""
    out = list(out)
    n = len(out)
    short = lambda j: 0 <= j < n and out[j] in ("lead", "paragraph") and word_count(texts[j]) <= _CAPTION_WORDS  # noqa: E731
    for i in range(n):
        credit = kinds[i] == "credit" or (kinds[i] == "legal" and texts[i].startswith("©") and i < last_prose)
        if not credit or (i > 0 and out[i - 1] in _PICTURE) or (i + 1 < n and out[i + 1] in _PICTURE):
            continue
        touching = [j for j in (i - 1, i + 1) if 0 <= j < n and abs(numbers[j] - numbers[i]) == 1]
        if len(touching) == 1 and short(touching[0]):
            out[touching[0]] = "caption"
        elif len(touching) != 1 and i > 0 and i + 1 < n and out[i - 1] in BODY_KINDS and out[i + 1] in BODY_KINDS:
            shorter = min((i - 1, i + 1), key=lambda j: word_count(texts[j]))
            if short(shorter) and word_count(texts[shorter]) < word_count(texts[2 * i - shorter]):
                out[shorter] = "caption"
    for i in range(1, n - 1):
        if short(i) and out[i - 1] in _PICTURE and out[i + 1] in _PICTURE and "caption" in (out[i - 1], out[i + 1]) \
                and out[i - 1] != out[i + 1]:
            out[i] = "caption"
    return out


def _after_the_end(out: list[str], kinds: list[str], texts: list[str], first_prose: int) -> list[str]:
    """The article ends where its byline is repeated under it: what follows links elsewhere. A stored
    text that stops on a subheading was cut after it ('Mehr …', 'Read …' are teasers all the same)."""
    out = list(out)
    ends = next((i for i in range(first_prose + 1, len(out)) if kinds[i] == "duplicate" and
                 (person_name(texts[i]) or rule_kind(texts[i]) == "byline")), None)
    if ends is not None:
        out[ends + 1:] = ["teaser" if kind in BODY_KINDS else kind for kind in out[ends + 1:]]
    elif len(out) > 1 and out[-1] == "teaser" and kinds[-1] == "short" and kinds[-2] == "prose" and \
            heading_like(texts[-1]) and not texts[-1].endswith(":") and not TEASER_HEADING.match(texts[-1]):
        out[-1] = "heading"
    return out


def _list_after_prose(kinds: list[str], i: int) -> bool:
    """A list that follows a paragraph directly continues it."""
    while i > 0 and kinds[i - 1] == "list_item":
        i -= 1
    return i > 0 and kinds[i - 1] == "prose"


_LONGER_THAN_A_KICKER = 8


def _choose_headline(candidates: list[int], texts: list[str]) -> int:
    """The headline is the longest heading-like line of three words or more before the text starts
    (a kicker is shorter); with none that long, the last candidate. Of two lines too long for a
    kicker, the first is the headline and the second its standfirst, which a page may leave
    without a full stop."""
    long_enough = [i for i in candidates if word_count(texts[i]) >= 3]
    if not long_enough:
        return candidates[-1]
    no_kicker = [i for i in long_enough if word_count(texts[i]) >= _LONGER_THAN_A_KICKER]
    if len(no_kicker) == 2 and not any(glued_kicker(texts[i]) for i in no_kicker):
        return no_kicker[0]
    return max(long_enough, key=lambda i: (glued_kicker(texts[i]) is not None, word_count(texts[i]), -i))


def _before_body(text: str) -> str:
    if word_count(text) >= 6 and not heading_like(text):
        return "caption"
    return "other"


def _closing_sentence(text: str) -> bool:
    """A short sentence after the last paragraph closes the text ('Die Ermittlungen dauern an.'): the
    title of another article does not end in a full stop."""
    words = text.split()
    return text.endswith(".") and not text.endswith("..") and len(words) >= 3 and text[0].isupper() and \
        any(w.lower() in FUNCTION_WORDS for w in words)


def _inside_body(texts: list[str], kinds: list[str], i: int, last_prose: int) -> str:
    text = texts[i]
    following = next((k for k in kinds[i + 1:] if k in ("prose", "short", "list_item")), None)
    next_kind = kinds[i + 1] if i + 1 < len(kinds) else None
    if i > last_prose:
        return "paragraph" if _closing_sentence(text) else "teaser"
    if heading_like(text) and following in ("prose", "list_item") and next_kind not in ("caption", "credit"):
        return "heading"
    if next_kind in ("caption", "credit"):
        return "caption"
    if heading_like(text) and following in ("prose", "list_item"):
        return "heading"
    if SENTENCE_END.search(text) and word_count(text) >= 4 or interrupted(text):
        return "paragraph"
    return "other"
