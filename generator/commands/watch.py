"""``python -m generator build --watch``: rebuild the Markdown whenever content/ or seeds/ change.

For engines that do not run the MkDocs hook (``zensical serve`` watches only the docs folder):
this process regenerates the Markdown, the engine's server picks the changed pages up. Polling
file times and sizes keeps it free of dependencies and works on every file system.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable
from pathlib import Path

WATCHED = ("content", "seeds")


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Every watched file with its modification time and size."""
    state = {}
    for folder in WATCHED:
        for path in sorted((root / folder).rglob("*")):
            try:
                stat = path.stat()
            except FileNotFoundError:  # removed between listing and reading
                continue
            if path.is_file():
                state[path.relative_to(root).as_posix()] = (stat.st_mtime_ns, stat.st_size)
    return state


def changed_files(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> list[str]:
    return sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))


def watch(root: Path, rebuild: Callable[[], None], interval: float = 0.5,
          report: Callable[..., None] = print) -> None:
    """Call ``rebuild`` whenever a watched file changes, until Ctrl-C; ``rebuild`` reports its own
    outcome in one line."""
    # Started in the background by a shell script, Python would inherit an ignored SIGINT.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    state = snapshot(root)
    report(f"watching {', '.join(f + '/' for f in WATCHED)} in {root} (Ctrl-C stops)", flush=True)
    try:
        while True:
            time.sleep(interval)
            current = snapshot(root)
            changed = changed_files(state, current)
            if changed:
                state = current
                rebuild()
    except KeyboardInterrupt:
        report("stopped watching", flush=True)
