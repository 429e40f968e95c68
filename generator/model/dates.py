"""Dates as the sources know them: year, month or day precision, ranges, circa and open ends.

Syntax (EDTF-like, chosen so a YAML editor can type it without quoting):
``2022``, ``2022-08``, ``2022-08-15``; a range ``2024-04/2024-06``; an open end ``2025-04/``
("seit April 2025"); circa with a leading ``~`` or ``ca.`` (``~2019``). A day may carry a time of
day, with or without a time zone (``2024-10-28T14:12``, ``2024-10-28T14:12+01:00``): a publication
time that orders same-day reports.

Sorting: by the earliest day a date can mean, then by coarser precision first, so ``2022`` <
``2022-08`` < ``2022-08-01`` < ``2022-08-15``; a circa date sorts like its exact twin.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import datetime

MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}
# Month names and abbreviations as German, Austrian and English texts write them, with their numbers:
# what reading a date line ('Stand: 3. Dez. 2024') and telling a date from an amount ('7. Oktober') need.
MONTH_NUMBERS = {name: number for number, names in enumerate((
    ("januar", "jänner", "january", "jan"), ("februar", "feber", "february", "feb"), ("märz", "march", "mär", "mar"),
    ("april", "apr"), ("mai", "may"), ("juni", "june", "jun"), ("juli", "july", "jul"), ("august", "aug"),
    ("september", "sep", "sept"), ("oktober", "october", "okt", "oct"), ("november", "nov"),
    ("dezember", "december", "dez", "dec")), start=1) for name in names}
MONTH_PATTERN = "|".join(sorted(MONTH_NUMBERS, key=lambda name: (-len(name), name)))
WORDS = {
    "de": {"to": "bis", "since": "seit", "circa": "um", "unknown": "Datum unbekannt", "time": "{} Uhr"},
    "en": {"to": "to", "since": "since", "circa": "c.", "unknown": "date unknown", "time": "{}"},
}

_PART = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class DateSyntaxError(ValueError):
    """A date string that cannot be read; its message is shown to the editor."""


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date known to year, month or day."""

    year: int
    month: int = 0  # 0: unknown
    day: int = 0  # 0: unknown

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def last_day(self) -> tuple[int, int, int]:
        """The latest day this date can mean, as (year, month, day)."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return (self.year, month, day)

    def first_day(self) -> tuple[int, int, int]:
        return (self.year, self.month or 1, self.day or 1)

    def format(self, lang: str = "de") -> str:
        months = MONTHS[lang]
        if self.day:
            if lang == "de":
                return f"{self.day}. {months[self.month - 1]} {self.year}"
            return f"{self.day} {months[self.month - 1]} {self.year}"
        if self.month:
            return f"{months[self.month - 1]} {self.year}"
        return str(self.year)


def parse_partial(text: str) -> PartialDate:
    match = _PART.match(text)
    if not match:
        raise DateSyntaxError(f"'{text}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else 0 for g in match.groups())
    if match.group(2) and not 1 <= month <= 12:
        raise DateSyntaxError(f"'{text}' has no month {match.group(2)}")
    if match.group(3) and not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise DateSyntaxError(f"'{text}' is not a day of {MONTHS['en'][month - 1]} {year}")
    if year < 1:
        raise DateSyntaxError(f"'{text}' has no year 0")
    return PartialDate(year, month, day)


@dataclass(frozen=True)
class DateSpec:
    """What a source says about when: a start, maybe an end (or an open end), maybe only circa."""

    start: PartialDate
    end: PartialDate | None = None
    circa: bool = False
    open_end: bool = False
    time: datetime | None = None  # the time of day of a single day, as written (time zone optional)

    @property
    def sort_key(self) -> tuple:
        return (self.start.first_day(), self.start.precision != "year", self.start.precision == "day",
                self.end.first_day() if self.end else (0, 0, 0), self.time.strftime("%H:%M:%S") if self.time else "")

    @property
    def precision(self) -> str:
        return "range" if self.end or self.open_end else self.start.precision

    def iso(self) -> str:
        text = self.start.iso()
        if self.time:
            text = self.time.isoformat(timespec="seconds" if self.time.second else "minutes")
        if self.end:
            text += "/" + self.end.iso()
        elif self.open_end:
            text += "/"
        return ("~" if self.circa else "") + text

    def span(self) -> tuple[tuple[int, int, int], tuple[int, int, int] | None]:
        """First and last day covered; None as last day for an open end."""
        if self.open_end:
            return self.start.first_day(), None
        return self.start.first_day(), (self.end or self.start).last_day()

    def format(self, lang: str = "de") -> str:
        words = WORDS[lang]
        if self.open_end:
            text = f"{words['since']} {self.start.format(lang)}"
        elif self.end:
            text = f"{_format_range_start(self.start, self.end, lang)} {words['to']} {self.end.format(lang)}"
        else:
            text = self.start.format(lang)
        if self.time:
            text += ", " + words["time"].format(self.time.strftime("%H:%M"))
        return f"{words['circa']} {text}" if self.circa else text


def _format_range_start(start: PartialDate, end: PartialDate, lang: str) -> str:
    """Drop the start's year (and month) where the end repeats it: 'April bis Juni 2024'."""
    if start.year != end.year or start.precision != end.precision or start.precision == "year":
        return start.format(lang)
    months = MONTHS[lang]
    if start.precision == "month":
        return months[start.month - 1]
    if start.month == end.month:
        return f"{start.day}." if lang == "de" else str(start.day)
    return f"{start.day}. {months[start.month - 1]}" if lang == "de" else f"{start.day} {months[start.month - 1]}"


def parse_date(text: str) -> DateSpec:
    """Read a date string; raise DateSyntaxError with an editor-facing message."""
    raw = text.strip()
    circa = False
    for prefix in ("~", "ca.", "circa "):
        if raw.lower().startswith(prefix):
            circa, raw = True, raw[len(prefix):].strip()
            break
    if raw.endswith("~"):
        circa, raw = True, raw[:-1].strip()
    if "/" in raw:
        left, right = (part.strip() for part in raw.split("/", 1))
        start = parse_partial(left)
        if right in ("", ".."):
            return DateSpec(start, None, circa, open_end=True)
        end = parse_partial(right)
        if end.last_day() < start.first_day() or end.first_day() < start.first_day():
            raise DateSyntaxError(f"range '{text.strip()}' ends before it starts")
        if end == start:
            return DateSpec(start, None, circa)
        return DateSpec(start, end, circa)
    if "T" in raw:
        return DateSpec(parse_partial(raw.split("T", 1)[0]), None, circa, time=_parse_time(raw))
    return DateSpec(parse_partial(raw), None, circa)


def _parse_time(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise DateSyntaxError(f"'{text}' has no time of day that can be read; write 2024-10-28T14:12, "
                              "optionally with a time zone (2024-10-28T14:12+01:00)") from None


UNDATED_LAST = ((9999, 12, 31),)  # the sort key of no date: after every real one


def date_order(spec: DateSpec | None) -> tuple:
    """Sort key of an optional date (a publication date may be unknown): undated things come last."""
    return spec.sort_key if spec else UNDATED_LAST
