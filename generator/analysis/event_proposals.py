"""Proposed events and figures: dated sentences that report something happening, grouped across
articles when they share time and words; and quantities several articles count, with whether they
disagree."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from ..model.dates import DateSpec, date_order
from ..model.figures import Figure, disagree, find_figures
from ..rules import load
from .date_phrases import FoundDate, dates_in
from .proposals import ArticleSentence, EventProposal, Evidence, FigureProposal, ReportedFigure, slug
from .speech import quote_spans


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


def _sentence_date(item: ArticleSentence) -> FoundDate | None:
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


def propose_events(items: list[ArticleSentence]) -> list[EventProposal]:
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


def propose_figures(items: list[ArticleSentence]) -> list[FigureProposal]:
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
