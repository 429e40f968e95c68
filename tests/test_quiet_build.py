"""A normal `mkdocs build` prints only what the editor must act on: no list of generated pages left
out of the nav, no Material end-of-life banner. `--verbose` still shows both."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from support import ROOT, make_project


def _build(project: Path, *args: str) -> list[str]:
    environment = {k: v for k, v in os.environ.items() if k != "NO_MKDOCS_2_WARNING"}
    environment["PYTHONPATH"] = str(ROOT)
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", *args], cwd=project, env=environment,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]


def test_a_clean_build_prints_four_lines(tmp_path):
    project = make_project(tmp_path / "dossier")
    lines = _build(project)
    hints = [line for line in lines if "site_url is not set" in line]  # an editor's to-do, said once
    assert len(hints) <= 1
    lines = [line for line in lines if line not in hints]
    assert len(lines) == 4, lines
    assert lines[0].startswith("INFO    -  Dossier: ") and "page(s) written" in lines[0]
    assert lines[1:3] == ["INFO    -  Cleaning site directory",
                          f"INFO    -  Building documentation to directory: {project / 'site'}"]
    assert lines[3].startswith("INFO    -  Documentation built in ")


def test_verbose_shows_the_omitted_pages_and_the_banner(tmp_path):
    project = make_project(tmp_path / "dossier")
    text = "\n".join(_build(project, "--verbose"))
    assert 'not included in the "nav" configuration' in text
    assert "akteure/" in text
    assert "end of life" in text
