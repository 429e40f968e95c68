"""Finding the names the editor has not listed yet: which names the corpus already knows, names
without a first name (places, institutions, English proper nouns), and the forms one name takes
(inflection, transliterated umlauts, abbreviations)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..intake.text_rules import first_name_gender
from ..model.records import Corpus
from ..rules import load


def known_names(corpus: Corpus) -> list[str]:
    names = []
    for entity in corpus.entities.values():
        names.extend(n.casefold() for n in (*entity.names, *entity.ambiguous_aliases, *entity.source_patterns))
    return names


def is_known(name: str, known: list[str]) -> bool:
    folded = name.casefold()
    return any(k == folded or k in folded.split() or folded in k.split() for k in known)


def fold(name: str) -> str:
    """Case and umlauts aside: 'Baden-Würt' and 'baden-wuerttemberg' begin alike."""
    return name.casefold().translate(_TRANSLITERATED)


def without_possessive(name: str) -> str:
    """'Orcel's' -> 'Orcel': an English possessive is the name."""
    return re.sub(r"(?<=\w)['’]s$", "", name)


def stem(word: str) -> str:
    """'Grögers' -> 'gröger', 'Umweltministeriums' -> 'umweltministerium': inflection aside; umlauts
    as English outlets transliterate them ('Baden-Wuerttemberg' is 'Baden-Württemberg')."""
    word = without_possessive(fold(word))
    return re.sub(r"(?<=\w{4})(?:s|es|n|en)$", "", word)


# Endings of abstract nouns, which name no place: 'in Erinnerung', 'Einsatz und Engagement'.
_ABSTRACT = re.compile(r"(?:ung|heit|keit|schaft|tion|sion|tät|ment|ismus)(?:en|s)?$")
_TRANSLITERATED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# Words after which a capitalised word is a place; a place in a list continues it ('die Gemeinden
# Hohenwart, Reichertshofen und Manching').
_PLACE_BEFORE = re.compile(r"(?:\b(?i:in|aus|nach|bei|von|nahe|(?:west|ost|nord|süd)lich von|im Landkreis|im Kreis|"
                           r"im Ort|der Orte|Gemeinde|Gemeinden|Gemeindeteilen|Orte|Orten|Städte|Städten|Bundesland|"
                           r"Region|Stadt|from|at|near|in the state of|(?:town|city|village|municipality|district|"
                           r"county|state|region|towns|cities|villages|states|counties|regions) of|towns|cities|villages)(?:\s+[A-ZÄÖÜ][\w-]+,)*"
                           r"|[A-ZÄÖÜ][\w-]+ und)\s+$")


@lru_cache(maxsize=None)
def _institutions() -> re.Pattern:
    nouns = load("suggest")["institutions"]
    return re.compile(r"^(?:[A-ZÄÖÜ][\w-]*)?(?:" + "|".join(re.escape(n.lower()) for n in nouns) + r")(?:e?s|en)?$", re.I)
_NOT_NAMES = frozenset(("Sicht", "Kraft", "Zukunft", "Folge", "Richtung", "Zeit", "Ordnung", "Gefahr", "Frage", "Angriff",
                        "Betrieb", "Verbindung", "Summe", "Ruhe", "Aussicht", "Anspruch", "Höhe", "Rahmen", "Mitte",
                        "Ende", "Anfang", "Zusammenhang", "Bezug", "Hinblick", "Deutsch", "English", "The", "A", "An",
                        "In", "On", "At", "But", "And", "It", "He", "She", "They", "We", "I", "This", "That", "His",
                        "Her", "Their", "Its", "Mr", "Mrs", "Ms", "After", "Before", "While", "When", "As", "For",
                        "If", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))


@lru_cache(maxsize=None)
def is_abstract(word: str) -> bool:
    return bool(_ABSTRACT.search(word))


def is_not_a_name(word: str) -> bool:
    """A capitalised word that names nothing: 'Sicht', 'The', a weekday or a month ('seit Mittwoch')."""
    return word in _NOT_NAMES or word.casefold() in _calendar_words()


@lru_cache(maxsize=None)
def _calendar_words() -> frozenset[str]:
    rules = load("suggest")
    return frozenset(w for lang in ("de", "en") for table in ("weekdays", "months") for w in rules[lang][table])


@lru_cache(maxsize=None)
def _places() -> tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]:
    """(kind, German name, names, adjective stems), all but the German name casefolded."""
    return tuple((kind, german, (german.casefold(), english.casefold()), tuple(s.casefold() for s in stems))
                 for kind, german, english, *stems in load("suggest")["places"])


