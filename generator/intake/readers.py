"""One reader per record kind: a checked ``Record`` in, a frozen model object out."""

from __future__ import annotations

from dataclasses import replace

from ..model.dates import DateSpec, PartialDate
from ..model.figures import FigureSyntaxError, parse_figure, unit_of
from ..model.records import (
    Annotation, Article, Claim, ClaimReport, CleaningOverride, Dossier, Entity, Event, Origin, Outlet,
    QuoteOverride, QuoteRef, TextSelector,
)
from .records import Record
from .schema import CLAIM_STATUSES, ENTITY_KINDS, LANGUAGES, SOURCE_KINDS
from .yaml_nodes import Scalar


def read_dossier(rec: Record) -> Dossier:
    return Dossier(
        title=rec.text("title"), subtitle=rec.text("subtitle"), description=rec.text("description", multiline=True),
        language=rec.enum("language", LANGUAGES, "de") or "de", period=rec.date("period"),
        questions=rec.texts("questions"), start_here=rec.texts("start_here"),
        editors=rec.texts("editors"), version=rec.text("version", "1"), updated=rec.date("updated"),
        loaded_words=rec.texts("loaded_words"), neutral_words=rec.texts("neutral_words"), origin=rec.origin(),
    )


def read_outlet(rec: Record) -> Outlet:
    name = rec.optional_text("name")
    label = rec.text("label") or (name or "")
    if not label:
        rec.error(rec.line, "an outlet without 'name' needs a 'label' that describes it (e.g. 'Schweizer Newsportal, nicht genannt')")
    return Outlet(rec.ident(), name, label, rec.optional_text("country"), rec.text("kind"), rec.url("homepage"),
                  rec.text("evidence", multiline=True), rec.origin())


def read_article(rec: Record, language: str) -> Article:
    ident = rec.ident()
    overrides = []
    cleaning = rec.record("cleaning", "cleaning")
    if cleaning:
        for to in ("body", "clutter"):
            for line, item in cleaning.items(f"force_{to}"):
                if isinstance(item, Scalar) and item.value.strip():
                    overrides.append(CleaningOverride(" ".join(item.value.split()), to, Origin(rec.file, line)))
                else:
                    cleaning.error(line, f"every item of 'force_{to}' must be the start of a line of the seed")
    annotations = []
    for number, ann in enumerate(rec.records("annotations", "annotation", "annotation"), start=1):
        annotations.append(Annotation(
            id=ann.ident() or f"{ident}-a{number}", article=ident,
            selector=TextSelector(ann.text("quote"), ann.text("prefix"), ann.text("suffix")),
            note=ann.text("note", multiline=True), tags=ann.texts("tags"), events=ann.texts("events"),
            claims=ann.texts("claims"), actors=ann.texts("actors"), origin=ann.origin()))
    return Article(
        id=ident, seed=rec.text("seed"), outlet=rec.text("outlet"), title=rec.text("title"),
        kicker=rec.optional_text("kicker"), authors=rec.texts("authors"), published=rec.date("published"),
        published_note=rec.text("published_note", multiline=True), url=rec.url("url"),
        archived_url=rec.url("archived_url"), accessed=rec.date("accessed"),
        language=rec.enum("language", LANGUAGES, language) or language, agencies=rec.texts("agencies"),
        photo_credits=rec.texts("photo_credits"), tags=rec.texts("tags"),
        notes=rec.text("notes", multiline=True), overrides=tuple(overrides), annotations=tuple(annotations),
        origin=rec.origin(),
    )


def read_quote_overrides(rec: Record, article_id: str) -> list[QuoteOverride]:
    return [QuoteOverride(article_id, q.text("text"), q.optional_text("speaker"), q.flag("ignore"), q.origin())
            for q in rec.records("quotes", "quote", "quote")]


def read_entity(rec: Record) -> Entity:
    return Entity(
        id=rec.ident(), name=rec.text("name"), kind=rec.enum("kind", ENTITY_KINDS, "organisation") or "organisation",
        aliases=rec.texts("aliases"), ambiguous_aliases=rec.texts("ambiguous_aliases"),
        adjectives=rec.texts("adjectives"), epithets=rec.texts("epithets"),
        description=rec.text("description", multiline=True), source_kind=rec.enum("source_kind", SOURCE_KINDS),
        source_patterns=rec.texts("source_patterns"), origin=rec.origin(),
    )


def quote_refs(rec: Record, key: str, kind: str) -> tuple[QuoteRef, ...]:
    return tuple(QuoteRef(src.text("article"), src.text("quote"), src.origin()) for src in rec.records(key, kind, kind))


def read_event(rec: Record) -> Event:
    return Event(
        id=rec.ident(), date=rec.date("date") or DateSpec(PartialDate(1)), date_note=rec.text("date_note", multiline=True),
        title=rec.text("title"), description=rec.text("description", multiline=True),
        actors=rec.texts("actors"), tags=rec.texts("tags"),
        sources=quote_refs(rec, "sources", "source"), origin=rec.origin(),
    )


def read_claim(rec: Record, articles_language: dict[str, str]) -> Claim:
    reports = []
    for rep in rec.records("reports", "report", "report"):
        figure = None
        figure_text = rep.optional_text("figure")
        if figure_text:
            try:
                language = articles_language.get(rep.text("article"), "de")
                figure = parse_figure(figure_text, language)
                figure = replace(figure, text=figure_text,
                                 unit=unit_of(rep.optional_text("unit"), language) or figure.unit,
                                 counted=rep.optional_text("counted") or figure.counted)
            except FigureSyntaxError as exc:
                rep.error(rep.line_of("figure"), str(exc))
        quote = rep.text("quote")
        if figure and quote and " ".join(figure_text.split()) not in " ".join(quote.split()):
            rep.error(rep.line_of("figure"), f"figure '{figure_text}' does not appear in the quote; copy it as the article writes it")
        reports.append(ClaimReport(rep.text("article"), quote, figure, rep.texts("attributed_to"), rep.origin()))
    return Claim(
        id=rec.ident(), statement=rec.text("statement"), topic=rec.text("topic"),
        status=rec.enum("status", CLAIM_STATUSES, "reported") or "reported", quantity=rec.optional_text("quantity"),
        reports=tuple(reports), origin=rec.origin(),
    )
