"""`init` writes its explanations in the dossier's language: a German dossier gets German comments."""

import re

import pytest

from generator.commands.init import init_project

PROSE = re.compile(r"^# (?!yaml-language-server)(?!\s*-?\s*[a-z_]+:)(.+)$", re.M)  # comment prose, not commented-out keys


def _prose(project) -> dict[str, list[str]]:
    files = sorted(project.glob("content/*.yml")) + [project / "mkdocs.yml"]
    return {f.name: PROSE.findall(f.read_text(encoding="utf-8")) for f in files}


@pytest.fixture
def both(tmp_path):
    init_project(tmp_path / "de", "Werksschließungen", "de")
    init_project(tmp_path / "en", "Plant closures", "en")
    return _prose(tmp_path / "de"), _prose(tmp_path / "en")


def test_every_file_explains_itself_in_the_dossiers_language(both):
    german, english = both
    assert set(german) == set(english) and all(german.values())
    for name in german:
        assert not set(german[name]) & set(english[name]), name  # no explanation left in English
    words = " ".join(line for lines in german.values() for line in lines)
    assert all(w in words for w in ("Artikel", "Wortlaut", "Medien", "Akteure", "bearbeitet"))


def test_the_commented_examples_are_in_the_dossiers_language(tmp_path):
    init_project(tmp_path / "de", "Werksschließungen", "de")
    articles = (tmp_path / "de" / "content" / "articles.yml").read_text(encoding="utf-8")
    assert "#      - quote: genauer Wortlaut aus dem Artikel" in articles and "exact words" not in articles
