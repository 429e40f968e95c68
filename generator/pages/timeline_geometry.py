"""The timeline's building blocks: its marks, ticks and wrapped label lines, its measures, and the
steps that place them (lanes for overlapping marks, labels pushed down so they never overlap, year
ticks, the one-line overview's dots). timeline.py puts them together.

Labels are wrapped at build time from an estimate of the text's width (a generous average character
width), so that no label runs out of the picture whatever sans-serif font the reader's system uses;
the browser tests measure the result in Chromium."""

from __future__ import annotations

import datetime as dt
import textwrap
from dataclasses import dataclass

from .urls import anchor, record_page


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


def day_number(ymd: tuple[int, int, int]) -> int:
    return dt.date(*ymd).toordinal()


def wrap_text(text: str, width: float, char_width: float = CHAR_WIDTH) -> list[str]:
    return textwrap.wrap(text, max(int(width / char_width), 8), break_long_words=True,
                         break_on_hyphens=True) or [""]


def text_lines(top: float, texts: list[str], line: float = LINE) -> tuple[Line, ...]:
    return tuple(Line(top + line * i + line * 0.75, text) for i, text in enumerate(texts))


def assign_lanes(marks: list[tuple]) -> list[tuple[tuple, int]]:
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


def place_labels(marks: list[tuple[tuple, int]], kind: str, text_of, width: float, top: float) -> list[Mark]:
    """Wrap each label to its column and push labels down so they never overlap; each label keeps a
    leader line to its mark."""
    placed, next_free = [], top
    for (y, height, label, date_label, target, circa), lane in marks:
        texts = wrap_text(text_of(label, date_label), width)
        label_y = max(y + min(height, 14.0) / 2 - LINE / 2, next_free)
        next_free = label_y + LINE * len(texts) + LABEL_GAP
        placed.append(Mark(y, height, label_y, lane, label, date_label, target, kind, circa, text_lines(label_y, texts)))
    return placed


def year_ticks(axis_start, axis_end, y_of, top: float) -> tuple[Tick, ...]:
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


def compact_marks(events: list[Mark], ticks: tuple[Tick, ...], top: float, bottom: float):
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


def event_target(ident: str) -> tuple[str, str]:
    return record_page("event", ident), anchor("event", ident)
