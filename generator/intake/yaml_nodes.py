"""Read YAML from disk, keeping the line of every value.

YAML is composed, not constructed: every scalar stays a string with its line, so that no value is
silently retyped (``2022-08-15`` stays a date string, ``no`` stays a word) and validation can point
at the exact line. Anchors and aliases are refused, which also makes "billion laughs" harmless.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..model.memory import kept_between_builds
from ..model.problems import ProblemLog

MAX_YAML_BYTES = 5_000_000
NULL_TAG = "tag:yaml.org,2002:null"


@dataclass(frozen=True)
class Scalar:
    value: str
    line: int
    is_null: bool = False
    quoted: bool = False


@dataclass(frozen=True)
class Seq:
    items: tuple
    line: int


@dataclass(frozen=True)
class Map:
    items: dict  # key -> (key line, node)
    line: int


Node = Scalar | Seq | Map


class _Refused(Exception):
    def __init__(self, line: int, message: str):
        self.line, self.message = line, message


def _convert(node: yaml.Node) -> Node:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.ScalarNode):
        is_null = node.tag == NULL_TAG
        return Scalar("" if is_null else node.value, line, is_null, node.style in ("'", '"'))
    if isinstance(node, yaml.SequenceNode):
        return Seq(tuple(_convert(item) for item in node.value), line)
    if isinstance(node, yaml.MappingNode):
        items: dict = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                raise _Refused(key_line, "a key must be a plain word")
            if key_node.tag == MERGE_TAG:
                raise _Refused(key_line, "merge keys ('<<') are not supported; write the values out")
            if key_node.value in items:
                raise _Refused(key_line, f"duplicate key '{key_node.value}' (first at line {items[key_node.value][0]})")
            items[key_node.value] = (key_line, _convert(value_node))
        return Map(items, line)
    raise _Refused(line, "unsupported YAML node")


MERGE_TAG = "tag:yaml.org,2002:merge"
_NULL_WORDS = frozenset(("", "~", "null", "Null", "NULL"))  # YAML 1.1's null, as SafeLoader reads it


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """libyaml's C parser where PyYAML was built with it (the PyPI wheels are), else the Python one.

    Every scalar stays a string, so of the implicit tags only two matter here: null and the merge
    key. Resolving just those (instead of trying every regular expression of YAML's implicit types
    on every scalar) halves the time to read a large ``articles.yml``."""

    def resolve(self, kind, value, implicit):
        if kind is yaml.ScalarNode:
            if implicit[0] and value in _NULL_WORDS:
                return NULL_TAG
            if implicit[0] and value == "<<":
                return MERGE_TAG
            return self.DEFAULT_SCALAR_TAG
        return super().resolve(kind, value, implicit)


def _refuse_aliases(node: yaml.Node, seen: set[int]) -> None:
    """The composer resolves an alias to the very node its anchor names; meeting a node twice means
    the file uses an alias, which is refused before anything could expand it."""
    if id(node) in seen:
        raise _Refused(node.start_mark.line + 1, "anchors and aliases ('&name', '*name') are not supported; write the value out")
    seen.add(id(node))
    if isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _refuse_aliases(item, seen)
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            _refuse_aliases(key, seen)
            _refuse_aliases(value, seen)


# a line whose value opens a quote: "key: \"text", "- 'text"
_OPENS_QUOTE = re.compile(r"""^\s*(?:-\s+)?(?:[^\s:#'"][^:#]*:\s+)?(["'])(.*)$""")
_INDENTATION_PROBLEMS = ("did not find expected key", "did not find expected '-' indicator",
                         "mapping values are not allowed", "expected <block end>")


def _unclosed_quote(lines: list[str], first: int, last: int) -> int | None:
    """The first line in first..last (1-based) whose quoted value does not close on that line."""
    for number in range(max(first, 1), min(last, len(lines)) + 1):
        match = _OPENS_QUOTE.match(lines[number - 1])
        if not match:
            continue
        quote, rest = match.groups()
        rest = re.sub(r"\\.", "", rest) if quote == '"' else rest.replace("''", "")
        if quote not in rest:
            return number
    return None


def _syntax_error(exc: yaml.MarkedYAMLError, lines: list[str]) -> tuple[int, str]:
    """Line and message for a YAML syntax error, at the line where the mistake is: the parser's
    problem mark (where it gave up), unless a quote opened earlier and never closed is the cause.
    The parser's context mark only says which enclosing block it was reading (often the first record)."""
    problem = exc.problem or "invalid YAML"
    problem_line = exc.problem_mark.line + 1 if exc.problem_mark else 0
    context_line = exc.context_mark.line + 1 if exc.context_mark else 0
    if exc.context and "quoted scalar" in exc.context and context_line:
        return context_line, f"{problem} {exc.context}; close the quote"
    opened = _unclosed_quote(lines, context_line or 1, problem_line - 1) if problem_line else None
    if opened:
        return opened, "the quote opened on this line is not closed; close the quote"
    if exc.context and exc.context_mark and context_line == problem_line:
        problem += f" {exc.context}"
    elif "tab" in problem and exc.context:
        problem += f" {exc.context}"
    text = lines[problem_line - 1] if 0 < problem_line <= len(lines) else ""
    if "tab" in problem or "\t" in text[: len(text) - len(text.lstrip())]:
        return problem_line, f"{problem}; indent with spaces, not tabs"
    if problem.startswith(_INDENTATION_PROBLEMS):
        hint = " (or put a value that contains ': ' in quotes)" if problem.startswith("mapping values") else ""
        return problem_line, f"{problem}; check this line's indentation against the lines above it{hint}"
    return problem_line, problem


# The last nodes read from each file, with the bytes they were read from: in a long-running process
# (``mkdocs serve``, ``build --watch``) an edit to one content file parses that file again and no other.
# Nodes are never changed once composed, so sharing them between builds is safe.
_LAST_READ: dict[str, tuple[bytes, Node]] = kept_between_builds()


def read_yaml(path: Path, rel: str, log: ProblemLog) -> Node | None:
    """Compose one YAML file into position-keeping nodes; log a problem and return None if unreadable."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        log.error(rel, 0, f"cannot read file: {exc.strerror}")
        return None
    last = _LAST_READ.get(str(path))
    if last is not None and last[0] == data:
        return last[1]
    node = _compose(data, rel, log)
    if node is not None:
        _LAST_READ[str(path)] = (data, node)
    return node


def _compose(data: bytes, rel: str, log: ProblemLog) -> Node | None:
    if len(data) > MAX_YAML_BYTES:
        log.error(rel, 0, f"file is {len(data):,} bytes; the limit is {MAX_YAML_BYTES:,}")
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        log.error(rel, line, f"not UTF-8 (byte {exc.start}); save the file as UTF-8")
        return None
    loader = None
    try:
        loader = _Loader(text)
        node = loader.get_single_node()
        if node is None:
            return Map({}, 1)
        _refuse_aliases(node, set())
        return _convert(node)
    except _Refused as exc:
        log.error(rel, exc.line, exc.message)
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        log.error(rel, line, f"character {exc.character!r} is not allowed in YAML; remove it")
    except yaml.MarkedYAMLError as exc:
        line, message = _syntax_error(exc, text.splitlines())
        log.error(rel, line, f"YAML syntax error: {message}")
    except yaml.YAMLError as exc:
        log.error(rel, 0, "YAML error: " + " ".join(str(exc).split()))
    except RecursionError:
        log.error(rel, 0, "the YAML nests too deeply")
    finally:
        if loader is not None:
            loader.dispose()
    return None
