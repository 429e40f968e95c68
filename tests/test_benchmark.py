"""The scale benchmark stays runnable with its one documented command. Its figures are not judged
here (timings belong to benchmarks/README.md); only that each run measures what it says."""

import json
import sys

from support import ROOT, mkdocs, run

KEYS = {"n", "generator_s", "build_s", "plain_build_s", "site_bytes", "search_index_bytes", "peak_rss_mb",
        "rewritten_after_edit"}


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
    project = tmp_path / "keep" / "n3"
    assert sorted(p.name for p in (project / "seeds").iterdir()) == [f"artikel-0000{i}.txt" for i in range(3)]
    rebuilt = mkdocs(["build", "--strict"], project)  # the kept dossier is a project like any other
    assert rebuilt.returncode == 0, rebuilt.stderr
