"""Which lines of a scraped page are the article, and which are page clutter.

Like jusText: every line is first classified on its own (rules as data for the clutter kinds, then
length and sentence shape), then revised from its neighbours (headline and kicker before the first
paragraph, subheadings between paragraphs, teasers after the last).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import justext

from ..rules import load
from .text_rules import first_name_gender

BODY_KINDS = ("lead", "paragraph", "heading", "list_item")
STORE_DATE = re.compile(r"^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:\s+|$)")
_SENTENCE_END = re.compile(r"[.!?…:;][\"“”«»'’)]*$")
_INNER_SENTENCE = re.compile(r"[.!?][\"“”«»'’)]*\s+[\"„“«»]?[A-ZÄÖÜ0-9]")
_INNER_FULL_STOP = re.compile(r"[.!][\"“”«»'’)]*\s+[\"„“«»]?[A-ZÄÖÜ0-9]")  # a question inside a heading is fine
_BULLET = re.compile(r"^([•·▪‣◦*–-]|\d{1,2}[.)])\s+\S")
_RELATED_ALONE = re.compile(r"^[^:]{2,40}:$")  # 'Lesen Sie auch:' with the title on the next line
_TEASER_HEADING = re.compile(r"^(mehr|auch|weitere|more|related|lesen|read|das könnte)\b", re.I)
_FUNCTION_WORDS = frozenset("der die das den dem des ein eine einen einem einer und oder aber mit von zu im in am an auf für "
                            "the a an and or but of to in on at for with by from".split())
_STOPLISTS = {"de": "German", "en": "English"}  # the languages Dossier reads: jusText's list of each
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_CREDIT_TAIL = re.compile(r"(?:^|\s)(?P<name>(?-i:[A-ZÄÖÜ][\w'’.-]+)(?:\s+(?-i:[A-ZÄÖÜ][\w'’.-]+)){1,2})\s*/\s*"
                          r"[\w.&@-]+(?:\s+[\w.&@-]+){0,2}$")
_GLUED = re.compile(r"(?<=[!?:])(?=[A-ZÄÖÜ])|(?<=[a-zäöüß])(?=[A-ZÄÖÜ][a-zäöüß])")


@dataclass(frozen=True)
class Line:
    number: int  # in the file, from 1
    text: str  # whitespace-normalised
    kind: str  # headline, kicker, lead, paragraph, heading, list_item, or a clutter kind
    rule: str = ""  # the clutter kind's rule that matched, or the revision that decided

    @property
    def body(self) -> bool:
        return self.kind in BODY_KINDS


@lru_cache(maxsize=None)
def _stop_words() -> dict[str, frozenset[str]]:
    """jusText's stop-word lists (the most frequent words of each language's Wikipedia): running text
    is full of them, page furniture hardly has any."""
    return {language: frozenset(justext.get_stoplist(name)) for language, name in _STOPLISTS.items()}


def stop_word_density(text: str, language: str) -> float:
    words = [w.lower() for w in _WORD.findall(text)]
    return sum(w in _stop_words()[language] for w in words) / len(words) if words else 0.0


def page_language(texts: list[str]) -> str:
    """The language whose stop words the page uses most."""
    words = [w.lower() for text in texts for w in _WORD.findall(text)]
    return max(_stop_words(), key=lambda language: sum(w in _stop_words()[language] for w in words))


@lru_cache(maxsize=None)
def _rules() -> tuple[tuple[str, re.Pattern], ...]:
    data = load("lines")
    return tuple((group["kind"], re.compile(pattern, re.I)) for group in data for pattern in group["patterns"])


def rule_kind(text: str) -> str | None:
    for kind, pattern in _rules():
        if pattern.search(text):
            return kind
    return None


def _person_name(text: str) -> bool:
    """'Julia Lichtnecker', 'Elena Hatebur', 'Renzo Ruf, Baltimore / ch media': a line that starts with
    a first name and a surname and is at most a place and an outlet more."""
    head = re.split(r"\s*[,/|]\s*", text, maxsplit=1)
    if len(head) == 2 and len(text.split()) <= 8:
        text = head[0]
    words = text.split()
    if not 2 <= len(words) <= 3 or not all(re.fullmatch(r"[A-ZÄÖÜ][\w'’.-]+", w) for w in words):
        return False
    return first_name_gender(words[0]) is not None and first_name_gender(words[-1]) is None


def _words(text: str) -> int:
    return len(text.split())


def _without_signoff(text: str) -> str:
    """The line without a closing sign-off such as '(dpa)' or '(eon/dpa)'."""
    return re.sub(r"\s*\([\w/\-]{2,20}\)$", "", text) or text


def _prose(text: str) -> bool:
    """A line that reads as running text: a sentence of some length, or several sentences. A line of
    up to 16 words that does not end in a full stop reads as a heading. A closing sign-off '(dpa)'
    does not count."""
    text = _without_signoff(text)
    words = _words(text)
    if words <= 16 and not re.search(r"[.:;][\"“”«»'’)]*$", text) and not _INNER_FULL_STOP.search(text):
        return False
    if words >= 25:
        return True
    if words >= 8 and _SENTENCE_END.search(text) and not text.endswith(":"):
        return True
    return words >= 6 and bool(_INNER_SENTENCE.search(text))


def _heading_like(text: str) -> bool:
    words = _words(text)
    return 1 <= words <= 16 and len(text) <= 140 and not re.search(r"[.,;]$", text) \
        and (text[0].isupper() or text[0].isdigit() or text[0] in "„\"«»‚'“")


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
    first_pass = [(n, t, _context_free(t, language)) for n, t in lines]
    first_pass = _mark_duplicates(first_pass)
    last_kind, last_text = (first_pass[-1][2], first_pass[-1][1]) if first_pass else ("", "")
    if (last_kind == "short" and _broken_off(last_text)) or \
            (last_kind == "byline" and last_text.split()[-1].lower() in _FUNCTION_WORDS):
        first_pass[-1] = (*first_pass[-1][:2], "prose")  # the stored text breaks off mid-sentence
    return _revise(first_pass, language)


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
        if glued is None and len(letters) >= 20 and _words(text) >= 3:
            glued = next((j for other, j in seen.items() if other.endswith(letters) and len(other) - len(letters) <= 20),
                         None)
        if key and following and _words(text) >= 4 and (key.startswith(following) or following.startswith(key)) \
                and min(len(key), len(following)) >= 20:
            out[i] = (number, text, "caption")
            out[i + 1] = (items[i + 1][0], items[i + 1][1], "caption")
        elif glued is not None and (_words(text) >= 3 and kind in ("prose", "short") or kind == "byline"):
            if len(_letters(items[glued][1])) == len(letters) or out[glued][2] != "short":
                out[i] = (number, text, "duplicate")
            else:
                out[glued] = (items[glued][0], items[glued][1], "navigation")
                out[i] = (number, text, "headline_copy")  # the headline, which the scraper also wrote alone
        seen.setdefault(letters, i)
    return out


def _context_free(text: str, language: str) -> str:
    kind = rule_kind(text)
    if kind:
        return kind
    if _person_name(text):
        return "byline"  # a line that is only a person's name stands under or over the headline
    if _credit_tail(text):
        return "caption"  # 'Nemo on stage in Malmö Sarah Louise Bennett / EBU': a picture's text and its credit
    if _BULLET.match(text):
        return "list_item"
    if _words(text) >= 8:
        own = stop_word_density(text, language)
        if any(stop_word_density(text, other) >= max(0.25, 3 * own) for other in _STOPLISTS if other != language):
            return "widget"  # a post in another language embedded in the page
    return "prose" if _prose(text) else "short"


def _credit_tail(text: str) -> bool:
    """The line ends in a photographer's name and an agency or outlet without a full stop:
    '… at Malmö Arena Sarah Louise Bennett / EBU'."""
    match = _CREDIT_TAIL.search(text)
    return bool(match) and _words(text[:match.start()]) >= 3 and first_name_gender(match.group("name").split()[0]) is not None


def _revise(items: list[tuple[int, str, str]], language: str) -> list[Line]:
    kinds = [k for _, _, k in items]
    texts = [t for _, t, _ in items]
    n = len(items)
    if "prose" not in kinds:  # a page of short lines only: its sentences are its text
        kinds = ["prose" if k == "short" and _SENTENCE_END.search(_without_signoff(t)) and not t.endswith(":") else k
                 for k, t in zip(kinds, texts)]
    for i in range(n - 1):  # a heading with a list under it is part of the article, wherever it stands
        if kinds[i] == "short" and _heading_like(texts[i]) and kinds[i + 1] == "list_item" and \
                not _TEASER_HEADING.match(texts[i]) and _words(texts[i + 1]) >= 3:
            j = i + 1
            while j < n and kinds[j] == "list_item":
                j += 1
            if j - i > 1:
                kinds[j - 1] = "list_prose"
    prose_at = [i for i, k in enumerate(kinds) if k in ("prose", "list_prose")]
    kinds = ["list_item" if k == "list_prose" else k for k in kinds]
    first_prose = prose_at[0] if prose_at else n
    last_prose = prose_at[-1] if prose_at else -1
    out = list(kinds)
    for i in range(n - 1):
        if kinds[i] == "short" and kinds[i + 1] == "caption" and _words(texts[i]) <= 4 and \
                not _SENTENCE_END.search(texts[i]):
            out[i] = kinds[i] = "alt_text"  # an image's alt text above its caption
    mode = None
    for i, kind in enumerate(kinds):
        if kind == "navigation_start" and i > first_prose:
            mode, out[i] = "navigation", "navigation"  # also after the comments
            continue
        if mode == "comments":
            out[i] = "comment"
            continue
        if mode == "navigation":
            out[i] = "navigation"
            continue
        if kind == "comment_start":
            mode, out[i] = "comments", "comments_heading"
        elif kind == "navigation_start" and i > first_prose:
            mode, out[i] = "navigation", "navigation"
        elif kind == "navigation_start":
            out[i] = "navigation"
    # before the first paragraph: headline and kicker
    head = [i for i in range(first_prose) if kinds[i] == "short" and _heading_like(texts[i]) or kinds[i] == "headline_copy"]
    if head:
        copies = [i for i in head if kinds[i] == "headline_copy"]
        headline = copies[0] if copies else _choose_headline(head, texts)
        out[headline] = "headline"
        if not glued_kicker(texts[headline]):
            for j in (headline - 1, headline + 1):
                if j in head and _words(texts[j]) <= 8 and not _SENTENCE_END.search(texts[j]):
                    out[j] = "kicker"
                    break
    after_headline = False
    for i in range(first_prose):
        if out[i] == "list_item" and _words(texts[i]) < 8:
            out[i] = "navigation"  # short bullets above the article: menus, breadcrumbs, teasers
        if out[i] == "headline":
            after_headline = True
        elif out[i] == "short":
            standfirst = after_headline and (_SENTENCE_END.search(texts[i]) or _words(texts[i]) >= 8
                                             and stop_word_density(texts[i], language) >= 0.2)
            out[i] = "lead" if standfirst else _before_body(texts[i])
    lead_done = False
    for i in range(first_prose, n):
        kind = out[i]
        if kind == "prose":
            out[i] = "paragraph" if lead_done else "lead"
            lead_done = True
        elif kind == "short" and i > 0 and kinds[i - 1] == "related" and _RELATED_ALONE.match(texts[i - 1]):
            out[i] = "teaser"  # the line under 'Lesen Sie auch:' is the other article's title
        elif kind == "short":
            out[i] = _inside_body(texts, kinds, i, last_prose)
        elif kind == "list_item" and i > last_prose and not _prose(texts[i]) and not _list_after_prose(kinds, i):
            out[i] = "teaser"  # a list of titles after the article's last paragraph links elsewhere
    out = ["duplicate" if kind == "headline_copy" else kind for kind in out]  # a copy after the text began
    numbers = [number for number, _, _ in items]
    out = _after_the_end(_pictures(out, kinds, texts, numbers, last_prose), kinds, texts, first_prose)
    return [Line(number, text, kind) for (number, text, _), kind in zip(items, out)]


_PICTURE = ("caption", "credit", "alt_text")
_CAPTION_WORDS = 30  # a caption is a sentence or two; a paragraph may be as short, so only with a credit beside it


def _pictures(out: list[str], kinds: list[str], texts: list[str], numbers: list[int], last_prose: int) -> list[str]:
    """A photo credit belongs to a caption beside it: the line it touches without a blank line, else
    the shorter of two short paragraphs around it. A short paragraph between a caption and a credit
    is a caption too (between two captions that carry their own credits it is text)."""
    out = list(out)
    n = len(out)
    short = lambda j: 0 <= j < n and out[j] in ("lead", "paragraph") and _words(texts[j]) <= _CAPTION_WORDS  # noqa: E731
    for i in range(n):
        credit = kinds[i] == "credit" or (kinds[i] == "legal" and texts[i].startswith("©") and i < last_prose)
        if not credit or (i > 0 and out[i - 1] in _PICTURE) or (i + 1 < n and out[i + 1] in _PICTURE):
            continue
        touching = [j for j in (i - 1, i + 1) if 0 <= j < n and abs(numbers[j] - numbers[i]) == 1]
        if len(touching) == 1 and short(touching[0]):
            out[touching[0]] = "caption"
        elif len(touching) != 1 and i > 0 and i + 1 < n and out[i - 1] in BODY_KINDS and out[i + 1] in BODY_KINDS:
            shorter = min((i - 1, i + 1), key=lambda j: _words(texts[j]))
            if short(shorter) and _words(texts[shorter]) < _words(texts[2 * i - shorter]):
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
                 (_person_name(texts[i]) or rule_kind(texts[i]) == "byline")), None)
    if ends is not None:
        out[ends + 1:] = ["teaser" if kind in BODY_KINDS else kind for kind in out[ends + 1:]]
    elif len(out) > 1 and out[-1] == "teaser" and kinds[-1] == "short" and kinds[-2] == "prose" and \
            _heading_like(texts[-1]) and not texts[-1].endswith(":") and not _TEASER_HEADING.match(texts[-1]):
        out[-1] = "heading"
    return out


def _list_after_prose(kinds: list[str], i: int) -> bool:
    """A list that follows a paragraph directly continues it."""
    while i > 0 and kinds[i - 1] == "list_item":
        i -= 1
    return i > 0 and kinds[i - 1] == "prose"


def _choose_headline(candidates: list[int], texts: list[str]) -> int:
    """The headline is the longest heading-like line of three words or more before the text starts
    (a kicker is shorter); with none that long, the last candidate."""
    long_enough = [i for i in candidates if _words(texts[i]) >= 3]
    if not long_enough:
        return candidates[-1]
    return max(long_enough, key=lambda i: (glued_kicker(texts[i]) is not None, _words(texts[i]), -i))


def glued_kicker(headline: str) -> tuple[str, str] | None:
    """A kicker the scraper glued to its headline: 'Einigung im Tarifstreit!VW will …'."""
    match = _GLUED.search(headline)
    if not match or " " not in headline[:match.start()].strip():
        return None  # 'YouTube', 'McKinsey': one word is a name, not a kicker
    return headline[:match.start()].strip(), headline[match.start():].strip()


def _before_body(text: str) -> str:
    if _words(text) >= 6 and not _heading_like(text):
        return "caption"
    return "other"


def _broken_off(text: str) -> bool:
    """A last line that stops mid-sentence: it ends in a function word or a word cut short
    ('… ein', 'Die Gewerkschaft dr'), or it is running text without a full stop."""
    if _SENTENCE_END.search(text):
        return False
    words = text.split()
    last = words[-1]
    cut_short = len(last) <= 3 and len(words) > 1 and last.isalpha() and last.lower() not in ("ab", "an", "zu")
    running = len(words) >= 6 and sum(w.lower() in _FUNCTION_WORDS for w in words[1:-1]) >= 2
    return cut_short or last.lower() in _FUNCTION_WORDS or running


def _inside_body(texts: list[str], kinds: list[str], i: int, last_prose: int) -> str:
    text = texts[i]
    following = next((k for k in kinds[i + 1:] if k in ("prose", "short", "list_item")), None)
    next_kind = kinds[i + 1] if i + 1 < len(kinds) else None
    if i > last_prose:
        return "teaser"
    if _heading_like(text) and following in ("prose", "list_item") and next_kind not in ("caption", "credit"):
        return "heading"
    if next_kind in ("caption", "credit"):
        return "caption"
    if _heading_like(text) and following in ("prose", "list_item"):
        return "heading"
    if _SENTENCE_END.search(text) and _words(text) >= 4:
        return "paragraph"
    return "other"
