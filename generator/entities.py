"""Find actors in the cleaned text: every alias and spelling, German endings, no hits inside words."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from .cleaning import CleanArticle
from .model import Entity

NAME_ENDINGS = r"(?:s|es|'|’|’s|'s)?"  # genitive: Putins, Kims, Nordkoreas
ADJECTIVE_ENDINGS = r"(?:e|er|en|em|es)?"  # nordkoreanisch-e/-er/-en/-em/-es
EPITHET_ENDINGS = r"(?:s|es|en|n|e|in|innen)?"  # Diktators, Despoten, Präsidenten


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


def _loose(part: str) -> str:
    """A name part whose first letter may be either case (Kim Jong-Un / Kim Jong-un)."""
    first = part[0]
    head = f"[{re.escape(first.upper())}{re.escape(first.lower())}]" if first.isalpha() else re.escape(first)
    return head + re.escape(part[1:])


def name_pattern(name: str, endings: str = NAME_ENDINGS) -> str:
    """Regex for a (multi-word) name: spaces and hyphens interchangeable, whole words only."""
    parts = [p for p in re.split(r"[\s\-‐‑]+", name.strip()) if p]
    body = r"[\s\-‐‑]+".join(_loose(p) for p in parts)
    return rf"(?<![\w-]){body}{endings}(?![\w])" if len(parts) > 1 else rf"(?<!\w){body}{endings}(?!\w)"


@dataclass(frozen=True)
class _Matcher:
    entity: str
    via: str
    regex: re.Pattern


def build_matchers(entities: dict[str, Entity]) -> list[_Matcher]:
    """Compile every name, alias and adjective once per run."""
    out = []
    for entity in entities.values():
        for name, via in [(entity.name, "name"), *((a, "alias") for a in entity.aliases),
                          *((a, "ambiguous") for a in entity.ambiguous_aliases)]:
            out.append(_Matcher(entity.id, via, re.compile(name_pattern(name))))
        for stem in entity.adjectives:
            out.append(_Matcher(entity.id, "adjective", re.compile(name_pattern(stem, ADJECTIVE_ENDINGS), re.I)))
    return out


def find_mentions(clean: CleanArticle, matchers: list[_Matcher]) -> list[Mention]:
    """All mentions in an article's own text; overlapping hits resolve to the longest."""
    raw: list[Mention] = []
    for block in clean.text_blocks:
        for matcher in matchers:
            for match in matcher.regex.finditer(block.text):
                raw.append(Mention(matcher.entity, clean.id, block.anchor, match.start(), match.end(),
                                   match.group(0), matcher.via))
    order = {b.anchor: i for i, b in enumerate(clean.text_blocks)}
    raw.sort(key=lambda m: (order[m.block], m.start, -(m.end - m.start), m.entity))
    kept: list[Mention] = []
    for mention in raw:
        if kept and kept[-1].block == mention.block and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    sure = {m.entity for m in kept if m.via != "ambiguous"}
    return [m for m in kept if m.via != "ambiguous" or m.entity in sure]


def find_epithets(clean: CleanArticle, entities: dict[str, Entity], mentions: list[Mention]) -> list[EpithetUse]:
    """Words outlets use for actors. An epithet configured for one actor is theirs; one shared by
    several actors counts for those of them named in the same paragraph."""
    owners: dict[str, list[str]] = defaultdict(list)
    for entity in entities.values():
        for epithet in entity.epithets:
            owners[epithet].append(entity.id)
    in_block: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        in_block[mention.block].add(mention.entity)
    uses = []
    for epithet, ids in sorted(owners.items()):
        regex = re.compile(name_pattern(epithet, EPITHET_ENDINGS))
        for block in clean.text_blocks:
            for match in regex.finditer(block.text):
                targets = ids if len(ids) == 1 else [i for i in ids if i in in_block[block.anchor]]
                for entity in targets:
                    uses.append(EpithetUse(entity, clean.id, block.anchor, match.start(), match.end(),
                                           epithet, match.group(0)))
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
