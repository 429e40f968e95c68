"""JSON Schemas for the content files, derived from validation.SCHEMA so that editors (through the
YAML language server) and the validator know the same keys, types and choices.

``python -m generator schemas`` rewrites the shipped copies in generator/schemas/.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..intake.schema import FILES, ID_PATTERN, SCHEMA

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
DATE_PATTERN = r"^(~|ca\. |circa )?\d{4}(-\d{2}(-\d{2})?)?~?(/(\d{4}(-\d{2}(-\d{2})?)?|\.\.)?)?$"
DESCRIPTIONS = {
    "date": "2022, 2022-08 or 2022-08-15; a range 2024-04/2024-06; an open end 2025-04/; circa ~2019",
    "id": "lowercase letters, digits and hyphens; becomes part of a page URL",
    "url": "an http(s) address",
}


def _field(spec: str) -> dict:
    spec = spec.rstrip("!")
    if spec.startswith("[") and spec.endswith("]"):
        inner = spec[1:-1]
        item = _record(inner) if inner in SCHEMA else _field(inner)
        return {"type": ["array", "null"], "items": item}
    if spec.startswith("{") and spec.endswith("}"):
        return _record(spec[1:-1])
    if spec.startswith("enum:"):
        return {"enum": spec[5:].split("|")}
    if spec.startswith("ref:"):
        return {"type": "string", "pattern": ID_PATTERN.pattern, "description": f"the id of a {spec[4:]}"}
    if spec == "id":
        return {"type": "string", "pattern": ID_PATTERN.pattern, "description": DESCRIPTIONS["id"]}
    if spec == "date":
        return {"type": ["string", "integer"], "pattern": DATE_PATTERN, "description": DESCRIPTIONS["date"]}
    if spec == "url":
        return {"type": "string", "pattern": r"^https?://\S+$", "description": DESCRIPTIONS["url"]}
    if spec == "bool":
        return {"type": "boolean"}
    if spec in ("str", "text"):
        return {"type": ["string", "number"]}
    raise ValueError(f"unknown field type {spec!r}")


def _nullable(schema: dict) -> dict:
    """An optional key may be left empty (``kicker:``), which YAML reads as null."""
    if "enum" in schema:
        return {**schema, "enum": [*schema["enum"], None]}
    if isinstance(schema.get("type"), list):
        return {**schema, "type": sorted({*schema["type"], "null"})}
    return {**schema, "type": [schema["type"], "null"]} if "type" in schema else schema


def _record(kind: str) -> dict:
    fields = SCHEMA[kind]
    return {"type": "object", "additionalProperties": False,
            "properties": {key: _field(spec) if spec.endswith("!") else _nullable(_field(spec))
                           for key, spec in fields.items()},
            "required": [key for key, spec in fields.items() if spec.endswith("!")]}


def content_schema(file_name: str) -> dict:
    key, kind = FILES[file_name]
    body = _record(kind) if key is None else {
        "type": "object", "additionalProperties": False, "required": [key],
        "properties": {key: {"type": ["array", "null"], "items": _record(kind)}}}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"{file_name.replace('.yml', '')}.schema.json", "title": f"Dossier content/{file_name}", **body}


def schema_texts() -> dict[str, str]:
    return {name.replace(".yml", ".schema.json"): json.dumps(content_schema(name), indent=2, ensure_ascii=False) + "\n"
            for name in FILES}


def write_schemas(folder: Path = SCHEMA_DIR) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_texts().items():
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            written.append(name)
    return written
