"""The timeline's geometry: where each event and each report sits on a vertical time axis, with labels
that never overlap. The SVG templates only draw what this computes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from ..analysis.chronology import YearGroup
from ..model.dates import MONTHS, DateSpec
from ..model.records import Article
from .urls import Links, anchor, record_page


@dataclass(frozen=True)
class Tick:
    y: float
    label: str
    major: bool


@dataclass(frozen=True)
class Mark:
    y: float  # top of the mark
    height: float  # 0 for a day-precision point; a month spans its month
    label_y: float  # where the label is placed after collision avoidance
    lane: int  # overlapping bars go side by side, one lane each
    label: str
    date_label: str
    target: tuple[str, str]  # (page path, fragment) the mark links to
    kind: str  # event, report or earlier
    circa: bool


    href: str = ""  # the target's URL from the page showing the timeline (``with_links``)


@dataclass(frozen=True)
class Timeline:
    height: float
    axis_top: float
    axis_bottom: float
    lanes: int
    ticks: tuple[Tick, ...]
    events: tuple[Mark, ...]
    reports: tuple[Mark, ...]
    earlier: tuple[Mark, ...]  # events before the axis starts, listed at its top


MONTH_HEIGHT = 14.0
LABEL_GAP = 15.0


def _days(ymd: tuple[int, int, int]) -> int:
    return dt.date(*ymd).toordinal()


def _place_labels(marks: list[tuple[float, float, str, str, str, str, bool]], kind: str) -> list[Mark]:
    """Put overlapping bars in separate lanes and push labels down so they never overlap; each
    label keeps a leader line to its mark."""
    placed, next_free = [], 0.0
    lane_ends: list[float] = []
    for y, height, label, date_label, target, _, circa in sorted(marks, key=lambda m: (m[0], m[2])):
        lane = next((i for i, end in enumerate(lane_ends) if end < y), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(0.0)
        lane_ends[lane] = y + max(height, 6.0)
        label_y = max(y + min(height, 14.0) / 2, next_free)
        next_free = label_y + LABEL_GAP
        placed.append(Mark(y, height, label_y, lane, label, date_label, target, kind, circa))
    return placed


def build_timeline(groups: list[YearGroup], articles: dict[str, Article], period: DateSpec | None,
                   lang: str, outlet_label) -> Timeline:
    """Vertical timeline: time runs down, one month is MONTH_HEIGHT; events right, reports left."""
    entries = [e for g in groups for e in g.entries]
    spans = [e.event.date.span() for e in entries] + [a.published.span() for a in articles.values() if a.published]
    if period:
        spans.append(period.span())
    if not spans:
        return Timeline(60.0, 40.0, 40.0, 1, (), (), (), ())
    focus_start = period.start.first_day() if period else min(s for s, _ in spans)
    axis_start = (focus_start[0], 1, 1)
    last = max((end or start) for start, end in spans) if spans else axis_start
    axis_end = (last[0] + 1, 1, 1)
    per_day = MONTH_HEIGHT * 12 / 365.25
    earlier_count = sum(1 for e in entries if e.event.date.span()[0] < axis_start)
    top = 40.0 + (LABEL_GAP * (earlier_count + 1) if earlier_count else 0)

    def y_of(ymd: tuple[int, int, int]) -> float:
        return top + (_days(ymd) - _days(axis_start)) * per_day

    ticks = []
    for year in range(axis_start[0], axis_end[0] + 1):
        for month in (1, 4, 7, 10):
            if (year, month, 1) <= axis_end:
                ticks.append(Tick(y_of((year, month, 1)), str(year) if month == 1 else "", month == 1))
    raw_events, earlier = [], []
    for entry in entries:
        date = entry.event.date
        start, end = date.span()
        label = entry.event.title
        if start < axis_start:
            earlier.append(Mark(0, 0, 0, 0, label, date.format(lang), _event_target(entry.event.id), "earlier", date.circa))
            continue
        end = end or axis_end
        mark_top = y_of(start)
        height = 0.0 if date.precision == "day" else max(y_of(end) + per_day - mark_top, 2.0)
        raw_events.append((mark_top, height, label, date.format(lang), _event_target(entry.event.id), "event", date.circa))
    raw_reports = []
    for article in articles.values():
        if not article.published:
            continue
        start, end = article.published.span()
        mark_top = y_of(start)
        height = 0.0 if article.published.precision == "day" else y_of(end) + per_day - mark_top
        raw_reports.append((mark_top, height, outlet_label(article), article.published.format(lang),
                            (record_page("article", article.id), ""), "report", article.published.circa))
    events = _place_labels(raw_events, "event")
    reports = _place_labels(raw_reports, "report")
    bottom = max([y_of(axis_end)] + [m.label_y for m in events + reports]) + 30
    lanes = max([m.lane + 1 for m in events] or [1])
    return Timeline(bottom, top, y_of(axis_end), lanes, tuple(ticks), tuple(events), tuple(reports), tuple(earlier))


def _event_target(ident: str) -> tuple[str, str]:
    return record_page("event", ident), anchor("event", ident)


def with_links(timeline: Timeline, links: Links) -> Timeline:
    """The timeline with every mark's URL as seen from one page."""
    def resolve(marks: tuple[Mark, ...]) -> tuple[Mark, ...]:
        return tuple(replace(m, href=links.to(*m.target)) for m in marks)
    return replace(timeline, events=resolve(timeline.events), reports=resolve(timeline.reports),
                   earlier=resolve(timeline.earlier))


@dataclass(frozen=True)
class CompactMark:
    x: float  # 0 at the period's first day, 1 after its last
    label: str
    date_label: str
    href: str
    circa: bool


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
    length = _days(stop) - _days(start)

    def x_of(ymd: tuple[int, int, int]) -> float:
        return (_days(ymd) - _days(start)) / length

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
                                 links.to(*_event_target(entry.event.id)), date.circa))
    return CompactTimeline(tuple(ticks), tuple(marks), left_out)


def _next_month(year_month: tuple[int, ...]) -> tuple[int, int, int]:
    year, month = year_month[0], year_month[1]
    return (year + 1, 1, 1) if month == 12 else (year, month + 1, 1)
