"""What a long-running process (``mkdocs serve``, ``generator build --watch``) keeps from one build
for the next: each keeper is a dict made here, so that a one-shot build can hand all of it back
before MkDocs renders the pages (at N = 10,000 the readings alone are about a gigabyte)."""

from __future__ import annotations

_KEEPERS: list[dict] = []


def kept_between_builds() -> dict:
    """A new, empty dict that ``forget`` empties."""
    keeper: dict = {}
    _KEEPERS.append(keeper)
    return keeper


def forget() -> None:
    """Empty every keeper: the next build reads from the disk cache again."""
    for keeper in _KEEPERS:
        keeper.clear()
