"""The generator, top to bottom: load and validate (intake) → analyse → render pages, downloads and assets → write.

Each stage takes and returns plain typed objects; problems from every stage are collected in one
log and raised once, as one ``DossierError``, before anything is written.
"""

from __future__ import annotations

import contextlib
import functools
import gc
from dataclasses import dataclass
from pathlib import Path

from .analysis.reading_cache import ReadingCache, cache_disabled
from .analysis.stage import analyse
from .commands.suggest import review_warnings
from .exports.data_files import downloads
from .intake.corpus import load_corpus
from .model.analysis import Analysis
from .model.memory import forget
from .model.options import SiteOptions
from .model.problems import Problem, ProblemLog
from .model.records import Corpus
from .output.assets import static_files
from .output.manifest import input_fingerprint, manifest_files, reusable
from .output.writing import WriteReport, write_pages
from .pages.render_cache import RenderCache
from .pages.renderer import render
from .pages.urls import DATA_FOLDER


def _without_cycle_collection(stage):
    """Run ``stage`` with Python's cycle collector paused (reference counting still frees what the
    stage drops). A build makes millions of objects that live until it ends and hold no cycles; the
    collector would walk them again and again (at N = 1,000, half the time of a rebuild after an
    annotation edit). It resumes afterwards and collects any cycle then."""
    @functools.wraps(stage)
    def paused(*args, **kwargs):
        with contextlib.ExitStack() as stack:
            if gc.isenabled():
                gc.disable()
                stack.callback(gc.enable)
            return stage(*args, **kwargs)
    return paused


@dataclass(frozen=True)
class CheckResult:
    corpus: Corpus
    analysis: Analysis
    warnings: tuple[Problem, ...]


@_without_cycle_collection
def check(root: Path, use_cache: bool = True) -> CheckResult:
    """Validate and analyse; raises DossierError with every problem found. Each article's reading
    comes from the project's analysis cache where its inputs are unchanged, unless ``use_cache`` is
    False or DOSSIER_NO_CACHE is set; then nothing a long-running process kept from its last build
    is used either, so that a build without the cache really starts from the files."""
    use_cache = use_cache and not cache_disabled()
    if not use_cache:
        forget()
    log = ProblemLog()
    corpus = load_corpus(Path(root), log)
    log.raise_if_any()
    assert corpus is not None  # load_corpus logs a problem whenever it returns None
    cache = ReadingCache(Path(root)) if use_cache else None
    analysis = analyse(corpus, log, cache)
    review_warnings(Path(root), log)
    log.raise_if_any()
    if cache:
        cache.save()
    return CheckResult(corpus, analysis, tuple(sorted(set(log.warnings))))


def site_files(result: CheckResult, options: SiteOptions, cache: RenderCache | None = None):
    """Every generated file as (path inside the docs folder, content): pages, downloads, assets."""
    yield from render(result.corpus, result.analysis, options, cache)
    yield from downloads(result.corpus, result.analysis, DATA_FOLDER)
    yield from static_files()


@_without_cycle_collection
def generate(root: Path, options: SiteOptions = SiteOptions(),
             use_cache: bool = True) -> tuple[dict[str, str | bytes], CheckResult]:
    """All pages in memory, keyed by path (for tests and tools; ``build`` streams them to disk)."""
    result = check(root, use_cache)
    return dict(site_files(result, options)), result


@dataclass(frozen=True)
class BuildResult:
    report: WriteReport
    warnings: tuple[Problem, ...]
    reused: bool  # the inputs had not changed since the last build: nothing was regenerated


@_without_cycle_collection
def build(root: Path, docs_dir: Path, options: SiteOptions = SiteOptions(), use_cache: bool = True) -> BuildResult:
    """Generate and write the pages; skipped when nothing they depend on changed since the last build
    (without the cache, everything is read and rendered again)."""
    root, docs_dir = Path(root), Path(docs_dir)
    use_cache = use_cache and not cache_disabled()
    fingerprint = input_fingerprint(root, options)
    warnings = reusable(docs_dir, fingerprint) if use_cache else None
    if warnings is not None:
        return BuildResult(WriteReport((), len(manifest_files(docs_dir)), ()), tuple(warnings), True)
    result = check(root, use_cache)
    pages = RenderCache(root, docs_dir) if use_cache else None
    report = write_pages(docs_dir, site_files(result, options, pages), fingerprint, result.warnings)
    if pages:
        pages.save()
    return BuildResult(report, result.warnings, False)
