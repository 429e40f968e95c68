"""Indirect speech: the part of a sentence that reports what someone said, in Konjunktiv I ('er sei
zufrieden'), under a verb of saying ('…, teilte der Konzern mit'), or after 'dass'/'that'."""
from __future__ import annotations

import re

from .speech_rules import SpeechRules


class IndirectSpeech:
    def __init__(self, lang: str, rules: SpeechRules):
        self.lang, self.rules = lang, rules
        self.reported = False  # the last sentence reported speech in Konjunktiv I

    def find(self, text: str, s_start: int, s_end: int, inside: list[bool], cues) -> tuple[int, int] | None:
        """The part of a sentence that reports speech indirectly: a clause in Konjunktiv I, a clause
        under a verb of saying ('…, teilte der Konzern mit'), or 'that' after one."""
        sentence = text[s_start:s_end]
        if all(inside[k] for k in range(s_start, s_end) if not text[k].isspace() and text[k] not in ".,;:!?"):
            return None
        speech = [c for c in cues if c.speech]
        words = set(re.findall(r"\b\w+\b", sentence))
        strong = bool(words & self.rules.konjunktiv)
        weak = bool(words & self.rules.konjunktiv_weak) and (speech or self.reported)
        trailing = next((c for c in speech if c.start > s_start + 10 and text[s_start:c.start].rstrip().endswith(",")
                         and c.end >= s_end - 2), None)
        if self.lang == "en":
            match = re.search(r"\b(?:said|says|told \w+|added|warned|explained|stated|announced|wrote|argued|insisted|"
                              r"claimed|confirmed|estimated|expects|expected)\s+(?:(?:on|in|at|to|from|during|after|with|via)\b[^.;:]{0,60}?\bthat\s+)?"
                              r"(?:that\s+)?(?P<clause>(?!(?:on|in|at|to|from|during|after|with|via)\b)[a-z].+)$",
                              sentence)
            if speech and match and not inside[s_start + match.start("clause")]:
                return s_start + match.start("clause"), s_end - (1 if sentence.endswith(".") else 0)
            if trailing:
                return self._clause(text, s_start, trailing.start)
            return None
        main_clause = set(re.findall(r"\b\w+\b", re.split(r"[,;:–]|\bdass\b", sentence)[0]))
        weak = weak and (bool(speech) or bool(main_clause & self.rules.konjunktiv_two))  # Konjunktiv II goes on after I
        self.reported = strong
        if not (strong or weak or trailing):
            return None
        cue = min(speech or cues, key=lambda c: c.start, default=None)
        if cue is None:
            return self._clause(text, s_start, s_end)
        before, after = (s_start, cue.start), (cue.end, s_end)
        lead = re.match(r"(?:[^,:„“”\"«»]{0,25}?[,:])?\s*(?:(?:dass|ob|that)\s+)?", text[cue.end:s_end])
        reported = re.search(r"[,:]\s*(?:dass|ob|that)\s+", text[cue.end:s_end])
        after = (cue.end + (reported.end() if reported else lead.end()), s_end)  # '…sagte der Diktator zudem, dass …' -> the clause after 'dass'
        if text[s_start:cue.start].strip(" ,") == "" or re.match(r"\s*[,:]", text[cue.end:s_end]) and \
                self._has_reporting_verb(text[after[0]:after[1]]):
            return self._clause(text, *after)  # 'X sagte, dass …', 'X sagte: …'
        if text[cue.end:s_end].strip(" .!?") == "" or self._has_reporting_verb(text[before[0]:before[1]]):
            return self._clause(text, *before)  # '…, sagte X.'
        return self._clause(text, *after)

    def _has_reporting_verb(self, clause: str) -> bool:
        found = set(re.findall(r"\b\w+\b", clause))
        return bool(found & (self.rules.konjunktiv | self.rules.konjunktiv_weak)) or self.lang == "en"

    def _clause(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        clause = re.sub(r"\s*\([\w/\-]{2,20}\)$", "", text[start:end].strip(" ,.;:")).strip(" ,.;:")  # no '(ari)'
        if self.lang != "en":
            clause = re.sub(r"^(?:dass|ob)\s+", "", clause)
        if not clause or len(clause.split()) < 3:
            return None
        if re.fullmatch(r"[„“”\"«»‚‘].*[„“”\"«»‚‘][.!?]?", clause) and not re.search(r"[„“”\"«»][^„“”\"«»]*\s\w+\s[^„“”\"«»]*[„“”\"«»]", clause[1:-1]):
            return None  # the clause is a direct quote, already found
        offset = text.index(clause, start)
        return offset, offset + len(clause)
