"""Sentences of German and English news text: no break at 'am 7. Oktober', '20.000 Soldaten',
'Dr.', 'Nr.', 'u.a.', 'U.S.' or inside quotation marks that have not closed."""
from __future__ import annotations

import re
from functools import lru_cache

ABBREVIATIONS = frozenset("""
dr prof nr str st hr fr frau herr abs art bzw ca etc evtl ggf inkl jh jhd jr sen jun mio mrd tsd usw vgl vs z.b u.a d.h
o.ä s.o u.ä z.t zb ua dh mr mrs ms no vol fig inc ltd corp co jan feb mär apr jun jul aug sep sept okt oct nov dez dec
bzgl ebd gen geb gest lt max min mind öff orig rd sog tel u.s u.k e.u u.n dipl ing mag phil med jur rer nat
""".split())
_CANDIDATE = re.compile(r"[.!?…]+[\"“”«»'’)]*\s+")
_OPENERS = "„“\"«»‚'"


def split(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of one paragraph."""
    spans = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        end = match.end()
        if not _is_break(text, match.start(), end):
            continue
        spans.append((start, match.end() - (len(match.group(0)) - len(match.group(0).rstrip()))))
        start = end
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return [(s, e) for s, e in spans if e > s]


def _is_break(text: str, dot: int, after: int) -> bool:
    nxt = text[after:after + 1]
    if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
        return False
    if text[dot] != ".":
        return True
    word = re.search(r"(\S+)$", text[:dot])
    token = word.group(1).lower().lstrip("(„\"«»'") if word else ""
    if token in ABBREVIATIONS or re.fullmatch(r"(?:[a-zäöü]\.)+[a-zäöü]", token):
        return False
    if len(token) == 1 and token.isalpha():
        return False  # an initial: 'P. Kneffel', 'George W. Bush'
    if token.isdigit() and len(token) <= 2:
        return False  # an ordinal or a day: 'am 7. Oktober', 'der 3. Platz', 'am 12. 3.'
    return True


@lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(split(text))
