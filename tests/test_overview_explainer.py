"""The overview explains the story before it counts it: what is established, what is disputed (with
the disagreeing figures side by side), and a small timeline on the story's own period with month labels."""

import re

from support import ROOT
from generator import pipeline
from generator.model.dates import parse_date
from generator.pages.timeline import build_compact_timeline
from generator.pages.urls import Links, relative_url


def _overview() -> str:
    pages, _ = pipeline.generate(ROOT)
    return pages["index.md"]


def _section(page: str, heading: str) -> str:
    return page.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]


def test_established_and_disputed_come_before_the_counts():
    page = _overview()
    assert page.index("## Was feststeht") < page.index("## Was umstritten ist") < page.index("## Kennzahlen")
    established = _section(page, "Was feststeht")
    assert "Nordkorea hat Donezk und Luhansk als unabhängige Staaten anerkannt" in established
    assert "umstritten" not in established
    disputed = _section(page, "Was umstritten ist")
    assert "Wie viele nordkoreanische Soldaten Russland erhalten hat" in disputed
    assert "Nordkorea hat Donezk" not in disputed


def test_disagreeing_figures_stand_side_by_side_with_their_outlets():
    sides = _section(_overview(), "Was umstritten ist").split('<div class="dossier-figure-sides" markdown>', 1)[1].split("</div>", 1)[0]
    values = re.findall(r"<li markdown><strong>([^<]+)</strong>", sides)
    assert values == ["100.000 Soldaten", "über 10.000 Soldaten"]
    assert "Nicht genanntes Portal A" in sides and "Nicht genanntes Schweizer Newsportal" in sides


def _compact(period: str, lang: str = "de"):
    result = pipeline.check(ROOT)
    return build_compact_timeline(result.analysis.chronology, parse_date(period), lang,
                                  Links("index.md", True, relative_url))


def test_compact_timeline_of_a_short_story_labels_its_months():
    compact = _compact("2024-04/2024-07")
    assert [label for _, label in compact.ticks] == ["Apr 2024", "Mai", "Jun", "Jul"]
    assert compact.marks and all(0 <= m.x <= 1 for m in compact.marks)
    assert compact.left_out == 21 - len(compact.marks)


def test_compact_timeline_on_the_overview_spans_the_dossiers_period():
    page = _overview()
    labels = re.findall(r'class="tl-year">([^<]+)<', _section(page, "Zeitleiste"))
    assert labels == ["Aug 2022", "2023", "2024", "2025"]
