"""The timeline's geometry: where each event and each report sits on a vertical time axis, with labels
that wrap to their column and never overlap, and the one-line overview of the same events. The SVG
templates only draw what this computes; below 600 px the page shows the same marks as a list.

Labels are wrapped at build time from an estimate of the text's width (a generous average character
width), so that no label runs out of the picture whatever sans-serif font the reader's system uses;
the browser tests measure the result in Chromium."""

from __future__ import annotations

import datetime as dt
import textwrap
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
class Line:
    """One line of a wrapped label: its baseline and its text."""
    y: float
    text: str


@dataclass(frozen=True)
class Mark:
    y: float  # top of the mark
    height: float  # 0 for a day-precision point; a month spans its month
    label_y: float  # top of the label after collision avoidance (its first line's middle is label_y + LINE / 2)
    lane: int  # overlapping bars and same-day points go side by side, one lane each
    label: str
    date_label: str
    target: tuple[str, str]  # (page path, fragment) the mark links to
    kind: str  # event, report or earlier
    circa: bool
    lines: tuple[Line, ...] = ()  # the label as drawn, wrapped to its column
    href: str = ""  # the target's URL from the page showing the timeline (``with_links``)


@dataclass(frozen=True)
class CompactTick:
    x: float
    label: str  # "" for a tick without a year label


@dataclass(frozen=True)
class CompactDot:
    x: float
    y: float
    event: int  # index into Timeline.events


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
    width: float = 0.0
    axis_x: float = 0.0
    lane_x: float = 0.0  # the first event lane; report marks sit at axis_x - REPORT_OFFSET
    label_x: float = 0.0  # left edge of the event labels
    report_label_x: float = 0.0  # right edge of the report labels
    report_track: tuple[Line, ...] = ()  # the tracks' headings, wrapped
    event_track: tuple[Line, ...] = ()
    earlier_heading: Line | None = None
    compact_height: float = 70.0
    compact_axis_y: float = 35.0
    compact_ticks: tuple[CompactTick, ...] = ()
    compact_dots: tuple[CompactDot, ...] = ()

    @property
    def in_order(self) -> tuple[Mark, ...]:
        """Every mark in date order, events before reports of the same day: the list shown on phones."""
        return self.earlier + tuple(sorted(self.events + self.reports, key=lambda m: (m.y, m.kind != "event")))


WIDTH = 720.0  # the picture's width; it shrinks to the column, never grows past this
AXIS_X = 250.0
MONTH_HEIGHT = 14.0
LINE = 15.0  # line height of a 12 px label
LABEL_GAP = 4.0  # between two labels
CHAR_WIDTH = 7.2  # 0.6 em at 12 px: wider than the average character of common sans-serif fonts
TRACK_CHAR_WIDTH = 9.5  # the 11 px upper-case, letter-spaced track headings
MARGIN = 6.0
REPORT_OFFSET = 46.0  # report marks' centre, left of the axis (year labels sit between them and the axis)
LEADER = 10.0  # gap between a mark and its label
POINT_SIZE = 8.0  # the height a day-precision point occupies in its lane
MAX_STRETCH = 8.0  # a crowded timeline's months grow to at most this many times MONTH_HEIGHT
COMPACT_WIDTH = 640.0
COMPACT_STACK = 13.0  # same-day dots on the overview stack upwards by this much
COMPACT_DOT = 12.0  # a dot's diameter plus a little air
COMPACT_YEAR_WIDTH = 40.0


def _days(ymd: tuple[int, int, int]) -> int:
    return dt.date(*ymd).toordinal()


def _wrap(text: str, width: float, char_width: float = CHAR_WIDTH) -> list[str]:
    return textwrap.wrap(text, max(int(width / char_width), 8), break_long_words=True,
                         break_on_hyphens=True) or [""]


def _lines(top: float, texts: list[str], line: float = LINE) -> tuple[Line, ...]:
    return tuple(Line(top + line * i + line * 0.75, text) for i, text in enumerate(texts))


