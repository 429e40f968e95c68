"""Session fixtures shared by all tests; helpers live in support.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import make_project, mkdocs


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The seed dossier built once with a real ``mkdocs build --strict``; returns the project folder."""
    project = make_project(tmp_path_factory.mktemp("seed") / "project")
    result = mkdocs(["build", "--strict"], project)
    assert result.returncode == 0, result.stderr
    return project
