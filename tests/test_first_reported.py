"""'Zuerst berichtet' only names a winner the dates can prove: a publication time orders same-day
reports; without times, same-day reports are a tie, never broken by article id."""

import re

import pytest

from support import FIXTURES, make_project
from generator import pipeline
from generator.model.dates import DateSyntaxError, parse_date


def _first_reported(tmp_path, alpha: str, beta: str) -> str:
    project = make_project(tmp_path / "p", FIXTURES / "minimal")
    articles = project / "content" / "articles.yml"
    text = articles.read_text(encoding="utf-8")
    text = text.replace("published: 2024-02-12", f"published: {alpha}").replace("published: ~2024-02", f"published: {beta}")
    articles.write_text(text, encoding="utf-8")
    pages, _ = pipeline.generate(project)
    line = re.search(r'<p class="dossier-reported">(.*?)</p>', pages["chronologie/index.md"]).group(1)
    return re.sub(r"<[^>]+>", "", line)


def test_same_day_reports_without_times_are_a_tie(tmp_path):
    assert _first_reported(tmp_path, "2024-02-12", "2024-02-12") == \
        "Zuerst berichtet: 12. Februar 2024, am selben Tag: Musterstädter Tagblatt, Nicht genannter Anzeiger"


def test_a_publication_time_decides_between_same_day_reports(tmp_path):
    assert _first_reported(tmp_path, "2024-02-12T14:12+01:00", "2024-02-12T09:30+01:00") == \
        "Zuerst berichtet: 12. Februar 2024, 09:30 Uhr – Nicht genannter Anzeiger; Berichtet in 2 Artikel"


def test_times_in_different_zones_compare_as_instants(tmp_path):
    # 14:00 in Berlin (13:00 UTC) is before 13:30 in London (13:30 UTC)
    assert "– Musterstädter Tagblatt" in _first_reported(tmp_path, "2024-02-12T14:00+01:00", "2024-02-12T13:30+00:00")


def test_a_report_without_a_time_ties_with_a_timed_one_on_its_day(tmp_path):
    assert "am selben Tag: Nicht genannter Anzeiger, Musterstädter Tagblatt" in \
        _first_reported(tmp_path, "2024-02-12T14:12", "2024-02-12")


def test_a_month_overlapping_a_day_is_level_not_a_winner(tmp_path):
    assert "gleichauf (kein genaueres Datum): Nicht genannter Anzeiger, Musterstädter Tagblatt" in \
        _first_reported(tmp_path, "2024-02-12", "~2024-02")


def test_an_earlier_day_still_wins(tmp_path):
    assert _first_reported(tmp_path, "2024-02-11", "2024-02-12T08:00").startswith(
        "Zuerst berichtet: 11. Februar 2024 – Musterstädter Tagblatt")


@pytest.mark.parametrize("text", ["2024-02-12T25:00", "2024-02T14:00", "2024-02-12Tmorgens"])
def test_an_unreadable_time_is_an_editor_error(text):
    with pytest.raises(DateSyntaxError, match="no time of day that can be read"):
        parse_date(text)
