"""Rebuilds do the least work: unchanged input reuses the pages, one edit rewrites only its pages."""

from support import ROOT, make_project
from generator import pipeline
from generator.model.options import SiteOptions
from generator.output.manifest import MANIFEST


def test_unchanged_input_reuses_pages_and_any_change_regenerates(tmp_path):
    project = make_project(tmp_path / "p")
    docs = project / "generated"
    first = pipeline.build(project, docs)
    assert not first.reused and len(first.report.written) > 40
    again = pipeline.build(project, docs)
    assert again.reused and again.report.written == () and again.warnings == first.warnings

    events = project / "content" / "events.yml"
    events.write_text(events.read_text(encoding="utf-8").replace(
        "title: Putins Neujahrsbrief an Kim", "title: Putins Neujahrsbrief an Kim Jong-un"), encoding="utf-8")
    edited = pipeline.build(project, docs)
    assert not edited.reused
    assert set(edited.report.written) <= {
        "index.md", "chronologie/index.md", "quellenvergleich/index.md", "artikel/2025-12-neujahrsbrief.md",
        "akteure/putin.md", "akteure/kim-jong-un.md", "akteure/kcna.md", "daten/events.json", "daten/events.csv"}
    assert "chronologie/index.md" in edited.report.written and "daten/events.json" in edited.report.written


def test_tampered_or_missing_output_is_regenerated(tmp_path):
    project = make_project(tmp_path / "p")
    docs = project / "generated"
    pipeline.build(project, docs)
    (docs / "index.md").write_text("edited by hand", encoding="utf-8")
    repaired = pipeline.build(project, docs)
    assert not repaired.reused and repaired.report.written == ("index.md",)
    (docs / "artikel" / "index.md").unlink()
    assert pipeline.build(project, docs).report.written == ("artikel/index.md",)


def test_site_options_are_part_of_the_inputs(tmp_path):
    project = make_project(tmp_path / "p")
    docs = project / "generated"
    pipeline.build(project, docs)
    offline = pipeline.build(project, docs, SiteOptions(directory_urls=False))
    assert not offline.reused and "index.md" in offline.report.written
    assert (docs / MANIFEST).exists() and ROOT.exists()
