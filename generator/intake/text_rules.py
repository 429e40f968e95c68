"""The patterns that read article text and are not word lists: bylines, sign-offs, comment authors,
names of actors, the editor's attribution phrases, anchors' numbers and negations, and the
first-name dictionary. The word lists themselves are data in ``generator/rules/``; fixing a rule in
either place fixes it everywhere.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..rules import load

# --- lines of a scraped page (cleaning) --------------------------------------------------------

BYLINE_PREFIX = re.compile(r"^(Von|By|Autor|Autorin)\s*:?\s+", re.I)
NAME_SEPARATORS = re.compile(r"\s+(?:und|and|&)\s+|\s*[,/]\s*")  # between the names of a byline
COMMENT_AUTHOR = re.compile(r"^(User\s*#\d+.*|.{1,40}\((nicht angemeldet|Gast|guest)\)|.{1,40}\s(schrieb|wrote)\s*:?|.{1,40}\s+vor \d+ (Minuten|Stunden|Tagen))$", re.I)
BULLET = re.compile(r"^[•·▪‣◦*–-]\s+(.*)$")
SIGNATURE = re.compile(r"\((?P<sig>[A-Za-z]{2,5}(?:/[A-Za-z]{2,12})*)\)\s*$")  # "(eon/dpa)" ending the text
# A date the scraper put at the start of the text: "date 2022-08 Russland und …".
LEADING_DATE = re.compile(r"^date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b\s*")

# --- the language of a text (`add`) ------------------------------------------------------------------

LOWER_WORD = re.compile(r"[a-zäöüß]+")
STOPWORDS = {
    "de": {"der", "die", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "sich", "auf", "ein", "eine", "dass"},
    "en": {"the", "and", "is", "of", "to", "in", "that", "with", "for", "on", "was", "by", "as", "are", "it"},
}

# --- names of actors (entities, comparison, attribution) ----------------------------------------------

NAME_PART_SEPARATOR = re.compile(r"[\s\-‐‑]+")  # "Kim Jong-un" and "Kim Jong Un" are the same name
NAME_ENDINGS = r"(?:s|es|'|’|’s|'s)?"  # genitive: Putins, Kims, Nordkoreas
ADJECTIVE_ENDINGS = r"(?:e|er|en|em|es)?"  # nordkoreanisch-e/-er/-en/-em/-es
EPITHET_ENDINGS = r"(?:s|es|en|n|e|in|innen)?"  # Diktators, Despoten, Präsidenten


def _loose(part: str) -> str:
    """A name part whose first letter may be either case (Kim Jong-Un / Kim Jong-un)."""
    first = part[0]
    head = f"[{re.escape(first.upper())}{re.escape(first.lower())}]" if first.isalpha() else re.escape(first)
    return head + re.escape(part[1:])


def name_pattern(name: str, endings: str = NAME_ENDINGS) -> str:
    """Regex for a (multi-word) name: spaces and hyphens interchangeable, whole words only."""
    parts = [p for p in NAME_PART_SEPARATOR.split(name.strip()) if p]
    body = r"[\s\-‐‑]+".join(_loose(p) for p in parts)
    return rf"(?<![\w-]){body}{endings}(?![\w])" if len(parts) > 1 else rf"(?<!\w){body}{endings}(?!\w)"


# --- sentences, quotes and attributions ---------------------------------------------------------------

# A run of text up to any . ! or ?: finer than a sentence (it also stops at "Nr." or "z.B."); the
# editor's source_patterns are found near an attribution phrase within it (analysis/attribution.py).
SENTENCE_PIECE = re.compile(r"[^.!?]+(?:[.!?]+[\"“”«»]?|$)")
ATTRIBUTION_PHRASES = (
    r"nach Angaben", r"gem(?:ä|a)ss?e?s? Angaben", r"laut", r"zufolge", r"berichtete(?:n)?", r"berichtet",
    r"heißt es", r"heisst es", r"hieß es", r"unter Berufung auf", r"nach Erkenntnissen", r"nach \w+ Erkenntnissen",
    r"berufen wird sich", r"beruft sich", r"berufen sich", r"meldete(?:n)?", r"wie \w+ meldet", r"teilte \w+ mit",
    r"according to", r"citing", r"reported", r"reports?", r"quoted", r"sources? (?:say|said)",
)
ATTRIBUTION_PHRASE = re.compile(r"(?<!\w)(" + "|".join(ATTRIBUTION_PHRASES) + r")(?!\w)", re.I)


# --- first names (who is a person) ---------------------------------------------------------------------


@lru_cache(maxsize=1)
def _name_dictionary():
    """Jörg Michael's dictionary of about 48,000 first names from many countries, as packaged by
    gender-guesser: whether a capitalised word before a surname is a first name, and its gender."""
    import gender_guesser.detector as detector
    return detector.Detector(case_sensitive=False)


@lru_cache(maxsize=65536)
def first_name_gender(token: str) -> str | None:
    """'male', 'female' or 'either' when the word is a known first name, else None."""
    if not token[:1].isupper() or len(token) < 2 or token.isupper() or token.lower() in _not_first_names():
        return None
    gender = _name_dictionary().get_gender(token)
    if gender in ("male", "mostly_male"):
        return "male"
    if gender in ("female", "mostly_female"):
        return "female"
    return "either" if gender == "andy" else None


@lru_cache(maxsize=1)
def _not_first_names() -> frozenset[str]:
    return frozenset(load("names")["not_first_names"])


# -- what a fuzzy anchor may not change (analysis/anchoring.py) --------------------------------------
# A quote that matches the text only approximately is accepted for a typo, never when it says another
# number, drops or adds a negation, or names someone else.
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
NUMBER_WORDS = {
    "zwei": "2", "drei": "3", "vier": "4", "fünf": "5", "sechs": "6", "sieben": "7", "acht": "8", "neun": "9",
    "zehn": "10", "elf": "11", "zwölf": "12", "zwanzig": "20", "hundert": "100", "tausend": "1000",
    "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "hundred": "100", "thousand": "1000",
}
NEGATIONS = frozenset({"nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nichts",
                       "niemand", "weder", "no", "not", "never", "none", "nothing", "nobody", "neither", "nor"})
WORD = re.compile(r"\w+(?:[-‐‑]\w+)*")
