"""Dates as sentences write them: '7. Oktober 2024', 'im März', 'October 7', and relative ones
('am Mittwoch', 'vergangene Woche', 'last month') resolved against the article's published date.

A relative date is never made more precise than the published date allows: 'am Mittwoch' in an
article known only to December 2024 is December 2024.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from ..model.dates import DateSpec, PartialDate
from ..rules import load


@dataclass(frozen=True)
class FoundDate:
    start: int  # offsets in the sentence
    end: int
    written: str
    date: DateSpec
    relative: bool  # resolved against the published date


@dataclass(frozen=True)
class _Words:
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, tuple[str, int]]
    patterns: tuple[tuple[str, re.Pattern], ...]


def _alternatives(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def _words(lang: str) -> _Words:
    data = load("suggest")[lang if lang == "en" else "de"]
    months, weekdays = data["months"], data["weekdays"]
    relative = {phrase: (unit, steps) for phrase, (unit, steps) in data["relative"].items()}
    month = rf"(?P<month>{_alternatives(months)})"
    year = r"(?P<year>(?:19|20)\d\d)"
    if lang == "en":
        absolute = [("day", rf"\b{month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{year})?\b"),
                    ("day", rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{month}(?:,?\s+{year})?\b")]
    else:
        absolute = [("day", rf"\b(?P<day>\d{{1,2}})\.\s*{month}(?:\s+{year})?\b"),
                    ("numeric", r"\b(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>(?:19|20)\d\d)\b")]
    absolute += [("month", rf"\b{month}(?:\s+{year})?\b"),
                 ("year", rf"\b(?:im\s+Jahre?|in|seit|ab|bis|bis\s+zum|since|from|by|until|Anfang|Ende|Mitte|Frühjahr|Sommer|"
                          rf"Herbst|Winter|Spätsommer|early|late|mid-?)\s+{year}\b"),
                 ("weekday", rf"\b(?P<weekday>{_alternatives(weekdays)})(?:abend|morgen|nachmittag|vormittag|mittag|nacht)?"
                             r"(?:s)?\b"),
                 ("relative", rf"\b(?P<relative>{_alternatives(relative)})\b")]
    return _Words(months, weekdays, relative, tuple((kind, re.compile(p, re.I)) for kind, p in absolute))


def _shift_month(year: int, month: int, steps: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + steps
    return index // 12, index % 12 + 1


def _day(d: datetime.date) -> PartialDate:
    return PartialDate(d.year, d.month, d.day)


def _resolve(kind: str, match: re.Match, words: _Words, published: PartialDate | None) -> DateSpec | None:
    groups = match.groupdict()
    if kind in ("day", "numeric", "month"):
        month = int(groups["mon"]) if kind == "numeric" else words.months[groups["month"].lower()]
        year = int(groups["year"]) if groups.get("year") else None
        if year is None:
            if published is None or (kind == "month" and not match.group(0)[:1].isupper()):
                return None
            year = published.year
            if published.month and month > published.month + 1:
                year -= 1  # 'im November' in a January article: the November before
        day = int(groups["day"]) if kind != "month" else 0
        try:
            if day:
                datetime.date(year, month, day)
        except ValueError:
            return None
        return DateSpec(PartialDate(year, month, day))
    if kind == "year":
        return DateSpec(PartialDate(int(groups["year"])))
    if published is None:
        return None
    if kind == "weekday":
        if published.precision != "day":
            return DateSpec(PartialDate(published.year, published.month)) if published.month else None
        ref = datetime.date(*published.first_day())
        back = (ref.weekday() - words.weekdays[groups["weekday"].lower()]) % 7
        return DateSpec(_day(ref - datetime.timedelta(days=back)))
    unit, steps = words.relative[" ".join(groups["relative"].lower().split())]
    if unit == "year":
        return DateSpec(PartialDate(published.year + steps))
    if not published.month:
        return None
    if unit == "month" or published.precision != "day":
        if unit == "month":
            return DateSpec(PartialDate(*_shift_month(published.year, published.month, steps)))
        return DateSpec(PartialDate(published.year, published.month))
    ref = datetime.date(*published.first_day())
    if unit == "day":
        return DateSpec(_day(ref + datetime.timedelta(days=steps)))
    monday = ref - datetime.timedelta(days=ref.weekday()) + datetime.timedelta(weeks=steps)
    return DateSpec(_day(monday), _day(monday + datetime.timedelta(days=6)))


def dates_in(sentence: str, lang: str, published: DateSpec | None) -> list[FoundDate]:
    """Every date a sentence names, most precise first where two overlap ('7. Oktober 2024' over 'Oktober 2024')."""
    words = _words(lang)
    reference = published.start if published and not published.end and not published.open_end else None
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in words.patterns:
        for match in pattern.finditer(sentence):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            date = _resolve(kind, match, words, reference)
            if date is None:
                continue
            taken.append((match.start(), match.end()))
            found.append(FoundDate(match.start(), match.end(), match.group(0), date, kind in ("weekday", "relative")))
    return sorted(found, key=lambda f: f.start)
