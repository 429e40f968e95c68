"""Render only the pages whose inputs changed.

A template prints its page's view and the site-wide values only (see renderer.py), so a page's
inputs are its template, its path, its view and those values: the renderer keys each page on one
digest of them, and a page is rendered again as soon as anything it prints differs. Where a view
may be large, the page comes as a ``Deferred`` view with the values it is made from: while their
digest is unchanged, the page is kept without building its view; when it changed, the view is built
and the page is still kept if the view is unchanged. An annotation
is part of the view of the article page showing it and of no other, so editing one renders that
page again and no other. A page's text is taken from the docs folder only if the file there is
still exactly what was written (its digest is kept), so the cache never outlives a hand edit or a
deleted file. The record of the last build is kept in ``.dossier-cache/pages.pickle``.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Callable


_MAGIC = b"dossier-pages 3\n"


@dataclass(frozen=True)
class Deferred:
    """A page's view that is built only if the page must be rendered again. ``inputs`` are the values
    the view is made from (small: digests of article readings stand for the readings), so the cache
    keys the page on them, and an unchanged page costs neither building nor digesting its view."""

    inputs: object
    build: Callable[[], object]


class RenderCache:
    def __init__(self, root: Path, docs_dir: Path):
        self.file = Path(root) / ".dossier-cache" / "pages.pickle"
        self.docs_dir = Path(docs_dir)
        self.old: dict = self._load()
        self.new: dict = {}  # path: (key, digest of the text, digest of the inputs or None)

    def _load(self) -> dict:
        try:
            data = self.file.read_bytes()
            if data.startswith(_MAGIC) and hashlib.sha256(data[len(_MAGIC) + 32:]).digest() == data[len(_MAGIC):len(_MAGIC) + 32]:
                pages = pickle.loads(data[len(_MAGIC) + 32:])
                if isinstance(pages, dict):
                    return pages
        except Exception:  # missing, truncated or foreign: render everything
            pass
        return {}

    def kept(self, path: str, key: bytes, inputs: bytes | None = None) -> bytes | None:
        """The page's text as the last build wrote it, if the page's key (the digest of its view) is
        unchanged and the file is still what was written; ``inputs``: the digest of a deferred view's
        inputs, kept with the page for ``kept_by_inputs``."""
        entry = self.old.get(path)
        if not entry or entry[0] != key:
            return None
        return self._file(path, (key, entry[1], inputs))

    def kept_by_inputs(self, path: str, inputs: bytes) -> bytes | None:
        """The same, for a deferred view whose inputs are unchanged: the view need not be built."""
        entry = self.old.get(path)
        if not entry or entry[2] != inputs:
            return None
        return self._file(path, entry)

    def _file(self, path: str, entry: tuple) -> bytes | None:
        try:
            data = (self.docs_dir / path).read_bytes()
        except OSError:
            return None
        if hashlib.sha256(data).hexdigest() != entry[1]:
            return None
        self.new[path] = entry
        return data

    def rendered(self, path: str, key: bytes, text: str, inputs: bytes | None = None) -> None:
        self.new[path] = (key, hashlib.sha256(text.encode("utf-8")).hexdigest(), inputs)

    def save(self) -> None:
        payload = pickle.dumps(self.new, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            (self.file.parent / ".gitignore").write_text("*\n", encoding="utf-8")
            temp = self.file.with_name(f"{self.file.name}.{os.getpid()}.tmp")
            temp.write_bytes(_MAGIC + hashlib.sha256(payload).digest() + payload)
            os.replace(temp, self.file)
        except OSError:
            pass
