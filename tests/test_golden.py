"""The generated files equal the reviewed golden copy, file by file.
After an intended change: ``python tests/update_golden.py`` and review the diff."""

import pytest

from support import ROOT, tree_bytes
from update_golden import GOLDEN, SOURCES, golden_pages


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_generated_files_match_golden(name):
    expected = tree_bytes(GOLDEN / name)
    actual = golden_pages(SOURCES[name])
    assert sorted(actual) == sorted(expected), "pages added or removed: run python tests/update_golden.py"
    for rel in sorted(expected):
        assert actual[rel] == expected[rel], f"{rel} differs from tests/golden/{name}/{rel}"


def test_seed_dossier_has_every_page_kind():
    files = set(tree_bytes(GOLDEN / "seed"))
    assert {"index.md", "chronologie/index.md", "quellenvergleich/index.md", "artikel/index.md", "akteure/index.md",
            "zitate/index.md", "daten/index.md", "daten/events.json", "daten/bibliography.json"} <= files
    assert sum(1 for f in files if f.startswith("artikel/") and f != "artikel/index.md") == 5
    assert sum(1 for f in files if f.startswith("akteure/") and f != "akteure/index.md") >= 20
    assert (ROOT / "tests" / "golden").is_dir()
