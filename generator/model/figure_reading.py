"""Reading one written figure, in German or English: the patterns built from the rules data, the
value of a written number, and the figure an editor writes in YAML (``parse_figure``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..rules import load
from .figure_values import SHARE, YEAR, Figure, FigureSyntaxError


@dataclass(frozen=True)
class _Language:
    decimal: str
    group: tuple[str, ...]
    approximators: dict[str, str]
    number_words: dict[str, float]
    fractions: dict[str, float]
    scales: dict[str, float]
    units: dict[str, str]
    range_words: tuple[str, ...]
    range_opening: tuple[str, ...]
    year_context: frozenset[str]


@lru_cache(maxsize=None)
def _language(lang: str) -> _Language:
    rules = load("figures")
    data = rules.get(lang) or rules["de"]
    return _Language(data["decimal"], tuple(data["group"]), data["approximators"], data["number_words"],
                     data["fractions"], data["scales"], data["units"], tuple(data["range_words"]),
                     tuple(data["range_opening"]), frozenset(data["year_context"]))


def _alternatives(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def figure_patterns(lang: str) -> dict[str, re.Pattern]:
    rules = _language(lang)
    word_end = r"(?![\w])"
    digits = r"\d{1,3}(?:[.,'’\u202f\u00a0 ]\d{3})+(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
    number_word = rf"(?:{_alternatives(rules.number_words)}){word_end}"
    fraction = rf"(?:(?:die|the|a|an|ein|eine)\s+)?(?:{_alternatives(rules.fractions)}){word_end}"
    symbols = [u for u in rules.units if not u[0].isalpha()]
    word_units = [u for u in rules.units if u[0].isalpha()]
    currency_prefix = rf"(?:US\$|{_alternatives(symbols)}|EUR|USD|CHF|GBP)\s?"
    scale = rf"(?:{_alternatives(rules.scales)})(?![\w])"
    unit = rf"(?:{_alternatives(symbols)}|(?:{_alternatives(word_units)}){word_end}|(?:US-)?Dollar{word_end})"
    amount = (rf"(?P<num>{digits}|{number_word})(?:\s?(?P<scale>{scale}))?"
              rf"(?:\s+(?P<fraction>{fraction}))?")
    second = (rf"(?:\s*(?:–|-|—|\s(?:{_alternatives(rules.range_words)})\s)\s*"
              rf"(?:(?:{_alternatives(rules.approximators)})\s+)?"
              rf"(?P<cur2>{currency_prefix})?(?P<num2>{digits}|{number_word})(?:\s?(?P<scale2>{scale}))?)?")
    approximator = rf"(?:(?P<approx>{_alternatives(rules.approximators)})\s+)?"
    opening = rf"(?:(?P<opening>{_alternatives(rules.range_opening)})\s+)?"
    figure = (rf"(?<![\w.,]){approximator}{opening}(?P<cur>{currency_prefix})?"
              rf"(?:(?P<lone_fraction>{fraction})|{amount}{second})"
              rf"(?:\s?(?P<unit>{unit}))?")
    return {"figure": re.compile(figure, re.I), "digits": re.compile(rf"^(?:{digits})$")}


def parse_number(token: str, lang: str = "de") -> tuple[float, float]:
    """The value of one written number and half a unit of its last digit ('1,5' -> 1.5, 0.05)."""
    rules = _language(lang)
    token = token.strip()
    word = token.lower()
    if word in rules.number_words:
        return float(rules.number_words[word]), 0.0
    if not figure_patterns(lang)["digits"].match(token):
        raise FigureSyntaxError(f"'{token}' is not a number")
    other = "," if rules.decimal == "." else "."
    groups = [g for g in rules.group if g != rules.decimal]
    # '1.500' in German and '1,500' in English group thousands; the other mark is a decimal point
    # unless it is followed by exactly three digits again and again.
    if re.fullmatch(r"\d{1,3}(?:" + "|".join(re.escape(g) for g in groups) + r")\d{3}(?:.\d{3})*(?:[.,]\d+)?", token) \
            and not (rules.decimal in token and token.index(rules.decimal) < max(token.find(g) for g in groups)):
        cleaned = re.sub("|".join(re.escape(g) for g in groups), "", token)
    elif other in token and re.fullmatch(rf"\d+{re.escape(other)}\d{{1,2}}|\d+{re.escape(other)}\d{{4,}}", token):
        cleaned = token.replace(other, rules.decimal)  # '1.5' in a German text is still one and a half
    else:
        cleaned = token
    if rules.decimal == ",":
        cleaned = cleaned.replace(",", ".")
    value = float(cleaned)
    decimals = len(cleaned.partition(".")[2])
    if decimals:
        half = 0.5 * 10 ** -decimals
    else:
        stripped = cleaned.rstrip("0")
        zeros = len(cleaned) - len(stripped)
        # '20.000' may be 19.600 rounded, but hardly 15.000: trailing zeros round by at most 5 %
        half = min(0.5 * 10 ** zeros, 0.05 * value) if zeros else 0.5
    return value, half


def _interval(value: float, relation: str | None, half: float) -> tuple[float | None, float | None]:
    if relation in (None, "exact"):
        return value, value
    if relation == "about":
        spread = max(half, 0.05 * abs(value))
        return value - spread, value + spread
    if relation == "below":
        return value * 0.9, value
    if relation == "above_near":
        return value, value * 1.1
    if relation in ("above", "at_least"):
        return value, None
    if relation in ("at_most", "below_open"):
        return None, value
    raise ValueError(relation)


def _scale(word: str | None, lang: str) -> float:
    return _language(lang).scales[word.lower()] if word else 1.0


def _unit(word: str | None, lang: str) -> str | None:
    if not word:
        return None
    units = _language(lang).units
    key = word.lower()
    if key in units:
        return units[key]
    return "USD" if key.endswith("dollar") else None


def _fraction_value(text: str, lang: str) -> float:
    fractions = _language(lang).fractions
    return fractions[text.split()[-1].lower()]


def figure_from_match(match: re.Match, lang: str, counted: str | None = None) -> Figure:
    rules = _language(lang)
    groups = match.groupdict()
    qualifier = groups["approx"]
    relation = rules.approximators[qualifier.lower()] if qualifier else None
    currency = _unit((groups["cur"] or "").strip() or None, lang)
    unit = _unit(groups["unit"], lang) or currency
    if groups["lone_fraction"]:
        value, half = _fraction_value(groups["lone_fraction"], lang), 0.0
        unit = SHARE
        low, high = _interval(value, relation, half)
    else:
        number, half = parse_number(groups["num"], lang)
        if groups["fraction"]:
            number, unit = number * _fraction_value(groups["fraction"], lang), SHARE
        scale = _scale(groups["scale"], lang)
        value, half = number * scale, half * scale
        if groups["num2"]:
            second, half2 = parse_number(groups["num2"], lang)
            scale2 = _scale(groups["scale2"], lang)
            if not groups["scale"] and groups["scale2"]:
                value, half = number * scale2, half * scale2  # '20 bis 25 Millionen'
            high_value = second * scale2
            low, high = (value if relation not in ("at_most", "below_open") else None), high_value
            half = max(half, half2 * scale2)
            relation = relation or "range"
        else:
            low, high = _interval(value, relation, half)
    approximate = relation not in (None, "exact", "range")
    rounding = 0.0 if relation == "about" else half  # 'rund' already spans its rounding
    return Figure(" ".join(match.group(0).split()), value, low, high, unit, approximate, counted,
                  qualifier, rounding)


_DURATION = re.compile(r"\b(?P<h>\d{1,2}):(?P<m>[0-5]\d)\s+(?P<unit>Stunden|Std\.|hours|hrs\.?)(?!\w)", re.I)
_HALF = re.compile(r"\b(?:eine[nmr]?\s+|a\s+)?(?:halbe[nmrs]?|half an?)\b", re.I)
_ARTICLES = frozenset(("a", "an", "ein", "eine", "einen", "einem", "einer", "eins"))
_COMPOUND = re.compile(r"^(?P<word>[a-zäöüß]+?)(?P<rest>tägig|stündig|wöchig|monatig|jährig|seitig|köpfig|fach|malig|teilig|stöckig|minütig|sekündig)\w*$", re.I)


def parse_figure(text: str, lang: str = "de") -> Figure:
    """A figure as the editor writes it in YAML, in the article's own words: 'rund 21 Prozent',
    '1,5 Mrd. Euro', 'zwei Drittel', '20 bis 25', 'mehr als 150 Starts'. Words after the figure are
    the thing counted."""
    written = " ".join(text.split())
    compound = _COMPOUND.match(written)
    if compound and compound.group("word").lower() in _language(lang).number_words:
        value = float(_language(lang).number_words[compound.group("word").lower()])
        return Figure(written, value, value, value, None, False, written, None, 0.0)  # 'dreitägigen'
    duration = _DURATION.search(written)
    if duration:  # '2:45 Stunden'
        value = int(duration.group("h")) + int(duration.group("m")) / 60
        return Figure(written, value, value, value, None, False, duration.group("unit"), None, 1 / 120)
    half = _HALF.search(written)
    if half:  # 'einen halben Meter': half of a measure, not a share
        rest = written[half.end():].strip()
        return Figure(written, 0.5, 0.5, 0.5, None, False, rest or None, None, 0.0)
    for match in figure_patterns(lang)["figure"].finditer(written):
        if not (match.group("num") or match.group("lone_fraction")):
            continue
        if (match.group("num") or "").lower() in _ARTICLES and not (
                match.group("scale") or match.group("fraction") or match.group("unit")) \
                and re.search(r"\d", written[match.end():]):
            continue  # 'a 9 per cent': the article is no number when a number follows
        if is_year(match, written, lang) and re.search(r"\w+\s+$", written[:match.start()]):
            value = float(match.group("num"))
            return Figure(written, value, value, value, YEAR, False, None, None, 0.0)  # 'seit 1994' is a year
        rest = written[match.end():].strip()
        counted = counted_noun(" " + rest, lang) if rest else None
        return figure_from_match(match, lang, counted=counted or (rest if re.fullmatch(r"[\w\-]+", rest) else None))
    raise FigureSyntaxError(
        f"figure '{text}' is not a number; write it as the article does, e.g. '100.000', "
        f"'rund 21 Prozent', '1,5 Mrd. Euro', 'zwei Drittel', '20 bis 25'")


def unit_of(word: str | None, lang: str = "de") -> str | None:
    """The unit an editor names in YAML ('Prozent', '%', 'Euro'), as the reader names it; a word
    the reader does not know stays as written."""
    if not word:
        return None
    return _unit(word, lang) or _unit(word, "en" if lang == "de" else "de") or word


def is_year(match: re.Match, text: str, lang: str) -> bool:
    number = match.group("num") or ""
    if not re.fullmatch(r"(1[5-9]|20)\d\d", number) or match.group("scale") or match.group("unit") or match.group("cur"):
        return False
    if match.group("num2") and not re.fullmatch(r"(1[5-9]|20)\d\d|\d\d", match.group("num2")):
        return False
    before = text[:match.start()].rstrip().rsplit(None, 1)
    word = before[-1].lower().strip("(,") if before else ""
    after = text[match.end():match.end() + 30]
    counted = re.match(r"\s+([A-ZÄÖÜ][a-zäöüß]+|[a-z]+)", after)
    if word in _language(lang).year_context or not counted:
        return True
    noun = counted.group(1)
    return lang == "de" and not noun[0].isupper()


_COUNTED_DE = re.compile(r"^\s+(?:der|des|aller|von|an|neue[rn]?|weitere[rn]?|zusätzliche[rn]?)?\s*([A-ZÄÖÜ][\w-]*[a-zäöüß])")
_COUNTED_EN = re.compile(r"^\s+(?:of\s+(?:the\s+)?|new\s+|more\s+|additional\s+)?([a-z][a-z-]+)")
_NOT_COUNTED_EN = frozenset("and or to the a of in on at by for with from than as is was were are be been has have had "
                            "per cent percent that which who this".split())


def counted_noun(after: str, lang: str) -> str | None:
    match = (_COUNTED_EN if lang == "en" else _COUNTED_DE).match(after)
    if not match:
        return None
    word = match.group(1)
    return None if word.lower() in _NOT_COUNTED_EN else word
