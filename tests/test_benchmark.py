"""The scale benchmark stays runnable with its one documented command. Its figures are not judged
here (timings belong to benchmarks/README.md); only that each run measures what it says."""

import json
import sys

from support import ROOT, mkdocs, run

KEYS = {"n", "generator_s", "build_s", "plain_build_s", "site_bytes", "search_index_bytes", "peak_rss_mb",
        "rewritten_after_edit", "cold_no_cache_build_s", "cold_no_cache_generator_s",
        *(f"edit_{kind}_generator_s" for kind in ("article_text", "annotation", "event", "claim", "entity_alias",
                                                  "dossier_settings")),
        "edit_annotation_build_s", "edit_annotation_plain_s", "edit_article_text_build_s", "edit_article_text_plain_s"}


def test_benchmark_runs_and_keeps_a_normal_dossier(tmp_path):
    out = tmp_path / "results.json"
    result = run([sys.executable, "benchmarks/scale.py", "--sizes", "3", "--json", str(out), "--keep", str(tmp_path / "keep")],
                 ROOT)
    assert result.returncode == 0, result.stderr
    [row] = json.loads(out.read_text(encoding="utf-8"))
    assert KEYS <= set(row) and row["n"] == 3
    assert 0 < row["generator_s"] < row["build_s"]  # the hook's own time, taken from the cold build's log
    assert row["plain_build_s"] > 0 and row["peak_rss_mb"] > 0 and row["search_index_bytes"] > 0
    assert row["site_bytes"] > row["search_index_bytes"]
    # one event title edited: the event's article, the pages listing events and the two actors it names
    assert 0 < row["rewritten_after_edit"] < row["pages"]
    assert "chronologie/index.md" in row["rewritten_files"] and "artikel/artikel-00000.md" in row["rewritten_files"]
    # each kind of edit was applied and rebuilt: a note rewrites its article page alone, a text its article and more
    assert row["edit_annotation_rewritten"] == 1 and row["edit_article_text_rewritten"] >= 1
    assert all(row[f"edit_{kind}_rewritten"] >= 1 for kind in ("event", "claim", "dossier_settings"))
    assert 0 < row["edit_annotation_hook_s"] < row["edit_annotation_build_s"]
    project = tmp_path / "keep" / "n3"
    assert sorted(p.name for p in (project / "seeds").iterdir()) == [f"artikel-0000{i}.txt" for i in range(3)]
    rebuilt = mkdocs(["build", "--strict"], project)  # the kept dossier is a project like any other
    assert rebuilt.returncode == 0, rebuilt.stderr
