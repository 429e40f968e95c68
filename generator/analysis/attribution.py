"""Where each article says its information comes from: attribution phrases resolved to sources."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..intake import text_rules as rules
from ..model.article_text import CleanArticle
from ..model.records import Entity
from .entities import Lexicon

NEAR = 40  # characters between an attribution phrase and the source it introduces


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
        for sentence in rules.SENTENCE_PIECE.finditer(block.text):
            text = sentence.group(0).strip()
            phrase = rules.ATTRIBUTION_PHRASE.search(text)
            hits = [(ident, m.start()) for m, ident in sources.finditer(text)]
            if phrase:
                close = [ident for ident, at in hits if abs(at - phrase.start()) <= NEAR]
                hits = [(ident, 0) for ident in close] or hits
            named = tuple(sorted({ident for ident, _ in hits}))
            if phrase or (named and rules.SOURCE_WORDS.search(text)):
                found.append(Attribution(clean.id, block.anchor, text, sentence.start(),
                                         phrase.group(0) if phrase else "", named))
    return found


def credited_agencies(clean: CleanArticle, entities: dict[str, Entity]) -> tuple[str, ...]:
    """Wire agencies the page credits in its signature or source line ('(eon/dpa)', '/news.de/dpa')."""
    agencies = [e for e in entities.values() if e.source_kind == "wire_agency"]
    places = [clean.signature or ""] + [b.text for b in clean.blocks if b.kind == "credit" and b.reason == "source_line"]
    found = set()
    for agency in agencies:
        regex = re.compile("|".join(rules.name_pattern(n, endings="") for n in agency.names), re.I)
        if any(regex.search(place) for place in places):
            found.add(agency.id)
    return tuple(sorted(found))
