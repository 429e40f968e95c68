"""The generator's version, for caches and the manifest: a digest of its own code, templates,
labels and static files, so that any change to the generator invalidates what an older one made."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

_PACKAGE_FILES = (".py", ".j2", ".yml", ".css", ".js", ".html", ".json")


@functools.lru_cache(maxsize=1)
def generator_version() -> str:
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted(p for p in package.rglob("*")
                       if p.suffix in _PACKAGE_FILES and "__pycache__" not in p.parts and p.is_file()):
        data = path.read_bytes()
        digest.update(f"generator/{path.relative_to(package).as_posix()}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()
