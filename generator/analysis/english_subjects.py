"""The subject of an English verb of saying that stands before it: English puts up to a dozen words,
appositions and relative clauses between a subject and its verb ('Magda Shokosa, a stranded passenger,
said'), where German would close the phrase."""
from __future__ import annotations

import re

from .noun_phrases import NounPhrases
from .speech_rules import last_single_close


def english_subject_before(phrases: NounPhrases, text: str, verb_start: int, floor: int) -> tuple[int, int] | None:
    """An English subject of up to a dozen words before its verb: 'The GDL federal chairman Claus
    Weselsky explained', 'Magda Shokosa, a stranded passenger, said', 'Verdi has called'."""
    clause = text[floor:verb_start]
    cut = max([clause.rfind(c) for c in ("“", "”", '"', ";", ":")] + [last_single_close(clause)])
    begin = floor + cut + 1 if cut >= 0 else floor
    segment = text[begin:verb_start]
    segment_start = begin + len(segment) - len(segment.lstrip())
    words = segment.split()
    while words and (words[-1].lower() in phrases.rules.auxiliaries | phrases.rules.adverbs | {"also", "has", "had", "have"} or
                     re.fullmatch(r"[a-z]{3,}ly", words[-1]) and len(words) >= 2 and
                     words[-2].lower() in phrases.rules.auxiliaries | {"has", "had", "have"}):
        words.pop()  # 'the court has officially announced': the adverb after an auxiliary
    if not words:
        return None
    phrase = " ".join(words)
    appositive = re.search(r"(?:^|,\s+)([^,]+),\s+(?:a|an|the|from|of|at|who|which)\b[^,]*,$", phrase)
    if appositive:
        phrase = appositive.group(1)  # 'Magda Shokosa, a stranded passenger,'
    else:
        parts = [p.strip() for p in re.split(r",(?!\d)", phrase.rstrip(","))]  # not in '11,000'
        closed = phrase.endswith(",") and len(parts) >= 2
        if closed and not parts[-1][:1].isupper():
            phrase = parts[-2]  # 'Florian Weh, spokesman for Deutsche Bahn,': the name before the apposition
        else:
            phrase = parts[-1]  # 'German railway company, Deutsche Bahn,'
    phrase = re.sub(r"^(?:And|and|But|but|Or|or|Then|However|Meanwhile|Earlier|Later|Speaking [^,]*)\s+", "", phrase)
    opener = [m for m in re.finditer(rf"\b(?:{'|'.join(phrases.rules.subordinators)}|which|that)\s+", phrase)
              if m.group(0).strip() != "that" or phrases.rules.verbs.search(phrase[max(m.start() - 20, 0):m.start()])]
    if opener:
        phrase = phrase[opener[-1].end():]  # 'after the Italian lender said': the clause's own subject
    phrase = re.sub(r"\s+(?:who|that)\s+.*$", "", phrase)  # 'Residents who were evacuated said': the residents
    if len(phrase.split()) > 14 or re.search(r"\b(?:and|or|but)$", phrase):
        return None  # '… cancelled flights and fears': a second verb whose subject stands further back
    start = text.find(phrase, segment_start)
    return (start, start + len(phrase)) if start >= 0 and phrase else None
