"""``python -m generator suggest``: the proposals as YAML the editor can paste, or (``--write``)
appended to content/suggestions.yml, which ``check`` lists as unreviewed until the editor decides.

The editor's files are never touched; in the review file, proposals already there are kept byte
for byte and only new ones are appended.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from ..analysis.suggestions import Evidence, Suggestions
from ..model.problems import ProblemLog

REVIEW_FILE = "suggestions.yml"
HEADER = ("# Proposals by 'python -m generator suggest', unreviewed until you decide: copy what is right into\n"
          "# events.yml, claims.yml or entities.yml, then set 'review: accepted' or 'review: rejected'.\n"
          "# A later run appends only new proposals and never changes this file's existing lines.\n")
_OPEN = re.compile(r"^\s*review:\s*open\s*$")


def _evidence(items: tuple[Evidence, ...]) -> list[dict]:
    return [{"article": e.article, "line": e.line, "quote": e.quote} for e in items]


def proposals(suggestions: Suggestions) -> list[tuple[str, dict]]:
    """Each proposal as (section, record) in the order the editor should read them."""
    out: list[tuple[str, dict]] = []
    for event in suggestions.events:
        out.append(("events", {"id": event.id, "review": "open", "confidence": event.confidence,
                               "date": event.date.iso() if event.date else None,
                               "date_written": list(event.date_written), "title": event.title,
                               "sources": _evidence(event.evidence)}))
    for figure in suggestions.figures:
        out.append(("figures", {"id": f"figure-{figure.quantity}", "review": "open", "confidence": figure.confidence,
                                "quantity": figure.quantity, "disagree": figure.disagree,
                                "reports": [{**_evidence((r.evidence,))[0], "figure": r.figure.text,
                                             "unit": r.figure.unit, "counted": r.figure.counted}
                                            for r in figure.reports]}))
    for actor in suggestions.actors:
        out.append(("actors", {"id": actor.id, "review": "open", "confidence": actor.confidence, "name": actor.name,
                               "kind": actor.kind, "aliases": list(actor.aliases), "articles": actor.articles,
                               "evidence": _evidence(actor.evidence)}))
    for source in suggestions.sources:
        out.append(("sources", {"id": f"source-{source.name}", "review": "open", "confidence": source.confidence,
                                "name": source.name, "kind": source.kind, "evidence": _evidence(source.evidence)}))
    seen: dict[str, int] = {}
    unique = []
    for section, record in out:
        seen[record["id"]] = seen.get(record["id"], 0) + 1
        ident = record["id"] if seen[record["id"]] == 1 else f"{record['id']}-{seen[record['id']]}"
        rest = {key: value for key, value in record.items() if key != "id"}
        unique.append((section, {"id": ident, "proposal": section.rstrip("s"), **rest}))
    return unique


def _dump(record: dict) -> str:
    return yaml.safe_dump([record], allow_unicode=True, sort_keys=False, width=110)


def render(suggestions: Suggestions) -> str:
    """All proposals as one YAML document: events, figures (disagreeing first), actors, sources."""
    return HEADER + "proposals:\n" + "".join(_indent(_dump(record)) for _, record in proposals(suggestions))


def _indent(text: str) -> str:
    return "".join("  " + line if line.strip() else line for line in text.splitlines(keepends=True))


def write_review_file(root: Path, suggestions: Suggestions) -> int:
    """Append the proposals not yet in content/suggestions.yml; returns how many were appended."""
    path = Path(root) / "content" / REVIEW_FILE
    existing = path.read_text(encoding="utf-8") if path.is_file() else ""
    known = set(re.findall(r"^\s*- id: ['\"]?(.+?)['\"]?\s*$", existing, re.M))
    new = [record for _, record in proposals(suggestions) if str(record["id"]) not in known]
    if not new:
        return 0
    text = existing or HEADER
    if not text.endswith("\n"):
        text += "\n"
    if not re.search(r"^proposals:\s*$", text, re.M):
        text += "proposals:\n"
    text += "".join(_indent(_dump(record)) for record in new)
    path.write_text(text, encoding="utf-8")
    return len(new)


def review_warnings(root: Path, log: ProblemLog) -> None:
    """One warning for the proposals in the review file the editor has not decided on yet, at the first."""
    path = Path(root) / "content" / REVIEW_FILE
    if not path.is_file():
        return
    open_lines = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if _OPEN.match(line)]
    if open_lines:
        log.warn(f"content/{REVIEW_FILE}", open_lines[0], f"{len(open_lines)} proposal(s) not reviewed yet; copy what is "
                                                          "right into the content files, then set 'review: accepted' "
                                                          "or 'review: rejected'")
