"""Render the pages: the Jinja environment with its named filters, fed with the values ``views``
gathered, one template per page kind.

Every value a template prints passes through ``escape_text`` (Jinja's ``finalize``) unless it is
markup built from already-escaped parts (``markup.highlight``, the filters below, the partials' macros).
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

import jinja2
import yaml
from markupsafe import Markup

from ..model.analysis import Analysis
from ..model.dates import DateSpec
from ..model.figures import format_value
from ..model.options import SiteOptions
from ..model.records import Corpus
from .escaping import escape_text, literal, url
from .urls import Links, absolute_url, anchor, record_page, relative_url, source_link
from .views import Views


def load_labels(language: str) -> dict:
    text = resources.files("generator.pages").joinpath(f"labels/{language}.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


# -- filters: each takes the value a template pipes into it ------------------------------------------

def format_date(spec: DateSpec | None, language: str, unknown: str) -> str:
    return spec.format(language) if spec else unknown


def block_label(block: str, names: dict) -> str:
    """A paragraph's anchor in words a reader knows: 'p3' is 'Absatz 3', 'h2' is 'Zwischentitel 2'."""
    prefix, number = re.fullmatch(r"([a-z]+)(\d+)", block).groups()
    return f"{names[prefix]} {number}"


def block_mark(block: str, names: dict) -> str:
    """The short mark beside a paragraph or in a matrix cell: the number alone for body paragraphs."""
    return block[1:] if re.fullmatch(r"p\d+", block) else block_label(block, names)


def href(value: object) -> Markup:
    return Markup(url(str(value)))


def front_matter_text(text: object) -> Markup:
    """A YAML front-matter value: a JSON string (valid YAML) of the escaped text."""
    return Markup(json.dumps(escape_text(text), ensure_ascii=False))


def front_matter_list(items) -> Markup:
    return Markup(json.dumps([escape_text(i) for i in items], ensure_ascii=False))


def environment(corpus: Corpus, analysis: Analysis, labels: dict, views: Views, options: SiteOptions) -> jinja2.Environment:
    language = corpus.dossier.language
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("generator.pages", "templates"), autoescape=True,
        finalize=literal, undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
        trim_blocks=True, lstrip_blocks=True,
    )
    env.filters.update(
        date=functools.partial(format_date, language=language, unknown=labels["unknown"]),
        num=functools.partial(format_value, lang=language), url=href,
        front_title=front_matter_text, front_list=front_matter_list,
        block_label=functools.partial(block_label, names=labels["block_names"]),
        block_mark=functools.partial(block_mark, names=labels["block_names"]),
    )
    env.globals.update(t=labels, dossier=corpus.dossier, corpus=corpus, a=analysis, lang=language,
                       outlet_label=views.outlet_label, absolute=functools.partial(absolute_url, options.site_url),
                       record_page=record_page, anchor=anchor)
    return env


def render(corpus: Corpus, analysis: Analysis, options: SiteOptions = SiteOptions()):
    """Every page as (path inside the docs folder, Markdown), produced lazily."""
    # Pages in one folder link to the same targets: compute each relative URL once per run.
    relative = functools.lru_cache(maxsize=None)(relative_url)
    source = functools.lru_cache(maxsize=None)(source_link)

    def links(page: str) -> Links:
        return Links(page, options.directory_urls, relative, source)

    labels = load_labels(corpus.dossier.language)
    views = Views(corpus, analysis, labels, links)
    env = environment(corpus, analysis, labels, views, options)
    for template, path, context in views.pages():
        yield path, env.get_template(template).render(links=links(path), page_path=path, **context)
