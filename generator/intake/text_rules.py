"""Every pattern and word list that reads article text, once: cleaning, `add`, entities, quotes and
attribution all use these copies, so that fixing a rule fixes it everywhere.

The rules cover German and English news pages. Clutter reasons are keys; their wording is in
``pages/labels/<language>.yml`` under ``clutter_reasons``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model.dates import MONTHS
from ..rules import load

# --- lines of a scraped page (cleaning) --------------------------------------------------------

# (kind, reason key, pattern on the stripped line), tried in order.
LINE_RULES: tuple[tuple[str, str, re.Pattern], ...] = (
    ("clutter", "separator", re.compile(r"^[-=_*~·.]{3,}$")),
    ("clutter", "teaser", re.compile(r"^\+\+\+.*\+\+\+$")),
    ("clutter", "reading_tip", re.compile(r"^(Lese-?Tipps?|Auch interessant|Mehr zum Thema|Read more|Related|Also read|Lesen Sie mehr)\s*:\s*\S.*$", re.I)),
    ("clutter", "section_link", re.compile(r"^Mehr [\w\- ]{1,30}:$")),
    ("clutter", "social_promo", re.compile(r"^(Folgen Sie|Follow us|Abonnieren Sie|Subscribe to)\b.*\b(WhatsApp|Facebook|Twitter|Instagram|YouTube|Telegram|Newsletter|X)\b", re.I)),
    ("clutter", "tags_heading", re.compile(r"^(Themen|Tags|Schlagworte|Schlagwörter|Topics)\s*:?\s*$", re.I)),
    ("clutter", "page_template", re.compile(r"^(Erstellt von|Aktualisiert( am)?|Stand|Updated|Published)\b.{0,30}(Uhr|am|:)?\s*$", re.I)),
    ("clutter", "navigation", re.compile(r"^\d[\d.,]*\s*(Interaktionen|Kommentare|Mio\. Views|Views|Shares)$", re.I)),
    ("credit", "source_line", re.compile(r"^/?[\w.\- ]{1,40}(/[\w.\- ]{1,20})+/?$")),
    ("byline", "byline", re.compile(r"^(Von|By|Autor|Autorin)\s*:?\s+[A-ZÄÖÜ][\w.'-]+(\s+[A-ZÄÖÜ][\w.'-]+){0,3}"
                                    r"((\s+(und|and|&)\s+|\s*[,/]\s*)[A-ZÄÖÜ][\w.'-]+(\s+[A-ZÄÖÜ][\w.'-]+){0,3})*$")),
    ("dateline", "place_line", re.compile(r"^[A-ZÄÖÜ][\w\- ]{1,30},$")),
)
BYLINE = next(pattern for kind, _, pattern in LINE_RULES if kind == "byline")
BYLINE_PREFIX = re.compile(r"^(Von|By|Autor|Autorin)\s*:?\s+", re.I)
NAME_SEPARATORS = re.compile(r"\s+(?:und|and|&)\s+|\s*[,/]\s*")  # between the names of a byline
FOLLOWED_BY_TEASER = re.compile(r"^(Lesen Sie auch|Lese-?Tipp|Auch interessant|Read more|Also read|Mehr zum Thema|Das könnte Sie auch interessieren)\s*:?$", re.I)
COMMENTS_START = re.compile(r"^(Kommentare|Leserkommentare|Comments|Reader comments)(\s*\(\d+\))?\s*:?$", re.I)
COMMENT_AUTHOR = re.compile(r"^(User\s*#\d+.*|.{1,40}\((nicht angemeldet|Gast|guest)\)|.{1,40}\s(schrieb|wrote)\s*:?|.{1,40}\s+vor \d+ (Minuten|Stunden|Tagen))$", re.I)
NAVIGATION_START = re.compile(r"^(Weiterlesen|Mehr lesen|MEHR\s+[A-ZÄÖÜ ]+|Das könnte Sie auch interessieren|Meistgelesen|Most read|Top-News)\s*:?$")
BULLET = re.compile(r"^[•·▪‣◦*–-]\s+(.*)$")
CAPTION_MARK = re.compile(r"(\b(Foto|Bild|Photo|Image|Quelle)\s*:|©|\((Archivbild|Symbolbild|Foto|Archiv|Symbolfoto|file photo)\))", re.I)
SENTENCE_INSIDE = re.compile(r"[.!]\s")  # a line with a sentence break in it is no heading
SENTENCE_MARK = re.compile(r"[.!?:]")  # a credit line with one of these is a caption
SIGNATURE = re.compile(r"\((?P<sig>[A-Za-z]{2,5}(?:/[A-Za-z]{2,12})*)\)\s*$")  # "(eon/dpa)" ending the text
# A date the scraper put at the start of the text: "date 2022-08 Russland und …".
LEADING_DATE = re.compile(r"^date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b\s*")

# --- agencies ------------------------------------------------------------------------------------

# Wire agencies whose credit ("(dpa)", "/AFP") an article text may carry, as they are written.
WIRE_AGENCIES = ("dpa", "AFP", "Reuters", "AP", "KNA", "epd", "SDA", "APA", "Keystone-SDA", "ANSA", "EFE")
# Names in photo credits: agencies that sell pictures, wire or not.
PHOTO_AGENCIES = ("keystone", "dpa", "afp", "ap", "reuters", "imago", "getty", "kcna", "picture alliance",
                  "newscom", "epa", "xinhua", "yonhap", "sputnik", "tass", "shutterstock", "istock")


def photo_credit_pattern(extra: tuple[str, ...] = ()) -> re.Pattern:
    """A credit line or a caption's credit tail naming a photo agency (or one of ``extra``)."""
    names = sorted({*PHOTO_AGENCIES, *(c.lower() for c in extra)}, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(\s[-–|]\s*({alternatives})\b[^.!?]*$|^[\w .]{{0,40}}(,\s*[\w .]{{0,40}})*\b({alternatives})\b[\w ,./|]*$)", re.I)


def credits_agency(text: str, agency: str) -> bool:
    """The text credits the agency as a source: '(dpa)', '/AFP', '(eon/dpa)'."""
    return re.search(rf"(?:\(|/)(?:\w+/)?{re.escape(agency)}\)?(?:\s|$)", text, re.I) is not None


# --- dates and language stated in a text (`add`) ----------------------------------------------------

# Dates written in a text, each with what its groups are; month_de/month_en are month names.
STATED_DATES: tuple[tuple[re.Pattern, tuple[str, ...]], ...] = (
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("year", "month", "day")),
    (re.compile(r"\b(\d{1,2})\.\s*(" + "|".join(MONTHS["de"]) + r")\s+(\d{4})\b"), ("day", "month_de", "year")),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), ("day", "month", "year")),
    (re.compile(r"\b(" + "|".join(MONTHS["en"]) + r")\s+(\d{1,2}),\s+(\d{4})\b"), ("month_en", "day", "year")),
)
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

