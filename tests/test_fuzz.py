"""Property-based fuzzing: the YAML loader and the whole check raise nothing but DossierError."""

from __future__ import annotations

import shutil

import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from support import FIXTURES
from generator import pipeline
from generator.errors import DossierError, ProblemLog
from generator.loading import read_yaml

SETTINGS = settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=False),
                    st.text(max_size=40), st.sampled_from(["2022-08", "2022-13", "~2019", "alpha", "beta", "tagblatt"]))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.dictionaries(st.sampled_from(["id", "title", "date", "sources", "article", "quote", "aliases", "kind",
                                     "name", "x", "annotations", "figure", "reports"]), inner, max_size=5)),
    max_leaves=25)


@SETTINGS
@given(st.text(max_size=300))
def test_loader_never_raises_on_any_text(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("y") / "f.yml"
    path.write_text(text, encoding="utf-8")
    log = ProblemLog()
    node = read_yaml(path, "content/f.yml", log)
    assert node is not None or log.problems


@SETTINGS
@given(st.binary(max_size=200))
def test_loader_never_raises_on_any_bytes(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("y") / "f.yml"
    path.write_bytes(data)
    log = ProblemLog()
    read_yaml(path, "content/f.yml", log)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["events.yml", "articles.yml", "claims.yml", "entities.yml", "outlets.yml", "dossier.yml"]),
       st.one_of(values, st.dictionaries(st.sampled_from(["events", "articles", "claims", "entities", "outlets"]),
                                         st.lists(values, max_size=3), max_size=2)))
def test_check_raises_only_dossier_errors(tmp_path_factory, name, document):
    project = tmp_path_factory.mktemp("d") / "p"
    shutil.copytree(FIXTURES / "minimal", project)
    (project / "content" / name).write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    try:
        pipeline.check(project)
    except DossierError as error:
        assert error.problems and all(p.file.startswith(("content/", "seeds/")) for p in error.problems)
