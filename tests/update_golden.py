"""Refresh the golden copy of the generated files after an intended change:

    python tests/update_golden.py

then review ``git diff tests/golden`` before committing.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
SOURCES = {"seed": ROOT, "minimal": ROOT / "tests" / "fixtures" / "minimal"}


def golden_pages(source: Path) -> dict[str, bytes]:
    sys.path.insert(0, str(ROOT))
    from generator import pipeline

    pages, _ = pipeline.generate(source)
    # assets/ holds the package's static files copied verbatim: nothing generated to compare there
    return {rel: data.encode("utf-8") if isinstance(data, str) else data for rel, data in pages.items()
            if not rel.startswith("assets/")}


def main() -> None:
    for name, source in SOURCES.items():
        target = GOLDEN / name
        if target.exists():
            shutil.rmtree(target)
        for rel, data in golden_pages(source).items():
            path = target / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        print(f"golden/{name}: {sum(1 for p in target.rglob('*') if p.is_file())} files")


if __name__ == "__main__":
    main()
