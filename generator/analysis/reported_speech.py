"""One reading of an article's paragraphs for quotes and attributions: the speech reader
(``speech.Reader``) walks the body in order, so that 'er' and 'der Kanzler' resolve to the persons
named before, whichever paragraph named them."""

from __future__ import annotations

from dataclasses import dataclass

from ..model.article_text import CleanArticle
from ..model.records import Entity
from .entities import Lexicon
from .names import Gazetteer
from .speech import FoundAttribution, FoundQuote, Reader, Source

# Blocks that carry the article's own words and so its quotes: not the title, kicker, byline or captions.
SPOKEN_KINDS = ("lead", "paragraph", "list_item", "heading")


@dataclass(frozen=True)
class SpeechReading:
    quotes: tuple[tuple[str, FoundQuote], ...]  # (block anchor, quote), in reading order
    attributions: tuple[tuple[str, FoundAttribution], ...]


class ActorGazetteer(Gazetteer):
    """The dossier's actors as names the speech reader knows: 'Kim Jong-un' is a person even where no
    first-name dictionary says so, and 'der Diktator' is whom the dossier gives that epithet."""

    def __init__(self, lexicon: Lexicon, entities: dict[str, Entity]):
        self.lexicon, self.entities = lexicon, entities

    def _found(self, text: str, kinds: tuple[str, ...]):
        for match, (ident, _) in self.lexicon.names.finditer(text):
            if self.entities[ident].kind in kinds:
                yield match.start(), self.entities[ident].name

    def persons_in(self, text: str) -> list[tuple[int, str, str | None]]:
        return [(start, name, None) for start, name in self._found(text, ("person",))]

    def organisations_in(self, text: str) -> list[tuple[int, str]]:
        return list(self._found(text, ("organisation", "state", "medium")))

    def epithets_of(self, phrase: str) -> list[str]:
        owners = {owner for _, epithet in self.lexicon.epithets.finditer(phrase)
                  for owner in self.lexicon.epithet_owners[epithet] if self.entities[owner].kind == "person"}
        return sorted(self.entities[owner].name for owner in owners)


def read_speech(clean: CleanArticle, language: str, known: Gazetteer = Gazetteer()) -> SpeechReading:
    reader = Reader(language, known)
    quotes, attributions = [], []
    for block in clean.blocks:
        if block.kind not in SPOKEN_KINDS:
            continue
        found_quotes, found_attributions = reader.read_paragraph(block.text)
        quotes += [(block.anchor, q) for q in found_quotes]
        attributions += [(block.anchor, a) for a in found_attributions]
    return SpeechReading(tuple(quotes), tuple(attributions))


def actors_named(source: Source | None, lexicon: Lexicon) -> tuple[str, ...]:
    """The dossier's actors a source is: by the words that name it, else by the name it resolves to
    ('er' -> 'Wladimir Putin' -> putin)."""
    if source is None:
        return ()
    for text in (source.name or "", source.written):
        found = [entity for _, (entity, _) in lexicon.names.finditer(text)]
        if found:
            return (found[-1],)  # 'Nordkoreas Kim Jong Un' is Kim: the head comes last
    return ()
