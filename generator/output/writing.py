"""Write generated files into the docs folder, safely.

Only files whose content changed are written (so ``mkdocs serve`` does not loop and editors'
file watchers stay quiet), only paths inside the docs folder are accepted, and only files listed
in the previous run's manifest are ever removed: a file the user put there is never touched.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..model.problems import DossierError, Problem
from .manifest import MANIFEST, manifest_files, manifest_text


@dataclass(frozen=True)
class WriteReport:
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]


class _Inside:
    """Paths inside the docs folder: each folder is resolved once (a thousand article pages share
    one), and a path whose folder resolves outside the docs folder is refused."""

    def __init__(self, root: Path):
        self.root = root.resolve()
        self.folders: dict[str, Path] = {}

    def __call__(self, rel: str) -> Path:
        folder, _, name = rel.rpartition("/")
        if folder not in self.folders:
            self.folders[folder] = (self.root / folder).resolve()
        path = self.folders[folder] / name
        if name in ("", ".", "..") or self.root not in path.parents:
            raise DossierError([Problem(rel, 0, "generated path would leave the docs folder")])
        return path


def write_pages(docs_dir: Path, pages, fingerprint: str = "", warnings: tuple[Problem, ...] = ()) -> WriteReport:
    """``pages``: a mapping or an iterable of (path, content); two pages may not share a path."""
    docs_dir.mkdir(parents=True, exist_ok=True)
    manifest_path = docs_dir / MANIFEST
    previous = set(manifest_files(docs_dir))
    written, unchanged = [], 0
    sizes = {}
    inside = _Inside(docs_dir)
    for rel, content in (pages.items() if isinstance(pages, dict) else pages):
        if rel in sizes:
            raise DossierError([Problem(rel, 0, "two generated pages share this path")])
        data = content.encode("utf-8") if isinstance(content, str) else content
        sizes[rel] = len(data)
        path = inside(rel)
        try:
            if path.read_bytes() == data:
                unchanged += 1
                continue
        except OSError:
            pass
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(path.name + ".tmp")
        temp.write_bytes(data)
        os.replace(temp, path)
        written.append(rel)
    removed = []
    for rel in sorted(previous - set(sizes)):
        path = inside(rel)
        if path.is_file():
            path.unlink()
            removed.append(rel)
            parent = path.parent
            while parent != inside.root and parent.is_dir() and not any(parent.iterdir()):
                parent.rmdir()
                parent = parent.parent
    manifest = manifest_text(fingerprint, sizes, warnings)
    if not manifest_path.exists() or manifest_path.read_text(encoding="utf-8") != manifest:
        manifest_path.write_text(manifest, encoding="utf-8")
    return WriteReport(tuple(written), unchanged, tuple(removed))
