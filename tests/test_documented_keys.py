"""Every key the validator accepts (generator/intake/schema.py) is in the shipped JSON Schemas and in
the README's reference with an example, and neither has a key the validator lacks."""

from __future__ import annotations

import json
import re

import pytest

from generator.commands.schemas import SCHEMA_DIR
from generator.intake.schema import FILES, SCHEMA
from support import ROOT


def _reference() -> dict[str, set[str]]:
    """The keys of each record kind's example in the README's reference section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Reference: every key of the content files", 1)[1].split("\n## ", 1)[0]
    keys: dict[str, set[str]] = {}
    for match in re.finditer(r"^### `(\w+)`.*?\n```yaml\n(.*?)```", section, re.M | re.S):
        lines = [re.sub(r"^(\s*)- ", r"\1  ", line) for line in match.group(2).splitlines() if line.strip()]
        indent = min(len(line) - len(line.lstrip()) for line in lines)
        keys.setdefault(match.group(1), set()).update(
            m.group(1) for line in lines if (m := re.match(rf"^ {{{indent}}}([a-z_]+):", line)))
    return keys


def _schema_keys() -> dict[str, set[str]]:
    """The properties of each record kind in the shipped schema files, following nested records."""
    keys: dict[str, set[str]] = {}

    def walk(kind: str, schema: dict) -> None:
        properties = schema["properties"]
        keys.setdefault(kind, set()).update(properties)
        for key, spec in SCHEMA[kind].items():
            inner = spec.rstrip("!").strip("[]{}")
            if inner in SCHEMA and key in properties:
                walk(inner, properties[key].get("items", properties[key]))

    for name, (top, kind) in FILES.items():
        schema = json.loads((SCHEMA_DIR / name.replace(".yml", ".schema.json")).read_text(encoding="utf-8"))
        walk(kind, schema if top is None else schema["properties"][top]["items"])
    return keys


@pytest.mark.parametrize("kind", sorted(SCHEMA))
def test_schemas_and_readme_have_exactly_the_validators_keys(kind):
    accepted = set(SCHEMA[kind])
    assert _schema_keys().get(kind, set()) == accepted, f"JSON Schema of {kind!r} differs from intake/schema.py"
    documented = _reference().get(kind, set())
    assert not accepted - documented, f"README reference lacks {sorted(accepted - documented)} of {kind!r}"
    assert not documented - accepted, f"README reference shows {sorted(documented - accepted)}, which {kind!r} does not accept"


def test_the_reference_names_no_unknown_record_kind():
    assert set(_reference()) == set(SCHEMA)
