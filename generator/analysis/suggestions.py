"""What the articles already say that the editor has not written down yet: proposed events,
figures, actors and sources, each with a confidence and the places in the articles it rests on.

Reads with the readers the rest of the generator uses (sentences, names, speech, figures) and
never changes the editor's records; the command writes the proposals to a review file.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from ..model.analysis import Analysis
from ..model.dates import DateSpec, date_order
from ..model.figures import Figure, disagree, find_figures
from ..model.records import Article, Corpus
from ..rules import load
from .date_phrases import FoundDate, dates_in
from ..intake.text_rules import first_name_gender
from .names import Memory, read_names
from .sentences import sentences
from .speech import Reader, quote_spans

TOP = 20  # proposals of each kind the scorer and the editor look at first


@dataclass(frozen=True)
class Evidence:
    article: str
    line: int  # in the seed file
    quote: str  # the sentence, exactly as in the article


@dataclass(frozen=True)
class EventProposal:
    id: str
    date: DateSpec | None  # None: no sentence dates it, and the articles' published dates are unknown
    date_written: tuple[str, ...]  # the date words of each sentence: 'am Mittwoch', '20. Dezember'
    title: str
    confidence: float
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class ReportedFigure:
    evidence: Evidence
    figure: Figure


@dataclass(frozen=True)
class FigureProposal:
    quantity: str  # the counted noun and unit: 'Stellen', '% Lohn'
    disagree: bool
    confidence: float
    reports: tuple[ReportedFigure, ...]


@dataclass(frozen=True)
class ActorProposal:
    id: str
    name: str
    kind: str  # person or organisation
    aliases: tuple[str, ...]
    articles: int
    confidence: float
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class SourceProposal:
    name: str
    kind: str  # person, institution, outlet, agency
    confidence: float
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Suggestions:
    events: tuple[EventProposal, ...]
    figures: tuple[FigureProposal, ...]
    actors: tuple[ActorProposal, ...]
    sources: tuple[SourceProposal, ...]


@dataclass(frozen=True)
class _Sentence:
    article: Article
    line: int
    text: str


def _sentences(analysis: Analysis) -> list[_Sentence]:
    out = []
    for article in analysis.articles:
        for block in analysis.clean[article.id].text_blocks:
            if block.kind not in ("title", "lead", "paragraph", "list_item"):
                continue
            out.extend(_Sentence(article, block.line, block.text[s:e]) for s, e in sentences(block.text))
    return out


def slug(text: str, limit: int = 6) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower().translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})))
    return "-".join(words[:limit])[:60].strip("-") or "x"


# --- events ----------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _event_verbs(lang: str) -> re.Pattern:
    verbs = load("suggest")[lang if lang == "en" else "de"]["event_verbs"]
    return re.compile(r"\b(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(verbs, key=len, reverse=True))
                      + ")", re.I)


_STOP = frozenset("der die das den dem des ein eine einen einem einer und oder aber mit von zu im in am an auf für sich "
                  "sie er es wir ist sind war waren wird werden hat haben hatte nach bei aus als auch nicht noch so wie "
                  "the a an and or of to in on at for with by from is was were has have had that this it its".split())


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w.lower()[:6] for w in re.findall(r"[\w-]{4,}", text) if w.lower() not in _STOP and not w.isdigit())


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _same_time(a: DateSpec, b: DateSpec) -> bool:
    (a_first, a_last), (b_first, b_last) = a.span(), b.span()
    a_last, b_last = a_last or (9999, 12, 31), b_last or (9999, 12, 31)
    return a_first <= b_last and b_first <= a_last


def _title(text: str) -> str:
    return text if len(text) <= 140 else text[:137].rsplit(" ", 1)[0] + " …"


_PRECISION = {"day": 3, "range": 2, "month": 1}


def _sentence_date(item: _Sentence) -> FoundDate | None:
    """The most precise date a sentence names; else the article's own date, which a report of
    something that happened usually means ('Die Gewerkschaft rief zum Streik auf')."""
    found = dates_in(item.text, item.article.language, item.article.published)
    if found:
        return max(found, key=lambda f: (_PRECISION.get(f.date.precision, 0), -f.start))
    if item.article.published:
        return FoundDate(0, 0, "", item.article.published, True)
    return None


def _close_in_time(a: FoundDate | None, b: FoundDate | None) -> bool:
    return a is None or b is None or _same_time(a.date, b.date)


def _mostly_quoted(text: str) -> bool:
    return sum(end - start for start, end in quote_spans(text)) > 0.5 * len(text)


def propose_events(items: list[_Sentence]) -> list[EventProposal]:
    candidates = []
    for item in items:
        if _mostly_quoted(item.text):
            continue  # what someone says, not what happened
        found = _sentence_date(item)
        happened = bool(_event_verbs(item.article.language).search(item.text))
        if happened or (found and found.written):
            candidates.append((item, found, _content_words(item.text), happened))
    groups: list[list] = []
    for candidate in candidates:
        item, found, words, _ = candidate
        home = next((g for g in groups if _close_in_time(found, g[0][1]) and _overlap(words, g[0][2]) >= 0.3), None)
        if home is None:
            groups.append([candidate])
        else:
            home.append(candidate)
    proposals = []
    for group in groups:
        articles = {item.article.id for item, _, _, _ in group}
        stated = [f for _, f, _, _ in group if f and f.written]
        dates = stated or [f for _, f, _, _ in group if f]
        date = max((f.date for f in dates), key=lambda d: _PRECISION.get(d.precision, 0)) if dates else None
        precision = {"day": 1.0, "range": 0.8, "month": 0.7}.get(date.precision, 0.6) if stated and date else 0.5
        happened = 1.0 if any(h for _, _, _, h in group) else 0.6
        confidence = round(min(1.0, 0.4 + 0.2 * (len(articles) - 1) + 0.05 * (len(group) - 1)) * precision * happened, 2)
        first = group[0][0]
        evidence, seen = [], set()
        for item, _, _, _ in group:
            if (item.article.id, item.line, item.text) not in seen:
                seen.add((item.article.id, item.line, item.text))
                evidence.append(Evidence(item.article.id, item.line, item.text))
        prefix = f"{date.iso().replace('/', '-').replace('~', '')}-" if date else ""
        proposals.append(EventProposal(f"{prefix}{slug(first.text, 4)}", date,
                                       tuple(dict.fromkeys(f.written for _, f, _, _ in group if f and f.written)), _title(first.text),
                                       confidence, tuple(evidence)))
    return sorted(proposals, key=lambda p: (-p.confidence, -len(p.evidence), date_order(p.date), p.id))


# --- figures ---------------------------------------------------------------------------------------

def _quantity_key(figure: Figure) -> tuple[str, str] | None:
    if not figure.counted:
        return None
    return figure.counted.lower()[:6], figure.unit or ""


def propose_figures(items: list[_Sentence]) -> list[FigureProposal]:
    groups: dict[tuple[str, str], list[ReportedFigure]] = defaultdict(list)
    for item in items:
        for found in find_figures(item.text, item.article.language):
            key = _quantity_key(found.figure)
            if key:
                groups[key].append(ReportedFigure(Evidence(item.article.id, item.line, item.text), found.figure))
    proposals = []
    for key, reports in groups.items():
        articles = {r.evidence.article for r in reports}
        if len(articles) < 2:
            continue
        split = any(disagree(a.figure, b.figure) for a in reports for b in reports if a.evidence.article != b.evidence.article)
        confidence = round(min(1.0, 0.3 + 0.15 * len(articles)), 2)
        counted = reports[0].figure.counted or ""
        quantity = f"{counted} ({reports[0].figure.unit})" if reports[0].figure.unit else counted
        proposals.append(FigureProposal(quantity, split, confidence, tuple(reports)))
    return sorted(proposals, key=lambda p: (not p.disagree, -p.confidence, p.quantity))


# --- actors and sources ----------------------------------------------------------------------------

def _known(corpus: Corpus) -> list[str]:
    names = []
    for entity in corpus.entities.values():
        names.extend(n.casefold() for n in (*entity.names, *entity.ambiguous_aliases, *entity.source_patterns))
    return names


def _is_known(name: str, known: list[str]) -> bool:
    folded = name.casefold()
    return any(k == folded or k in folded.split() or folded in k.split() for k in known)


def _stem(word: str) -> str:
    """'Grögers' -> 'gröger', 'Umweltministeriums' -> 'umweltministerium': inflection aside; umlauts
    as English outlets transliterate them ('Baden-Wuerttemberg' is 'Baden-Württemberg')."""
    word = word.casefold().translate(_TRANSLITERATED)
    return re.sub(r"(?<=\w{4})(?:s|es|n|en)$", "", word)


_TRANSLITERATED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# Words after which a capitalised word is a place; a place in a list continues it ('die Gemeinden
# Hohenwart, Reichertshofen und Manching').
_PLACE_BEFORE = re.compile(r"(?:\b(?i:in|aus|nach|bei|von|nahe|(?:west|ost|nord|süd)lich von|im Landkreis|im Kreis|"
                           r"im Ort|der Orte|Gemeinde|Gemeinden|Gemeindeteilen|Orte|Orten|Städte|Städten|Bundesland|"
                           r"Region|Stadt|from|at|near|in the state of|(?:town|city|village|municipality|district|"
                           r"county|state|region|towns|cities|villages|states|counties|regions) of|towns|cities|villages)(?:\s+[A-ZÄÖÜ][\w-]+,)*"
                           r"|[A-ZÄÖÜ][\w-]+ und)\s+$")


@lru_cache(maxsize=None)
def _institutions() -> re.Pattern:
    nouns = load("suggest")["institutions"]
    return re.compile(r"^(?:[A-ZÄÖÜ][\w-]*)?(?:" + "|".join(re.escape(n.lower()) for n in nouns) + r")(?:e?s|en)?$", re.I)
_NOT_NAMES = frozenset(("Sicht", "Kraft", "Zukunft", "Folge", "Richtung", "Zeit", "Ordnung", "Gefahr", "Frage", "Angriff",
                        "Betrieb", "Verbindung", "Summe", "Ruhe", "Aussicht", "Anspruch", "Höhe", "Rahmen", "Mitte",
                        "Ende", "Anfang", "Zusammenhang", "Bezug", "Hinblick", "Deutsch", "English", "The", "A", "An",
                        "In", "On", "At", "But", "And", "It", "He", "She", "They", "We", "I", "This", "That", "His",
                        "Her", "Their", "Its", "Mr", "Mrs", "Ms", "After", "Before", "While", "When", "As", "For",
                        "If", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))


@lru_cache(maxsize=None)
def _places() -> tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]:
    """(kind, German name, names, adjective stems), all but the German name casefolded."""
    return tuple((kind, german, (german.casefold(), english.casefold()), tuple(s.casefold() for s in stems))
                 for kind, german, english, *stems in load("suggest")["places"])


def _place(word: str) -> tuple[str, str] | None:
    """The state or place a word names or an adjective of it mentions: 'Süddeutschlands' -> Deutschland."""
    folded = re.sub(r"['’]s$", "", word.casefold())
    for kind, german, names, stems in _places():
        if any(folded == name or (len(name) >= 5 and name in folded) for name in names) or \
                any(stem in folded for stem in stems if len(stem) >= 5):
            return kind, german
    return None


def _proper_nouns(text: str, lang: str, named: set[str]) -> list[tuple[str, str, str]]:
    """Names without a first name: a place after 'in', 'aus', 'from' ('in Osnabrück'), and in English
    any capitalised word inside a sentence ('Volkswagen', 'Germany'), which German nouns cannot be."""
    found = []
    for match in re.finditer(r"(?<![\w-])[A-ZÄÖÜ]{2,}(?:\s+[A-ZÄÖÜ]{2,})+(?![\w-])", text):
        found.append((match.group(0).split()[-1], match.group(0), "organisation"))  # 'AGV MOVE'
    for match in re.finditer(r"(?<![\w-])[\w-]{4,}(?![\w-])", text):
        place = _place(match.group(0))
        if place:
            found.append((place[1], place[1], place[0]))  # the German name leads; the forms written are aliases
            if match.group(0) != place[1]:
                found.append((place[1], match.group(0), place[0]))
    for match in re.finditer(r"(?<![\w.-])([A-ZÄÖÜ][\w-]*[a-zäöüß])(?![\w-])", text):
        word = match.group(1)
        if _place(word) or (_institutions().match(word) and lang != "en"):
            if lang != "en" and _institutions().match(word):
                before = text[:match.start()]
                adjective = re.search(r"([A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es))\s+$", before)
                name = f"{adjective.group(1)} {word}" if adjective and adjective.group(1) not in _NOT_NAMES else word
                found.append((word, name, "organisation"))
            continue
        if match.start() == 0 or word in _NOT_NAMES or any(word in n for n in named) or first_name_gender(word):
            continue
        before = text[:match.start()]
        if _PLACE_BEFORE.search(before) and not re.search(r"[.:!?]\s*$", before[-3:]):
            found.append((word, word, "place"))
        elif lang == "en" and not re.search(r"[.:!?\"“]\s*$", before):
            found.append((word, word, "organisation"))
    return found


def _abbreviates(short: str, name: str) -> bool:
    """'VW' for 'Volkswagen', 'DB' for 'Deutsche Bahn', 'IG' for 'IG Metall': the short form's letters
    in order, starting with the name's first letter."""
    if not re.fullmatch(r"[A-ZÄÖÜ]{2,6}", short) or short == name or not name.lower().startswith(short[0].lower()):
        return False
    return bool(re.fullmatch(".*?".join(re.escape(c) for c in short.lower()) + ".*", name.lower()))


