"""Loaded words: which evaluative words each outlet uses, where, and in which sentence.

The words come from the curated lexicon in rules/loaded_words.yml (per language, with a separate list
of neutral titles and roles that are never flagged), the actors' epithets, and the dossier's own
``loaded_words`` and ``neutral_words``, which win over the lexicon."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import rules
from ..intake.text_rules import name_pattern
from ..model.article_text import CleanArticle
from ..model.records import Dossier, Entity
from . import sentences

CONTEXT = 90  # characters of the sentence kept on either side of the word
SEARCHED = ("kicker", "title", "lead", "heading", "paragraph", "list_item", "caption")


@dataclass(frozen=True)
class LoadedUse:
    """One loaded word in one article, with the part of its sentence around it."""
    article: str
    word: str  # the lexicon's or the dossier's entry
    found: str  # as written: "Tyrannen"
    block: str  # anchor of the text block: t1, p4
    before: str  # the sentence before the word, shortened to CONTEXT characters ("…" where cut)
    after: str


@dataclass(frozen=True)
class Lexicon:
    words: tuple[str, ...]  # sorted; what is flagged
    pattern: re.Pattern | None  # one alternation of all words, longest first; group name = index into words


def lexicon(dossier: Dossier, entities: dict[str, Entity]) -> Lexicon:
    """The words to flag in this dossier: the language's loaded words and the actors' epithets, less
    the neutral titles and roles; then the dossier's ``loaded_words`` added and its ``neutral_words``
    taken off."""
    data = rules.load("loaded_words").get(dossier.language) or rules.load("loaded_words")["de"]
    endings = data["endings"]
    neutral = _any_of((*data["neutral"], *dossier.neutral_words), endings)
    dossier_neutral = _any_of(dossier.neutral_words, endings)
    base = [w for w in (*data["loaded"], *(e for entity in entities.values() for e in entity.epithets))
            if not neutral.fullmatch(w)]
    chosen = {w.casefold(): w for w in base}
    chosen.update({w.casefold(): w for w in dossier.loaded_words if not dossier_neutral.fullmatch(w)})
    words = tuple(sorted(chosen.values(), key=lambda w: (w.casefold(), w)))
    if not words:
        return Lexicon((), None)
    by_length = sorted(range(len(words)), key=lambda i: (-len(words[i]), words[i]))
    # Where every word starts with a letter or digit, the leading look-around lets the engine skip the other
    # positions before it tries a few hundred alternatives at each.
    start = r"(?<!\w)(?=\w)" if all(re.match(r"\w", w) for w in words) else ""
    pattern = re.compile(start + "(?:" + "|".join(f"(?P<w{i}>{name_pattern(words[i], endings)})"
                                                  for i in by_length) + ")", re.I)
    return Lexicon(words, pattern)


def _any_of(words, endings: str) -> re.Pattern:
    """One word of the list in any inflected form (``fullmatch`` it against a word); never matches if empty."""
    return re.compile("|".join(name_pattern(w, endings) for w in words) or r"(?!)", re.I)


def find(article: str, clean: CleanArticle, lex: Lexicon) -> list[LoadedUse]:
    """Every loaded word in the article's headline and text, in reading order."""
    if lex.pattern is None:
        return []
    uses = []
    for block in clean.blocks:
        if block.kind not in SEARCHED:
            continue
        spans = sentences.split(block.text) or [(0, len(block.text))]
        for match in lex.pattern.finditer(block.text):
            word = lex.words[int(match.lastgroup[1:])]
            start, end = next(((s, e) for s, e in spans if s <= match.start() < e), (0, len(block.text)))
            uses.append(LoadedUse(article, word, match.group(0), block.anchor,
                                  _shorten(block.text[start:match.start()], left=True),
                                  _shorten(block.text[match.end():end], left=False)))
    return uses


def _shorten(text: str, left: bool) -> str:
    """At most CONTEXT characters of the sentence next to the word, cut at a space."""
    if len(text) <= CONTEXT:
        return text
    if left:
        cut = text[-CONTEXT:]
        return "…" + cut[cut.find(" ") + 1:] if " " in cut else "…" + cut
    cut = text[:CONTEXT]
    return cut[:cut.rfind(" ")] + " …" if " " in cut else cut + "…"


def in_headline(text: str, lex: Lexicon) -> tuple[str, ...]:
    """The lexicon's words found in a kicker and title, in the lexicon's order."""
    if lex.pattern is None:
        return ()
    found = {lex.words[int(m.lastgroup[1:])] for m in lex.pattern.finditer(text)}
    return tuple(w for w in lex.words if w in found)
