"""A new dossier from scratch: init → add → check → build, on texts that are not the seeds."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import jsonschema
import pytest
import yaml

from support import FIXTURES, ROOT, generator_cli, make_project, mkdocs, tree_bytes
from generator.commands.schemas import SCHEMA_DIR
from generator.exports.schemas import schema_texts

INTAKE = sorted((FIXTURES / "intake").glob("*.txt"))


def test_init_builds_an_empty_but_friendly_site(tmp_path):
    project = tmp_path / "neu"
    result = generator_cli(["init", str(project), "--title", "Wasserstreit"], tmp_path)
    assert result.returncode == 0, result.stderr
    build = mkdocs(["build", "--strict", "-f", str(project / "mkdocs.yml")], tmp_path)
    assert build.returncode == 0, build.stderr
    html = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert "Wasserstreit" in html and "noch keine Artikel" in html
    again = generator_cli(["init", str(project)], tmp_path)
    assert again.returncode == 1 and "already holds a dossier" in again.stderr


def test_round_trip_init_add_check_build(tmp_path):
    project = tmp_path / "talheim"
    assert generator_cli(["init", str(project), "--title", "Talheim"], tmp_path).returncode == 0
    articles = project / "content" / "articles.yml"
    before = articles.read_bytes()
    added = generator_cli(["add", *map(str, INTAKE), "--dossier", str(project)], tmp_path)
    assert added.returncode == 0, added.stderr
    assert added.stdout.count("added seeds/") == len(INTAKE)
    after = articles.read_bytes()
    assert after.startswith(before)  # the user's YAML is kept byte for byte
    records = {a["seed"]: a for a in yaml.safe_load(after)["articles"]}
    first = records["de_wasser_1.txt"]
    assert (first["title"], first["kicker"], first["authors"], str(first["published"]), first["language"]) == (
        "Streit um das Grundwasser in Talheim", "Umwelt", ["Petra Quell"], "2024-03-12", "de")
    assert records["de_wasser_2.txt"]["agencies"] == ["dpa"] and str(records["de_wasser_2.txt"]["published"]) == "2024-03-15"
    english = records["en_water_1.txt"]
    assert (english["language"], english["authors"], english["agencies"], str(english["published"])) == (
        "en", ["Sam Rivers"], ["Reuters"], "2024-03-14")
    assert after.decode().count("# review: added by 'python -m generator add'") == len(INTAKE)

    duplicate = generator_cli(["add", str(INTAKE[0]), "--dossier", str(project)], tmp_path)
    assert duplicate.returncode == 1
    assert f"{INTAKE[0]}: the same text is already in seeds/{INTAKE[0].name}; not added again" in duplicate.stderr
    assert articles.read_bytes() == after

    check = generator_cli(["check", "--dossier", str(project)], tmp_path)
    assert check.returncode == 0, check.stderr
    build = mkdocs(["build", "--strict", "-f", str(project / "mkdocs.yml")], tmp_path)
    assert build.returncode == 0, build.stderr
    english_page = (project / "site" / "artikel" / "2024-03-talheim-residents-fight-bottling-plant" / "index.html").read_text()
    assert "Read more" not in english_page.split('id="p1"', 1)[1].split("<details", 1)[0]
    quotes = (project / "site" / "zitate" / "index.html").read_text()
    group = quotes.split('class="dossier-quote-group"', 1)[1].split("</div>", 1)[0]
    assert "We must not sell our water" in group or "Wir dürfen unser Wasser nicht verkaufen" in group


def test_english_dossier_speaks_english(tmp_path):
    project = tmp_path / "en"
    assert generator_cli(["init", str(project), "--title", "Water dispute", "--language", "en"], tmp_path).returncode == 0
    assert generator_cli(["add", *(str(p) for p in INTAKE if p.name.startswith("en_")), "--dossier", str(project)],
                         tmp_path).returncode == 0
    assert mkdocs(["build", "--strict", "-f", str(project / "mkdocs.yml")], tmp_path).returncode == 0
    html = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in html and "Key figures" in html and "Source comparison" in html
    assert "Kennzahlen" not in html


def _schema_loader():
    class Loader(yaml.SafeLoader):
        pass
    Loader.yaml_implicit_resolvers = {k: [r for r in v if r[0] != "tag:yaml.org,2002:timestamp"]
                                      for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    return Loader


def _schema_problems(project: Path) -> list[str]:
    problems = []
    for name, text in schema_texts().items():
        path = project / "content" / name.replace(".schema.json", ".yml")
        if not path.exists():
            problems.append(f"{path.name}: missing")
            continue
        try:
            data = yaml.load(path.read_bytes().decode("utf-8"), Loader=_schema_loader())
        except (yaml.YAMLError, UnicodeDecodeError) as error:
            problems.append(f"{path.name}: {type(error).__name__}")
            continue
        validator = jsonschema.Draft202012Validator(json.loads(text))
        problems += [f"{path.name}: {e.message}" for e in validator.iter_errors(data)]
    return problems


def test_shipped_schemas_are_current_and_referenced():
    for name, text in schema_texts().items():
        assert (SCHEMA_DIR / name).read_text(encoding="utf-8") == text, "run: python -m generator schemas"
        jsonschema.Draft202012Validator.check_schema(json.loads(text))
        content = ROOT / "content" / name.replace(".schema.json", ".yml")
        assert content.read_text(encoding="utf-8").startswith(f"# yaml-language-server: $schema=../generator/schemas/{name}")


def test_schemas_accept_the_valid_dossiers():
    assert _schema_problems(ROOT) == []
    assert _schema_problems(FIXTURES / "minimal") == []


STRUCTURAL = ["unknown_key", "unknown_top_level_key", "missing_required", "missing_dossier_title", "wrong_type_list",
              "wrong_type_scalar", "wrong_type_record", "bad_enum", "bad_status", "bad_language", "bad_url",
              "id_uppercase", "id_path", "malformed_date", "bad_published_date", "bad_bool", "list_not_mapping",
              "yaml_tab", "yaml_bad_indent", "yaml_unclosed_quote", "several_problems"]  # duplicate keys: YAML-level, flagged by the editor's YAML parser itself


@pytest.mark.parametrize("scenario", sorted(p.name for p in (FIXTURES / "bad").iterdir()))
def test_schema_and_validator_agree_on_the_bad_corpus(scenario, tmp_path):
    folder = FIXTURES / "bad" / scenario
    project = make_project(tmp_path / "p", FIXTURES / "minimal", folder)
    schema_rejects = bool(_schema_problems(project))
    validator_rejects = bool((folder / "expected.txt").read_text().strip())
    if schema_rejects:
        assert validator_rejects, "the schema rejects what the validator accepts"
    if scenario in STRUCTURAL:
        assert schema_rejects, "a structural mistake the editor's schema should flag while typing"


def test_generated_markdown_renders_without_the_hook(tmp_path):
    """Another engine reads mkdocs.yml but runs no hooks: `python -m generator build` first, then render."""
    project = make_project(tmp_path / "p")
    assert generator_cli(["build", "--dossier", str(project)], project).returncode == 0
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs-nohook.yml").write_text(re.sub(r"hooks:\n  - [^\n]+\n", "", config), encoding="utf-8")
    before = tree_bytes(project / "generated")
    result = mkdocs(["build", "--strict", "-f", "mkdocs-nohook.yml"], project)
    assert result.returncode == 0, result.stderr
    assert "Dossier:" not in result.stderr  # the hook did not run
    assert tree_bytes(project / "generated") == before
    assert (project / "site" / "artikel" / "2025-12-neujahrsbrief" / "index.html").exists()


def test_build_creates_the_missing_docs_folder(tmp_path):
    """A fresh checkout has no generated/; MkDocs' config loader would refuse it."""
    project = make_project(tmp_path / "p")
    (project / "generated").rmdir()
    result = generator_cli(["build"], project)
    assert result.returncode == 0, result.stderr
    assert (project / "generated" / "artikel" / "2025-12-neujahrsbrief.md").is_file()


