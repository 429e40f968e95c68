"""Find actors in the cleaned text: every alias and spelling, German endings, no hits inside words."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..intake import text_rules as rules
from ..intake.text_rules import ADJECTIVE_ENDINGS, EPITHET_ENDINGS, name_pattern
from ..model.article_text import CleanArticle
from ..model.records import Entity
from ..rules import load

@dataclass(frozen=True)
class Mention:
    entity: str
    article: str
    block: str
    start: int
    end: int
    text: str
    via: str  # name, alias, ambiguous or adjective


@dataclass(frozen=True)
class EpithetUse:
    entity: str
    article: str
    block: str
    start: int
    end: int
    epithet: str  # the configured word ("Diktator")
    text: str  # as written ("Diktators")


_TOKEN = re.compile(r"\w+")
PREFIX = 4


class Alternation:
    """Many names searched in one pass over the text's words. Each name is indexed by the first
    letters of its first word; at every word only the few names starting that way are tried, longest
    first, so the cost grows with the text, not with the number of names times the text."""

    def __init__(self, items: list[tuple[str, str, object]], flags: int = 0, overlapping: bool = False):
        """``items``: (name as written, its regex, payload). ``overlapping``: report every name that
        matches at a word, not only the longest, and names inside other matches too."""
        self.overlapping = overlapping
        self.by_prefix: dict[str, list[tuple[re.Pattern, object]]] = {}
        for name, pattern, payload in sorted(items, key=lambda item: (-len(item[0]), item[0])):
            first = rules.NAME_PART_SEPARATOR.split(name.strip())[0].lower()[:PREFIX]
            self.by_prefix.setdefault(first, []).append((re.compile(pattern, flags), payload))
        self.lengths = sorted({len(key) for key in self.by_prefix}, reverse=True)
        self.starts = {key[:2] for key in self.by_prefix}  # a word starting otherwise cannot match
        # Words that start like a name, found by the regex engine rather than by a Python loop over
        # every word; the exact prefix test below decides.
        heads = sorted(self.starts, key=lambda head: (-len(head), head))
        self.trigger = re.compile(r"(?<!\w)(?=" + "|".join(map(re.escape, heads)) + ")", re.I) if heads else None

    def finditer(self, text: str):
        if self.trigger is None:
            return
        resume = 0
        for hit in self.trigger.finditer(text):
            start = hit.start()
            token = _TOKEN.match(text, start)
            if token is None or start < resume:
                continue
            word = token.group(0).lower()
            if word[:2] not in self.starts and word[:1] not in self.starts:
                continue
            candidates = (c for n in self.lengths if len(word) >= n for c in self.by_prefix.get(word[:n], ()))
            for regex, payload in candidates:
                match = regex.match(text, start)
                if match:
                    yield match, payload
                    if not self.overlapping:
                        resume = match.end()
                        break


@dataclass(frozen=True)
class Lexicon:
    """Every word list of a dossier, compiled once per run."""

    names: Alternation  # names and aliases: first letter of each part in either case
    adjectives: Alternation  # adjective stems with German endings, any case
    epithets: Alternation  # the words outlets use for actors, with endings
    epithet_owners: dict[str, tuple[str, ...]]  # epithet -> actors it is configured for
    sources: Alternation  # names and phrases of the sources articles cite (overlaps allowed)


def build_lexicon(entities: dict[str, Entity]) -> Lexicon:
    names, adjectives, owners = [], [], defaultdict(list)
    for entity in entities.values():
        for name, via in [(entity.name, "name"), *((a, "alias") for a in entity.aliases),
                          *((a, "ambiguous") for a in entity.ambiguous_aliases)]:
            names.append((name, name_pattern(name), (entity.id, via)))
        for stem in entity.adjectives:
            adjectives.append((stem, name_pattern(stem, ADJECTIVE_ENDINGS), (entity.id, "adjective")))
        for epithet in entity.epithets:
            owners[epithet].append(entity.id)
    epithets = Alternation([(e, name_pattern(e, EPITHET_ENDINGS), e) for e in sorted(owners)])
    sources = Alternation([(name, name_pattern(name), entity.id) for entity in entities.values() if entity.source_kind
                           for name in (*entity.names, *entity.source_patterns)], overlapping=True)
    return Lexicon(Alternation(names), Alternation(adjectives, re.I), epithets,
                   {k: tuple(v) for k, v in owners.items()}, sources)


def find_mentions(clean: CleanArticle, lexicon: Lexicon) -> list[Mention]:
    """All mentions in an article's own text; overlapping hits resolve to the longest."""
    raw: list[Mention] = []
    for block in clean.text_blocks:
        for alternation in (lexicon.names, lexicon.adjectives):
            for match, (entity, via) in alternation.finditer(block.text):
                raw.append(Mention(entity, clean.id, block.anchor, match.start(), match.end(), match.group(0), via))
    order = {b.anchor: i for i, b in enumerate(clean.text_blocks)}
    raw.sort(key=lambda m: (order[m.block], m.start, -(m.end - m.start), m.entity))
    kept: list[Mention] = []
    for mention in raw:
        if kept and kept[-1].block == mention.block and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    sure = {m.entity for m in kept if m.via != "ambiguous"}
    return [m for m in kept if m.via != "ambiguous" or m.entity in sure]


def find_epithets(clean: CleanArticle, lexicon: Lexicon, mentions: list[Mention]) -> list[EpithetUse]:
    """Words outlets use for actors. An epithet configured for one actor is theirs; one shared by
    several actors counts for those of them named in the same paragraph."""
    in_block: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        in_block[mention.block].add(mention.entity)
    uses = []
    for block in clean.text_blocks:
        for match, epithet in lexicon.epithets.finditer(block.text):
            ids = lexicon.epithet_owners[epithet]
            targets = ids if len(ids) == 1 else [i for i in ids if i in in_block[block.anchor]]
            for entity in targets:
                uses.append(EpithetUse(entity, clean.id, block.anchor, match.start(), match.end(), epithet, match.group(0)))
    uses.sort(key=lambda u: (u.epithet, u.block, u.start, u.entity))
    return uses


def co_mentions(mentions: list[Mention]) -> Counter:
    """How many paragraphs each pair of actors shares: {(a, b): count} with a < b."""
    per_block: dict[tuple[str, str], set[str]] = defaultdict(set)
    for mention in mentions:
        per_block[(mention.article, mention.block)].add(mention.entity)
    pairs: Counter = Counter()
    for ids in per_block.values():
        ordered = sorted(ids)
        for i, first in enumerate(ordered):
            for second in ordered[i + 1:]:
                pairs[(first, second)] += 1
    return pairs


def generic_aliases(entities: dict[str, Entity], mentions: list[Mention]) -> list[tuple[Entity, str, int, int]]:
    """Aliases that are common nouns ('Konzern'), each with how many of its actor's mentions it gave and
    the actor's total: (entity, alias, by the alias, all mentions), for the ones that matched at all."""
    nouns = set(load("names")["common_nouns"])
    totals = Counter(m.entity for m in mentions)
    found = []
    for entity in entities.values():
        for alias in entity.aliases:
            if alias.lower() not in nouns:
                continue
            count = sum(1 for m in mentions if m.entity == entity.id and m.via == "alias"
                        and m.text.lower().startswith(alias.lower()))
            if count:
                found.append((entity, alias, count, totals[entity.id]))
    return found
