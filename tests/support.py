"""Shared test helpers: the repository's paths, scenario fixtures laid out as real dossier
projects, and real command runs (``python -m generator``, ``mkdocs build``)."""

from __future__ import annotations

import functools
import http.server
import os
import threading
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
HOOK = ROOT / "generator" / "hook.py"


def make_project(target: Path, source: Path = ROOT, overlay: Path | None = None) -> Path:
    """Copy a dossier (content/, seeds/) into ``target`` with a mkdocs.yml whose hook points at this
    checkout, then apply a bad-input overlay (replacement files and ``remove.txt``)."""
    target.mkdir(parents=True, exist_ok=True)
    for folder in ("content", "seeds"):
        if (source / folder).exists():
            shutil.copytree(source / folder, target / folder)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("  - generator/hook.py", f"  - {HOOK.as_posix()}")
    config = config.replace("custom_dir: generator/theme", f"custom_dir: {(ROOT / 'generator' / 'theme').as_posix()}")
    (target / "mkdocs.yml").write_text(config, encoding="utf-8")
    (target / "generated").mkdir(exist_ok=True)
    if overlay:
        removals = (overlay / "remove.txt").read_text().split() if (overlay / "remove.txt").exists() else []
        for rel in removals:
            path = target / rel
            shutil.rmtree(path) if path.is_dir() else path.unlink()
        for path in sorted(overlay.rglob("*")):
            if path.is_file() and path.name not in ("remove.txt", "expected.txt"):
                dest = target / path.relative_to(overlay)
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, dest)
    return target


def run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT), **env}
    return subprocess.run(args, cwd=cwd, env=environment, capture_output=True, text=True, timeout=600)


def mkdocs(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return run([sys.executable, "-m", "mkdocs", *args], cwd, **env)


def generator_cli(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return run([sys.executable, "-m", "generator", *args], cwd, **env)


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder: Path) -> http.server.ThreadingHTTPServer:
    """Serve a built site on 127.0.0.1 (a free port) in a background thread."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
