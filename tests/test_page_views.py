"""Templates print their page's view and nothing else: every template reads only its view, its
links and the site-wide values; every view is a frozen dataclass holding values, never the corpus,
the analysis or a whole record; and the render cache renders a page again exactly when its view
changes."""

import dataclasses
from pathlib import Path

import jinja2
import jinja2.meta
from markupsafe import Markup

from support import ROOT, make_project
from generator import pipeline
from generator.model.analysis import Analysis
from generator.model.records import Annotation, Article, Corpus, Entity, Event, Claim, Origin
from generator.model.options import SiteOptions
from generator.pages.render_cache import Deferred, RenderCache
from generator.pages.renderer import load_labels, render
from generator.pages.urls import Links
from generator.pages.views import Views

TEMPLATES = ROOT / "generator" / "pages" / "templates"
SITE_WIDE = {"page", "links", "t", "dossier", "site_address"}
# Set by the template that includes them (timeline pictures), or set inside a branch (Jinja's
# analysis reports a variable set in an {% if %} as read).
SET_BY_TEMPLATE = {"timeline", "compact", "list_marks", "before", "after", "first"}


def test_templates_read_only_their_view_and_site_wide_values():
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES))
    env.filters.update({name: (lambda value, *args: value) for name in
                        ("date", "num", "url", "front_title", "front_list", "block_label", "block_mark")})
    for template in sorted(TEMPLATES.glob("*.j2")):
        read = jinja2.meta.find_undeclared_variables(env.parse(template.read_text(encoding="utf-8")))
        assert read <= SITE_WIDE | SET_BY_TEMPLATE, (template.name, read - SITE_WIDE - SET_BY_TEMPLATE)


FORBIDDEN = (Corpus, Analysis, Article, Annotation, Entity, Event, Claim, Origin)


def _walk(value, seen_types: set, where: str, records_allowed: bool = False):
    """A view holds frozen values only; a deferred view's inputs may also hold single records (the
    values it is built from), but never the whole corpus or analysis."""
    forbidden = (Corpus, Analysis) if records_allowed else FORBIDDEN
    assert not isinstance(value, forbidden), f"{where}: a {type(value).__name__} in a view"
    if isinstance(value, (str, Markup, int, float, bool, type(None))) or (records_allowed and isinstance(value, bytes)):
        return
    seen_types.add(type(value))
    if dataclasses.is_dataclass(value):
        assert type(value).__dataclass_params__.frozen, f"{where}: {type(value).__name__} is not frozen"
        for f in dataclasses.fields(value):
            _walk(getattr(value, f.name), seen_types, f"{where}.{f.name}", records_allowed)
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(key, seen_types, where, records_allowed)
            _walk(item, seen_types, f"{where}[{key!r}]", records_allowed)
    elif isinstance(value, (tuple, list)):
        assert isinstance(value, tuple), f"{where}: a list in a view"
        for n, item in enumerate(value):
            _walk(item, seen_types, f"{where}[{n}]", records_allowed)
    else:
        raise AssertionError(f"{where}: unexpected {type(value).__name__}")


def test_every_view_is_frozen_and_holds_only_values():
    result = pipeline.check(ROOT)
    labels = load_labels(result.corpus.dossier.language)
    views = Views(result.corpus, result.analysis, labels, lambda page: Links(page))
    templates = set()
    for template, path, view in views.pages():
        templates.add(template)
        if isinstance(view, Deferred):  # built only when its page must be rendered again
            _walk(view.inputs, set(), f"{path}.inputs", records_allowed=True)
            view = view.build()
        _walk(view, set(), path)
    assert templates == {p.name for p in TEMPLATES.glob("*.md.j2") if not p.name.startswith("_")} - {"timeline_list.md.j2"}


def test_the_render_cache_renders_a_page_again_exactly_when_its_view_changes(tmp_path, monkeypatch):
    project = make_project(tmp_path / "p")
    docs = project / "generated"
    pipeline.build(project, docs)
    rendered = []
    real = RenderCache.rendered
    monkeypatch.setattr(RenderCache, "rendered", lambda self, path, *rest: rendered.append(path) or real(self, path, *rest))
    events = project / "content" / "events.yml"
    text = events.read_text(encoding="utf-8")
    events.write_text(text.replace("title: Gipfeltreffen Putin–Kim in Wladiwostok",
                                   "title: Gipfeltreffen Putin–Kim in Wladiwostok (April)", 1), encoding="utf-8")
    report = pipeline.build(project, docs).report
    written = {p for p in report.written if p.endswith(".md")}
    # a page is rendered again only if its text may change, and each page whose text changed was rendered
    assert written <= set(rendered)
    assert set(rendered) - written == set(), sorted(set(rendered) - written)
    assert "chronologie/index.md" in written and "index.md" not in rendered


def test_cached_and_uncached_rendering_give_the_same_pages(tmp_path):
    result = pipeline.check(ROOT)
    docs = tmp_path / "docs"
    fresh = dict(render(result.corpus, result.analysis, SiteOptions()))
    for path, text in fresh.items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(text, encoding="utf-8")
    cache = RenderCache(tmp_path, docs)
    assert dict(render(result.corpus, result.analysis, SiteOptions(), cache)) == fresh
    cache.save()
    kept = dict(render(result.corpus, result.analysis, SiteOptions(), RenderCache(tmp_path, docs)))
    assert {path: text.decode("utf-8") if isinstance(text, bytes) else text for path, text in kept.items()} == fresh
