"""MkDocs hook: regenerate the dossier's Markdown before every build, watch its sources in serve.

Thin on purpose: it only finds the project, calls the pipeline and translates its one error type
into MkDocs' PluginError. It runs in ``on_pre_build``, before MkDocs cleans ``site/``, so a
dossier with errors leaves the last good site untouched.
"""

from __future__ import annotations

import gc
import logging
import time
from pathlib import Path

from mkdocs.exceptions import PluginError

from generator import pipeline
from generator.model.memory import forget
from generator.model.options import SiteOptions
from generator.model.problems import DossierError

log = logging.getLogger("mkdocs.dossier")


_command = {"name": "build"}  # set by on_startup: "build", "serve" or "gh-deploy"


def on_startup(command, dirty) -> None:
    _command["name"] = command


def _root(config) -> Path:
    return Path(config.config_file_path).resolve().parent


def on_pre_build(config) -> None:
    # Generated pages are reached through the site's own lists, not the nav: MkDocs' list of pages
    # left out of the nav is noise in a normal build. At DEBUG it still shows with --verbose.
    config.validation.nav.omitted_files = min(config.validation.nav.omitted_files, logging.DEBUG)
    start = time.perf_counter()
    try:
        options = SiteOptions(site_url=config.site_url or "", directory_urls=config.use_directory_urls)
        result = pipeline.build(_root(config), Path(config.docs_dir), options)
    except DossierError as exc:
        if _command["name"] == "serve":
            # Keep serving the last good pages; the problems are shown one per line until fixed.
            for problem in exc.problems:
                log.error(f"Dossier: {problem}")
            log.error("Dossier: still serving the pages of the last build without problems")
            return
        raise PluginError(f"Dossier: {len(exc.problems)} problem(s) in the content:\n{exc}") from None
    for warning in result.warnings:
        log.info(f"Dossier warning: {warning}")
    if not options.site_url and not _command.get("told_site_url"):
        _command["told_site_url"] = True  # once per run, not on every rebuild of `mkdocs serve`
        log.info("Dossier warning: mkdocs.yml: site_url is not set, so citations name the dossier without "
                 "a web address; set it (or SITE_URL=https://… for the seed's mkdocs.yml) where the site is hosted")
    if _command["name"] != "serve":
        forget()  # a one-shot build has no next build to keep readings for
    gc.collect()  # hand the generator's memory back before MkDocs reads every page
    report, seconds = result.report, time.perf_counter() - start
    if result.reused:
        log.info(f"Dossier: content unchanged since the last build; pages reused ({seconds:.2f} s)")
    else:
        log.info(f"Dossier: {len(report.written)} page(s) written, {report.unchanged} unchanged, "
                 f"{len(report.removed)} removed ({seconds:.2f} s)")


def on_serve(server, config, builder) -> None:
    for folder in ("content", "seeds"):
        path = _root(config) / folder
        if path.is_dir():
            server.watch(str(path))
