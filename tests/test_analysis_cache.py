"""The analysis cache changes nothing but the time: after every kind of edit, a build that reads from
the cache writes the same bytes as one that reads every article again; a damaged cache is read again,
never trusted; parallel reading gives what serial reading gives."""

import pytest

from support import make_project, tree_bytes
from generator import pipeline
from generator.analysis import reading
from generator.analysis.reading_cache import CACHE_FOLDER, NO_CACHE_VARIABLE


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path.name}: {old!r} not found"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _entries(project):
    folder = project / CACHE_FOLDER / "readings"
    return {p.name: p.read_bytes() for p in folder.iterdir()} if folder.is_dir() else {}


def _same_as_uncached(project):
    """Markdown in memory and the docs folder an incremental build leaves (pages kept from the last
    build where their inputs are unchanged) equal what a build without any cache writes."""
    cached, cached_result = pipeline.generate(project)
    fresh, fresh_result = pipeline.generate(project, use_cache=False)
    assert sorted(cached) == sorted(fresh)
    assert [path for path in fresh if cached[path] != fresh[path]] == []
    assert cached_result.warnings == fresh_result.warnings
    pipeline.build(project, project / "generated")
    pipeline.build(project, project / "fresh", use_cache=False)
    kept, rendered = tree_bytes(project / "generated"), tree_bytes(project / "fresh")
    assert sorted(kept) == sorted(rendered)
    assert [path for path in rendered if kept[path] != rendered[path]] == []


# (file, old, new, how many articles must be read again)
EDITS = {
    "article_text": ("seeds/001_7c1a85242523c10d.txt", "Kim", "Kim Jong-un", 1),
    "annotation": ("content/articles.yml", "Tippfehler im Original", "Schreibfehler im Original", 0),
    "annotation_quote": ("content/articles.yml", "- quote: asuzubauen", "- quote: Kim habe Moskau bereits", 0),
    "event": ("content/events.yml", "title: Gipfeltreffen Putin–Kim in Wladiwostok",
              "title: Gipfeltreffen Putin–Kim in Wladiwostok (April)", 0),
    "claim": ("content/claims.yml", "statement: Wie viele nordkoreanische Soldaten Russland erhalten hat",
              "statement: Wie viele Soldaten Nordkorea geschickt hat", 0),
    "entity_alias": ("content/entities.yml", "aliases: [Kim Jong Un,", "aliases: [Genosse Kim, Kim Jong Un,", None),
    "article_record": ("content/articles.yml", "photo_credits: [picture alliance, Newscom, KCNA]",
                       "photo_credits: [picture alliance, KCNA]", 1),
    "article_title": ("content/articles.yml", "title: \"Unheilige Allianz: Liefert Putin Waffen an Nordkorea?\"",
                      "title: \"Unheilige Allianz: Liefert Putin Waffen?\"", 1),
    "outlet_label": ("content/outlets.yml", "label: Nicht genanntes Portal A", "label: Ungenanntes Portal A", 0),
    "dossier_settings": ("content/dossier.yml", "title: Russland und Nordkorea", "title: Russland und Nordkorea 2022–2025", 0),
    "dossier_language": ("content/dossier.yml", "language: de", "language: en", None),
}


@pytest.mark.parametrize("kind", EDITS)
def test_a_build_from_the_cache_equals_one_without_after_each_kind_of_edit(kind, tmp_path, monkeypatch):
    project = make_project(tmp_path / "p")
    _same_as_uncached(project)
    before = _entries(project)
    assert len(before) == 5  # one reading per article of the seed dossier
    rel, old, new, read_again = EDITS[kind]
    _edit(project / rel, old, new)
    read = []
    real_read = reading.read_article
    monkeypatch.setattr(reading, "read_article", lambda article, *rest: read.append(article.id) or real_read(article, *rest))
    pipeline.generate(project)
    monkeypatch.undo()
    _same_as_uncached(project)
    after = _entries(project)
    assert len(after) == 5  # readings of the old text are removed
    if read_again is not None:
        assert len(read) == read_again and len(set(after) - set(before)) == read_again
    else:  # the actors or the language change every article's reading
        assert len(read) == 5 and not set(after) & set(before)


