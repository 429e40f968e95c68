"""Every bad-input scenario in tests/fixtures/bad/ fails with exactly the reviewed messages, from
the library, the CLI and a real ``mkdocs build``; nothing the user wrote is modified."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import FIXTURES, generator_cli, make_project, mkdocs, tree_bytes
from generator import pipeline
from generator.model.problems import DossierError

SCENARIOS = sorted(p for p in (FIXTURES / "bad").iterdir() if p.is_dir())


def _expected(folder: Path) -> list[str]:
    return (folder / "expected.txt").read_text(encoding="utf-8").splitlines()


def test_corpus_is_large_enough():
    assert len(SCENARIOS) >= 40
    assert sum(1 for s in SCENARIOS if _expected(s)) >= 40


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda p: p.name)
def test_library_reports_exact_problems(scenario, tmp_path):
    project = make_project(tmp_path / "p", FIXTURES / "minimal", scenario)
    expected = _expected(scenario)
    if not expected:
        pipeline.check(project)  # accepted input
        return
    with pytest.raises(DossierError) as error:
        pipeline.check(project)
    assert [str(p) for p in error.value.problems] == expected


@pytest.mark.parametrize("scenario", [s for s in SCENARIOS if _expected(s)], ids=lambda p: p.name)
def test_cli_exits_nonzero_with_one_line_per_problem(scenario, tmp_path):
    project = make_project(tmp_path / "p", FIXTURES / "minimal", scenario)
    before = tree_bytes(project)
    result = generator_cli(["check", "--dossier", str(project)], project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[:-1] == _expected(scenario)
    assert lines[-1].endswith("problem(s); nothing was written")
    assert tree_bytes(project) == before


def test_mkdocs_build_fails_cleanly_and_keeps_the_last_site(tmp_path):
    """A failing build (here with several problems) leaves site/ and the user's files as they were."""
    project = make_project(tmp_path / "p", FIXTURES / "minimal")
    assert mkdocs(["build", "--strict"], project).returncode == 0
    site_before = tree_bytes(project / "site")
    for scenario in SCENARIOS:
        expected = _expected(scenario)
        if not expected or scenario.name in ("no_content_folder",):
            continue
        broken = make_project(tmp_path / scenario.name, FIXTURES / "minimal", scenario)
        (broken / "site").mkdir()
        for rel, data in site_before.items():
            (broken / "site" / rel).parent.mkdir(parents=True, exist_ok=True)
            (broken / "site" / rel).write_bytes(data)
        inputs = {k: v for k, v in tree_bytes(broken).items() if k.startswith(("content/", "seeds/"))}
        result = mkdocs(["build", "--strict"], broken)
        assert result.returncode != 0, scenario.name
        assert "Traceback" not in result.stderr, scenario.name
        for line in expected:
            assert line in result.stderr, (scenario.name, line)
        assert tree_bytes(broken / "site") == site_before, scenario.name
        assert {k: v for k, v in tree_bytes(broken).items() if k.startswith(("content/", "seeds/"))} == inputs


def test_oversized_seed_is_refused_in_bounded_memory(tmp_path):
    project = make_project(tmp_path / "p", FIXTURES / "minimal")
    with open(project / "seeds" / "beta.txt", "wb") as handle:
        line = ("Ein langer Satz über Gaspreise in Musterstadt. " * 20 + "\n").encode()
        for _ in range(50_000_000 // len(line) + 1):
            handle.write(line)
    with pytest.raises(DossierError) as error:
        pipeline.check(project)
    [problem] = error.value.problems
    assert str(problem).startswith("content/articles.yml:14: seed file 'seeds/beta.txt' is 50,")
    assert str(problem).endswith("bytes; the limit is 5,000,000")
