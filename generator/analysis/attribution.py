"""Where each article says its information comes from: attribution phrases resolved to sources."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..intake.cleaning import CleanArticle
from .entities import Lexicon
from ..model.records import Entity

ATTRIBUTION_PHRASES = (
    r"nach Angaben", r"gem(?:ä|a)ss?e?s? Angaben", r"laut", r"zufolge", r"berichtete(?:n)?", r"berichtet",
    r"heißt es", r"heisst es", r"hieß es", r"unter Berufung auf", r"nach Erkenntnissen", r"nach \w+ Erkenntnissen",
    r"berufen wird sich", r"beruft sich", r"berufen sich", r"meldete(?:n)?", r"wie \w+ meldet", r"teilte \w+ mit",
    r"according to", r"citing", r"reported", r"reports?", r"quoted", r"sources? (?:say|said)",
)
_PHRASE = re.compile(r"(?<!\w)(" + "|".join(ATTRIBUTION_PHRASES) + r")(?!\w)", re.I)
NEAR = 40  # characters between an attribution phrase and the source it introduces
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[\"“”«»]?|$)")


@dataclass(frozen=True)
class Attribution:
    article: str
    block: str
    sentence: str
    start: int  # of the sentence in the block
    phrase: str  # the attribution phrase found ("zufolge")
    sources: tuple[str, ...]  # entity ids; empty when the sentence names no known source


def find_attributions(clean: CleanArticle, lexicon: Lexicon) -> list[Attribution]:
    """Sentences that say where information comes from. Sources may overlap ('westlicher und
    südkoreanischer Geheimdienste' names two of them), so every source named counts."""
    sources = lexicon.sources
    found = []
    for block in clean.text_blocks:
        if block.kind in ("title", "kicker", "byline"):
            continue
        for sentence in _SENTENCE.finditer(block.text):
            text = sentence.group(0).strip()
            phrase = _PHRASE.search(text)
            hits = [(ident, m.start()) for m, ident in sources.finditer(text)]
            if phrase:
                close = [ident for ident, at in hits if abs(at - phrase.start()) <= NEAR]
                hits = [(ident, 0) for ident in close] or hits
            named = tuple(sorted({ident for ident, _ in hits}))
            if phrase or (named and re.search(r"\b(Staatsmedien|Bericht|Erkenntnis|Geheimdienst|Quelle)", text)):
                found.append(Attribution(clean.id, block.anchor, text, sentence.start(),
                                         phrase.group(0) if phrase else "", named))
    return found


def credited_agencies(clean: CleanArticle, entities: dict[str, Entity]) -> tuple[str, ...]:
    """Wire agencies the page credits in its signature or source line ('(eon/dpa)', '/news.de/dpa')."""
    agencies = [e for e in entities.values() if e.source_kind == "wire_agency"]
    places = [clean.signature or ""] + [b.text for b in clean.blocks if b.kind == "credit" and b.reason == "Quellenvermerk"]
    found = set()
    for agency in agencies:
        regex = re.compile(r"(?<![\w])(" + "|".join(re.escape(n) for n in agency.names) + r")(?![\w])", re.I)
        if any(regex.search(place) for place in places):
            found.add(agency.id)
    return tuple(sorted(found))
