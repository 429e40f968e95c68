"""The generator, top to bottom: load and validate → analyse → render → write.

Each stage takes and returns plain typed objects; problems from every stage are collected in one
log and raised once, as one ``DossierError``, before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .analysis import Analysis, analyse
from .errors import Problem, ProblemLog
from .model import Corpus
from .rendering import SiteOptions, render
from .validation import load_corpus
from .writing import WriteReport, write_pages


@dataclass(frozen=True)
class CheckResult:
    corpus: Corpus
    analysis: Analysis
    warnings: tuple[Problem, ...]


def check(root: Path) -> CheckResult:
    """Validate and analyse; raises DossierError with every problem found."""
    log = ProblemLog()
    corpus = load_corpus(Path(root), log)
    log.raise_if_any()
    assert corpus is not None  # load_corpus logs a problem whenever it returns None
    analysis = analyse(corpus, log)
    log.raise_if_any()
    return CheckResult(corpus, analysis, tuple(sorted(set(log.warnings))))


def generate(root: Path, options: SiteOptions = SiteOptions()) -> tuple[dict[str, str | bytes], CheckResult]:
    result = check(root)
    return render(result.corpus, result.analysis, options), result


def build(root: Path, docs_dir: Path, options: SiteOptions = SiteOptions()) -> tuple[WriteReport, CheckResult]:
    pages, result = generate(root, options)
    return write_pages(Path(docs_dir), pages), result
