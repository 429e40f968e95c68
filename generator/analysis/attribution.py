"""Where each article says its information comes from: every cue ('sagte X', 'laut X', 'X zufolge',
'according to X') with its source, named or not, joined to the dossier's actors where it is one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..intake import text_rules as rules
from ..model.article_text import CleanArticle
from ..model.records import Entity
from ..analysis.sentences import sentences
from .entities import Lexicon
from .reported_speech import SpeechReading, actors_named

NEAR = 40  # characters between an attribution phrase and a source of the editor's it introduces


@dataclass(frozen=True)
class Attribution:
    article: str
    block: str
    sentence: str  # the sentence the cue stands in
    start: int  # of the cue in the block
    phrase: str  # the attributing words as they stand ('sagte ein Sprecher der Bundesregierung')
    sources: tuple[str, ...]  # actor ids; empty when the source is no actor of the dossier
    end: int = 0
    source_name: str | None = None  # the source as the text names it, actor or not; None: not named
    source_kind: str = "unnamed"  # person, institution, outlet, agency, unnamed
    inferred: bool = False  # the source was inferred from an earlier sentence ('er', 'demnach')
    source_written: str | None = None  # the words that name the source ('ein Sprecher der Bahn', 'er')


def find_attributions(clean: CleanArticle, reading: SpeechReading, lexicon: Lexicon) -> list[Attribution]:
    """The speech reader's cues, and the editor's sources (``source_patterns``) that a sentence
    cites with an attribution phrase where the reader found no cue: 'nach Erkenntnissen westlicher
    und südkoreanischer Geheimdienste' names two sources the editor described."""
    blocks = {b.anchor: b for b in clean.blocks}
    found = []
    for anchor, cue in reading.attributions:
        text = blocks[anchor].text
        start, end = next(((s, e) for s, e in sentences(text) if s <= cue.start < e), (0, len(text)))
        sentence = text[start:end]
        named = [(start + m.start(), start + m.end(), entity) for m, entity in lexicon.sources.finditer(sentence)]
        near = tuple(dict.fromkeys(e for a, b, e in named if a < cue.end and b > cue.start))  # 'Berichten aus Nordkorea zufolge'
        if not near and cue.source.inferred:
            near = tuple(dict.fromkeys(e for _, _, e in named))  # 'Einem Bloomberg-Bericht heißt es': the sentence names it
        actors = near or actors_named(cue.source, lexicon)
        found.append(Attribution(clean.id, anchor, text[start:end].strip(), cue.start, cue.cue, actors, cue.end,
                                 cue.source.name, cue.source.kind, cue.source.inferred, cue.source.written))
    return sorted(found + _editors_sources(clean, lexicon, found), key=lambda a: (_order(clean, a.block), a.start))


def _editors_sources(clean: CleanArticle, lexicon: Lexicon, read: list[Attribution]) -> list[Attribution]:
    covered = {(a.block, a.sentence) for a in read}
    extra = []
    for block in clean.text_blocks:
        if block.kind in ("title", "kicker", "byline"):
            continue
        for sentence in rules.SENTENCE_PIECE.finditer(block.text):
            text = sentence.group(0).strip()
            begin = sentence.start() + len(sentence.group(0)) - len(sentence.group(0).lstrip())
            phrase = rules.ATTRIBUTION_PHRASE.search(text)
            if not phrase or any(block.anchor == b and text in s for b, s in covered):
                continue
            hits = [(entity, match.start()) for match, entity in lexicon.sources.finditer(text)
                    if abs(match.start() - phrase.start()) <= NEAR]
            named = tuple(dict.fromkeys(entity for entity, _ in hits))
            if named:
                extra.append(Attribution(clean.id, block.anchor, text, begin + phrase.start(), phrase.group(0), named,
                                         begin + phrase.end(), None, "institution"))
    return extra


def _order(clean: CleanArticle, anchor: str) -> int:
    return next(i for i, b in enumerate(clean.blocks) if b.anchor == anchor)


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
