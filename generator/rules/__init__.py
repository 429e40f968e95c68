"""The word lists and patterns that read article text, as data: one YAML file per capability, each
with a section per language where the words differ. Every stage reads them through ``load``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

HERE = Path(__file__).parent


@lru_cache(maxsize=None)
def load(name: str):
    """The parsed rules file ``generator/rules/<name>.yml`` (read once per process)."""
    return yaml.safe_load((HERE / f"{name}.yml").read_text(encoding="utf-8"))
