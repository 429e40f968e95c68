"""Proposed actors and sources: names several articles mention or quote that the editor's
entities do not cover yet, merged across their forms."""
from __future__ import annotations

from collections import defaultdict

from ..model.analysis import Analysis
from ..model.records import Corpus
from .names import Memory, read_names
from .proper_nouns import abbreviates, is_known, known_names, proper_nouns, stem
from .proposals import ActorProposal, ArticleSentence, Evidence, SourceProposal, slug
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
                target["evidence"] = (target["evidence"] + group["evidence"])[:6]
                del groups[key]
                break


def propose_actors(items: list[ArticleSentence], corpus: Corpus, sources: dict[str, set[str]]) -> list[ActorProposal]:
    known = known_names(corpus)
    groups: dict[str, dict] = {}
    memories: dict[str, Memory] = defaultdict(Memory)
    for item in items:
        memory = memories[item.article.id]
        before_p, before_o = len(memory.persons), len(memory.organisations)
        read_names(item.text, 0, memory)
        named = [(p.surname, p.name, "person") for _, p in memory.persons[before_p:]]
        named += [(name.split()[-1] if len(name.split()) > 1 else name, name, "organisation")
                  for _, name in memory.organisations[before_o:]]
        named += proper_nouns(item.text, item.article.language, {n for _, n, _ in named})
        for key_word, name, kind in named:
            if is_known(name, known) or is_known(key_word, known) or len(name) < 2:
                continue
            group = groups.setdefault(stem(key_word),
                                      {"names": defaultdict(int), "kind": kind, "articles": set(), "evidence": []})
            group["names"][name] += 1
            group["articles"].add(item.article.id)
            if len(group["evidence"]) < 6 and all(e.article != item.article.id for e in group["evidence"]):
                group["evidence"].append(Evidence(item.article.id, item.line, item.text))
    for name, articles in sources.items():
        key = stem(name.split()[-1]) if name in {n for g in groups.values() for n in g["names"]} else stem(name)
        if key in groups:
            groups[key]["articles"] |= articles
    _merge_abbreviations(groups)
    proposals = []
    for key, group in groups.items():
        if len(group["articles"]) < 2:
            continue
        names = sorted(group["names"], key=lambda n: (-len(n.split()), -group["names"][n], n))
        name = names[0]
        mentions = sum(group["names"].values())
        confidence = round(min(1.0, 0.3 + 0.15 * len(group["articles"]) + 0.02 * mentions
                               + (0.1 if group["kind"] == "person" and len(name.split()) > 1 else 0)), 2)
        proposals.append(ActorProposal(slug(name, 4), name, group["kind"], tuple(n for n in names[1:] if n != name),
                                       len(group["articles"]), confidence, tuple(group["evidence"])))
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
