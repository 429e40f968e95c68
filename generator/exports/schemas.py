"""Every JSON Schema the generator publishes, built with the same few helpers: the schemas of the
content files (derived from intake.schema, for editors through the YAML language server) and the
schemas of the downloads (published beside them on the data page)."""

from __future__ import annotations

import json

from ..intake.schema import FILES, ID_PATTERN, SCHEMA

DRAFT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_VERSION = 1  # of the downloads


def _object(properties: dict, required: list[str] | None = None) -> dict:
    return {"type": "object", "properties": properties, "required": list(properties) if required is None else required,
            "additionalProperties": False}


# --- the content files -------------------------------------------------------------------------------

DATE_PATTERN = r"^(~|ca\. |circa )?\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?)?)?)?~?(/(\d{4}(-\d{2}(-\d{2})?)?|\.\.)?)?$"
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
    return _object({key: _field(spec) if spec.endswith("!") else _nullable(_field(spec)) for key, spec in fields.items()},
                   [key for key, spec in fields.items() if spec.endswith("!")])


def content_schema(file_name: str) -> dict:
    key, kind = FILES[file_name]
    body = _record(kind) if key is None else _object({key: {"type": ["array", "null"], "items": _record(kind)}}, [key])
    return {"$schema": DRAFT,
            "$id": f"{file_name.replace('.yml', '')}.schema.json", "title": f"Dossier content/{file_name}", **body}


def schema_texts() -> dict[str, str]:
    return {name.replace(".yml", ".schema.json"): json.dumps(content_schema(name), indent=2, ensure_ascii=False) + "\n"
            for name in FILES}


# --- the downloads, published beside them on the data page ------------------------------------------

_STR = {"type": "string"}
_OPT_STR = {"type": ["string", "null"]}
_IDS = {"type": "array", "items": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"}}
_META = {"dossier": _STR, "version": _STR, "schema_version": {"const": SCHEMA_VERSION}}
_DATE = {"type": "string", "pattern": r"^~?\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?)?)?)?(/(\d{4}(-\d{2}(-\d{2})?)?)?)?$"}


_WHO = _object({"name": _OPT_STR, "resolved": _OPT_STR, "id": _OPT_STR,
                "kind": {"enum": ["person", "institution", "outlet", "agency", "unnamed"]}, "inferred": {"type": "boolean"}})


def _document(key: str, item: dict) -> dict:
    return {"$schema": DRAFT,
            **_object({**_META, key: {"type": "array", "items": item}})}


_CSL_DATE = _object({"date-parts": {"type": "array", "minItems": 1, "maxItems": 2,
                                    "items": {"type": "array", "minItems": 1, "maxItems": 3, "items": {"type": "integer"}}},
                     "circa": {"type": "boolean"}}, ["date-parts"])
SCHEMAS: dict[str, dict] = {
    "events.schema.json": _document("events", _object({
        "id": _STR, "date": _DATE, "date_precision": {"enum": ["year", "month", "day", "range"]},
        "date_text": _STR, "date_note": _STR, "title": _STR, "description": _STR, "actors": _IDS,
        "tags": {"type": "array", "items": _STR}, "first_reported_in": _OPT_STR,
        "sources": {"type": "array", "items": _object({"article": _STR, "quote": _STR, "paragraph": _STR})}})),
    "claims.schema.json": _document("claims", _object({
        "id": _STR, "statement": _STR, "topic": _STR, "status": {"enum": ["confirmed", "reported", "disputed"]},
        "quantity": _OPT_STR,
        "reports": {"type": "array", "items": _object({
            "article": _STR, "quote": _STR, "paragraph": _OPT_STR, "attributed_to": _IDS,
            "figure": {"oneOf": [{"type": "null"}, _object({
                "text": _STR, "value": {"type": "number"}, "low": {"type": ["number", "null"]},
                "high": {"type": ["number", "null"]}, "unit": _OPT_STR, "approximate": {"type": "boolean"},
                "counted": _OPT_STR, "qualifier": _OPT_STR})]}})}})),
    "quotes.schema.json": _document("quotes", _object({
        "article": _STR, "paragraph": _STR, "text": _STR, "direct": {"type": "boolean"}, "speaker": _WHO,
        "start": {"type": "integer", "minimum": 0}, "end": {"type": "integer", "minimum": 0}})),
    "attributions.schema.json": _document("attributions", _object({
        "article": _STR, "paragraph": _STR, "cue": _STR, "sentence": _STR,
        "source": {**_WHO, "properties": {**_WHO["properties"], "ids": {"type": "array", "items": _STR}},
                   "required": [*_WHO["required"], "ids"]},
        "start": {"type": "integer", "minimum": 0}, "end": {"type": "integer", "minimum": 0}})),
    "articles.schema.json": _document("articles", _object({
        "id": _STR, "title": _STR, "kicker": _OPT_STR, "outlet": _STR, "outlet_label": _STR, "outlet_named": {"type": "boolean"},
        "authors": {"type": "array", "items": _STR}, "published": {"oneOf": [{"type": "null"}, _DATE]},
        "published_note": _STR, "url": _OPT_STR, "archived_url": _OPT_STR, "accessed": {"oneOf": [{"type": "null"}, _DATE]},
        "language": {"enum": ["de", "en"]}, "agencies": {"type": "array", "items": _STR}, "signature": _OPT_STR,
        "words": {"type": "integer", "minimum": 0}, "seed": _STR, "tags": {"type": "array", "items": _STR},
        "text": _STR})),
    "entities.schema.json": _document("entities", _object({
        "id": _STR, "name": _STR, "kind": {"enum": ["person", "state", "organisation", "place", "medium"]},
        "aliases": {"type": "array", "items": _STR}, "description": _STR, "source_kind": _OPT_STR,
        "mentions": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 1}}})),
    "bibliography.schema.json": {
        "$schema": DRAFT, "type": "array",
        "items": _object({"id": _STR, "type": {"const": "article-newspaper"}, "title": _STR, "language": _STR,
                          "container-title": _STR, "author": {"type": "array", "items": _object({"literal": _STR})},
                          "issued": _CSL_DATE, "accessed": _CSL_DATE, "URL": _STR, "archive_location": _STR, "note": _STR},
                         ["id", "type", "title"])},
}


def schema_files(prefix: str) -> dict[str, bytes]:
    return {prefix + name: (json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8")
            for name, schema in SCHEMAS.items()}