def test_bad_mkdocs_config_gives_one_line_not_a_silent_exit(tmp_path):
    project = make_project(tmp_path / "p")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  name: material", "  name: nosuchtheme"),
                      encoding="utf-8")
    result = generator_cli(["build"], project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "mkdocs.yml: invalid configuration: " in result.stderr
    assert "nosuchtheme" in result.stderr  # MkDocs' own explanation stays visible


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait(predicate, seconds: float = 60.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.3)
    return False


def test_serve_rebuilds_on_content_changes_and_survives_errors(tmp_path):
    project = make_project(tmp_path / "p")
    port = _free_port()
    log = tmp_path / "serve.log"
    with open(log, "w") as out:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                                  cwd=project, stdout=out, stderr=subprocess.STDOUT,
                                  env={**__import__("os").environ, "NO_MKDOCS_2_WARNING": "1"})
    url = f"http://127.0.0.1:{port}/chronologie/"

    def page() -> str:
        try:
            return urllib.request.urlopen(url, timeout=5).read().decode("utf-8")
        except OSError:
            return ""
    try:
        assert _wait(lambda: "Putins Neujahrsbrief an Kim" in page(), 120), log.read_text()
        events = project / "content" / "events.yml"
        good = events.read_text(encoding="utf-8")
        events.write_text(good.replace("title: Putins Neujahrsbrief an Kim", "title: Putins Neujahrsgruß an Kim"), encoding="utf-8")
        assert _wait(lambda: "Putins Neujahrsgruß an Kim" in page()), log.read_text()
        events.write_text(good.replace("date: 2019-04", "date: 2019-4"), encoding="utf-8")
        assert _wait(lambda: "'2019-4' is not a date" in log.read_text()), log.read_text()
        assert "Putins Neujahrsgruß an Kim" in page()  # still serving the last good pages
        assert "Traceback" not in log.read_text()
        events.write_text(good, encoding="utf-8")
        assert _wait(lambda: "Putins Neujahrsbrief an Kim" in page()), log.read_text()
    finally:
        server.terminate()
        server.wait(timeout=30)
