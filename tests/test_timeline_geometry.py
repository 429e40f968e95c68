"""The timeline's geometry without a browser: where the axis starts, how same-day events stack, and that
labels are wrapped, never cut. tests/browser/test_timeline_in_browser.py measures the drawn result."""

from collections import Counter

from support import FIXTURES, ROOT
from generator import pipeline
from generator.pages.timeline import CHAR_WIDTH, LINE, MARGIN
from generator.pages.views import Views


class _Links:
    def to(self, page, fragment=""):
        return page + ("#" + fragment if fragment else "")

    raw = to  # the timeline's SVG links


def _timeline(source):
    """The pages and the timeline's geometry as the pages got it."""
    pages, result = pipeline.generate(source)
    labels = {"report_track": "Berichte", "event_track": "Ereignisse", "earlier": "Vorgeschichte"}
    return pages, result, Views(result.corpus, result.analysis, labels, lambda page: _Links()).timeline("chronologie/")


def test_axis_starts_with_the_first_mark_not_on_new_year():
    _, result, timeline = _timeline(ROOT)
    first = min(timeline.events + timeline.reports, key=lambda m: m.y)
    assert first.y == timeline.axis_top  # the seed's first event (February 2022) sits at the top: no empty January
    assert timeline.ticks[0].label == "2022" and timeline.ticks[0].y == timeline.axis_top
    last = max(m.y + m.height for m in timeline.events + timeline.reports)
    assert timeline.axis_bottom - last < 1.0


def test_same_day_events_stack_in_lanes_and_labels_in_order():
    _, _, timeline = _timeline(FIXTURES / "timeline_busy")
    same_day = Counter(m.y for m in timeline.events if m.height == 0)
    assert max(same_day.values()) == 4
    for y, count in same_day.items():
        lanes = [m.lane for m in timeline.events if m.y == y and m.height == 0]
        assert len(set(lanes)) == count, f"points on one day share a lane at y={y}"
    tops = [(m.label_y, m.label_y + LINE * len(m.lines)) for m in timeline.events]
    for (_, end), (start, _) in zip(tops, tops[1:]):
        assert start >= end, "labels overlap"


def test_long_labels_wrap_to_their_column_and_keep_every_word():
    pages, _, timeline = _timeline(FIXTURES / "timeline_busy")
    columns = {"event": timeline.width - MARGIN - timeline.label_x, "report": timeline.report_label_x - MARGIN}
    wrapped = 0
    for mark in timeline.events + timeline.reports:
        assert all(len(line.text) * CHAR_WIDTH <= columns[mark.kind] for line in mark.lines)
        shown = " ".join(line.text for line in mark.lines)
        assert shown.replace(" ", "") == (mark.label if mark.kind == "event" else f"{mark.label}, {mark.date_label}").replace(" ", "")
        wrapped += len(mark.lines) > 1
    assert wrapped >= 10
    assert "…" not in pages["chronologie/index.md"].split("<svg", 1)[1].split("</svg>", 1)[0]