def _merge_abbreviations(groups: dict[str, dict]) -> None:
    """An acronym and a name it abbreviates in a shared article are one actor; so are two names
    that end in the same word ('Lokführergewerkschaft GDL', 'GDL'; 'Deutsche Bahn', 'Deutschen Bahn')."""
    for key in sorted(groups, key=lambda k: (len(k), k)):
        group = groups[key]
        for name in list(group["names"]):
            target = next((other for other_key, other in groups.items() if other is not group and other_key != key
                           and other["articles"] & group["articles"]
                           and any(_abbreviates(name, n) or n.split()[-1] == name or _stem(n.split()[-1]) == key
                                   for n in other["names"])), None)
            if target is not None:
                for n, count in group["names"].items():
                    target["names"][n] += count
                target["articles"] |= group["articles"]
                target["evidence"] = (target["evidence"] + group["evidence"])[:6]
                del groups[key]
                break


def propose_actors(items: list[_Sentence], corpus: Corpus, sources: dict[str, set[str]]) -> list[ActorProposal]:
    known = _known(corpus)
    groups: dict[str, dict] = {}
    memories: dict[str, Memory] = defaultdict(Memory)
    for item in items:
        memory = memories[item.article.id]
        before_p, before_o = len(memory.persons), len(memory.organisations)
        read_names(item.text, 0, memory)
        named = [(p.surname, p.name, "person") for _, p in memory.persons[before_p:]]
        named += [(name.split()[-1] if len(name.split()) > 1 else name, name, "organisation")
                  for _, name in memory.organisations[before_o:]]
        named += _proper_nouns(item.text, item.article.language, {n for _, n, _ in named})
        for key_word, name, kind in named:
            if _is_known(name, known) or _is_known(key_word, known) or len(name) < 2:
                continue
            group = groups.setdefault(_stem(key_word),
                                      {"names": defaultdict(int), "kind": kind, "articles": set(), "evidence": []})
            group["names"][name] += 1
            group["articles"].add(item.article.id)
            if len(group["evidence"]) < 6 and all(e.article != item.article.id for e in group["evidence"]):
                group["evidence"].append(Evidence(item.article.id, item.line, item.text))
    for name, articles in sources.items():
        key = _stem(name.split()[-1]) if name in {n for g in groups.values() for n in g["names"]} else _stem(name)
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
    known = _known(corpus)
    proposals = []
    for name, uses in found.items():
        if _is_known(name, known):
            continue
        kinds = [kind for kind, _ in uses]
        articles = {e.article for _, e in uses}
        confidence = round(min(1.0, 0.3 + 0.2 * len(articles) + 0.05 * len(uses)), 2)
        evidence = tuple(dict.fromkeys(e for _, e in uses))[:6]
        proposals.append(SourceProposal(name, max(sorted(set(kinds)), key=kinds.count), confidence, evidence))
    return sorted(proposals, key=lambda p: (-p.confidence, p.name))


def suggest(corpus: Corpus, analysis: Analysis) -> Suggestions:
    items = _sentences(analysis)
    found_sources = read_sources(corpus, analysis)
    source_articles = {name: {e.article for _, e in uses} for name, uses in found_sources.items()}
    return Suggestions(tuple(propose_events(items)), tuple(propose_figures(items)),
                       tuple(propose_actors(items, corpus, source_articles)),
                       tuple(propose_sources(found_sources, corpus)))
