"""Figures as German and English news write them: '100.000', "10'000", 'rund 21 Prozent',
'zwei Drittel', 'gut ein Fünftel', '1,5 Mrd. Euro', '$5bn', '20 bis 25', 'more than 120,000'.

One reader serves both the editor's YAML figure syntax (``parse_figure``) and figures found in
article text (``find_figures``). An approximate figure holds an interval; comparisons also allow
for rounding, so two outlets that round the same number differently do not disagree.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from ..rules import load
from .dates import MONTH_PATTERN

SHARE = "Anteil"  # the unit of a fraction such as 'zwei Drittel'
YEAR = "Jahr"  # 'seit 1994': a year, compared as a year and never shown as an amount


class FigureSyntaxError(ValueError):
    pass


@dataclass(frozen=True)
class Figure:
    text: str
    value: float
    low: float | None  # None: open below
    high: float | None  # None: open above
    unit: str | None  # '%', 'Prozentpunkte', 'EUR', 'USD', 'Anteil', or None for a plain count
    approximate: bool
    counted: str | None = None  # the noun counted: 'Soldaten'
    qualifier: str | None = None  # the approximator as written: 'rund', 'mehr als'
    rounding: float = 0.0  # half a unit of the last digit written, times the scale

    def bounds(self) -> tuple[float, float]:
        """The interval used in comparisons: what the text says, widened by its rounding."""
        low = -math.inf if self.low is None else self.low - self.rounding
        high = math.inf if self.high is None else self.high + self.rounding
        return low, high


def disagree(a: Figure, b: Figure) -> bool:
    """Two figures of the same quantity disagree only when their intervals do not overlap."""
    if a.unit != b.unit:
        return False  # not comparable, not a disagreement
    (a_low, a_high), (b_low, b_high) = a.bounds(), b.bounds()
    return a_high < b_low or b_high < a_low


def gap(a: Figure, b: Figure) -> float:
    """How far apart two disagreeing figures are: the distance between their intervals (0 if they overlap)."""
    (a_low, a_high), (b_low, b_high) = a.bounds(), b.bounds()
    return max(0.0, b_low - a_high, a_low - b_high)


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
def _patterns(lang: str) -> dict[str, re.Pattern]:
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
    if not _patterns(lang)["digits"].match(token):
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
    for match in _patterns(lang)["figure"].finditer(written):
        if not (match.group("num") or match.group("lone_fraction")):
            continue
        if (match.group("num") or "").lower() in _ARTICLES and not (
                match.group("scale") or match.group("fraction") or match.group("unit")) \
                and re.search(r"\d", written[match.end():]):
            continue  # 'a 9 per cent': the article is no number when a number follows
        if _is_year(match, written, lang) and re.search(r"\w+\s+$", written[:match.start()]):
            value = float(match.group("num"))
            return Figure(written, value, value, value, YEAR, False, None, None, 0.0)  # 'seit 1994' is a year
        rest = written[match.end():].strip()
        counted = _counted(" " + rest, lang) if rest else None
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


def format_value(value: float, lang: str = "de") -> str:
    """A value for comparison tables, grouped the way the site's language groups it."""
    if value == int(value):
        text = f"{int(value):,}"
    else:
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if lang == "de":
        text = text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
    return text


@dataclass(frozen=True)
class FoundFigure:
    figure: Figure
    start: int  # offsets into the text searched
    end: int


_NOT_AMOUNT_AFTER = re.compile(
    rf"^(?:(?i:\.?\s*(?:{MONTH_PATTERN})\b)|\.\d|:\d|(?i:\s*(?:Uhr\b|h\b|a\.m\.|p\.m\.|am\b|pm\b|GMT\b|CET\b|MEZ\b|UTC\b))|"
    r"(?i:-?(?:jährige|jähriger|jährigen|jährig|year-old|years? old))|"
    r"\.\s+(?:[a-zäöüß]|Platz|Runde|Spieltag|Minute|Liga|Stock|Etage|Mal|Jahrhundert)|"
    r"(?:st|nd|rd|th)\b|\s*/\s*\d|\s+Jahre\s+alt|\s+years?\s+old|\)|-(?-i:[A-ZÄÖÜ]))")
