"""What one line of a scraped page is on its own, before its neighbours are looked at.

The first, context-free pass of lines.py (like jusText's): the clutter kinds' rules as data, then
length, sentence shape and stop-word density. The shared shapes (heading-like, prose) are also
what the revision from the neighbours asks about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import justext

from ..rules import load
from .furniture import credit_after_caption, furniture_kind
from .text_rules import NAME_SEPARATORS, first_name_gender

BODY_KINDS = ("lead", "paragraph", "heading", "list_item")
STORE_DATE = re.compile(r"^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:\s+|$)")
SENTENCE_END = re.compile(r"[.!?…:;][\"“”«»'’)]*$")
_INNER_SENTENCE = re.compile(r"[.!?][\"“”«»'’)]*\s+[\"„“«»]?[A-ZÄÖÜ0-9]")
_INNER_FULL_STOP = re.compile(r"[.!][\"“”«»'’)]*\s+[\"„“«»]?[A-ZÄÖÜ0-9]")  # a question inside a heading is fine
_BULLET = re.compile(r"^([•·▪‣◦*–-]|\d{1,2}[.)])\s+\S")
RELATED_ALONE = re.compile(r"^[^:]{2,40}:$")  # 'Lesen Sie auch:' with the title on the next line
TEASER_HEADING = re.compile(r"^(mehr|auch|weitere|more|related|lesen|read|das könnte)\b", re.I)
FUNCTION_WORDS = frozenset("der die das den dem des ein eine einen einem einer und oder aber mit von zu im in am an auf für "
                            "the a an and or but of to in on at for with by from".split())
_STOPLISTS = {"de": "German", "en": "English"}  # the languages Dossier reads: jusText's list of each
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_CREDIT_TAIL = re.compile(r"(?:^|\s)(?P<name>(?-i:[A-ZÄÖÜ][\w'’.-]+)(?:\s+(?-i:[A-ZÄÖÜ][\w'’.-]+)){1,2})\s*/\s*"
                          r"[\w.&@-]+(?:\s+[\w.&@-]+){0,2}$")
_CREDIT_HEAD = re.compile(r"([A-ZÄÖÜ][a-zäöüß]+)(?:\s+[A-ZÄÖÜ][a-zäöüß'’-]+){1,2}[a-zäöüß](?=[A-ZÄÖÜ„\"«][a-zäöüß])")
_DECORATION = re.compile(r"^[\s»›►▶→>*•·\[(–—-]+|[\s*\])–—:-]+$")
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
    """The clutter kind whose pattern matches the line, also without the arrows, stars and brackets a
    page puts around it ('» Lesen Sie auch: …', '*** Anzeige ***', '[Anzeige]')."""
    core = _DECORATION.sub("", text)
    for line in (text, core) if core and core != text else (text,):
        for kind, pattern in _rules():
            if pattern.search(line):
                return kind
    return None


def person_name(text: str) -> bool:
    """'Julia Lichtnecker', 'Elena Hatebur', 'Renzo Ruf, Baltimore / ch media': a line that starts with
    a first name and a surname and is at most a place and an outlet more; or the names of several
    authors ('Anna Muster und Max Li')."""
    names = [n for n in NAME_SEPARATORS.split(text) if n.strip()]
    if 2 <= len(names) <= 4 and all(_one_name(n) for n in names):
        return True
    head = re.split(r"\s*[,/|]\s*", text, maxsplit=1)
    if len(head) == 2 and len(text.split()) <= 8:
        text = head[0]
    return _one_name(text)


def _one_name(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 3 or not all(re.fullmatch(r"[A-ZÄÖÜ][\w'’.-]+", w) for w in words):
        return False
    return first_name_gender(words[0]) is not None and first_name_gender(words[-1]) is None


def word_count(text: str) -> int:
    return len(text.split())


def without_signoff(text: str) -> str:
    """The line without a closing sign-off such as '(dpa)' or '(eon/dpa)'."""
    return re.sub(r"\s*\([\w/\-]{2,20}\)$", "", text) or text


def is_prose(text: str) -> bool:
    """A line that reads as running text: a sentence of some length, or several sentences. A line of
    up to 16 words that does not end in a full stop reads as a heading. A closing sign-off '(dpa)'
    does not count."""
    text = without_signoff(text)
    words = word_count(text)
    if words <= 16 and not re.search(r"[.:;][\"“”«»'’)]*$", text) and not _INNER_FULL_STOP.search(text):
        return False
    if words >= 25:
        return True
    if words >= 8 and SENTENCE_END.search(text) and not text.endswith(":"):
        return True
    return words >= 6 and bool(_INNER_SENTENCE.search(text))


def heading_like(text: str) -> bool:
    words = word_count(text)
    return 1 <= words <= 16 and len(text) <= 140 and not re.search(r"[.,;]$", text) \
        and (text[0].isupper() or text[0].isdigit() or text[0] in "„\"«»‚'“")


_INTERFACE_KINDS = ("ad", "widget", "newsletter", "share")


def context_free(text: str, language: str) -> str:
    kind = rule_kind(text) or furniture_kind(text)
    if kind in _INTERFACE_KINDS and _running_text(text, language):
        kind = None  # an article about subscriptions or apps uses their words too; a page's box is short
    if kind:
        return kind
    if person_name(text):
        return "byline"  # a line that is only a person's name stands under or over the headline
    if _credit_tail(text) or credit_after_caption(text) or _credit_head(text):
        return "caption"  # 'Nemo on stage in Malmö Sarah Louise Bennett / EBU': a picture's text and its credit
    if _BULLET.match(text):
        return "list_item"
    if word_count(text) >= 8:
        own = stop_word_density(text, language)
        if any(stop_word_density(text, other) >= max(0.25, 3 * own) for other in _STOPLISTS if other != language):
            return "widget"  # a post in another language embedded in the page
    return "prose" if is_prose(text) else "short"


def _credit_head(text: str) -> bool:
    """The photographer's name the scraper glued before a caption: 'Andrea SoltermannDie Abrissstelle: …'
    (a surname that runs into the next capitalised word)."""
    match = _CREDIT_HEAD.match(text)
    return bool(match) and first_name_gender(match.group(1)) is not None and word_count(text) >= 5


def _running_text(text: str, language: str) -> bool:
    """A paragraph of several sentences full of stop words: the article's own text, never a box of
    the page, whatever words it uses ('als monatlich kündbares Abo … rund 13 Millionen Abonnenten')."""
    return word_count(text) >= 40 and len(_INNER_SENTENCE.findall(text)) >= 2 and \
        stop_word_density(text, language) >= 0.3


def _credit_tail(text: str) -> bool:
    """The line ends in a photographer's name and an agency or outlet without a full stop:
    '… at Malmö Arena Sarah Louise Bennett / EBU'."""
    match = _CREDIT_TAIL.search(text)
    return bool(match) and word_count(text[:match.start()]) >= 3 and first_name_gender(match.group("name").split()[0]) is not None


def glued_kicker(headline: str, elsewhere: str = "") -> tuple[str, str] | None:
    """A kicker the scraper glued to its headline: 'Einigung im Tarifstreit!VW will …'. A word the
    page also writes elsewhere ('UniCredit' in the text) is a name, not a glue."""
    match = _GLUED.search(headline)
    if not match or " " not in headline[:match.start()].strip():
        return None  # 'YouTube', 'McKinsey': one word is a name, not a kicker
    word = re.search(r"\S*$", headline[:match.start()]).group() + re.match(r"\S*", headline[match.start():]).group()
    if word.isalpha() and re.search(rf"(?<!\w){re.escape(word)}", elsewhere):
        return None
    return headline[:match.start()].strip(), headline[match.start():].strip()


def broken_off(text: str) -> bool:
    """A last line that stops mid-sentence: it ends in a function word or a word cut short
    ('… ein', 'Die Gewerkschaft dr'), or it is running text without a full stop."""
    if SENTENCE_END.search(text):
        return False
    words = text.split()
    last = words[-1]
    cut_short = len(last) <= 3 and len(words) > 1 and last.isalpha() and last.lower() not in ("ab", "an", "zu")
    running = len(words) >= 6 and sum(w.lower() in FUNCTION_WORDS for w in words[1:-1]) >= 2
    return cut_short or last.lower() in FUNCTION_WORDS or running
