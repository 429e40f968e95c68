"""The timeline's geometry: where each event and each report sits on a vertical time axis, with labels
that wrap to their column and never overlap, and the one-line overview of the same events. The SVG
templates only draw what this computes; below 600 px the page shows the same marks as a list.

The marks and the placing steps are in timeline_geometry.py, the overview's period timeline in
timeline_compact.py; this module builds the whole timeline from them."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..analysis.chronology import YearGroup
from ..model.dates import DateSpec
from ..model.records import Article
from .timeline_compact import CompactMark, CompactTimeline, build_compact_timeline
from .timeline_geometry import (AXIS_X, CHAR_WIDTH, LABEL_GAP, LEADER, LINE, MARGIN, MAX_STRETCH, MONTH_HEIGHT,
                                REPORT_OFFSET, TRACK_CHAR_WIDTH, WIDTH, CompactDot, CompactTick, Line, Mark, Tick,
                                assign_lanes, compact_marks, day_number, event_target, text_lines, place_labels, year_ticks, wrap_text)
from .urls import Links, record_page

__all__ = ["CHAR_WIDTH", "LINE", "MARGIN", "CompactDot", "CompactMark", "CompactTick", "CompactTimeline", "Line",
           "Mark", "Tick", "Timeline", "build_compact_timeline", "build_timeline", "with_links"]


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
    cut, axis_start, axis_end = _axis_span(spans, period)
    lane_x = AXIS_X + 12
    column = WIDTH - MARGIN - lane_x
    report_right = AXIS_X - REPORT_OFFSET - 4 - LEADER
    report_track = wrap_text(tracks[0], report_right - MARGIN, TRACK_CHAR_WIDTH)
    event_track = wrap_text(tracks[1], column, TRACK_CHAR_WIDTH)
    cursor = 8.0 + 14.0 * max(len(report_track), len(event_track)) + 8.0
    raw_events, earlier = _events_on_axis(entries, cut, lang)
    heading, earlier_marks, cursor = _earlier_marks(earlier, earlier_heading, cursor, column)
    top = cursor + 24.0
    reports_raw = [(a.published, outlet_label(a), (record_page("article", a.id), "")) for a in articles.values() if a.published]
    axis = _Axis(top, axis_start, lane_x, report_right, lang)
    y_of, bottom_of_axis, lanes, label_x, events, reports = _stretched_layout(axis, axis_end, raw_events, reports_raw)
    ticks = year_ticks(axis_start, axis_end, y_of, top)
    bottom = max([bottom_of_axis] + [m.lines[-1].y for m in events + reports]) + 16
    compact_height, compact_axis_y, compact_ticks, compact_dots = compact_marks(events, ticks, top, bottom_of_axis)
    return Timeline(bottom, top, bottom_of_axis, lanes, ticks, tuple(events), tuple(reports), tuple(earlier_marks),
                    width=WIDTH, axis_x=AXIS_X, lane_x=lane_x, label_x=label_x, report_label_x=report_right,
                    report_track=text_lines(8.0, report_track, 14.0), event_track=text_lines(8.0, event_track, 14.0),
                    earlier_heading=heading, compact_height=compact_height, compact_axis_y=compact_axis_y,
                    compact_ticks=compact_ticks, compact_dots=compact_dots)


def _axis_span(spans: list, period: DateSpec | None) -> tuple:
    """Where the prehistory ends (the dossier's first year) and the axis' first and last day."""
    focus_start = period.start.first_day() if period else min(s for s, _ in spans)
    cut = (focus_start[0], 1, 1)  # events before the dossier's first year are its prehistory
    on_axis = [s for s in spans if s[0] >= cut] or spans
    axis_start = min(start for start, _ in on_axis)
    axis_end = max((end or start) for start, end in on_axis)
    return cut, axis_start, axis_end


def _events_on_axis(entries: list, cut: tuple, lang: str) -> tuple[list[tuple], list[tuple]]:
    """The events on the axis, and those before its cut (listed above it)."""
    raw_events, earlier = [], []
    for entry in entries:
        date = entry.event.date
        start, end = date.span()
        if start < cut:
            earlier.append((entry.event.title, date.format(lang), event_target(entry.event.id), date.circa))
            continue
        raw_events.append((start, end, date.precision == "day", entry.event.title, date.format(lang),
                           event_target(entry.event.id), date.circa))
    return raw_events, earlier


def _earlier_marks(earlier: list[tuple], earlier_heading: str, cursor: float,
                   column: float) -> tuple[Line | None, list[Mark], float]:
    """The events before the axis as a list under a heading; returns where the list ends."""
    heading, marks = None, []
    if earlier:
        heading = text_lines(cursor, [earlier_heading])[0]
        cursor += LINE
        for label, date_label, target, circa in earlier:
            texts = wrap_text(f"{date_label} – {label}", column)
            marks.append(Mark(0, 0, cursor, 0, label, date_label, target, "earlier", circa, text_lines(cursor, texts)))
            cursor += LINE * len(texts) + LABEL_GAP
    return heading, marks, cursor


@dataclass(frozen=True)
class _Axis:
    """What every layout of the axis shares, whatever the month height."""
    top: float
    start: tuple[int, int, int]
    lane_x: float
    report_right: float
    lang: str


def _stretched_layout(axis: _Axis, axis_end: tuple, raw_events: list[tuple], reports_raw: list[tuple]):
    """Lay out at MONTH_HEIGHT; where labels crowd further down than the time they stand for, stretch
    time so they stay near their marks."""
    y_of, bottom_of_axis, lanes, label_x, events, reports = _layout(axis, axis_end, MONTH_HEIGHT, raw_events, reports_raw)
    labels_end = max(m.lines[-1].y for m in events + reports) if events or reports else axis.top
    if labels_end > bottom_of_axis + LINE:
        stretch = min((labels_end - axis.top) / max(bottom_of_axis - axis.top, 1.0), MAX_STRETCH)
        return _layout(axis, axis_end, round(MONTH_HEIGHT * stretch, 1), raw_events, reports_raw)
    return y_of, bottom_of_axis, lanes, label_x, events, reports


def _layout(axis: _Axis, axis_end: tuple, month_height: float, raw_events: list[tuple], reports_raw: list[tuple]):
    per_day = month_height * 12 / 365.25
    top = axis.top

    def y_of(ymd: tuple[int, int, int]) -> float:
        return top + (day_number(ymd) - day_number(axis.start)) * per_day

    bottom_of_axis = y_of(axis_end) + per_day

    def geometry(start, end, is_day):
        mark_top = y_of(start)
        if is_day:
            return mark_top, 0.0
        return mark_top, max((y_of(end) + per_day if end else bottom_of_axis) - mark_top, 2.0)

    events_laned = assign_lanes([(*geometry(s, e, day), label, date_label, target, circa)
                                  for s, e, day, label, date_label, target, circa in raw_events])
    lanes = max([lane + 1 for _, lane in events_laned] or [1])
    label_x = axis.lane_x + 10 * lanes + LEADER
    events = place_labels(events_laned, "event", lambda label, _: label, WIDTH - MARGIN - label_x, top - LINE / 2)
    reports = place_labels(assign_lanes([(*geometry(*date.span(), date.precision == "day"), label,
                                            date.format(axis.lang), target, date.circa)
                                           for date, label, target in reports_raw]),
                            "report", lambda label, date: f"{label}, {date}", axis.report_right - MARGIN, top - LINE / 2)
    return y_of, bottom_of_axis, lanes, label_x, events, reports


def with_links(timeline: Timeline, links: Links) -> Timeline:
    """The timeline with every mark's URL as seen from one page."""
    def resolve(marks: tuple[Mark, ...]) -> tuple[Mark, ...]:
        return tuple(replace(m, href=links.raw(*m.target)) for m in marks)
    return replace(timeline, events=resolve(timeline.events), reports=resolve(timeline.reports),
                   earlier=resolve(timeline.earlier))
