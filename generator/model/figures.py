"""Numbers as German, Swiss and English articles write them: '100.000', "10'000", 'fast fünf Millionen'."""

from __future__ import annotations

import re

QUALIFIERS = (
    "mehr als", "weniger als", "bis zu", "über", "unter", "fast", "knapp", "rund", "etwa", "ungefähr",
    "circa", "ca.", "mindestens", "höchstens", "gut", "nahezu",
    "more than", "less than", "up to", "over", "under", "almost", "nearly", "about", "around",
    "roughly", "at least", "at most",
)
NUMBER_WORDS = {
    "ein": 1, "eine": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20,
    "hundert": 100, "tausend": 1000,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twelve": 12, "twenty": 20, "hundred": 100,
}
SCALES = {
    "tausend": 1e3, "thousand": 1e3, "million": 1e6, "millionen": 1e6, "mio.": 1e6, "mio": 1e6,
    "millions": 1e6, "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "billion": 1e9,
}
# German/Swiss: '.' or an apostrophe (', ’) or a (thin) space groups thousands, ',' is the decimal mark.
_GROUPED = re.compile(r"^\d{1,3}(?:[.'’\u202f\u00a0 ]\d{3})+(?:,\d+)?$")
_PLAIN = re.compile(r"^\d+(?:[,.]\d+)?$")
_EN_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")


class FigureSyntaxError(ValueError):
    pass


def parse_number(token: str, lang: str = "de") -> float:
    token = token.strip()
    if lang == "en" and _EN_GROUPED.match(token):
        return float(token.replace(",", ""))
    if _GROUPED.match(token):
        whole, _, frac = token.partition(",")
        return float(re.sub(r"[.'’\u202f\u00a0 ]", "", whole) + ("." + frac if frac else ""))
    if _PLAIN.match(token):
        if lang == "en":
            return float(token.replace(",", ""))
        return float(token.replace(",", "."))
    word = token.lower()
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    raise FigureSyntaxError(f"'{token}' is not a number")


def parse_figure(text: str, lang: str = "de") -> tuple[float, str | None]:
    """Value and qualifier of a figure such as 'über 10'000' or 'fast fünf Millionen'."""
    rest = " ".join(text.split())
    qualifier = None
    for candidate in sorted(QUALIFIERS, key=len, reverse=True):
        if rest.lower().startswith(candidate + " "):
            qualifier, rest = candidate, rest[len(candidate) + 1:]
            break
    parts = rest.split(" ")
    scale = 1.0
    if len(parts) > 1 and parts[-1].lower() in SCALES:
        scale = SCALES[parts.pop().lower()]
    number = " ".join(parts)
    try:
        value = parse_number(number, lang)
    except FigureSyntaxError:
        raise FigureSyntaxError(
            f"figure '{text}' is not a number; write it as the article does, e.g. '100.000', \"über 10'000\", 'fast fünf Millionen'"
        ) from None
    return value * scale, qualifier


def format_value(value: float, lang: str = "de") -> str:
    """A value for comparison tables, grouped the way the site's language groups it."""
    if value == int(value):
        text = f"{int(value):,}"
    else:
        text = f"{value:,.2f}"
    if lang == "de":
        text = text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
    return text
