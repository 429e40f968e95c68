"""``python -m generator build --watch`` as a real subprocess: it rebuilds after an edit to the
content, prints one line per rebuild, and stops cleanly on Ctrl-C (SIGINT)."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from support import ROOT, make_project
from generator.commands.watch import changed_files, snapshot


def _lines(stream, into: queue.Queue) -> None:
    for line in stream:
        into.put(line.rstrip("\n"))


def _next_line(lines: queue.Queue, timeout: float = 120) -> str:
    return lines.get(timeout=timeout)


def test_watch_rebuilds_after_an_edit_and_stops_on_ctrl_c(tmp_path):
    project = make_project(tmp_path / "project")
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "build", "--watch", "--interval", "0.1"], cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=_lines, args=(process.stdout, lines), daemon=True).start()
    try:
        assert _next_line(lines).startswith("wrote ")  # the first build
        assert _next_line(lines).startswith("watching content/, seeds/")
        chronology = project / "generated" / "chronologie" / "index.md"
        assert "Gipfeltreffen in Wladiwostok (bearbeitet)" not in chronology.read_text(encoding="utf-8")
        events = project / "content" / "events.yml"
        text = events.read_text(encoding="utf-8")
        assert "title: Gipfeltreffen Putin–Kim in Wladiwostok\n" in text
        events.write_text(text.replace("title: Gipfeltreffen Putin–Kim in Wladiwostok\n",
                                       "title: Gipfeltreffen in Wladiwostok (bearbeitet)\n"), encoding="utf-8")
        line = _next_line(lines)
        assert line.startswith("wrote ") and " 0 file(s)" not in line, line  # one line for the rebuild
        assert "Gipfeltreffen in Wladiwostok (bearbeitet)" in chronology.read_text(encoding="utf-8")
        time.sleep(0.5)
        assert lines.empty()  # nothing changed since: no further rebuild
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0
        assert _next_line(lines, 5) == "stopped watching"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_snapshot_sees_new_changed_and_removed_files(tmp_path):
    (tmp_path / "content").mkdir()
    (tmp_path / "seeds").mkdir()
    (tmp_path / "content" / "a.yml").write_text("a: 1\n")
    before = snapshot(tmp_path)
    (tmp_path / "content" / "a.yml").write_text("a: 22\n")
    (tmp_path / "seeds" / "b.txt").write_text("b\n")
    assert changed_files(before, snapshot(tmp_path)) == ["content/a.yml", "seeds/b.txt"]
    middle = snapshot(tmp_path)
    (tmp_path / "seeds" / "b.txt").unlink()
    assert changed_files(middle, snapshot(tmp_path)) == ["seeds/b.txt"]
    assert changed_files(middle, middle) == []
