"""The intake stage: read the content files, the records in them and the seed texts, check every
reference, and hand the analysis one validated ``Corpus`` (or None, with every problem logged)."""

from __future__ import annotations

from pathlib import Path

from ..model.problems import ProblemLog
from ..model.records import Corpus
from . import readers
from .records import Record, content_records
from .references import Records, check_references, unique
from .schema import FILES
from .seeds import read_seeds


def load_corpus(root: Path, log: ProblemLog) -> Corpus | None:
    """Read and validate the whole dossier; returns None (with problems logged) if it is unusable."""
    root = Path(root)
    if not (root / "content").is_dir():
        log.error("content", 0, "no content/ folder; run 'python -m generator init DIR' to start a dossier")
        return None
    by_file, unreadable = _parse(root, log)
    records = _read(by_file, log)
    seeds = read_seeds(root, records.articles, log)
    check_references(records, unreadable, log)
    _warn_unreviewed(root, records.articles, log)
    if records.dossier is None:
        return None
    return Corpus(str(root), records.dossier, records.outlets, records.articles, records.entities, records.events,
                  records.claims, seeds, records.quote_overrides)


def _parse(root: Path, log: ProblemLog) -> tuple[dict[str, list[Record]], set[str]]:
    """The records of each content file, and the record kinds whose file could not be read."""
    by_file: dict[str, list[Record]] = {}
    unreadable: set[str] = set()
    for name, (_, kind) in FILES.items():
        before = len(log.problems)
        by_file[name], _ = content_records(root, name, log)
        if len(log.problems) > before and not by_file[name]:
            unreadable.add(kind)
    return by_file, unreadable


def _read(by_file: dict[str, list[Record]], log: ProblemLog) -> Records:
    """Typed records, each kind unique by id."""
    dossier_records = by_file["dossier.yml"]
    dossier = readers.read_dossier(dossier_records[0]) if dossier_records else None
    language = dossier.language if dossier else "de"
    article_records = by_file["articles.yml"]
    articles = unique([readers.read_article(r, language) for r in article_records], "article", log)
    quote_overrides = [o for r in article_records for o in readers.read_quote_overrides(r, r.text("id"))]
    languages = {a.id: a.language for a in articles.values()}
    return Records(
        dossier=dossier,
        outlets=unique([readers.read_outlet(r) for r in by_file["outlets.yml"]], "outlet", log),
        articles=articles,
        entities=unique([readers.read_entity(r) for r in by_file["entities.yml"]], "entity", log),
        events=unique([readers.read_event(r) for r in by_file["events.yml"]], "event", log),
        claims=unique([readers.read_claim(r, languages) for r in by_file["claims.yml"]], "claim", log),
        quote_overrides=tuple(quote_overrides),
    )


REVIEW_MARK = "# review:"  # the line 'add' writes above each stub it appends
UNKNOWN_OUTLET = "unbekannt"  # the outlet 'add' gives an article whose outlet the text does not tell


def _warn_unreviewed(root: Path, articles: dict, log: ProblemLog) -> None:
    """Stubs that 'add' wrote and nobody reviewed yet, and outlets it could not tell: warnings
    (``check --strict`` fails on them)."""
    path = root / "content" / "articles.yml"
    lines = path.read_text(encoding="utf-8-sig").split("\n") if path.is_file() else []
    for article in articles.values():
        above = next((lines[i].strip() for i in range(article.origin.line - 2, -1, -1) if lines[i].strip()), "")
        if above.startswith(REVIEW_MARK):
            log.warn(article.origin.file, article.origin.line,
                     f"article '{article.id}' is still marked for review; check its values, then delete the "
                     f"'{REVIEW_MARK}' line above it")
        if article.outlet == UNKNOWN_OUTLET:
            log.warn(article.origin.file, article.origin.line,
                     f"article '{article.id}': its outlet is not known yet; set 'outlet:' to an id from content/outlets.yml")
