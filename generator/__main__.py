"""Command line: ``python -m generator build|check``. Exit codes: 0 ok, 1 problems in the content, 2 usage."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import pipeline
from .commands.add import add_articles
from .commands.init import init_project
from .commands.schemas import write_schemas
from .model.options import SiteOptions
from .model.problems import DossierError, Problem


def _site_settings(root: Path) -> tuple[Path, SiteOptions]:
    """docs_dir, site_url and URL style from the project's mkdocs.yml (MkDocs' defaults without one)."""
    config_file = root / "mkdocs.yml"
    if not config_file.is_file():
        return root / "docs", SiteOptions()
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    try:
        config = load_config(config_file=str(config_file))
    except ConfigurationError as exc:
        raise DossierError([Problem("mkdocs.yml", 0, f"invalid configuration: {exc}")]) from None
    return Path(config.docs_dir), SiteOptions(config.site_url or "", config.use_directory_urls)


def main(argv: list[str] | None = None) -> int:
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
    init = sub.add_parser("init", help="start a new dossier project in DIR", description="start a new dossier project in DIR")
    init.add_argument("dir", type=Path)
    init.add_argument("--title", default=None, help="the dossier's title")
    init.add_argument("--language", choices=("de", "en"), default="de", help="language of the site (default: de)")
    add = sub.add_parser("add", help="copy article texts into seeds/ and append stubs to content/articles.yml",
                         description="copy article texts into seeds/ and append stubs to content/articles.yml")
    add.add_argument("files", type=Path, nargs="+")
    add.add_argument("--dossier", type=Path, default=Path("."), help="the dossier project folder (default: .)")
    sub.add_parser("schemas", help="rewrite the JSON Schemas of the content files in generator/schemas/")
    args = parser.parse_args(argv)
    try:
        if args.command == "init":
            title = args.title or ("Neues Dossier" if args.language == "de" else "New dossier")
            written = init_project(args.dir, title, args.language)
            print(f"created {len(written)} files in {args.dir}; next: put texts into seeds/ with "
                  f"'python -m generator add FILE --dossier {args.dir}', then 'mkdocs build -f {args.dir / 'mkdocs.yml'}'")
            return 0
        if args.command == "add":
            for message in add_articles(args.dossier, args.files):
                print(message)
            return 0
        if args.command == "schemas":
            print(f"rewrote {len(write_schemas())} schema file(s)")
            return 0
        root = args.dossier
        if args.command == "check":
            result = pipeline.check(root, use_cache=not args.no_cache)
            for warning in result.warnings:
                print(f"warning: {warning}", file=sys.stderr)
            print(f"ok: {len(result.corpus.articles)} articles, {len(result.corpus.events)} events, "
                  f"{len(result.corpus.claims)} claims, {len(result.warnings)} warning(s)")
            return 0
        docs_dir, options = _site_settings(root)
        out = args.out or docs_dir
        result = pipeline.build(root, out, options, use_cache=not args.no_cache)
        for warning in result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        report = result.report
        print(f"wrote {len(report.written)} file(s) to {out} ({report.unchanged} unchanged, {len(report.removed)} removed)")
        return 0
    except DossierError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{len(exc.problems)} problem(s); nothing was written", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
