"""The overview page: who its main actors are."""

import re

from support import FIXTURES, ROOT
from generator import pipeline


def _main_actors(source) -> list[str]:
    pages, _ = pipeline.generate(source)
    section = pages["index.md"].split("## Wichtigste Akteure", 1)[1].split("</ul>", 1)[0]
    return re.findall(r'\]\(akteure/([^/")]+)\.md\)', section)


def test_organisations_that_are_also_sources_are_main_actors():
    # both organisations of the minimal dossier carry source_kind: other
    assert _main_actors(FIXTURES / "minimal") == ["stadtwerke", "eva-muster", "verbraucherzentrale"]


def test_media_cited_as_sources_are_not_main_actors():
    actors = _main_actors(ROOT)
    assert "usa" in actors  # a state that is also cited as a source (its government) still acts
    assert not {"kcna", "rodong-sinmun", "dpa"} & set(actors)
