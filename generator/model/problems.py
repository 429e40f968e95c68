"""The one exception type of the package, the positioned problems it carries, and the hint for a misspelt name."""

from __future__ import annotations

import difflib
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the input, at a place the editor can jump to."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}" if self.line else f"{self.file}: {self.message}"


class DossierError(Exception):
    """Raised once per run with every problem found; turned into an exit code or PluginError at the edge."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems), key=lambda p: (p.file, p.line, p.message))
        super().__init__("\n".join(str(p) for p in self.problems))


class ProblemLog:
    """Collects problems (fatal) and warnings so that a run reports all of them at once."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []

    def error(self, file: str, line: int, message: str) -> None:
        self.problems.append(Problem(file, line, message))

    def warn(self, file: str, line: int, message: str) -> None:
        self.warnings.append(Problem(file, line, message))

    def raise_if_any(self) -> None:
        if self.problems:
            raise DossierError(self.problems)


def did_you_mean(word: str, choices, otherwise: str = "") -> str:
    """The hint that ends a message about an unknown name: "; did you mean 'x'?", else ``otherwise``."""
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f"; did you mean '{close[0]}'?" if close else otherwise
