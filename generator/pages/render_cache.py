"""Render only the pages whose inputs changed.

A page's inputs are its template, its path, the values ``views`` gathered for it, the site-wide
values every page may print (dossier, outlets, options, the generator's version), and whatever
the template looked up in ``corpus`` and ``a`` while it rendered. Those look-ups are recorded
through ``Recorder``, so nobody has to keep a list of what each template reads: a page is rendered
again as soon as any value it read differs. Its text is taken from the docs folder only if the file
there is still exactly what was written (its digest is kept), so the cache never outlives a hand
edit or a deleted file. The record of the last build is kept in ``.dossier-cache/pages.pickle``.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
from collections.abc import Mapping
from dataclasses import fields
from pathlib import Path

from ..model.records import Article

_MAGIC = b"dossier-pages 1\n"
_WHOLE = "*"  # a look-up of a whole attribute (a list, or a mapping iterated)


class _Pickler(pickle.Pickler):
    """Pickles an article record without its annotations: pages reach annotations only through the
    analysis (``a.annotations``, anchored), so editing a note must not change the digest of every
    page that names the article."""

    def reducer_override(self, obj):
        if type(obj) is Article:
            return _article, tuple(getattr(obj, f.name) for f in fields(Article) if f.name != "annotations")
        return NotImplemented


def _article(*values):  # the name _Pickler refers to; digests are never unpickled
    raise NotImplementedError


def digest(value: object) -> bytes:
    """A digest of a value (only ever compared within one generator version). Without the memo
    ("fast" mode) the bytes depend on the values alone, not on which objects happen to be shared
    (a reading loaded from the cache shares fewer strings than a fresh one)."""
    out = io.BytesIO()
    pickler = _Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True
    pickler.dump(value)
    return hashlib.sha256(out.getbuffer()).digest()


class _RecordingMapping(Mapping):
    """A mapping of the corpus or the analysis that notes every key a template asks for."""

    def __init__(self, data: Mapping, note):
        self._data, self._note = data, note

    def __getitem__(self, key):
        value = self._data[key]
        self._note(key, value)
        return value

    def __contains__(self, key) -> bool:
        self._note(_WHOLE, self._data)
        return key in self._data

    def __iter__(self):
        self._note(_WHOLE, self._data)
        return iter(self._data)

    def __len__(self) -> int:
        self._note(_WHOLE, self._data)
        return len(self._data)


class Recorder:
    """Stands for ``corpus`` or ``a`` in the templates; ``reads`` lists what the current page read as
    (root, attribute, key, digest of the value)."""

    def __init__(self, root: str, target: object, reads: list):
        self._root, self._target, self._reads = root, target, reads

    def __getattr__(self, attribute: str):
        value = getattr(self._target, attribute)
        if isinstance(value, Mapping):
            return _RecordingMapping(value, lambda key, item: self._reads.append(
                (self._root, attribute, key, digest(item))))
        self._reads.append((self._root, attribute, _WHOLE, digest(value)))
        return value


def current(reads, sources: dict[str, object]) -> bool:
    """Whether every value a page read still has the digest it had."""
    for root, attribute, key, old in reads:
        value = getattr(sources[root], attribute, None)
        if key != _WHOLE:
            if not isinstance(value, Mapping) or key not in value:
                return False
            value = value[key]
        if digest(value) != old:
            return False
    return True


class RenderCache:
    def __init__(self, root: Path, docs_dir: Path):
        self.file = Path(root) / ".dossier-cache" / "pages.pickle"
        self.docs_dir = Path(docs_dir)
        self.old: dict = self._load()
        self.new: dict = {}  # path: (key, reads, digest of the text)

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

    def kept(self, path: str, key: str, sources: dict[str, object]) -> bytes | None:
        """The page's text as the last build wrote it, if nothing it was made from has changed."""
        entry = self.old.get(path)
        if not entry or entry[0] != key or not current(entry[1], sources):
            return None
        try:
            data = (self.docs_dir / path).read_bytes()
        except OSError:
            return None
        if hashlib.sha256(data).hexdigest() != entry[2]:
            return None
        self.new[path] = entry
        return data

    def rendered(self, path: str, key: str, reads: list, text: str) -> None:
        self.new[path] = (key, tuple(dict.fromkeys(reads)), hashlib.sha256(text.encode("utf-8")).hexdigest())

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
