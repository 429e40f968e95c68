"""The README's two commands are the ones CI runs; the project files a newcomer meets are there."""

import re

from support import ROOT

BUILD = "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/mkdocs build"
TEST = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest -q"


def test_readme_commands_are_the_ones_ci_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert BUILD in readme and TEST in readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert TEST in ci


def test_dependencies_are_pinned_exactly():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for name in ("mkdocs", "mkdocs-material", "PyYAML", "Jinja2", "Markdown"):
        assert re.search(rf'"{name}==\d', pyproject), name


def test_seeds_are_the_shared_articles_byte_for_byte():
    shared = ROOT.parent / "shared" / "seeds"
    if not shared.is_dir():
        return  # only beside the team's shared folder
    for path in shared.iterdir():
        assert (ROOT / "seeds" / path.name).read_bytes() == path.read_bytes()