def test_a_damaged_cache_is_read_again_and_repaired(tmp_path):
    project = make_project(tmp_path / "p")
    expected, _ = pipeline.generate(project, use_cache=False)
    pipeline.generate(project)
    good = _entries(project)
    folder = project / CACHE_FOLDER / "readings"
    names = sorted(good)
    (folder / names[0]).write_bytes(good[names[0]][: len(good[names[0]]) // 2])  # truncated
    flipped = bytearray(good[names[1]])
    flipped[-10] ^= 0xFF  # one byte changed: the checksum no longer matches
    (folder / names[1]).write_bytes(bytes(flipped))
    (folder / names[2]).write_bytes(b"not a cache entry")
    (folder / names[3]).write_bytes(good[names[4]])  # a valid entry under another article's key
    pages, _ = pipeline.generate(project)
    assert [path for path in expected if pages[path] != expected[path]] == []
    assert _entries(project) == good  # every damaged entry was written again


def test_no_cache_neither_reads_nor_writes_the_cache(tmp_path, monkeypatch):
    project = make_project(tmp_path / "p")
    pipeline.generate(project, use_cache=False)
    assert not (project / CACHE_FOLDER).exists()
    monkeypatch.setenv(NO_CACHE_VARIABLE, "1")
    pipeline.build(project, project / "generated")
    assert not (project / CACHE_FOLDER).exists()


def test_parallel_reading_is_byte_identical_to_serial(tmp_path, monkeypatch):
    project = make_project(tmp_path / "p")
    serial, serial_result = pipeline.generate(project, use_cache=False)
    monkeypatch.setattr(reading, "PARALLEL_FROM", 2)
    assert reading.worker_count(5) > 1 or reading.os.cpu_count() == 1
    parallel, parallel_result = pipeline.generate(project, use_cache=False)
    assert [path for path in serial if parallel[path] != serial[path]] == [] and sorted(parallel) == sorted(serial)
    assert parallel_result.warnings == serial_result.warnings


def test_an_annotation_edit_renders_only_the_pages_that_show_it(tmp_path, monkeypatch):
    from generator.pages.render_cache import RenderCache

    project = make_project(tmp_path / "p")
    pipeline.build(project, project / "generated")
    rendered = []
    real = RenderCache.rendered
    monkeypatch.setattr(RenderCache, "rendered", lambda self, path, *rest: rendered.append(path) or real(self, path, *rest))
    _edit(project / "content/articles.yml", "Tippfehler im Original", "Schreibfehler im Original")
    report = pipeline.build(project, project / "generated").report
    assert report.written == ("artikel/2022-08-brief-zum-befreiungstag.md",)
    assert "artikel/2022-08-brief-zum-befreiungstag.md" in rendered
    assert len(rendered) <= 3, rendered  # of 38 pages: the article and at most the pages quoting it


def test_a_long_running_process_takes_unchanged_readings_from_memory(tmp_path, monkeypatch):
    """`mkdocs serve` and `build --watch` build again and again in one process: the readings it wrote
    or read last time are not unpickled again while their files are unchanged, and a file changed
    behind its back is read (and repaired) from disk."""
    from generator.analysis import reading_cache

    project = make_project(tmp_path / "p")
    expected, _ = pipeline.generate(project, use_cache=False)
    pipeline.generate(project)
    loaded = []
    real = reading_cache._read_entry
    monkeypatch.setattr(reading_cache, "_read_entry", lambda path, key: loaded.append(path.name) or real(path, key))
    _edit(project / "content/articles.yml", "Tippfehler im Original", "Schreibfehler im Original")
    pages, _ = pipeline.generate(project)
    assert loaded == []
    good = _entries(project)
    damaged = sorted(good)[0]
    (project / CACHE_FOLDER / "readings" / damaged).write_bytes(b"x" + good[damaged][1:])
    pages, _ = pipeline.generate(project)
    assert loaded == [damaged] and _entries(project) == good
    assert [path for path in expected if path != "artikel/2022-08-brief-zum-befreiungstag.md"
            and pages[path] != expected[path]] == []


@pytest.mark.parametrize("command", ["build", "serve"])
def test_a_one_shot_build_hands_back_what_only_a_next_build_would_use(command, tmp_path, monkeypatch):
    """The hook of `mkdocs build` empties the process's keepers (readings, parsed YAML, downloads)
    before MkDocs renders the pages; `mkdocs serve` keeps them for its next build."""
    from types import SimpleNamespace

    from generator import hook
    from generator.analysis import reading_cache

    project = make_project(tmp_path / "p")
    monkeypatch.setitem(hook._command, "name", command)
    config = SimpleNamespace(config_file_path=str(project / "mkdocs.yml"), docs_dir=str(project / "generated"),
                             site_url="", use_directory_urls=True,
                             validation=SimpleNamespace(nav=SimpleNamespace(omitted_files=20)))
    hook.on_pre_build(config)
    assert (len(reading_cache._IN_MEMORY) >= 5) == (command == "serve")
