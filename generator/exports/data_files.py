"""The dossier's data as downloads: JSON and CSV for events, claims and articles, entities as JSON,
and the bibliography as CSL-JSON. Ids are the YAML ids, so links and scripts stay stable."""

from __future__ import annotations

import csv
import io
import json

from ..model.analysis import Analysis
from ..model.dates import DateSpec
from ..model.memory import kept_between_builds
from ..model.records import Corpus
from .schemas import SCHEMA_VERSION, schema_files

# (file name, description, {field: meaning}), each text as (German, English); the data page shows them.
FILES: list[tuple[str, tuple[str, str], dict[str, tuple[str, str]]]] = [
    ("events.json", ("Ereignisse der Chronologie mit Belegen", "Chronology events with their sources"), {
        "id": ("stabile Kennung", "stable id"),
        "date": ("Datum im EDTF-Stil (2022, 2022-08, 2022-08-15, Bereich a/b, ~ ungefähr)",
                 "EDTF-style date (2022, 2022-08, 2022-08-15, range a/b, ~ circa)"),
        "date_precision": ("year, month, day oder range", "year, month, day or range"),
        "date_text": ("Datum in Worten", "date in words"), "title": ("Titel", "title"),
        "description": ("Beschreibung", "description"), "actors": ("Kennungen der Akteure", "actor ids"),
        "tags": ("Schlagwörter", "tags"),
        "sources": ("Belege: article, quote, paragraph (Absatz-Anker)", "sources: article, quote, paragraph (anchor)")}),
    ("events.csv", ("Ereignisse als Tabelle (eine Zeile je Beleg)", "Events as a table (one row per source)"), {
        "id": ("Kennung", "id"), "date": ("Datum", "date"), "title": ("Titel", "title"), "article": ("Artikel", "article"),
        "paragraph": ("Absatz", "paragraph"), "quote": ("Wortlaut", "wording")}),
    ("claims.json", ("Aussagen mit dem Wortlaut jedes Artikels und den Zahlen", "Claims with each article's wording and figures"), {
        "id": ("Kennung", "id"), "statement": ("Aussage", "claim"), "topic": ("Thema", "topic"),
        "status": ("confirmed, reported oder disputed", "confirmed, reported or disputed"),
        "reports": ("je Artikel: article, quote, paragraph, figure (text, value, low, high, unit, approximate, counted, "
                    "qualifier), attributed_to; eine genaue Zahl hat low = value = high, eine offene Grenze null",
                    "per article: article, quote, paragraph, figure (text, value, low, high, unit, approximate, counted, "
                    "qualifier), attributed_to; an exact figure has low = value = high, an open bound is null")}),
    ("claims.csv", ("Aussagen als Tabelle (eine Zeile je Artikel)", "Claims as a table (one row per article)"), {
        "id": ("Kennung", "id"), "statement": ("Aussage", "claim"), "status": ("Status", "status"),
        "article": ("Artikel", "article"), "quote": ("Wortlaut", "wording"), "figure": ("Zahl wie im Text", "figure as written"),
        "value": ("Zahlenwert", "numeric value"), "low": ("untere Grenze", "lower bound"),
        "high": ("obere Grenze", "upper bound"), "unit": ("Einheit (%, Prozentpunkte, EUR, USD, Anteil, Jahr …)",
                                                         "unit (%, Prozentpunkte, EUR, USD, Anteil, Jahr …)"),
        "approximate": ("ungefähr (true/false)", "approximate (true/false)"), "counted": ("was gezählt wird", "what is counted"),
        "attributed_to": ("Quellen", "sources")}),
    ("quotes.json", ("Zitate aus den Artikeln, direkt und indirekt, mit Sprecher", "Quotes from the articles, direct and indirect, with their speakers"), {
        "article": ("Artikel (Kennung wie in articles.json)", "article (id as in articles.json)"),
        "paragraph": ("Absatz-Anker", "paragraph anchor"), "text": ("das Zitat, wie es dasteht", "the quote as written"),
        "direct": ("direkte Rede (true) oder indirekte (false)", "direct speech (true) or indirect (false)"),
        "speaker": ("name wie im Text, resolved (wer es ist), id (Akteur oder null), kind (person, institution, outlet, "
                    "agency, unnamed), inferred (aus einem früheren Satz erschlossen)",
                    "name as written, resolved (who it is), id (actor or null), kind (person, institution, outlet, agency, "
                    "unnamed), inferred (from an earlier sentence)"),
        "start": ("Zeichenposition im bereinigten Text (text in articles.json)", "character offset in the cleaned text (text in articles.json)"),
        "end": ("Ende im bereinigten Text", "end in the cleaned text")}),
    ("attributions.json", ("Quellenangaben: wer sagt oder meldet es", "Attributions: who says or reports it"), {
        "article": ("Artikel (Kennung wie in articles.json)", "article (id as in articles.json)"),
        "paragraph": ("Absatz-Anker", "paragraph anchor"), "cue": ("die zuschreibenden Wörter", "the attributing words"),
        "sentence": ("der Satz der Angabe", "the sentence"),
        "source": ("name wie im Text, resolved, id (Akteur oder null), ids (alle Akteure), kind, inferred",
                   "name as written, resolved, id (actor or null), ids (every actor), kind, inferred"),
        "start": ("Zeichenposition der Angabe im bereinigten Text", "character offset of the cue in the cleaned text"),
        "end": ("Ende im bereinigten Text", "end in the cleaned text")}),
    ("quotes.csv", ("Zitate als Tabelle", "Quotes as a table"), {}),
    ("attributions.csv", ("Quellenangaben als Tabelle", "Attributions as a table"), {}),
    ("articles.json", ("Artikel mit Metadaten", "Articles with metadata"), {
        "id": ("Kennung", "id"), "title": ("Überschrift", "headline"), "kicker": ("Dachzeile", "kicker"),
        "outlet": ("Medium (Kennung)", "outlet (id)"), "outlet_label": ("Medium", "outlet"),
        "authors": ("Autor·innen", "authors"), "published": ("Erscheinungsdatum (EDTF-Stil)", "publication date (EDTF style)"),
        "url": ("Adresse", "address"), "archived_url": ("Archivadresse", "archived address"),
        "accessed": ("Abrufdatum", "access date"), "language": ("Sprache", "language"), "agencies": ("Agenturen", "agencies"),
        "words": ("Wörter im bereinigten Text", "words in the cleaned text"), "seed": ("Quelldatei", "source file"),
        "text": ("der bereinigte Text (Textblöcke, durch eine Leerzeile getrennt)", "the cleaned text (text blocks, a blank line between them)")}),
    ("articles.csv", ("Artikel als Tabelle", "Articles as a table"), {
        "id": ("Kennung", "id"), "title": ("Überschrift", "headline"), "outlet_label": ("Medium", "outlet"),
        "authors": ("Autor·innen", "authors"), "published": ("Erscheinungsdatum", "publication date"),
        "url": ("Adresse", "address"), "agencies": ("Agenturen", "agencies"), "words": ("Wörter", "words")}),
    ("entities.json", ("Akteure und Quellen mit Schreibweisen und Erwähnungszahlen", "Actors and sources with spellings and mention counts"), {
        "id": ("Kennung", "id"), "name": ("Name", "name"), "kind": ("Art", "kind"), "aliases": ("Schreibweisen", "spellings"),
        "description": ("Beschreibung", "description"), "source_kind": ("Art der Quelle (falls Quelle)", "kind of source (if a source)"),
        "mentions": ("Erwähnungen je Artikel", "mentions per article")}),
    ("bibliography.json", ("Bibliografie im CSL-JSON-Format (Zotero, Pandoc, Citavi)", "Bibliography in CSL-JSON (Zotero, Pandoc, Citavi)"), {
        "id": ("Kennung", "id"), "type": ("article-newspaper", "article-newspaper"), "title": ("Überschrift", "headline"),
        "container-title": ("Medium", "outlet"), "author": ("Autor·innen", "authors"),
        "issued": ("Erscheinungsdatum (date-parts in bekannter Genauigkeit, circa)", "publication date (date-parts as precise as known, circa)"),
        "accessed": ("Abrufdatum", "access date"), "URL": ("Adresse", "address"), "archive_location": ("Archivadresse", "archived address")}),
]


