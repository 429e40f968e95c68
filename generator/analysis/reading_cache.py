"""The analysis cache: each article's reading kept between builds in the project's ``.dossier-cache/``.

Not in ``.cache/``: ``zensical build --clean`` wipes that folder. The cache is safe to delete and is
never trusted: an entry is used only if its header, its checksum and its key all match, and
anything else (a truncated, edited or foreign file, an older generator's entry) is read again from
the article and overwritten. Entries no build used any more are removed after each build.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from ..model.memory import kept_between_builds
from .reading import ArticleReading, intern_words

CACHE_FOLDER = ".dossier-cache"
_FOLDER = "readings"
_MAGIC = b"dossier-reading 1\n"
NO_CACHE_VARIABLE = "DOSSIER_NO_CACHE"  # set to 1 to build without the cache (for mkdocs builds)

# The entries this process last wrote or read, by file, with the file's size and modification time
# then: a long-running process (`mkdocs serve`, `generator build --watch`) takes an entry from here
# instead of unpickling it again, as long as its file is still the one it wrote or read.
_IN_MEMORY: dict[Path, tuple[tuple[int, int] | None, str, object]] = kept_between_builds()


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_size, status.st_mtime_ns


def _remembered(path: Path, key: str):
    kept = _IN_MEMORY.get(path)
    if kept is None or kept[1] != key or kept[0] is None or kept[0] != _stamp(path):
        return None
    return kept[2]


def _note(path: Path, key: str, value) -> None:
    _IN_MEMORY[path] = (_stamp(path), key, value)


def cache_disabled() -> bool:
    return os.environ.get(NO_CACHE_VARIABLE, "").strip().lower() in ("1", "true", "yes")


class ReadingCache:
    def __init__(self, root: Path):
        self.folder = Path(root) / CACHE_FOLDER / _FOLDER
        self._new: dict[str, ArticleReading] = {}
        self._shared: tuple | None = None
        self.used: set[str] = set()  # the keys of every reading the last analysis asked for

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.pickle"

    def load(self, key: str, article_id: str) -> ArticleReading | None:
        """The cached reading, or None if there is none or it cannot be trusted."""
        path = self._path(key)
        kept = _remembered(path, key)
        if isinstance(kept, ArticleReading) and kept.clean.id == article_id:
            return kept
        reading = _read_entry(path, key)
        if not isinstance(reading, ArticleReading) or reading.clean.id != article_id:
            return None
        _note(path, key, intern_words(reading))
        return reading

    def shared_passages(self, compute, tokens: dict):
        """Text reuse across all articles, kept while no article's reading changed (an edit to an
        annotation, an event or a claim does not touch it)."""
        key = hashlib.sha256(repr((sorted(self.used), list(tokens))).encode()).hexdigest()
        path = self.folder.parent / "shared-passages.pickle"
        found = _remembered(path, key)
        if isinstance(found, list):
            return found
        found = _read_entry(path, key)
        if isinstance(found, list):
            _note(path, key, found)
            return found
        found = compute(tokens)
        self._shared = (path, key, found)
        return found

    def remember(self, key: str, reading: ArticleReading) -> None:
        """Keep a new reading, to be written by ``save`` once the build has no problems (a failed
        check writes nothing)."""
        self._new[key] = reading

    def save(self) -> None:
        """Write the new readings and remove the entries of readings this build no longer needs
        (older texts and settings), on disk and in this process's memory, which then holds exactly
        this build's. A folder that cannot be written only means no cache."""
        try:
            if self._new:
                self.folder.mkdir(parents=True, exist_ok=True)
                (self.folder.parent / ".gitignore").write_text("*\n", encoding="utf-8")
            for key, reading in sorted(self._new.items()):
                _write_entry(self._path(key), key, reading)
                _note(self._path(key), key, reading)
            if self._shared:
                _write_entry(*self._shared)
                _note(*self._shared)
            entries = list(self.folder.iterdir()) if self.folder.is_dir() else []
            for path in entries:
                if path.name.endswith(".pickle") and path.name[:-len(".pickle")] not in self.used:
                    path.unlink()
                    _IN_MEMORY.pop(path, None)
        except OSError:
            pass
        self._new, self._shared = {}, None


def _read_entry(path: Path, key: str):
    """An entry's value if its header, key and checksum match; None for anything else."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    header = len(_MAGIC) + 32 + len(key)
    if (len(data) < header or not data.startswith(_MAGIC) or data[len(_MAGIC) + 32:header] != key.encode()
            or hashlib.sha256(data[header:]).digest() != data[len(_MAGIC):len(_MAGIC) + 32]):
        return None
    try:
        return pickle.loads(data[header:])
    except Exception:  # a checksum-valid but unreadable entry (an older class layout): compute again
        return None


def _write_entry(path: Path, key: str, value) -> None:
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temp.write_bytes(_MAGIC + hashlib.sha256(payload).digest() + key.encode() + payload)
    os.replace(temp, path)