_ORDINAL_BEFORE = re.compile(r"(?:\b(?:in|im|am|an|der|die|das|den|dem|des|zum|zur|beim|seit|ab|bis|vom|dritten|zur)\s+)$", re.I)
_NOT_AMOUNT_BEFORE = re.compile(r"\d\s?[:–-]$|(?:\b(?:um|gegen|ab|bis)\s+(?=\d{1,2}[.:]\d{2}\b))$|(?<![\w])(?:Nr\.|Nummer|No\.|§|Art\.|Artikel|Absatz|Abs\.|Seite|S\.|Kapitel|"
                                r"Paragraf|Paragraph|Tel\.|Telefon|Platz|Rang|Gleis|Linie|Bus|Buslinie|Tram|Flug|"
                                r"ICE|IC|RE|RB|Folge|Staffel|Version|Level|Stufe|Block|Halle|Terminal|Kalenderwoche|KW)"
                                r"\s*$")
_SINGLE_NUMBER_WORD_NEEDS = re.compile(r"^\s+(?:[A-ZÄÖÜ][\w-]+|(?:people|men|women|children|times|years|days|weeks|months|"
                                       r"[a-z]+s)\b)")


def _is_year(match: re.Match, text: str, lang: str) -> bool:
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


def find_figures(text: str, lang: str = "de") -> list[FoundFigure]:
    """Every amount in a text, with the noun it counts; years, dates, times, ages, ordinals and
    numbers that name things ('Nr. 5', 'Linie 7') are not amounts."""
    found = []
    for match in _patterns(lang)["figure"].finditer(text):
        if not (match.group("num") or match.group("lone_fraction")):
            continue
        after = text[match.end():]
        before = text[:match.start()]
        if _NOT_AMOUNT_AFTER.match(after) or _NOT_AMOUNT_BEFORE.search(before):
            continue
        if re.match(r"\.\s+[A-ZÄÖÜ]", after) and re.fullmatch(r"\d{1,2}", match.group(0)) and _ORDINAL_BEFORE.search(before):
            continue  # 'in 2. Instanz', 'am 7. Spieltag'
        if re.search(r"\(\s*$", before) and re.match(r"\s*\)", after):
            continue  # an age or a count in brackets after a name: 'Thomas Weiland (45)'
        if re.search(r"\b[a-z]*(?:stufe|level|klasse|liga|runde)\s+$", before, re.I):
            continue
        if _is_year(match, text, lang):
            continue
        number = (match.group("num") or "").lower()
        word_number = number and not number[0].isdigit()
        if word_number and not (match.group("scale") or match.group("unit") or match.group("fraction")
                                or match.group("num2")):
            if number in ("ein", "eine", "einen", "einem", "einer", "eins", "a", "an", "one") or \
                    not _SINGLE_NUMBER_WORD_NEEDS.match(after):
                continue
        counted = _counted(after, lang)
        try:
            figure = figure_from_match(match, lang, counted)
        except (FigureSyntaxError, ValueError):
            continue
        found.append(FoundFigure(figure, match.start(), match.end()))
    return found


_COUNTED_DE = re.compile(r"^\s+(?:der|des|aller|von|an|neue[rn]?|weitere[rn]?|zusätzliche[rn]?)?\s*([A-ZÄÖÜ][\w-]*[a-zäöüß])")
_COUNTED_EN = re.compile(r"^\s+(?:of\s+(?:the\s+)?|new\s+|more\s+|additional\s+)?([a-z][a-z-]+)")
_NOT_COUNTED_EN = frozenset("and or to the a of in on at by for with from than as is was were are be been has have had "
                            "per cent percent that which who this".split())


def _counted(after: str, lang: str) -> str | None:
    match = (_COUNTED_EN if lang == "en" else _COUNTED_DE).match(after)
    if not match:
        return None
    word = match.group(1)
    return None if word.lower() in _NOT_COUNTED_EN else word
