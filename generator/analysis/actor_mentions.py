"""Mentions of an actor that are not a full name in a sentence of the text: the place of a
dateline ('Hannover: Nach ...', 'BERLIN (dpa) -'), a name cut short where a stored text breaks off
('... des Bahnvorstands Martin S'), a role that stands for a person another article names
('its CEO' for 'VW-Chef Oliver Blume'), and a person the texts never name but know by age ('der
42-Jährige', 'a 42-year-old firefighter'). Each adds articles to the name groups of actor_proposals."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from ..intake.text_rules import first_name_gender
from ..model.analysis import Analysis
from ..rules import load
from .proper_nouns import fold, is_abstract, is_not_a_name, stem
from .proposals import ArticleSentence, Evidence
from .sentences import sentences

_DATELINE = re.compile(r"^(?P<place>[A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)?)\s*(?P<agency>\([^)]{1,20}\)\s*)?"
                       r"(?P<mark>[:–—-])\s")
_OPENING = ("lead", "paragraph")
_BROKEN_NAME = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)*)$")


def new_group(kind: str) -> dict:
    """A name group: its forms as written with their counts, its kind, the articles of its text and
    those that name it only in a caption ('minor'), and up to six sentences as evidence."""
    return {"names": defaultdict(int), "kind": kind, "articles": set(), "minor": set(), "evidence": []}


def add_mention(group: dict, article: str, evidence: Evidence) -> None:
    group["articles"].add(article)
    if len(group["evidence"]) < 6 and all(e.article != article for e in group["evidence"]):
        group["evidence"].append(evidence)


def add_datelines(groups: dict[str, dict], analysis: Analysis) -> None:
    """The place a dateline opens an article with. 'Word:' may also be a topic ('Fußball: ...'), so
    a colon alone counts only for a place the story names elsewhere; a dash or an agency is a dateline."""
    for article in analysis.articles:
        block = next((b for b in analysis.clean[article.id].text_blocks if b.kind in _OPENING), None)
        match = _DATELINE.match(block.text) if block else None
        if not match:
            continue
        place = match.group("place")
        if is_not_a_name(place) or is_abstract(place) or first_name_gender(place.split()[0]):
            continue
        key = stem(place.split()[-1])
        certain = match.group("agency") or match.group("mark") != ":"
        if key not in groups and certain:
            groups[key] = new_group("place")
        if key in groups and groups[key]["kind"] in ("place", "state"):
            groups[key]["names"][place] += 1
            start, end = sentences(block.text)[0]
            add_mention(groups[key], article.id, Evidence(article.id, block.line, block.text[start:end]))


def add_broken_off_names(groups: dict[str, dict], analysis: Analysis) -> None:
    """A stored text that breaks off inside a name ('Martin S', 'Baden-Würt') mentions the one name
    of the story that begins so."""
    for article in analysis.articles:
        blocks = [b for b in analysis.clean[article.id].text_blocks if b.kind in _OPENING + ("list_item",)]
        if not blocks or re.search(r"[.!?\"“”»«)…:;]\s*$", blocks[-1].text):
            continue
        match = _BROKEN_NAME.search(blocks[-1].text)
        if not match:
            continue
        words = match.group(1).split()  # 'des Bahnvorstands Martin S': the name may start at any of them
        for fragment in (fold(" ".join(words[i:])) for i in range(len(words))):
            owners = {id(g): g for g in groups.values()
                      if any(fold(n).startswith(fragment) and len(n) > len(fragment) for n in g["names"])}
            if len(fragment) >= 4 and owners:
                break
        if len(fragment) >= 4 and len(owners) == 1:
            owner = next(iter(owners.values()))
            start, end = sentences(blocks[-1].text)[-1]
            add_mention(owner, article.id, Evidence(article.id, blocks[-1].line, blocks[-1].text[start:end]))


@lru_cache(maxsize=None)
def _offices() -> tuple[tuple[frozenset[str], str, re.Pattern], ...]:
    """Each office: its words, their alternation, and a pattern for the office written alone, without
    a name after it ('der VW-Chef sagte', 'its CEO said'; not 'Bundeskanzler Olaf Scholz', not
    'Markenchef'); the word before a hyphen is whose office it is ('VW')."""
    out = []
    for words in load("suggest")["roles"]:
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        out.append((frozenset(words), alternatives,
                    re.compile(rf"(?<![\w-])(?:(?P<whose>[\w-]*)-)?(?:{alternatives})(?![\w-])"
                               rf"(?-i:(?!\s+(?:[A-ZÄÖÜ]\.\s+)?[A-ZÄÖÜ][\w-]+\s+[A-ZÄÖÜ]))", re.I)))
    return tuple(out)


def _whose(holder: dict, alternatives: str, items: list[ArticleSentence]) -> set[str]:
    """Whose office the texts say the holder has, where they write it before the name ('VW-Chef
    Oliver Blume': 'vw')."""
    names = "|".join(re.escape(n) for n in holder["names"] if " " in n)
    if not names:
        return set()
    before = re.compile(rf"(?<![\w-])([\w-]+)-(?:{alternatives})\s+(?:{names})", re.I)
    return {fold(m.group(1)) for item in items for m in before.finditer(item.text)}


def add_role_mentions(groups: dict[str, dict], items: list[ArticleSentence]) -> None:
    """An office written alone stands for the one person of the story the texts give that office
    before a name: 'its CEO said Sunday' counts for 'VW-Chef Oliver Blume', 'der GDL-Chef' does not.
    With two holders it is left alone."""
    for words, alternatives, alone in _offices():
        holders = {id(g): g for g in groups.values() if g["kind"] == "person" and words & g.get("roles", set())}
        if len(holders) != 1:
            continue
        holder = next(iter(holders.values()))
        whose = _whose(holder, alternatives, items)
        for item in items:
            if item.article.id in holder["articles"]:
                continue
            for match in alone.finditer(item.text):
                if not match.group("whose") or not whose or fold(match.group("whose")) in whose:
                    add_mention(holder, item.article.id, Evidence(item.article.id, item.line, item.text))
                    break


# A person by age: 'der 42-Jährige', 'ein 42-jähriger Feuerwehrmann', 'der 42 Jahre alte Mann',
# 'a 42-year-old firefighter'; the word after it, if any, says who.
_AGE = re.compile(r"(?<![\w.,-])(?P<age>\d{1,3})(?:-[Jj]ährige[rnms]?|-year-old|\s+Jahre\s+alte[rnms]?)(?![\w-])"
                  r"(?:\s+(?P<noun>[\w-]+))?")


def _aged(item: ArticleSentence, persons: set[str]) -> list[tuple[str, str, bool]]:
    """(age, the words written, whether they name a person) of each age in a sentence."""
    out = []
    for match in _AGE.finditer(item.text):
        noun = match.group("noun") or ""
        says_who = noun[:1].isupper() or (item.article.language == "en" and noun.isalpha() and len(noun) > 3
                                          and noun not in ("said", "says", "were", "with", "from", "when", "that"))
        written = match.group(0) if says_who else match.group(0)[:len(match.group(0)) - len(noun)]
        after = item.text[match.end():]
        named = bool(noun[:1].isupper() and (first_name_gender(noun) or stem(noun) in persons
                                             or re.match(r"\s+[A-ZÄÖÜ]", after) and item.article.language == "en"))
        out.append((match.group("age"), written.strip(), named))
    return out


def add_unnamed_by_age(groups: dict[str, dict], items: list[ArticleSentence]) -> None:
    """A person the texts never name but call by age in several articles: one actor, named by the
    age and the noun written after it. An age that also stands before a name belongs to that name."""
    persons = {key for key, g in groups.items() if g["kind"] == "person"}
    aged: dict[str, dict] = {}
    for item in items:
        for age, written, named in _aged(item, persons):
            group = aged.setdefault(age, new_group("person"))
            group["named"] = group.get("named", False) or named
            group["names"][written] += 1
            add_mention(group, item.article.id, Evidence(item.article.id, item.line, item.text))
    for age, group in aged.items():
        if not group.pop("named"):
            groups[f"{age}-jährige"] = group
