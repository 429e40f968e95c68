"""``python -m generator schemas``: rewrite the shipped copies of the content files' JSON Schemas in
generator/schemas/ (editors' content files point at them)."""

from __future__ import annotations

from pathlib import Path

from ..exports.schemas import schema_texts

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"


def write_schemas(folder: Path = SCHEMA_DIR) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_texts().items():
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            written.append(name)
    return written
