"""Typed, line-keeping access to the YAML of the content files: every problem goes to the log with
the line of the value it is about."""

from __future__ import annotations

import re
from pathlib import Path

from ..model.dates import DateSpec, DateSyntaxError, parse_date
from ..model.problems import ProblemLog, did_you_mean
from ..model.records import Origin
from .schema import FILES, ID_PATTERN, SCHEMA
from .yaml_nodes import Map, Scalar, Seq, read_yaml


class Record:
    """Typed access to one YAML mapping; every problem goes to the log with the value's line."""

    def __init__(self, node: Map, kind: str, file: str, log: ProblemLog, label: str):
        self.node, self.kind, self.file, self.log, self.label = node, kind, file, log, label
        fields = SCHEMA[kind]
        for key, (line, _) in node.items.items():
            if key not in fields:
                self.error(line, f"unknown key '{key}'" + did_you_mean(key, fields, f"; allowed: {', '.join(fields)}"))
        for key in (k for k, spec in fields.items() if spec.endswith("!")):
            if key not in node.items:
                self.error(node.line, f"missing required key '{key}'")
            elif _is_empty(node.items[key][1]):
                self.error(node.items[key][0], f"required key '{key}' is empty")

    @property
    def line(self) -> int:
        return self.node.line

    def origin(self) -> Origin:
        return Origin(self.file, self.node.line)

    def error(self, line: int, message: str) -> None:
        self.log.error(self.file, line, f"{self.label}: {message}" if self.label else message)

    def line_of(self, key: str) -> int:
        return self.node.items[key][0] if key in self.node.items else self.node.line

    def _scalar(self, key: str) -> Scalar | None:
        if key not in self.node.items:
            return None
        line, value = self.node.items[key]
        if isinstance(value, Scalar):
            return None if value.is_null else value
        self.error(line, f"'{key}' must be a single value, not a {'list' if isinstance(value, Seq) else 'mapping'}")
        return None

    def text(self, key: str, default: str = "", multiline: bool = False) -> str:
        scalar = self._scalar(key)
        if scalar is None:
            return default
        text = scalar.value.strip()
        if not multiline:
            if "\n" in text:
                self.error(scalar.line, f"'{key}' must be one line")
            text = " ".join(text.split())
        return text

    def optional_text(self, key: str) -> str | None:
        return self.text(key) or None

    def url(self, key: str) -> str | None:
        text = self.optional_text(key)
        if text and not re.match(r"^https?://[^\s<>\"]+$", text):
            self.error(self.line_of(key), f"'{key}' must be an http(s) URL, got '{text}'")
            return None
        return text

    def flag(self, key: str) -> bool:
        scalar = self._scalar(key)
        if scalar is None:
            return False
        if scalar.value.lower() in ("true", "yes"):
            return True
        if scalar.value.lower() in ("false", "no"):
            return False
        self.error(scalar.line, f"'{key}' must be true or false, got '{scalar.value}'")
        return False

    def enum(self, key: str, choices: tuple[str, ...], default: str | None = None) -> str | None:
        text = self.optional_text(key)
        if text is None:
            return default
        if text not in choices:
            self.error(self.line_of(key), f"'{key}' must be one of {', '.join(choices)}, got '{text}'" + did_you_mean(text, choices))
            return default
        return text

    def date(self, key: str) -> DateSpec | None:
        text = self.optional_text(key)
        if text is None:
            return None
        try:
            return parse_date(text)
        except DateSyntaxError as exc:
            self.error(self.line_of(key), f"'{key}': {exc}")
            return None

    def ident(self, key: str = "id") -> str:
        text = self.text(key)
        if text and not ID_PATTERN.match(text):
            suggestion = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
            self.error(self.line_of(key), f"id '{text}' must be lowercase letters, digits and hyphens"
                                          + (f" (e.g. '{suggestion}')" if suggestion else ""))
            return ""
        return text

    def items(self, key: str) -> list[tuple[int, object]]:
        """Items of a list value as (line, node); a single scalar is not silently accepted."""
        if key not in self.node.items:
            return []
        line, value = self.node.items[key]
        if isinstance(value, Scalar) and value.is_null:
            return []
        if not isinstance(value, Seq):
            self.error(line, f"'{key}' must be a list (items starting with '- ')")
            return []
        return [(item.line, item) for item in value.items]

    def texts(self, key: str) -> tuple[str, ...]:
        out = []
        for line, item in self.items(key):
            if isinstance(item, Scalar) and not item.is_null and item.value.strip():
                out.append(" ".join(item.value.split()))
            else:
                self.error(line, f"every item of '{key}' must be a single word or phrase")
        return tuple(out)

    def records(self, key: str, kind: str, label: str) -> list[Record]:
        out = []
        for index, (line, item) in enumerate(self.items(key), start=1):
            if isinstance(item, Map):
                out.append(Record(item, kind, self.file, self.log, f"{self.label}: {label} {index}"))
            else:
                self.error(line, f"every item of '{key}' must be a mapping with keys such as "
                                 f"{', '.join(list(SCHEMA[kind])[:3])}")
        return out

    def record(self, key: str, kind: str) -> Record | None:
        if key not in self.node.items:
            return None
        line, value = self.node.items[key]
        if isinstance(value, Map):
            return Record(value, kind, self.file, self.log, self.label)
        if not (isinstance(value, Scalar) and value.is_null):
            self.error(line, f"'{key}' must be a mapping")
        return None


def _is_empty(node: object) -> bool:
    return (isinstance(node, Scalar) and (node.is_null or not node.value.strip())) or (
        isinstance(node, Seq) and not node.items)


def content_records(root: Path, name: str, log: ProblemLog) -> tuple[list[Record], str]:
    """The records of one content file; ``log.problems`` grows if the file is unusable."""
    rel = f"content/{name}"
    path = root / "content" / name
    key, kind = FILES[name]
    if not path.exists():
        log.error(rel, 0, f"missing file; every dossier needs content/{name} (see README, 'Editing the dossier')")
        return [], rel
    node = read_yaml(path, rel, log)
    if node is None:
        return [], rel
    if not isinstance(node, Map):
        log.error(rel, node.line, f"the file must be a mapping{f' with the key {key!r}' if key else ''}, not a list or a value")
        return [], rel
    if key is None:
        return [Record(node, kind, rel, log, "")], rel
    for other, (line, _) in node.items.items():
        if other != key:
            log.error(rel, line, f"unknown top-level key '{other}'" + did_you_mean(other, [key], f"; the file holds '{key}:'"))
    if key not in node.items:
        if not node.items:
            log.error(rel, node.line, f"missing top-level key '{key}:' (a list of {kind} records)")
        return [], rel
    line, value = node.items[key]
    if isinstance(value, Scalar) and value.is_null:
        return [], rel
    if not isinstance(value, Seq):
        log.error(rel, line, f"'{key}' must be a list of {kind} records (items starting with '- ')")
        return [], rel
    records = []
    for index, item in enumerate(value.items, start=1):
        if not isinstance(item, Map):
            log.error(rel, item.line, f"{kind} {index} must be a mapping with keys such as {', '.join(list(SCHEMA[kind])[:3])}")
            continue
        ident = item.items.get("id", (0, None))[1]
        label = f"{kind} '{ident.value}'" if isinstance(ident, Scalar) and ident.value else f"{kind} {index}"
        records.append(Record(item, kind, rel, log, label))
    return records, rel
