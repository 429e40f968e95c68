"""Proposed actors and sources: names several articles mention or quote that the editor's
entities do not cover yet, merged across their forms."""
from __future__ import annotations

from collections import defaultdict

from ..model.analysis import Analysis
from ..model.records import Corpus
from .actor_mentions import (add_broken_off_names, add_datelines, add_mention, add_role_mentions,
                             add_unnamed_by_age, new_group)
from .names import Memory, read_names
from .proper_nouns import abbreviates, is_known, known_names, proper_nouns, stem, without_possessive
from .proposals import ActorProposal, ArticleSentence, Evidence, SourceProposal, article_sentences, slug
from .speech import Reader


def _merge_abbreviations(groups: dict[str, dict]) -> None:
    """An acronym and a name it abbreviates in a shared article are one actor; so are two names
    that end in the same word ('Lokführergewerkschaft GDL', 'GDL'; 'Deutsche Bahn', 'Deutschen Bahn')."""
    for key in sorted(groups, key=lambda k: (len(k), k)):
        group = groups[key]
        for name in list(group["names"]):
            target = next((other for other_key, other in groups.items() if other is not group and other_key != key
                           and other["articles"] & group["articles"]
                           and any(abbreviates(name, n) or n.split()[-1] == name or stem(n.split()[-1]) == key
                                   for n in other["names"])), None)
            if target is not None:
                for n, count in group["names"].items():
                    target["names"][n] += count
                target["articles"] |= group["articles"]
                target["minor"] |= group["minor"]
                target["evidence"] = (target["evidence"] + group["evidence"])[:6]
                del groups[key]
                break


def _names_in(item: ArticleSentence, memory: Memory) -> list[tuple[str, str, str]]:
    """(key word, name, kind) of each name one sentence adds to its article's memory."""
    before_p, before_o = len(memory.persons), len(memory.organisations)
    read_names(item.text, 0, memory)
    named = [(p.surname, p.name, "person") for _, p in memory.persons[before_p:]]
    named += [(name.split()[-1] if len(name.split()) > 1 else name, name, "organisation")
              for _, name in memory.organisations[before_o:]]
    named += proper_nouns(item.text, item.article.language, {n for _, n, _ in named})
    return [(key, without_possessive(name), kind) for key, name, kind in named]


def _group_names(items: list[ArticleSentence], captions: list[ArticleSentence], known: list[str]) -> dict[str, dict]:
    """Names by the stem of their key word. A name in a photo caption only counts its article as a
    minor one: captions repeat the text's names but also name whom a picture shows in passing."""
    groups: dict[str, dict] = {}
    memories: dict[str, Memory] = defaultdict(Memory)
    for minor, item in [(False, i) for i in items] + [(True, c) for c in captions]:
        for key_word, name, kind in _names_in(item, memories[item.article.id]):
            if is_known(name, known) or is_known(key_word, known) or len(name) < 2:
                continue
            group = groups.setdefault(stem(key_word), new_group(kind))
            group["names"][name] += 1
            if kind == "person":
                group["kind"] = kind  # 'Biden' may come first as a capitalised word, 'Joe Biden' is a person
            if minor:
                group["minor"].add(item.article.id)
                continue
            add_mention(group, item.article.id, Evidence(item.article.id, item.line, item.text))
    for memory in memories.values():  # the offices written before a person's name ('VW-Chef Oliver Blume')
        for _, person in memory.persons:
            if stem(person.surname) in groups:
                groups[stem(person.surname)].setdefault("roles", set()).update(person.roles)
    return groups


def propose_actors(items: list[ArticleSentence], corpus: Corpus, sources: dict[str, set[str]],
                   analysis: Analysis) -> list[ActorProposal]:
    groups = _group_names(items, article_sentences(analysis, ("caption",)), known_names(corpus))
    add_datelines(groups, analysis)
    add_broken_off_names(groups, analysis)
    add_role_mentions(groups, items)
    for name, articles in sources.items():
        key = stem(name.split()[-1]) if name in {n for g in groups.values() for n in g["names"]} else stem(name)
        if key in groups:
            groups[key]["articles"] |= articles
    _merge_abbreviations(groups)
    add_unnamed_by_age(groups, items)  # after merging: 'a 19-year-old Austrian' is no form of 'Austria'
    proposals = []
    for key, group in groups.items():
        minor = group["minor"] - group["articles"]
        if not group["articles"] or len(group["articles"]) + len(minor) < 2:
            continue
        names = sorted(group["names"], key=lambda n: (-len(n.split()), -group["names"][n], n))
        name = names[0]
        mentions = sum(group["names"].values())
        confidence = round(min(1.0, 0.3 + 0.15 * len(group["articles"]) + 0.07 * len(minor) + 0.02 * mentions
                               + (0.1 if group["kind"] == "person" and len(name.split()) > 1 else 0)), 2)
        proposals.append(ActorProposal(slug(name, 4), name, group["kind"], tuple(n for n in names[1:] if n != name),
                                       len(group["articles"]) + len(minor), confidence, tuple(group["evidence"])))
    return sorted(proposals, key=lambda p: (-p.confidence, -p.articles, p.name))


def read_sources(corpus: Corpus, analysis: Analysis) -> dict[str, list[tuple[str, Evidence]]]:
    """Named sources the speech reader finds, by name: their kind and where."""
    found: dict[str, list[tuple[str, Evidence]]] = defaultdict(list)
    for article in analysis.articles:
        reader = Reader(article.language)
        for block in analysis.clean[article.id].body:
            _, attributions = reader.read_paragraph(block.text)
            for attribution in attributions:
                source = attribution.source
                if source.name and source.kind != "unnamed" and not source.inferred:
                    found[source.name].append((source.kind, Evidence(article.id, block.line, block.text)))
    return found


def propose_sources(found: dict[str, list[tuple[str, Evidence]]], corpus: Corpus) -> list[SourceProposal]:
    known = known_names(corpus)
    proposals = []
    for name, uses in found.items():
        if is_known(name, known):
            continue
        kinds = [kind for kind, _ in uses]
        articles = {e.article for _, e in uses}
        confidence = round(min(1.0, 0.3 + 0.2 * len(articles) + 0.05 * len(uses)), 2)
        evidence = tuple(dict.fromkeys(e for _, e in uses))[:6]
        proposals.append(SourceProposal(name, max(sorted(set(kinds)), key=kinds.count), confidence, evidence))
    return sorted(proposals, key=lambda p: (-p.confidence, p.name))