# Opening and closing marks of each quotation style; straight quotes pair with themselves.
QUOTE_STYLES = (("„", "“"), ("«", "»"), ("»", "«"), ("“", "”"), ("‚", "‘"), ('"', '"'))
SAYING_VERBS = re.compile(
    r"\b(sagte|sagt|sagten|schrieb|schreibt|erklärte|erklärt|betonte|betont|versicherte|versichert|lobte|lobt|"
    r"rief|ruft|forderte|kündigte|teilte|sprach|spricht|warnte|meinte|bekräftigte|äußerte|hieß|heißt|"
    r"geäußert|gesagt|geschrieben|versichert|bekräftigt|angekündigt|gewarnt|"
    r"said|says|wrote|writes|told|stated|declared|added|warned|praised)\b", re.I)
PRONOUN = re.compile(r"\b(er|sie|he|she)\b", re.I)
# Where a sentence ends: after . ! or ? (and a closing quote), before a capital or an opening quote.
SENTENCE_END = re.compile(r"(?<=[.!?])[\"“”«»']?\s+(?=[A-ZÄÖÜ„\"«»])")
# A run of text up to any . ! or ?: finer than SENTENCE_END (it also stops at "Nr." or "z.B."), which
# attribution needs to keep a source near its phrase. Not merged with SENTENCE_END: the pages would change.
SENTENCE_PIECE = re.compile(r"[^.!?]+(?:[.!?]+[\"“”«»]?|$)")
ATTRIBUTION_PHRASES = (
    r"nach Angaben", r"gem(?:ä|a)ss?e?s? Angaben", r"laut", r"zufolge", r"berichtete(?:n)?", r"berichtet",
    r"heißt es", r"heisst es", r"hieß es", r"unter Berufung auf", r"nach Erkenntnissen", r"nach \w+ Erkenntnissen",
    r"berufen wird sich", r"beruft sich", r"berufen sich", r"meldete(?:n)?", r"wie \w+ meldet", r"teilte \w+ mit",
    r"according to", r"citing", r"reported", r"reports?", r"quoted", r"sources? (?:say|said)",
)
ATTRIBUTION_PHRASE = re.compile(r"(?<!\w)(" + "|".join(ATTRIBUTION_PHRASES) + r")(?!\w)", re.I)
SOURCE_WORDS = re.compile(r"\b(Staatsmedien|Bericht|Erkenntnis|Geheimdienst|Quelle)")  # a sentence about a source


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
