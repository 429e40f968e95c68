"""Checks across records: unique ids, ids that would share a page URL, and every reference to an id
(an article's outlet, an event's actors, a report's article …) with a "did you mean" hint."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model.problems import ProblemLog, did_you_mean
from ..model.records import Article, Claim, Dossier, Entity, Event, Origin, Outlet, QuoteOverride


def unique(records: list, kind: str, log: ProblemLog) -> dict:
    """Records by id, sorted; a second record with an id already seen is a problem and left out."""
    seen: dict = {}
    for item in records:
        if not item.id:
            continue
        if item.id in seen:
            first = seen[item.id].origin
            log.error(item.origin.file, item.origin.line,
                      f"duplicate {kind} id '{item.id}' (first at {first.file}:{first.line})")
            continue
        seen[item.id] = item
    return dict(sorted(seen.items()))


def check_url_collisions(kind: str, records: dict, log: ProblemLog) -> None:
    """Ids become URLs; two that differ only in case or punctuation would overwrite each other's page."""
    seen: dict[str, str] = {}
    for ident, item in records.items():
        key = re.sub(r"[^a-z0-9]", "", ident.lower())
        if key in seen:
            log.error(item.origin.file, item.origin.line,
                      f"{kind} id '{ident}' would share a page URL with '{seen[key]}'; choose a distinct id")
        seen.setdefault(key, ident)


@dataclass(frozen=True)
class Records:
    """Every record of the dossier by kind, as read (before the seed texts)."""

    dossier: Dossier | None
    outlets: dict[str, Outlet]
    articles: dict[str, Article]
    entities: dict[str, Entity]
    events: dict[str, Event]
    claims: dict[str, Claim]
    quote_overrides: tuple[QuoteOverride, ...]


class _Checker:
    """Reports references to unknown ids; kinds whose file could not be read are not checked (one
    problem at the broken file beats a cascade here)."""

    def __init__(self, records: Records, unreadable: set[str], log: ProblemLog):
        self.known = {"outlet": records.outlets, "article": records.articles, "entity": records.entities,
                      "event": records.events, "claim": records.claims}
        self.unreadable, self.log = unreadable, log

    def check(self, origin: Origin, label: str, key: str, ids, kind: str) -> None:
        if kind in self.unreadable:
            return
        known = self.known[kind]
        for ident in ids:
            if ident and ident not in known:
                self.log.error(origin.file, origin.line, f"{label}: {key}: unknown {kind} '{ident}'" + did_you_mean(ident, known))


def check_references(records: Records, unreadable: set[str], log: ProblemLog) -> None:
    for kind, by_id in (("outlet", records.outlets), ("article", records.articles), ("entity", records.entities),
                        ("event", records.events), ("claim", records.claims)):
        check_url_collisions(kind, by_id, log)
    check = _Checker(records, unreadable, log).check
    for article in records.articles.values():
        label = f"article '{article.id}'"
        check(article.origin, label, "outlet", [article.outlet], "outlet")
        if not _names_a_seed(article.seed):
            continue  # its seed is reported instead
        for ann in article.annotations:
            where = f"{label}: annotation '{ann.id}'"
            check(ann.origin, where, "events", ann.events, "event")
            check(ann.origin, where, "claims", ann.claims, "claim")
            check(ann.origin, where, "actors", ann.actors, "entity")
    for override in records.quote_overrides:
        if override.speaker:
            check(override.origin, f"article '{override.article}': quote", "speaker", [override.speaker], "entity")
    for event in records.events.values():
        label = f"event '{event.id}'"
        check(event.origin, label, "actors", event.actors, "entity")
        for ref in event.sources:
            check(ref.origin, label, "sources", [ref.article], "article")
    for claim in records.claims.values():
        label = f"claim '{claim.id}'"
        for report in claim.reports:
            check(report.origin, label, "reports", [report.article], "article")
            check(report.origin, label, "attributed_to", report.attributed_to, "entity")
    if records.dossier:
        check(records.dossier.origin, "dossier", "start_here", records.dossier.start_here, "article")


def _names_a_seed(name: str) -> bool:
    return bool(name) and "/" not in name and "\\" not in name and not name.startswith(".")