def _assign_lanes(marks: list[tuple]) -> list[tuple[tuple, int]]:
    """Put marks that overlap in time (bars, and points on the same day) in separate lanes."""
    lane_ends: list[float] = []
    out = []
    for mark in sorted(marks, key=lambda m: (m[0], m[2])):
        y, height = mark[0], mark[1]
        lane = next((i for i, end in enumerate(lane_ends) if end < y), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(0.0)
        lane_ends[lane] = y + max(height, POINT_SIZE)
        out.append((mark, lane))
    return out


def _place_labels(marks: list[tuple[tuple, int]], kind: str, text_of, width: float, top: float) -> list[Mark]:
    """Wrap each label to its column and push labels down so they never overlap; each label keeps a
    leader line to its mark."""
    placed, next_free = [], top
    for (y, height, label, date_label, target, circa), lane in marks:
        texts = _wrap(text_of(label, date_label), width)
        label_y = max(y + min(height, 14.0) / 2 - LINE / 2, next_free)
        next_free = label_y + LINE * len(texts) + LABEL_GAP
        placed.append(Mark(y, height, label_y, lane, label, date_label, target, kind, circa, _lines(label_y, texts)))
    return placed


def build_timeline(groups: list[YearGroup], articles: dict[str, Article], period: DateSpec | None,
                   lang: str, outlet_label, tracks: tuple[str, str] = ("", ""), earlier_heading: str = "") -> Timeline:
    """Vertical timeline: time runs down, one month is MONTH_HEIGHT (more where labels would crowd);
    events right, reports left. The axis
    runs from the first mark to the last; events before the dossier's first year are listed above it.
    ``tracks``: the headings of the report and the event track."""
    entries = [e for g in groups for e in g.entries]
    spans = [e.event.date.span() for e in entries] + [a.published.span() for a in articles.values() if a.published]
    if not spans:
        return Timeline(60.0, 40.0, 40.0, 1, (), (), (), (), width=WIDTH, axis_x=AXIS_X)
    focus_start = period.start.first_day() if period else min(s for s, _ in spans)
    cut = (focus_start[0], 1, 1)  # events before the dossier's first year are its prehistory
    on_axis = [s for s in spans if s[0] >= cut] or spans
    axis_start = min(start for start, _ in on_axis)
    axis_end = max((end or start) for start, end in on_axis)
    lane_x = AXIS_X + 12
    column = WIDTH - MARGIN - lane_x

    report_right = AXIS_X - REPORT_OFFSET - 4 - LEADER
    report_track = _wrap(tracks[0], report_right - MARGIN, TRACK_CHAR_WIDTH)
    event_track = _wrap(tracks[1], column, TRACK_CHAR_WIDTH)
    cursor = 8.0 + 14.0 * max(len(report_track), len(event_track)) + 8.0

    raw_events, earlier = [], []
    for entry in entries:
        date = entry.event.date
        start, end = date.span()
        if start < cut:
            earlier.append((entry.event.title, date.format(lang), _event_target(entry.event.id), date.circa))
            continue
        raw_events.append((start, end, date.precision == "day", entry.event.title, date.format(lang),
                           _event_target(entry.event.id), date.circa))
    heading, earlier_marks = None, []
    if earlier:
        heading = _lines(cursor, [earlier_heading])[0]
        cursor += LINE
        for label, date_label, target, circa in earlier:
            texts = _wrap(f"{date_label} – {label}", column)
            earlier_marks.append(Mark(0, 0, cursor, 0, label, date_label, target, "earlier", circa, _lines(cursor, texts)))
            cursor += LINE * len(texts) + LABEL_GAP
    top = cursor + 24.0
    reports_raw = [(a.published, outlet_label(a), (record_page("article", a.id), "")) for a in articles.values() if a.published]

    def layout(month_height: float):
        per_day = month_height * 12 / 365.25

        def y_of(ymd: tuple[int, int, int]) -> float:
            return top + (_days(ymd) - _days(axis_start)) * per_day

        bottom_of_axis = y_of(axis_end) + per_day

        def geometry(start, end, is_day):
            mark_top = y_of(start)
            if is_day:
                return mark_top, 0.0
            return mark_top, max((y_of(end) + per_day if end else bottom_of_axis) - mark_top, 2.0)

        events_laned = _assign_lanes([(*geometry(s, e, day), label, date_label, target, circa)
                                      for s, e, day, label, date_label, target, circa in raw_events])
        lanes = max([lane + 1 for _, lane in events_laned] or [1])
        label_x = lane_x + 10 * lanes + LEADER
        events = _place_labels(events_laned, "event", lambda label, _: label, WIDTH - MARGIN - label_x, top - LINE / 2)
        reports = _place_labels(_assign_lanes([(*geometry(*date.span(), date.precision == "day"), label, date.format(lang),
                                                target, date.circa) for date, label, target in reports_raw]),
                                "report", lambda label, date: f"{label}, {date}", report_right - MARGIN, top - LINE / 2)
        return y_of, bottom_of_axis, lanes, label_x, events, reports

    y_of, bottom_of_axis, lanes, label_x, events, reports = layout(MONTH_HEIGHT)
    labels_end = max(m.lines[-1].y for m in events + reports) if events or reports else top
    if labels_end > bottom_of_axis + LINE:
        # labels crowd further down than the time they stand for: stretch time so they stay near their marks
        stretch = min((labels_end - top) / max(bottom_of_axis - top, 1.0), MAX_STRETCH)
        y_of, bottom_of_axis, lanes, label_x, events, reports = layout(round(MONTH_HEIGHT * stretch, 1))
    ticks = _ticks(axis_start, axis_end, y_of, top)
    bottom = max([bottom_of_axis] + [m.lines[-1].y for m in events + reports]) + 16
    compact_height, compact_axis_y, compact_ticks, compact_dots = _compact(events, ticks, top, bottom_of_axis)
    return Timeline(bottom, top, bottom_of_axis, lanes, ticks, tuple(events), tuple(reports), tuple(earlier_marks),
                    width=WIDTH, axis_x=AXIS_X, lane_x=lane_x, label_x=label_x, report_label_x=report_right,
                    report_track=_lines(8.0, report_track, 14.0), event_track=_lines(8.0, event_track, 14.0),
                    earlier_heading=heading, compact_height=compact_height, compact_axis_y=compact_axis_y,
                    compact_ticks=compact_ticks, compact_dots=compact_dots)


def _ticks(axis_start, axis_end, y_of, top: float) -> tuple[Tick, ...]:
    """A labelled tick at each new year, a small one each quarter, and the first year at the axis' top
    unless a new year follows closely."""
    ticks = []
    for year in range(axis_start[0], axis_end[0] + 1):
        for month in (1, 4, 7, 10):
            if axis_start < (year, month, 1) <= axis_end:
                ticks.append(Tick(y_of((year, month, 1)), str(year) if month == 1 else "", month == 1))
    first_year = next((t.y for t in ticks if t.major), None)
    if first_year is None or first_year - top > 2 * LINE:
        ticks.insert(0, Tick(top, str(axis_start[0]), True))
    return tuple(ticks)


def _compact(events: list[Mark], ticks: tuple[Tick, ...], top: float, bottom: float):
    """The overview's one-line timeline: a dot per event, dots of the same or a close day stacked upwards, a year
    label where there is room for it."""
    span = (bottom - top) or 1.0

    def x_of(y: float) -> float:
        return round(10 + (COMPACT_WIDTH - 20) * (y - top) / span, 1)

    xs = [x_of(m.y + m.height / 2) for m in events]
    levels: list[int] = []
    for i, x in enumerate(xs):  # a dot goes on the lowest level where it hides no other dot
        taken = {level for other, level in zip(xs[:i], levels) if abs(other - x) < COMPACT_DOT}
        levels.append(next(level for level in range(len(taken) + 1) if level not in taken))
    height = 60.0 + COMPACT_STACK * max(levels or [0])
    axis_y = height - 35.0
    dots = tuple(CompactDot(x, axis_y - COMPACT_STACK * level, i) for i, (x, level) in enumerate(zip(xs, levels)))
    labelled, last_end = [], -COMPACT_YEAR_WIDTH
    for tick in ticks:
        if not tick.major:
            continue
        x = x_of(tick.y)
        room = x >= last_end and x + COMPACT_YEAR_WIDTH <= COMPACT_WIDTH
        labelled.append(CompactTick(x, tick.label if room else ""))
        if room:
            last_end = x + COMPACT_YEAR_WIDTH
    return height, axis_y, tuple(labelled), dots


def _event_target(ident: str) -> tuple[str, str]:
    return record_page("event", ident), anchor("event", ident)


def with_links(timeline: Timeline, links: Links) -> Timeline:
    """The timeline with every mark's URL as seen from one page."""
    def resolve(marks: tuple[Mark, ...]) -> tuple[Mark, ...]:
        return tuple(replace(m, href=links.raw(*m.target)) for m in marks)
    return replace(timeline, events=resolve(timeline.events), reports=resolve(timeline.reports),
                   earlier=resolve(timeline.earlier))


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
                                 links.raw(*_event_target(entry.event.id)), date.circa))  # SVG: a raw href
    return CompactTimeline(tuple(ticks), tuple(marks), left_out)


def _next_month(year_month: tuple[int, ...]) -> tuple[int, int, int]:
    year, month = year_month[0], year_month[1]
    return (year + 1, 1, 1) if month == 12 else (year, month + 1, 1)
