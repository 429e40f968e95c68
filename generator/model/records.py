"""The dossier as the editor describes it: small frozen dataclasses, one per YAML record.

Every record keeps the place it came from (``Origin``) so that any later stage can report a
problem at the editor's file and line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .dates import DateSpec
from .figures import Figure


@dataclass(frozen=True)
class Origin:
    file: str
    line: int


@dataclass(frozen=True)
class Dossier:
    title: str
    subtitle: str
    description: str
    language: str
    period: DateSpec | None
    questions: tuple[str, ...]
    start_here: tuple[str, ...]  # article ids recommended as a first read
    editors: tuple[str, ...]
    version: str
    updated: DateSpec | None  # when the dossier was last revised, for its citation
    loaded_words: tuple[str, ...]  # evaluative words added to the lexicon in rules/loaded_words.yml ("unheilig")
    neutral_words: tuple[str, ...]  # words the lexicon or the epithets would flag that are neutral here
    origin: Origin


@dataclass(frozen=True)
class Outlet:
    id: str
    name: str | None  # None where the article text does not name it
    label: str  # what the site shows: the name, or a description of the unnamed outlet
    country: str | None
    kind: str
    homepage: str | None
    evidence: str
    origin: Origin


@dataclass(frozen=True)
class TextSelector:
    """A Hypothesis-style text-quote selector: the exact words, with optional context to disambiguate."""

    quote: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Annotation:
    id: str
    article: str
    selector: TextSelector
    note: str
    tags: tuple[str, ...]
    events: tuple[str, ...]
    claims: tuple[str, ...]
    actors: tuple[str, ...]
    origin: Origin


@dataclass(frozen=True)
class CleaningOverride:
    """Force a seed line to body or to clutter; ``match`` is the start of the stripped line."""

    match: str
    to: str  # "body" or "clutter"
    origin: Origin


@dataclass(frozen=True)
class Article:
    id: str
    seed: str
    outlet: str
    title: str
    kicker: str | None
    authors: tuple[str, ...]
    published: DateSpec | None
    published_note: str
    url: str | None
    archived_url: str | None
    accessed: DateSpec | None
    language: str
    agencies: tuple[str, ...]  # wire agencies credited for the text
    photo_credits: tuple[str, ...]
    tags: tuple[str, ...]
    notes: str
    overrides: tuple[CleaningOverride, ...]
    annotations: tuple[Annotation, ...]
    origin: Origin


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    kind: str  # person, state, organisation, place, medium
    aliases: tuple[str, ...]
    ambiguous_aliases: tuple[str, ...]  # count only in articles that also name the entity unambiguously
    adjectives: tuple[str, ...]  # stems such as "nordkoreanisch", matched with German endings
    epithets: tuple[str, ...]  # words outlets use for the actor ("Diktator", "Machthaber")
    description: str
    source_kind: str | None  # set for sources of information: state_media, intelligence, ...
    source_patterns: tuple[str, ...]  # extra phrases that name this source in attributions
    origin: Origin

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class QuoteRef:
    """An article and the exact words in it that support an event or a claim."""

    article: str
    quote: str
    origin: Origin


@dataclass(frozen=True)
class Event:
    id: str
    date: DateSpec
    date_note: str
    title: str
    description: str
    actors: tuple[str, ...]
    tags: tuple[str, ...]
    sources: tuple[QuoteRef, ...]
    origin: Origin


@dataclass(frozen=True)
class ClaimReport:
    article: str
    quote: str
    figure: Figure | None
    attributed_to: tuple[str, ...]  # entity ids of the sources the article names
    origin: Origin


@dataclass(frozen=True)
class Claim:
    id: str
    statement: str
    topic: str
    status: str  # confirmed, reported, disputed
    quantity: str | None  # the quantity compared across reports, where reports carry figures
    reports: tuple[ClaimReport, ...]
    origin: Origin


@dataclass(frozen=True)
class QuoteOverride:
    """Editor's word on an extracted quote: its speaker, or that it is no quote at all."""

    article: str
    text: str
    speaker: str | None
    ignore: bool
    origin: Origin


@dataclass(frozen=True)
class Corpus:
    """Everything loaded and validated: the input of the analysis stage."""

    root: str
    dossier: Dossier
    outlets: dict[str, Outlet]
    articles: dict[str, Article]
    entities: dict[str, Entity]
    events: dict[str, Event]
    claims: dict[str, Claim]
    seeds: dict[str, str] = field(repr=False)  # article id -> raw seed text
    quote_overrides: tuple[QuoteOverride, ...] = ()
