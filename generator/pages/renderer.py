"""Render the pages: the Jinja environment with its named filters, fed with the view ``views``
gathered for each page, one template per page kind.

A template reads its view (``page``), the page's ``links``, and the site-wide globals
below (labels ``t``, the ``dossier`` record, the site's address ``site_address``); nothing else, so a
page's view and those values together decide its text (see render_cache.py).

Every value a template prints passes through ``escape_text`` (Jinja's ``finalize``) unless it is
markup built from already-escaped parts (``markup.highlight``, the filters below, the partials' macros).
It is escaped once: Jinja's own autoescape call, which would only find ``finalize``'s result already
safe, is left out of the compiled templates (``_EscapeOnce``).
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

import jinja2
import jinja2.compiler
import yaml
from markupsafe import Markup

from ..model.analysis import Analysis
from ..model.dates import DateSpec
from ..model.digests import digest
from ..model.figures import format_value
from ..model.options import SiteOptions
from ..model.records import Corpus
from ..model.version import generator_version
from .escaping import escape_text, url
from .render_cache import Deferred, RenderCache
from .urls import PAGES, Links, absolute_url, relative_url, source_link
from .views import Views


def load_labels(language: str) -> dict:
    text = resources.files("generator.pages").joinpath(f"labels/{language}.yml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


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


class _EscapeOnce(jinja2.compiler.CodeGenerator):
    """Prints ``finalize(value)`` where Jinja prints ``escape(finalize(value))``: ``escape_text``
    already made the value safe for both Markdown and HTML (and passes markup through), so the
    second call only cost time (it was about 385,000 calls at N = 1,000)."""

    def _output_child_pre(self, node, frame, finalize) -> None:
        if frame.eval_ctx.autoescape and not frame.eval_ctx.volatile and finalize.src is not None:
            self.write(finalize.src)
        else:
            super()._output_child_pre(node, frame, finalize)

    def _output_child_post(self, node, frame, finalize) -> None:
        if frame.eval_ctx.autoescape and not frame.eval_ctx.volatile and finalize.src is not None:
            self.write(")")
        else:
            super()._output_child_post(node, frame, finalize)


class _Environment(jinja2.Environment):
    code_generator_class = _EscapeOnce


class _CompiledTemplates(jinja2.BytecodeCache):
    """Templates compiled once per process, not once per build (Jinja keys each on its name and
    the checksum of its source, so an edited template is compiled again)."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


_COMPILED = _CompiledTemplates()


def environment(corpus: Corpus, labels: dict, options: SiteOptions) -> jinja2.Environment:
    language = corpus.dossier.language
    env = _Environment(
        loader=jinja2.PackageLoader("generator.pages", "templates"), autoescape=True,
        finalize=escape_text, undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
        trim_blocks=True, lstrip_blocks=True, bytecode_cache=_COMPILED,
    )
    env.filters.update(
        date=functools.partial(format_date, language=language, unknown=labels["unknown"]),
        num=functools.partial(format_value, lang=language), url=href,
        front_title=front_matter_text, front_list=front_matter_list,
        block_label=functools.partial(block_label, names=labels["block_names"]),
        block_mark=functools.partial(block_mark, names=labels["block_names"]),
    )
    env.globals.update(t=labels, dossier=corpus.dossier, site_address=absolute_url(options.site_url, PAGES["overview"]))
    return env


def render(corpus: Corpus, analysis: Analysis, options: SiteOptions = SiteOptions(), cache: RenderCache | None = None):
    """Every page as (path inside the docs folder, Markdown), produced lazily; with a ``cache``, a page
    whose view and site-wide values are unchanged since the last build comes back as the bytes that
    build wrote."""
    # Pages in one folder link to the same targets: compute each relative URL once per run.
    relative = functools.lru_cache(maxsize=None)(relative_url)
    source = functools.lru_cache(maxsize=None)(source_link)

    def links(page: str) -> Links:
        return Links(page, options.directory_urls, relative, source)

    labels = load_labels(corpus.dossier.language)
    views = Views(corpus, analysis, labels, links, options.site_url)
    env = environment(corpus, labels, options)
    # what every page may print besides its view: the labels and the templates (both part of the
    # generator's version), the options, the dossier's record
    site = digest((generator_version(), options, corpus.dossier))
    for template, path, view in views.pages():
        inputs = None
        if isinstance(view, Deferred):
            if cache is not None:
                inputs = digest((site, template, path, view.inputs))
                kept = cache.kept_by_inputs(path, inputs)
                if kept is not None:
                    yield path, kept
                    continue
            view = view.build()
        if cache is not None:
            key = digest((site, template, path, view))
            kept = cache.kept(path, key, inputs)
            if kept is not None:
                yield path, kept
                continue
        text = env.get_template(template).render(page=view, links=links(path))
        if cache is not None:
            cache.rendered(path, key, text, inputs)
        yield path, text
