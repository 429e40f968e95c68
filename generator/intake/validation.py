"""Turn composed YAML into the typed model, collecting every problem with its file and line.

``SCHEMA`` is the single description of what each record may hold; the record reader checks keys
against it (with a "did you mean" hint) and the JSON Schemas for editors are derived from it.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path

from . import yaml_nodes
from ..model.dates import DateSpec, DateSyntaxError, PartialDate, parse_date
from ..model.problems import ProblemLog
from ..model.figures import FigureSyntaxError, parse_figure
from .yaml_nodes import Map, Scalar, Seq
from ..model.records import (
    Annotation, Article, Claim, ClaimReport, CleaningOverride, Corpus, Dossier, Entity, Event, Figure,
    Origin, Outlet, QuoteOverride, QuoteRef, TextSelector,
)

LANGUAGES = ("de", "en")
ENTITY_KINDS = ("person", "state", "organisation", "place", "medium")
SOURCE_KINDS = ("state_media", "intelligence", "government", "wire_agency", "outlet", "other")
CLAIM_STATUSES = ("confirmed", "reported", "disputed")
ID_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")

# Field types: "str" (one line), "text" (may span lines), "id", "date", "bool", "url",
# "[str]", "enum:a|b", "ref:<kind>", "[ref:<kind>]", "{record}" and "[record]". A trailing "!" = required.
SCHEMA: dict[str, dict[str, str]] = {
    "dossier": {
        "title": "str!", "subtitle": "str", "description": "text", "language": "enum:de|en!",
        "period": "date", "questions": "[str]", "start_here": "[ref:article]", "editors": "[str]",
        "version": "str", "updated": "date", "loaded_words": "[str]",
    },
    "outlet": {
        "id": "id!", "name": "str", "label": "str", "country": "str", "kind": "str!",
        "homepage": "url", "evidence": "text",
    },
    "article": {
        "id": "id!", "seed": "str!", "outlet": "ref:outlet!", "title": "str!", "kicker": "str",
        "authors": "[str]", "published": "date", "published_note": "text", "url": "url",
        "archived_url": "url", "accessed": "date", "language": "enum:de|en", "agencies": "[str]",
        "photo_credits": "[str]", "tags": "[str]", "notes": "text", "cleaning": "{cleaning}",
        "annotations": "[annotation]", "quotes": "[quote]",
    },
    "cleaning": {"force_body": "[str]", "force_clutter": "[str]"},
    "annotation": {
        "id": "id", "quote": "str!", "prefix": "str", "suffix": "str", "note": "text!",
        "tags": "[str]", "events": "[ref:event]", "claims": "[ref:claim]", "actors": "[ref:entity]",
    },
    "quote": {"text": "str!", "speaker": "ref:entity", "ignore": "bool"},
    "entity": {
        "id": "id!", "name": "str!", "kind": "enum:" + "|".join(ENTITY_KINDS) + "!", "aliases": "[str]",
        "ambiguous_aliases": "[str]", "adjectives": "[str]", "epithets": "[str]", "description": "text",
        "source_kind": "enum:" + "|".join(SOURCE_KINDS), "source_patterns": "[str]",
    },
    "event": {
        "id": "id!", "date": "date!", "date_note": "text", "title": "str!", "description": "text",
        "actors": "[ref:entity]", "tags": "[str]", "sources": "[source]!",
    },
    "source": {"article": "ref:article!", "quote": "str!"},
    "claim": {
        "id": "id!", "statement": "str!", "topic": "str!", "status": "enum:" + "|".join(CLAIM_STATUSES) + "!",
        "quantity": "str", "reports": "[report]!",
    },
    "report": {
        "article": "ref:article!", "quote": "str!", "figure": "str", "unit": "str", "counted": "str",
        "attributed_to": "[ref:entity]",
    },
}
# Each content file: its top-level key and the record kind it lists (None: the file is one record).
FILES: dict[str, tuple[str | None, str]] = {
    "dossier.yml": (None, "dossier"),
    "outlets.yml": ("outlets", "outlet"),
    "articles.yml": ("articles", "article"),
    "entities.yml": ("entities", "entity"),
    "events.yml": ("events", "event"),
    "claims.yml": ("claims", "claim"),
}


class Record:
    """Typed access to one YAML mapping; every problem goes to the log with the value's line."""

    def __init__(self, node: Map, kind: str, file: str, log: ProblemLog, label: str):
        self.node, self.kind, self.file, self.log, self.label = node, kind, file, log, label
        fields = SCHEMA[kind]
        for key, (line, _) in node.items.items():
            if key not in fields:
                close = difflib.get_close_matches(key, fields, n=1)
                hint = f"; did you mean '{close[0]}'?" if close else f"; allowed: {', '.join(fields)}"
                self.error(line, f"unknown key '{key}'{hint}")
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

    def str(self, key: str, default: str = "", multiline: bool = False) -> str:
        scalar = self._scalar(key)
        if scalar is None:
            return default
        text = scalar.value.strip()
        if not multiline:
            if "\n" in text:
                self.error(scalar.line, f"'{key}' must be one line")
            text = " ".join(text.split())
        return text

    def opt_str(self, key: str) -> str | None:
        return self.str(key) or None

    def url(self, key: str) -> str | None:
        text = self.opt_str(key)
        if text and not re.match(r"^https?://[^\s<>\"]+$", text):
            self.error(self.line_of(key), f"'{key}' must be an http(s) URL, got '{text}'")
            return None
        return text

    def bool(self, key: str) -> bool:
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
        text = self.opt_str(key)
        if text is None:
            return default
        if text not in choices:
            close = difflib.get_close_matches(text, choices, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            self.error(self.line_of(key), f"'{key}' must be one of {', '.join(choices)}, got '{text}'{hint}")
            return default
        return text

    def date(self, key: str) -> DateSpec | None:
        text = self.opt_str(key)
        if text is None:
            return None
        try:
            return parse_date(text)
        except DateSyntaxError as exc:
            self.error(self.line_of(key), f"'{key}': {exc}")
            return None

    def id(self, key: str = "id") -> str:
        text = self.str(key)
        if text and not ID_PATTERN.match(text):
            suggestion = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
            self.error(self.line_of(key), f"id '{text}' must be lowercase letters, digits and hyphens"
                                          + (f" (e.g. '{suggestion}')" if suggestion else ""))
            return ""
        return text

    def list(self, key: str) -> list[tuple[int, object]]:
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

    def str_list(self, key: str) -> tuple[str, ...]:
        out = []
        for line, item in self.list(key):
            if isinstance(item, Scalar) and not item.is_null and item.value.strip():
                out.append(" ".join(item.value.split()))
            else:
                self.error(line, f"every item of '{key}' must be a single word or phrase")
        return tuple(out)

    def records(self, key: str, kind: str, label: str) -> list[Record]:
        out = []
        for index, (line, item) in enumerate(self.list(key), start=1):
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


def _top_records(root: Path, name: str, log: ProblemLog) -> tuple[list[Record], str]:
    """The records of one content file; ``log.problems`` grows if the file is unusable."""
    rel = f"content/{name}"
    path = root / "content" / name
    key, kind = FILES[name]
    if not path.exists():
        log.error(rel, 0, f"missing file; every dossier needs content/{name} (see README, 'Editing the dossier')")
        return [], rel
    node = yaml_nodes.read_yaml(path, rel, log)
    if node is None:
        return [], rel
    if not isinstance(node, Map):
        log.error(rel, node.line, f"the file must be a mapping{f' with the key {key!r}' if key else ''}, not a list or a value")
        return [], rel
    if key is None:
        return [Record(node, kind, rel, log, "")], rel
    for other, (line, _) in node.items.items():
        if other != key:
            close = difflib.get_close_matches(other, [key], n=1)
            log.error(rel, line, f"unknown top-level key '{other}'" + (f"; did you mean '{close[0]}'?" if close else f"; the file holds '{key}:'"))
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


def _unique(records: list, kind: str, log: ProblemLog) -> dict:
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


def _read_dossier(rec: Record) -> Dossier:
    return Dossier(
        title=rec.str("title"), subtitle=rec.str("subtitle"), description=rec.str("description", multiline=True),
        language=rec.enum("language", LANGUAGES, "de") or "de", period=rec.date("period"),
        questions=rec.str_list("questions"), start_here=rec.str_list("start_here"),
        editors=rec.str_list("editors"), version=rec.str("version", "1"), updated=rec.date("updated"),
        loaded_words=rec.str_list("loaded_words"), origin=rec.origin(),
    )


def _read_outlet(rec: Record) -> Outlet:
    name = rec.opt_str("name")
    label = rec.str("label") or (name or "")
    if not label:
        rec.error(rec.line, "an outlet without 'name' needs a 'label' that describes it (e.g. 'Schweizer Newsportal, nicht genannt')")
    return Outlet(rec.id(), name, label, rec.opt_str("country"), rec.str("kind"), rec.url("homepage"),
                  rec.str("evidence", multiline=True), rec.origin())


def _read_article(rec: Record, index: int, language: str) -> Article:
    ident = rec.id()
    overrides = []
    cleaning = rec.record("cleaning", "cleaning")
    if cleaning:
        for to in ("body", "clutter"):
            for line, item in cleaning.list(f"force_{to}"):
                if isinstance(item, Scalar) and item.value.strip():
                    overrides.append(CleaningOverride(" ".join(item.value.split()), to, Origin(rec.file, line)))
                else:
                    cleaning.error(line, f"every item of 'force_{to}' must be the start of a line of the seed")
    annotations = []
    for number, ann in enumerate(rec.records("annotations", "annotation", "annotation"), start=1):
        annotations.append(Annotation(
            id=ann.id() or f"{ident}-a{number}", article=ident,
            selector=TextSelector(ann.str("quote"), ann.str("prefix"), ann.str("suffix")),
            note=ann.str("note", multiline=True), tags=ann.str_list("tags"), events=ann.str_list("events"),
            claims=ann.str_list("claims"), actors=ann.str_list("actors"), origin=ann.origin()))
    return Article(
        id=ident, seed=rec.str("seed"), outlet=rec.str("outlet"), title=rec.str("title"),
        kicker=rec.opt_str("kicker"), authors=rec.str_list("authors"), published=rec.date("published"),
        published_note=rec.str("published_note", multiline=True), url=rec.url("url"),
        archived_url=rec.url("archived_url"), accessed=rec.date("accessed"),
        language=rec.enum("language", LANGUAGES, language) or language, agencies=rec.str_list("agencies"),
        photo_credits=rec.str_list("photo_credits"), tags=rec.str_list("tags"),
        notes=rec.str("notes", multiline=True), overrides=tuple(overrides), annotations=tuple(annotations),
        origin=rec.origin(),
    )


def _read_quote_overrides(rec: Record, article_id: str) -> list[QuoteOverride]:
    return [QuoteOverride(article_id, q.str("text"), q.opt_str("speaker"), q.bool("ignore"), q.origin())
            for q in rec.records("quotes", "quote", "quote")]


def _read_entity(rec: Record) -> Entity:
    return Entity(
        id=rec.id(), name=rec.str("name"), kind=rec.enum("kind", ENTITY_KINDS, "organisation") or "organisation",
        aliases=rec.str_list("aliases"), ambiguous_aliases=rec.str_list("ambiguous_aliases"),
        adjectives=rec.str_list("adjectives"), epithets=rec.str_list("epithets"),
        description=rec.str("description", multiline=True), source_kind=rec.enum("source_kind", SOURCE_KINDS),
        source_patterns=rec.str_list("source_patterns"), origin=rec.origin(),
    )


def _quote_refs(rec: Record, key: str, kind: str) -> tuple[QuoteRef, ...]:
    return tuple(QuoteRef(src.str("article"), src.str("quote"), src.origin()) for src in rec.records(key, kind, kind))


def _read_event(rec: Record) -> Event:
    return Event(
        id=rec.id(), date=rec.date("date") or DateSpec(PartialDate(1)), date_note=rec.str("date_note", multiline=True),
        title=rec.str("title"), description=rec.str("description", multiline=True),
        actors=rec.str_list("actors"), tags=rec.str_list("tags"),
        sources=_quote_refs(rec, "sources", "source"), origin=rec.origin(),
    )


def _read_claim(rec: Record, articles_language: dict[str, str]) -> Claim:
    reports = []
    for rep in rec.records("reports", "report", "report"):
        figure = None
        figure_text = rep.opt_str("figure")
        if figure_text:
            try:
                value, qualifier = parse_figure(figure_text, articles_language.get(rep.str("article"), "de"))
                figure = Figure(figure_text, value, qualifier, rep.opt_str("unit"), rep.opt_str("counted"))
            except FigureSyntaxError as exc:
                rep.error(rep.line_of("figure"), str(exc))
        quote = rep.str("quote")
        if figure and quote and " ".join(figure_text.split()) not in " ".join(quote.split()):
            rep.error(rep.line_of("figure"), f"figure '{figure_text}' does not appear in the quote; copy it as the article writes it")
        reports.append(ClaimReport(rep.str("article"), quote, figure, rep.str_list("attributed_to"), rep.origin()))
    return Claim(
        id=rec.id(), statement=rec.str("statement"), topic=rec.str("topic"),
        status=rec.enum("status", CLAIM_STATUSES, "reported") or "reported", quantity=rec.opt_str("quantity"),
        reports=tuple(reports), origin=rec.origin(),
    )


def _check_refs(origin: Origin, label: str, key: str, ids: tuple[str, ...] | list[str], known: dict,
                kind: str, log: ProblemLog) -> None:
    for ident in ids:
        if ident and ident not in known:
            close = difflib.get_close_matches(ident, known, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            log.error(origin.file, origin.line, f"{label}: {key}: unknown {kind} '{ident}'{hint}")


def _check_url_collisions(kind: str, records: dict, log: ProblemLog) -> None:
    """Ids become URLs; two that differ only in case or punctuation would overwrite each other's page."""
    seen: dict[str, str] = {}
    for ident, item in records.items():
        key = re.sub(r"[^a-z0-9]", "", ident.lower())
        if key in seen:
            log.error(item.origin.file, item.origin.line,
                      f"{kind} id '{ident}' would share a page URL with '{seen[key]}'; choose a distinct id")
        seen.setdefault(key, ident)


def load_corpus(root: Path, log: ProblemLog) -> Corpus | None:
    """Read and validate the whole dossier; returns None (with problems logged) if it is unusable."""
    root = Path(root)
    if not (root / "content").is_dir():
        log.error("content", 0, "no content/ folder; run 'python -m generator init DIR' to start a dossier")
        return None
    recs = {}
    unreadable: set[str] = set()  # record kinds whose file could not be read: references to them are not checked
    for name, (_, kind) in FILES.items():
        before = len(log.problems)
        recs[name] = _top_records(root, name, log)
        if len(log.problems) > before and not recs[name][0]:
            unreadable.add(kind)
    dossier_recs, _ = recs["dossier.yml"]
    dossier = _read_dossier(dossier_recs[0]) if dossier_recs else None
    language = dossier.language if dossier else "de"

    outlets = _unique([_read_outlet(r) for r in recs["outlets.yml"][0]], "outlet", log)
    article_recs = recs["articles.yml"][0]
    articles = _unique([_read_article(r, i, language) for i, r in enumerate(article_recs, 1)], "article", log)
    quote_overrides = []
    for rec in article_recs:
        quote_overrides += _read_quote_overrides(rec, rec.str("id"))
    entities = _unique([_read_entity(r) for r in recs["entities.yml"][0]], "entity", log)
    events = _unique([_read_event(r) for r in recs["events.yml"][0]], "event", log)
    languages = {a.id: a.language for a in articles.values()}
    claims = _unique([_read_claim(r, languages) for r in recs["claims.yml"][0]], "claim", log)


    def check_refs(origin: Origin, label: str, key: str, ids, known: dict, kind: str) -> None:
        if kind not in unreadable:  # its file already failed to load: one problem there beats a cascade here
            _check_refs(origin, label, key, ids, known, kind, log)

    for kind, records in (("outlet", outlets), ("article", articles), ("entity", entities),
                          ("event", events), ("claim", claims)):
        _check_url_collisions(kind, records, log)

    seeds: dict[str, str] = {}
    seed_owner: dict[str, str] = {}
    for article in articles.values():
        label = f"article '{article.id}'"
        check_refs(article.origin, label, "outlet", [article.outlet], outlets, "outlet")
        seed_rel = article.seed
        if not seed_rel:
            continue  # missing or empty: already reported where the article is read
        if "/" in seed_rel or "\\" in seed_rel or seed_rel.startswith("."):
            log.error(article.origin.file, article.origin.line, f"{label}: seed '{seed_rel}' must be a file name inside seeds/")
            continue
        if seed_rel in seed_owner:
            log.error(article.origin.file, article.origin.line, f"{label}: seed '{seed_rel}' is already used by article '{seed_owner[seed_rel]}'")
        seed_owner[seed_rel] = article.id
        text = yaml_nodes.read_seed(root / "seeds" / seed_rel, f"seeds/{seed_rel}", log, article.origin.file, article.origin.line)
        if text is not None:
            seeds[article.id] = text
        for ann in article.annotations:
            alabel = f"{label}: annotation '{ann.id}'"
            check_refs(ann.origin, alabel, "events", ann.events, events, "event")
            check_refs(ann.origin, alabel, "claims", ann.claims, claims, "claim")
            check_refs(ann.origin, alabel, "actors", ann.actors, entities, "entity")
    for override in quote_overrides:
        if override.speaker:
            check_refs(override.origin, f"article '{override.article}': quote", "speaker", [override.speaker], entities, "entity")
    for event in events.values():
        label = f"event '{event.id}'"
        check_refs(event.origin, label, "actors", event.actors, entities, "entity")
        for ref in event.sources:
            check_refs(ref.origin, label, "sources", [ref.article], articles, "article")
    for claim in claims.values():
        label = f"claim '{claim.id}'"
        for report in claim.reports:
            check_refs(report.origin, label, "reports", [report.article], articles, "article")
            check_refs(report.origin, label, "attributed_to", report.attributed_to, entities, "entity")
    if dossier:
        check_refs(dossier.origin, "dossier", "start_here", dossier.start_here, articles, "article")
    seeds_dir = root / "seeds"
    if seeds_dir.is_dir():
        for path in sorted(seeds_dir.iterdir()):
            if path.is_file() and not path.name.startswith(".") and path.name not in seed_owner:
                log.warn(f"seeds/{path.name}", 0, "seed file is not used by any article in content/articles.yml")
    if dossier is None:
        return None
    return Corpus(str(root), dossier, outlets, articles, entities, events, claims, seeds, tuple(quote_overrides))
