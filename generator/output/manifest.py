"""The manifest in the docs folder: which files the last run wrote (so only those are ever removed),
their sizes, its warnings, and a fingerprint of its inputs (so an unchanged dossier is not rebuilt)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ..model.options import SiteOptions
from ..model.problems import Problem
from ..model.version import generator_version

MANIFEST = ".dossier-manifest.json"


def input_fingerprint(root: Path, options: SiteOptions) -> str:
    """A digest of everything the pages depend on: the dossier's files, the generator's own code,
    templates and labels, and the site options."""
    digest = hashlib.sha256(repr((options.site_url, options.directory_urls, generator_version())).encode())
    sources = []
    for folder in ("content", "seeds"):
        if (root / folder).is_dir():
            sources += [(p.relative_to(root).as_posix(), p) for p in (root / folder).rglob("*")]
    for rel, path in sorted(sources):
        if path.is_file():
            digest.update(f"{rel}\0{path.stat().st_size}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _manifest(docs_dir: Path) -> dict:
    try:
        data = json.loads((docs_dir / MANIFEST).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def manifest_files(docs_dir: Path) -> list[str]:
    """The paths the last run wrote (older manifests list them without their sizes)."""
    files = _manifest(docs_dir).get("files", {})
    return list(files) if isinstance(files, (dict, list)) else []


def reusable(docs_dir: Path, fingerprint: str) -> list[Problem] | None:
    """The warnings of the last run if it had exactly these inputs and its files are all still there
    as written; None if the pages must be generated again."""
    manifest = _manifest(docs_dir)
    if manifest.get("inputs") != fingerprint or not isinstance(manifest.get("files"), dict):
        return None
    for rel, size in manifest["files"].items():
        path = docs_dir / rel
        if not path.is_file() or path.stat().st_size != size:
            return None
    return [Problem(*item) for item in manifest.get("warnings", [])]


def manifest_text(fingerprint: str, sizes: dict[str, int], warnings) -> str:
    return json.dumps({"generator": "dossier", "inputs": fingerprint, "files": dict(sorted(sizes.items())),
                       "warnings": [[w.file, w.line, w.message] for w in warnings]}, indent=1) + "\n"