def _place(word: str) -> tuple[str, str] | None:
    """The state or place a word names or an adjective of it mentions: 'Süddeutschlands' -> Deutschland."""
    folded = re.sub(r"['’]s$", "", word.casefold())
    for kind, german, names, stems in _places():
        if any(folded == name or (len(name) >= 5 and name in folded) for name in names) or \
                any(stem in folded for stem in stems if len(stem) >= 5):
            return kind, german
    return None


def proper_nouns(text: str, lang: str, named: set[str]) -> list[tuple[str, str, str]]:
    """Names without a first name: a place after 'in', 'aus', 'from' ('in Osnabrück'), and in English
    any capitalised word inside a sentence ('Volkswagen', 'Germany'), which German nouns cannot be."""
    found, runs = _name_runs(text, lang, named)
    for match in re.finditer(r"(?<![\w-])[A-ZÄÖÜ]{2,}(?:\s+[A-ZÄÖÜ]{2,})+(?![\w-])", text):
        found.append((match.group(0).split()[-1], match.group(0), "organisation"))  # 'AGV MOVE'
    for match in re.finditer(r"(?<![\w-])[\w-]{4,}(?![\w-])", text):
        place = _place(match.group(0))
        if place:
            found.append((place[1], place[1], place[0]))  # the German name leads; the forms written are aliases
            if match.group(0) != place[1]:
                found.append((place[1], match.group(0), place[0]))
    for match in re.finditer(r"(?<![\w.-])([A-ZÄÖÜ][\w-]*[a-zäöüß])(?![\w-])", text):
        word = match.group(1)
        if any(start <= match.start() < end for start, end in runs):
            continue  # a word of a longer name ('Credit' in 'Credit Suisse')
        if _place(word) or (_institutions().match(word) and lang != "en"):
            if lang != "en" and _institutions().match(word):
                before = text[:match.start()]
                adjective = re.search(r"([A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es))\s+$", before)
                name = f"{adjective.group(1)} {word}" if adjective and adjective.group(1) not in _NOT_NAMES else word
                found.append((word, name, "organisation"))
            continue
        if match.start() == 0 or is_not_a_name(word) or any(word in n for n in named) or first_name_gender(word):
            continue
        before = text[:match.start()]
        if _PLACE_BEFORE.search(before) and not re.search(r"[.:!?]\s*$", before[-3:]) and not _ABSTRACT.search(word):
            found.append((word, word, "place"))
        elif lang == "en" and not re.search(r"[.:!?\"“]\s*$", before):
            found.append((word, word, "organisation"))
    return found


_WORD = r"[A-ZÄÖÜ][\w-]*[a-zäöüß]"
_RUN = re.compile(rf"(?<![\w.-]){_WORD}(?:\s+{_WORD}){{1,3}}(?![\w-])")
_HONORIFICS = frozenset(("Herr", "Herrn", "Frau", "Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Lord", "Lady"))


def _name_runs(text: str, lang: str, named: set[str]) -> tuple[list[tuple[str, str, str]], list[tuple[int, int]]]:
    """Capitalised words in a row inside a sentence are one name ('Credit Suisse', 'Kleines Nesthorn',
    'Swiss National Bank'): German writes adjectives in lower case, English writes common nouns so,
    unless they begin a name. Not a person's name (the person finder has those), not a place's, and
    not after a number ('3 Milliarden Franken' counts an amount), not an office with its place
    ('Landratsamt Pfaffenhofen': the institution finder below names those), not a place after its
    kind ('Gemeinden Altheim': the place finder below names it)."""
    found, spans = [], []
    for match in _RUN.finditer(text):
        words = match.group(0).split()
        before = text[:match.start()]
        if match.start() == 0 or re.search(r"[.:!?\"“„]\s*$|\d[\d.,]*\s*$", before) or words[0] in _HONORIFICS \
                or any(is_not_a_name(w) or first_name_gender(w) or _place(w) for w in words) \
                or (lang != "en" and any(_institutions().match(w) for w in words)) \
                or _PLACE_BEFORE.search(text[:match.start()] + words[0] + " ") \
                or any(match.group(0) in n or n in match.group(0) for n in named):
            continue
        found.append((words[-1], match.group(0), "organisation"))
        spans.append((match.start(), match.end()))
    return found, spans


def abbreviates(short: str, name: str) -> bool:
    """'VW' for 'Volkswagen', 'DB' for 'Deutsche Bahn', 'IG' for 'IG Metall': the short form's letters
    in order, starting with the name's first letter."""
    if not re.fullmatch(r"[A-ZÄÖÜ]{2,6}", short) or short == name or not name.lower().startswith(short[0].lower()):
        return False
    return bool(re.fullmatch(".*?".join(re.escape(c) for c in short.lower()) + ".*", name.lower()))
