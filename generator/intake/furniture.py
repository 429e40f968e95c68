"""Page furniture by its shape, for pages of any outlet: what the page's machinery writes around an
article has a closed vocabulary and a few fixed forms, where the article's own lines have an open one.

Each test looks at one line alone and only at short lines that are no sentence, so running text is
never touched: a time stamp or counter ('Mi., 12.03.2024, 14:33 Uhr', 'vor 2 Stunden', 'Bild 1 von 8'),
a control of the page ('Auf Facebook teilen', 'Alle Bilder anzeigen', 'Play video'), a menu of
section names between separators, a photo credit ('AP Photo/Matt Rourke', 'Sarah Bennett / EBU'),
and a caption that ends in such a credit ('… um ihr Pony. imago/Nordphoto'). The words are data in
rules/furniture.yml.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model.dates import MONTH_NUMBERS
from ..rules import load

_TOKEN = re.compile(r"\d+|[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_MERIDIEM = re.compile(r"\b([ap])\.\s?m\.?", re.I)
_NO_SENTENCE = re.compile(r"[.!;][\"“”«»'’)]*$")
_MENU_SEPARATOR = re.compile(r"\s*[|•·›»]\s*|\s+[>/+]\s+")
_CREDIT_CONNECTORS = frozenset("via by von van de der den del da di le la photo foto".split())
_AGENCIES = frozenset("dpa afp ap epa apa sda ddp kna epd imago reuters keystone".split())  # written in lower case
_SENTENCE_BEFORE = re.compile(r"[.!?][\"“”«»'’)]*\s+(?P<tail>[^.!?]{3,60})$")
_SHARE = frozenset("teilen share tweet facebook twitter whatsapp linkedin telegram xing pinterest reddit".split())


@lru_cache(maxsize=None)
def word_count() -> dict[str, frozenset[str]]:
    data = load("furniture")
    time = frozenset(data["time_words"]) | frozenset(MONTH_NUMBERS)
    parts = frozenset(data["parts"])
    return {"time": time, "counter": frozenset(data["counter_words"]) | time, "action": frozenset(data["actions"]),
            "parts": parts, "quantifiers": frozenset(data["quantifiers"]), "interface": frozenset(data["actions"]) | parts | frozenset(data["connectors"]) |
            frozenset(data["counter_words"])}


def _part(word: str) -> bool:
    """One of the page's parts, also as a compound of two: 'videobeitrag', 'video-inhalten'."""
    parts = word_count()["parts"]
    if word in parts:
        return True
    pieces = word.split("-")
    if len(pieces) > 1:
        return all(p in parts for p in pieces)
    return any(word.startswith(p) and word[len(p):] in parts for p in parts if 3 <= len(p) < len(word) - 2)


def furniture_kind(text: str) -> str | None:
    """The furniture kind of a short line by its shape, or None."""
    if _menu(text):
        return "navigation"
    tokens = [t.lower() for t in _TOKEN.findall(_MERIDIEM.sub(r"\1m", text))]
    if not tokens or len(tokens) > 16:
        return None
    words = [t for t in tokens if not t.isdigit()]
    numbers = len(tokens) - len(words)
    vocabulary = word_count()
    if numbers and all(w in vocabulary["time"] for w in words[_place_words(text):]):
        return "date"  # 'Mi., 12.03.2024, 14:33 Uhr', 'Berlin, 12.03.2024'
    if len(tokens) > 8 or _NO_SENTENCE.search(text):
        return None
    if numbers and len(tokens) <= 6 and all(w in vocabulary["counter"] for w in words):
        return "widget"
    if words and all(w in vocabulary["interface"] or _part(w) for w in words):
        if any(w in vocabulary["action"] for w in words):
            return "share" if any(w in _SHARE for w in words) else "widget"
        if sum(_part(w) for w in words) >= 2 or len(tokens) == 1 and _part(words[0]) or \
                len(words) >= 2 and _part(words[-1]) and all(w in vocabulary["quantifiers"] for w in words[:-1]):
            return "widget"  # a box of the page named by its parts: 'Artikel mit Video-Inhalten Videobeitrag', 'Alle Bilder'
    if _credit(text):
        return "credit"
    return None


def _place_words(text: str) -> int:
    """How many words a place before the date takes: 'Berlin, 12.03.2024' (capitalised, before a comma)."""
    head, comma, _ = text.partition(",")
    words = _TOKEN.findall(head)
    return len(words) if comma and 1 <= len(words) <= 3 and all(w[0].isupper() for w in words) else 0


def _menu(text: str) -> bool:
    """'Kurse + Charts | News + Analysen | Fundamental | Unternehmen': three or more section names of
    a few words each between separators."""
    parts = [p for p in _MENU_SEPARATOR.split(text) if p.strip()]
    return len(parts) >= 3 and not any(c.isdigit() for c in text) and all(len(p.split()) <= 4 for p in parts)


def _credit(text: str) -> bool:
    """'AP Photo/Matt Rourke', 'REUTERS/Fabrizio Bensch', 'Sarah Louise Bennett / EBU': names joined by
    a slash, every word a name (capitalised) or a connector of credits."""
    if "/" not in text:
        return False
    words = [w for w in re.split(r"[\s/|,]+", text) if w]
    return 3 <= len(words) <= 7 and all(w[0].isupper() or w.lower() in _CREDIT_CONNECTORS for w in words)


def credit_after_caption(text: str) -> bool:
    """A caption with its credit after the last sentence: '… trauert sie um ihr Pony. imago/Nordphoto'."""
    match = _SENTENCE_BEFORE.search(text)
    if not match or "/" not in match.group("tail"):
        return False
    words = [w for w in re.split(r"[\s/|,]+", match.group("tail")) if w]
    return 2 <= len(words) <= 5 and words[0].lower() in _AGENCIES | {"foto", "photo", "bild"} and \
        all(w[0].isupper() or w.lower() in _CREDIT_CONNECTORS | _AGENCIES for w in words)
