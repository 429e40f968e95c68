"""The overview's one-line timeline, scaled to the story's own period with month labels."""

from __future__ import annotations

from dataclasses import dataclass

from ..analysis.chronology import YearGroup
from ..model.dates import MONTHS, DateSpec
from .timeline_geometry import day_number, event_target
from .urls import Links


@dataclass(frozen=True)
class CompactMark:
    x: float  # 0 at the period's first day, 1 after its last
    label: str
    date_label: str
    href: str
    circa: bool
    kind: str = "event"  # as the phone list (timeline_list.md.j2) names marks


@dataclass(frozen=True)
class CompactTimeline:
    """The overview's one-line timeline, scaled to the story's own period with month labels."""

    ticks: tuple[tuple[float, str], ...]  # (x, label; "" for an unlabelled tick)
    marks: tuple[CompactMark, ...]
    left_out: int  # events outside the period (the chronology shows them)


def build_compact_timeline(groups: list[YearGroup], period: DateSpec | None, lang: str, links: Links) -> CompactTimeline:
    entries = [e for g in groups for e in g.entries]
    spans = [e.event.date.span() for e in entries]
    if not spans and not period:
        return CompactTimeline((), (), 0)
    first = period.start.first_day() if period else min(s for s, _ in spans)
    last = period.span()[1] if period and period.span()[1] else max((end or start) for start, end in spans)
    start, stop = (first[0], first[1], 1), _next_month(last[:2])
    length = day_number(stop) - day_number(start)

    def x_of(ymd: tuple[int, int, int]) -> float:
        return (day_number(ymd) - day_number(start)) / length

    months = []
    year, month = start[:2]
    while (year, month, 1) < stop:
        months.append((year, month))
        year, month = _next_month((year, month))[:2]
    step = 1 if len(months) <= 12 else 3 if len(months) <= 36 else 12
    names = MONTHS[lang]
    ticks = []
    for n, (year, month) in enumerate(months):
        labelled = (month - 1) % step == 0 if step > 1 else True
        if step == 12:
            text = str(year) if month == 1 else f"{names[month - 1][:3]} {year}" if n == 0 else ""
        else:
            text = f"{names[month - 1][:3]}{' ' + str(year) if month == 1 or n == 0 else ''}" if labelled else ""
        ticks.append((x_of((year, month, 1)), text))
    marks, left_out = [], 0
    for entry in entries:
        date = entry.event.date
        begin, end = date.span()
        if begin < start or begin >= stop:
            left_out += 1
            continue
        middle = (x_of(begin) + x_of(min(end or stop, stop))) / 2 if date.precision != "day" else x_of(begin)
        marks.append(CompactMark(min(middle, 1.0), entry.event.title, date.format(lang),
                                 links.raw(*event_target(entry.event.id)), date.circa))  # SVG: a raw href
    return CompactTimeline(tuple(ticks), tuple(marks), left_out)


def _next_month(year_month: tuple[int, ...]) -> tuple[int, int, int]:
    year, month = year_month[0], year_month[1]
    return (year + 1, 1, 1) if month == 12 else (year, month + 1, 1)
