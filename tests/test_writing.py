import json

from generator.output.manifest import MANIFEST
from generator.output.writing import write_pages


def test_writes_only_changes_and_removes_only_its_own_files(tmp_path):
    docs = tmp_path / "generated"
    first = write_pages(docs, {"index.md": "a", "artikel/x.md": "b", "daten/x.json": b"{}"})
    assert sorted(first.written) == ["artikel/x.md", "daten/x.json", "index.md"]
    (docs / "notes.md").write_text("the user's own file")
    stamp = (docs / "index.md").stat().st_mtime_ns
    second = write_pages(docs, {"index.md": "a", "artikel/y.md": "c"})
    assert second.written == ("artikel/y.md",) and second.unchanged == 1
    assert sorted(second.removed) == ["artikel/x.md", "daten/x.json"]
    assert (docs / "index.md").stat().st_mtime_ns == stamp
    assert (docs / "notes.md").read_text() == "the user's own file"
    assert not (docs / "daten").exists()
    assert json.loads((docs / MANIFEST).read_text())["files"] == {"artikel/y.md": 1, "index.md": 1}


def test_refuses_paths_outside_the_docs_folder(tmp_path):
    from generator.model.problems import DossierError
    import pytest
    with pytest.raises(DossierError):
        write_pages(tmp_path / "generated", {"../escape.md": "x"})
    assert not (tmp_path / "escape.md").exists()


def test_two_pages_may_not_share_a_path(tmp_path):
    from generator.model.problems import DossierError
    import pytest
    with pytest.raises(DossierError) as error:
        write_pages(tmp_path / "generated", iter([("a.md", "x"), ("a.md", "y")]))
    assert str(error.value) == "a.md: two generated pages share this path"
