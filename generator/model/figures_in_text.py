"""Finding the amounts in an article's text, and leaving out the numbers that are no amounts:
years, dates, times, ages, ordinals and numbers that name things.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import MONTH_PATTERN
from .figure_reading import counted_noun, is_year, figure_patterns, figure_from_match
from .figure_values import Figure, FigureSyntaxError


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


def find_figures(text: str, lang: str = "de") -> list[FoundFigure]:
    """Every amount in a text, with the noun it counts; years, dates, times, ages, ordinals and
    numbers that name things ('Nr. 5', 'Linie 7') are not amounts."""
    found = []
    for match in figure_patterns(lang)["figure"].finditer(text):
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
        if is_year(match, text, lang):
            continue
        number = (match.group("num") or "").lower()
        word_number = number and not number[0].isdigit()
        if word_number and not (match.group("scale") or match.group("unit") or match.group("fraction")
                                or match.group("num2")):
            if number in ("ein", "eine", "einen", "einem", "einer", "eins", "a", "an", "one") or \
                    not _SINGLE_NUMBER_WORD_NEEDS.match(after):
                continue
        counted = counted_noun(after, lang)
        try:
            figure = figure_from_match(match, lang, counted)
        except (FigureSyntaxError, ValueError):
            continue
        found.append(FoundFigure(figure, match.start(), match.end()))
    return found
