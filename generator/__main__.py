"""Command line: ``python -m generator build|check``. Exit codes: 0 ok, 1 problems in the content, 2 usage."""

from __future__ import annotations

import argparse
import functools
import sys
import time
from pathlib import Path

from . import pipeline
from .commands.add import add_articles
from .commands.init import init_project
from .analysis.suggestions import suggest
from .commands.schemas import write_schemas
from .commands.suggest import REVIEW_FILE, write_review_file
from .commands.suggest import render as render_suggestions
from .commands.watch import watch
from .model.options import SiteOptions
from .model.problems import DossierError, Problem


def _site_settings(root: Path) -> tuple[Path, SiteOptions]:
    """docs_dir, site_url and URL style from the project's mkdocs.yml (MkDocs' defaults without one)."""
    config_file = root / "mkdocs.yml"
    if not config_file.is_file():
        return root / "docs", SiteOptions()
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    # MkDocs refuses a docs_dir that does not exist yet, but writing it is this command's job.
    docs_dir = _docs_dir_setting(config_file)
    if docs_dir is not None:
        (root / docs_dir).mkdir(parents=True, exist_ok=True)
    try:
        config = load_config(config_file=str(config_file))
    except (ConfigurationError, Abort) as exc:
        # Abort (a SystemExit) carries no message; MkDocs logged the details before raising it.
        raise DossierError([Problem("mkdocs.yml", 0, f"invalid configuration: {exc or 'see the MkDocs errors above'}")]) from None
    return Path(config.docs_dir), SiteOptions(config.site_url or "", config.use_directory_urls)


def _docs_dir_setting(config_file: Path) -> str | None:
    """docs_dir as written in mkdocs.yml (MkDocs' default "docs" without one), or None when it is
    not a plain relative path; MkDocs' own loader reports any problem with it."""
    import yaml

    class _Loader(yaml.SafeLoader):
        """Reads MkDocs' custom tags (!ENV, !relative, !!python/name) as plain values."""

    _Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    _Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    try:
        settings = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 - SafeLoader subclass
    except (OSError, yaml.YAMLError):
        return None
    value = settings.get("docs_dir", "docs") if isinstance(settings, dict) else None
    if not isinstance(value, str) or not value or Path(value).is_absolute() or ".." in Path(value).parts:
        return None
    return value


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    run = {"init": _init, "add": _add, "schemas": _schemas, "suggest": _suggest, "check": _check, "build": _build_site}
    try:
        return run[args.command](args)
    except DossierError as exc:
        _report_problems(exc)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Dossier: build a dossier site's Markdown.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, text in (("build", "validate, analyse and write the Markdown into the docs folder"),
                       ("check", "validate and analyse only; list problems and warnings")):
        command = sub.add_parser(name, help=text, description=text)
        command.add_argument("--dossier", type=Path, default=Path("."), help="the dossier project folder (default: .)")
        command.add_argument("--no-cache", action="store_true",
                             help="read every article again instead of using the analysis cache in .dossier-cache/")
        if name == "build":
            command.add_argument("--out", type=Path, help="where to write the Markdown (default: docs_dir of mkdocs.yml)")
            command.add_argument("--watch", action="store_true",
                                 help="keep running and rebuild whenever content/ or seeds/ change (for zensical serve)")
            command.add_argument("--interval", type=float, default=0.5, help="seconds between checks with --watch")
        else:
            command.add_argument("--strict", action="store_true",
                                 help="fail (exit code 1) on warnings too: stubs still under review, unknown outlets, …")
    init = sub.add_parser("init", help="start a new dossier project in DIR", description="start a new dossier project in DIR")
    init.add_argument("dir", type=Path)
    init.add_argument("--title", default=None, help="the dossier's title")
    init.add_argument("--language", choices=("de", "en"), default="de", help="language of the site (default: de)")
    add = sub.add_parser("add", help="copy article texts into seeds/ and append stubs to content/articles.yml",
                         description="copy article texts into seeds/ and append stubs to content/articles.yml")
    add.add_argument("files", type=Path, nargs="+")
    add.add_argument("--dossier", type=Path, default=Path("."), help="the dossier project folder (default: .)")
    propose = sub.add_parser("suggest", help="propose events, figures, actors and sources from the articles",
                             description="propose events, figures, actors and sources from the articles")
    propose.add_argument("--dossier", type=Path, default=Path("."), help="the dossier project folder (default: .)")
    propose.add_argument("--write", action="store_true",
                         help=f"append new proposals to content/{REVIEW_FILE} instead of printing them")
    sub.add_parser("schemas", help="rewrite the JSON Schemas of the content files in generator/schemas/")
    return parser


def _init(args: argparse.Namespace) -> int:
    title = args.title or ("Neues Dossier" if args.language == "de" else "New dossier")
    written = init_project(args.dir, title, args.language)
    print(f"created {len(written)} files in {args.dir}; next: put texts into seeds/ with "
          f"'python -m generator add FILE --dossier {args.dir}', then 'mkdocs build -f {args.dir / 'mkdocs.yml'}'")
    return 0


def _add(args: argparse.Namespace) -> int:
    for message in add_articles(args.dossier, args.files):
        print(message)
    return 0


def _schemas(args: argparse.Namespace) -> int:
    print(f"rewrote {len(write_schemas())} schema file(s)")
    return 0


def _suggest(args: argparse.Namespace) -> int:
    root = args.dossier
    result = pipeline.check(root)
    suggestions = suggest(result.corpus, result.analysis)
    if args.write:
        count = write_review_file(root, suggestions)
        print(f"appended {count} new proposal(s) to content/{REVIEW_FILE}; review them there")
    else:
        sys.stdout.write(render_suggestions(suggestions))
    return 0


def _check(args: argparse.Namespace) -> int:
    result = pipeline.check(args.dossier, use_cache=not args.no_cache)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"ok: {len(result.corpus.articles)} articles, {len(result.corpus.events)} events, "
          f"{len(result.corpus.claims)} claims, {len(result.warnings)} warning(s)")
    return 1 if args.strict and result.warnings else 0


def _build_site(args: argparse.Namespace) -> int:
    root = args.dossier
    docs_dir, options = _site_settings(root)
    out = args.out or docs_dir
    if args.watch:
        _build_reporting(root, out, options, not args.no_cache)
        watch(root, functools.partial(_build_reporting, root, out, options, not args.no_cache), args.interval)
        return 0
    _build(root, out, options, not args.no_cache)
    return 0


def _build(root: Path, out: Path, options: SiteOptions, use_cache: bool) -> None:
    start = time.perf_counter()
    result = pipeline.build(root, out, options, use_cache)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    report = result.report
    print(f"wrote {len(report.written)} file(s) to {out} ({report.unchanged} unchanged, {len(report.removed)} removed)"
          f" in {time.perf_counter() - start:.2f} s", flush=True)


def _build_reporting(root: Path, out: Path, options: SiteOptions, use_cache: bool) -> None:
    """A build in watch mode: problems are listed and the last good pages stay until they are fixed."""
    try:
        _build(root, out, options, use_cache)
    except DossierError as exc:
        _report_problems(exc)


def _report_problems(exc: DossierError) -> None:
    for problem in exc.problems:
        print(problem, file=sys.stderr)
    print(f"{len(exc.problems)} problem(s); nothing was written", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