def documented_files(language: str) -> list[tuple[str, str, dict[str, str]]]:
    """FILES in the dossier's language, for the data page."""
    pick = 0 if language == "de" else 1
    return [(name, text[pick], {field: meaning[pick] for field, meaning in fields.items()}) for name, text, fields in FILES]


def _date(spec: DateSpec | None) -> str | None:
    return spec.iso() if spec else None


def _csl_date(spec: DateSpec | None) -> dict | None:
    if not spec:
        return None
    parts = [[p for p in (spec.start.year, spec.start.month, spec.start.day) if p]]
    if spec.end:
        parts.append([p for p in (spec.end.year, spec.end.month, spec.end.day) if p])
    out: dict = {"date-parts": parts}
    if spec.circa:
        out["circa"] = True
    return out


def _csv(header: list[str], rows: list[list]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # BOM: spreadsheets then read UTF-8 umlauts


# The last export in this process: a long-running process (`mkdocs serve`, `generator build --watch`)
# exports again only when what the downloads are made from changed (``Analysis.inputs``: the
# annotations are in no download), and then encodes again only the JSON files whose data changed
# (comparing the data is C code and several times faster than indented JSON, which is pure Python).
_LAST_EXPORT: dict[str, tuple] = kept_between_builds()
_LAST_JSON: dict[str, tuple[object, bytes]] = kept_between_builds()


def _encoded_json(name: str, data, encoded: dict[str, tuple[object, bytes]]) -> bytes:
    """``data`` as indented JSON; ``encoded`` collects this export's files for the next one."""
    last = _LAST_JSON.get(name)
    if last is not None and last[0] == data:
        found = last[1]
    else:
        found = (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8")
    encoded[name] = (data, found)
    return found


def _events(corpus: Corpus, analysis: Analysis) -> tuple[list[dict], list[list]]:
    """Events for JSON, and their rows for CSV (one per source)."""
    events, rows = [], []
    for group in analysis.chronology:
        for entry in group.entries:
            event = entry.event
            sources = [{"article": s.ref.article, "quote": s.ref.quote, "paragraph": s.anchor.block} for s in entry.sources]
            events.append({"id": event.id, "date": event.date.iso(), "date_precision": event.date.precision,
                           "date_text": event.date.format(corpus.dossier.language), "date_note": event.date_note,
                           "title": event.title, "description": event.description, "actors": list(event.actors),
                           "tags": list(event.tags), "first_reported_in": entry.first_report, "sources": sources})
            for source in sources:
                rows.append([event.id, event.date.iso(), event.title, source["article"], source["paragraph"], source["quote"]])
    return events, rows


def _figure_columns(figure) -> list:
    """figure, value, low, high, unit, approximate, counted: empty cells for a report without a figure."""
    if not figure:
        return ["", "", "", "", "", "", ""]
    blank = lambda value: "" if value is None else value  # noqa: E731 - an open bound is an empty cell
    return [figure.text, figure.value, blank(figure.low), blank(figure.high), figure.unit or "",
            "true" if figure.approximate else "false", figure.counted or ""]


def _claims(corpus: Corpus, analysis: Analysis) -> tuple[list[dict], list[list]]:
    """Claims for JSON, and their rows for CSV (one per report)."""
    claims, rows = [], []
    for claim in corpus.claims.values():
        reports = []
        for index, report in enumerate(claim.reports):
            anchor = analysis.claim_anchors.get((claim.id, index))
            figure = report.figure
            reports.append({"article": report.article, "quote": report.quote, "paragraph": anchor.block if anchor else None,
                            "figure": None if not figure else {"text": figure.text, "value": figure.value,
                                                                "low": figure.low, "high": figure.high,
                                                                "unit": figure.unit, "approximate": figure.approximate,
                                                                "counted": figure.counted, "qualifier": figure.qualifier},
                            "attributed_to": list(report.attributed_to)})
            rows.append([claim.id, claim.statement, claim.status, report.article, report.quote,
                         *_figure_columns(figure), " ".join(report.attributed_to)])
        claims.append({"id": claim.id, "statement": claim.statement, "topic": claim.topic, "status": claim.status,
                       "quantity": claim.quantity, "reports": reports})
    return claims, rows


def _articles(corpus: Corpus, analysis: Analysis) -> tuple[list[dict], list[list], list[dict]]:
    """Articles for JSON and for CSV, and the bibliography in CSL-JSON."""
    articles, rows, bibliography = [], [], []
    for article in analysis.articles:
        outlet = corpus.outlets.get(article.outlet)
        agencies = list(analysis.credited[article.id])
        words = analysis.clean[article.id].word_count()
        articles.append({"id": article.id, "title": article.title, "kicker": article.kicker, "outlet": article.outlet,
                         "outlet_label": outlet.label if outlet else article.outlet, "outlet_named": bool(outlet and outlet.name),
                         "authors": list(article.authors), "published": _date(article.published),
                         "published_note": article.published_note, "url": article.url, "archived_url": article.archived_url,
                         "accessed": _date(article.accessed), "language": article.language, "agencies": agencies,
                         "signature": analysis.clean[article.id].signature, "words": words, "seed": article.seed,
                         "tags": list(article.tags), "text": analysis.clean[article.id].text})
        rows.append([article.id, article.title, outlet.label if outlet else article.outlet,
                     "; ".join(article.authors), _date(article.published) or "", article.url or "",
                     " ".join(agencies), words])
        item = {"id": article.id, "type": "article-newspaper", "title": article.title, "language": article.language,
                "container-title": outlet.name if outlet and outlet.name else None,
                "author": [{"literal": name} for name in article.authors] or None,
                "issued": _csl_date(article.published), "accessed": _csl_date(article.accessed),
                "URL": article.url, "archive_location": article.archived_url, "note": article.published_note or None}
        bibliography.append({k: v for k, v in item.items() if v is not None})
    return articles, rows, bibliography


def _who(name: str | None, resolved: str | None, ids: tuple[str, ...], kind: str | None, inferred: bool) -> dict:
    return {"name": name, "resolved": resolved, "id": ids[0] if ids else None, "kind": kind or "unnamed", "inferred": inferred}


def _quotes(analysis: Analysis) -> tuple[list[dict], list[list]]:
    quotes, rows = [], []
    for article in analysis.articles:
        clean = analysis.clean[article.id]
        for quote in analysis.quotes[article.id]:
            start = clean.offset(quote.block) + quote.start
            ids = (quote.speaker,) if quote.speaker else ()
            speaker = _who(quote.speaker_written or quote.speaker_name, quote.speaker_name, ids, quote.speaker_kind,
                           quote.speaker_inferred)
            quotes.append({"article": article.id, "paragraph": quote.block, "text": quote.text, "direct": quote.direct,
                           "speaker": speaker, "start": start, "end": start + len(quote.text)})
            rows.append([article.id, quote.block, start, start + len(quote.text), "true" if quote.direct else "false",
                         quote.text, speaker["name"] or "", speaker["id"] or "", speaker["kind"]])
    return quotes, rows


def _attributions(analysis: Analysis) -> tuple[list[dict], list[list]]:
    items, rows = [], []
    for article in analysis.articles:
        clean = analysis.clean[article.id]
        for item in analysis.attributions[article.id]:
            start = clean.offset(item.block) + item.start
            source = _who(item.source_written or item.source_name, item.source_name, item.sources, item.source_kind,
                          item.inferred)
            source["ids"] = list(item.sources)
            items.append({"article": article.id, "paragraph": item.block, "cue": item.phrase, "sentence": item.sentence,
                          "source": source, "start": start, "end": start + len(item.phrase)})
            rows.append([article.id, item.block, start, start + len(item.phrase), item.phrase, source["name"] or "",
                         source["id"] or "", source["kind"], item.sentence])
    return items, rows


def _entities(corpus: Corpus, analysis: Analysis) -> list[dict]:
    mention_counts: dict[str, dict[str, int]] = {}
    for article_id, mentions in analysis.mentions.items():
        for mention in mentions:
            mention_counts.setdefault(mention.entity, {}).setdefault(article_id, 0)
            mention_counts[mention.entity][article_id] += 1
    return [{"id": e.id, "name": e.name, "kind": e.kind, "aliases": list(e.aliases + e.ambiguous_aliases),
             "description": e.description, "source_kind": e.source_kind, "mentions": mention_counts.get(e.id, {})}
            for e in corpus.entities.values()]


def export_files(corpus: Corpus, analysis: Analysis, prefix: str) -> dict[str, bytes]:
    last = _LAST_EXPORT.get(prefix)
    if last is not None and last[0] == analysis.inputs:
        return last[1]
    events, event_rows = _events(corpus, analysis)
    claims, claim_rows = _claims(corpus, analysis)
    articles, article_rows, bibliography = _articles(corpus, analysis)
    quotes, quote_rows = _quotes(analysis)
    attributions, attribution_rows = _attributions(analysis)
    meta = {"dossier": corpus.dossier.title, "version": corpus.dossier.version, "schema_version": SCHEMA_VERSION}
    encoded: dict[str, tuple[object, bytes]] = {}

    def _json(name: str, data) -> bytes:
        return _encoded_json(name, data, encoded)

    files = {
        prefix + "events.json": _json("events", {**meta, "events": events}),
        prefix + "events.csv": _csv(["id", "date", "title", "article", "paragraph", "quote"], event_rows),
        prefix + "claims.json": _json("claims", {**meta, "claims": claims}),
        prefix + "claims.csv": _csv(["id", "statement", "status", "article", "quote", "figure", "value", "low", "high",
                                     "unit", "approximate", "counted", "attributed_to"], claim_rows),
        prefix + "quotes.json": _json("quotes", {**meta, "quotes": quotes}),
        prefix + "quotes.csv": _csv(["article", "paragraph", "start", "end", "direct", "text", "speaker_name", "speaker_id",
                                     "speaker_kind"], quote_rows),
        prefix + "attributions.json": _json("attributions", {**meta, "attributions": attributions}),
        prefix + "attributions.csv": _csv(["article", "paragraph", "start", "end", "cue", "source_name", "source_id",
                                           "source_kind", "sentence"], attribution_rows),
        prefix + "articles.json": _json("articles", {**meta, "articles": articles}),
        prefix + "articles.csv": _csv(["id", "title", "outlet_label", "authors", "published", "url", "agencies", "words"],
                                      article_rows),
        prefix + "entities.json": _json("entities", {**meta, "entities": _entities(corpus, analysis)}),
        prefix + "bibliography.json": _json("bibliography", bibliography),
    }
    _LAST_JSON.clear()
    _LAST_JSON.update(encoded)
    _LAST_EXPORT.clear()
    _LAST_EXPORT[prefix] = (analysis.inputs, files)
    return files


def downloads(corpus: Corpus, analysis: Analysis, prefix: str):
    """Every download with its schema, as (path inside the docs folder, bytes)."""
    yield from export_files(corpus, analysis, prefix).items()
    yield from schema_files(prefix).items()
