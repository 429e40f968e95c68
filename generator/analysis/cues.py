"""Attribution cues in a sentence: a verb of saying with its subject ('sagte Scholz', 'Die Polizei
teilte mit'), source cues without one ('laut X', 'X zufolge', 'nach Angaben des X', 'according to X'),
and cues that refer back to the source named before ('demnach', 'hieß es')."""
from __future__ import annotations

import re

from .english_subjects import english_subject_before
from .names import Memory
from .noun_phrases import NounPhrases
from .resolution import ANAPHORA_REACH, Resolver
from .speech_rules import FoundAttribution, Source, SpeechRules, trimmed


# an English form of 'be' right before a participle makes it passive
PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|also\s+|now\s+|not\s+)?$", re.I)


class CueFinder:
    def __init__(self, lang: str, rules: SpeechRules, memory: Memory, phrases: NounPhrases, resolver: Resolver):
        self.lang, self.rules, self.memory, self.phrases, self.resolver = lang, rules, memory, phrases, resolver

    def find(self, text: str, s_start: int, s_end: int, inside: list[bool], position: int) -> list[FoundAttribution]:
        """The cues of one sentence; ``position`` is the paragraph's offset in the article."""
        found: list[FoundAttribution] = []
        taken: list[tuple[int, int]] = []
        sentence = text[s_start:s_end]
        for pattern, gate in self.rules.source_cues:
            if gate not in sentence:
                continue
            for match in pattern.finditer(sentence):
                if inside[s_start + match.start()]:
                    continue
                src_start, src_end = s_start + match.start("src"), s_start + match.end("src")
                np_end = self.phrases.np_end(text, src_start)
                if np_end > src_start:
                    src_end = min(src_end, np_end) if np_end < src_end else np_end
                phrase = text[src_start:src_end].strip()
                if not phrase or phrase.split()[0].lower() in ("dem", "den") and len(phrase.split()) == 1 \
                        or not self._can_inform(phrase):
                    continue
                start, end = s_start + match.start(), max(s_start + match.end(), src_end)
                if any(a < end and start < b for a, b in taken):
                    continue
                source = self.resolver.resolve_cue_source(phrase, position + src_start)
                speech = bool(re.match(r"\s*(so|wie)\b", match.group(0)))
                start, end = trimmed(text, start, end)
                found.append(FoundAttribution(start, end, text[start:end], source, speech))
                taken.append((start, end))
        for match in self.rules.verbs.finditer(sentence):
            at = s_start + match.start()
            if inside[at] or any(a <= at < b for a, b in taken):
                continue
            if self.lang == "en" and PASSIVE.search(text[s_start:at]):
                continue  # 'flights are expected', 'passengers are advised': a passive names no speaker
            verb_end = s_start + match.end()
            needed = self.rules.particle_verbs.get(match.group(1))
            if needed and not re.search(r"[^,.;:!?]{0,80}?\s(" + "|".join(needed) + r")(?=\s*(?:[,.;:!?„“”\"«»]|dass\b|$))", text[verb_end:s_end]):
                continue  # 'gab' is not a verb of saying, 'gab … bekannt' is; the particle closes the clause
            choice = self._speech_subject(text, s_start, s_end, at, verb_end)
            if choice is None:
                continue
            (np_start, np_end), start, end = choice
            source = self._antecedent(text, np_start, np_end, found) or \
                self.resolver.resolve(text[np_start:np_end], position + np_start)
            end = self._with_particle(text, end, s_end)
            quoted = None
            between = text[verb_end:np_start].split()
            if match.group(1).lower().startswith(("zitier", "quot")) and between and \
                    between[0].lower() in self.rules.pronouns:
                quoted = self.resolver.resolve(between[0], position + verb_end)  # 'zitiert ihn die FAZ'
            start, end = trimmed(text, start, end)
            found.append(FoundAttribution(start, end, text[start:end], source, True, quoted))
            taken.append((start, end))
        found += self._anaphoric(sentence, s_start, inside, position, taken)
        return sorted(found, key=lambda a: a.start)

    def _anaphoric(self, sentence: str, s_start: int, inside: list[bool], position: int,
                   taken: list[tuple[int, int]]) -> list[FoundAttribution]:
        """'demnach', 'hieß es': the source named just before; 'nach eigenen Angaben': the sentence's subject."""
        found = []
        for pattern in self.rules.anaphoric:
            for match in pattern.finditer(sentence):
                at = s_start + match.start()
                if inside[at] or any(a <= at < b for a, b in taken):
                    continue
                own = self._own(match.group(0), position + s_start, position + at)
                earlier = self.resolver.last_source
                if own is None and (earlier is None or position + at - self.resolver.last_source_at > ANAPHORA_REACH):
                    continue  # too far back to tell which source it means (measured: mostly wrong)
                source = own or Source(match.group(0), earlier.name, earlier.kind, True)
                found.append(FoundAttribution(at, s_start + match.end(), match.group(0), source))
        return found

    def _speech_subject(self, text: str, s_start: int, s_end: int, at: int, verb_end: int):
        """Who a verb of saying belongs to, and the cue's span: the subject after the verb when the verb
        comes first in its clause ('„…“, sagte X', 'Im Gespräch forderte X'), else the subject before it."""
        before_text = text[s_start:at].rstrip()
        closers = ("“", "”", "»", "«", '"', "“,", "”,", '",', ":", "–")
        verb_first = not before_text or before_text.endswith(closers + (",", "-") if self.lang != "en" else closers) \
            or self._inverted(text, before_text, verb_end, s_end)
        limit = s_end
        after = self.phrases.np_after(text, verb_end, limit)
        if after and self.lang == "en" and not verb_first:
            after = None  # English puts the speaker after the verb only behind a quote
        pure = text[at:verb_end].lower() in self.rules.pure_speech_verbs
        if after and not self.phrases.subject_like(text[after[0]:after[1]], text) and \
                not (pure and re.match(r"(?:der|die|das|ein|eine)\s+(?:[a-zäöüß-]+\s+)*[A-ZÄÖÜ]", text[after[0]:after[1]])):
            after = None  # 'sagte der Diktator' is the speaker; 'kritisierte die Maßnahme' is no speaker
        before = None if verb_first else self.phrases.np_before(text, at, s_start)
        appositive = re.search(r",\s*([^,„“”\"«»]{2,60}),\s*$", text[s_start:at]) if self.lang != "en" else None
        if verb_first and appositive and not re.search(r"[“”\"»«]\s*,?\s*$", text[s_start:at]):
            start = s_start + appositive.start(1)
            end = self.phrases.np_end(text, start, s_start + appositive.end(1))
            if end > start and self.phrases.subject_like(text[start:end], text):
                return (start, end), start, verb_end  # 'Pjöngjangs Botschafter, Sin Hong-chol, erklärte'

        if before is None and not verb_first and self.lang == "en":
            before = english_subject_before(self.phrases, text, at, s_start)
            if before and not self.phrases.subject_like(text[before[0]:before[1]], text):
                before = None
        if before and not self.phrases.subject_like(text[before[0]:before[1]], text) and \
                not self.phrases.bare_name(text[before[0]:before[1]], text[before[1]:at]) and \
                not (pure and re.fullmatch(r"(?:Der|Die|der|die)\s+(?:[\da-zäöüß-]+\s+)*[A-ZÄÖÜ][\w-]*\s*", text[before[0]:at])):
            before = None  # 'Der Demokrat sagte': a person noun right before a verb that only speech takes
        if before and after and self.phrases.strength(text[after[0]:after[1]]) > self.phrases.strength(text[before[0]:before[1]]):
            return after, at, after[1]  # 'Schnelle Besserung erwartet die Bahn nicht'
        if before and not (after and self.lang != "en" and re.match(r"\s*(?:Das|Dies|Es|So|Dem|Den)\b", text[before[0]:before[1]])):
            return before, before[0], verb_end
        if after:
            named = self.phrases.named_apposition(text, after[0], after[1], limit)
            return (named, at, named[1]) if named else (after, at, after[1])
        described = re.match(r"\s*[^,.;:!?„“”\"«»]{2,60}?(?=,)", text[verb_end:limit]) if verb_first else None
        if described:  # 'said another passenger, Brigitte Schloessel': a description without a capitalised head
            named = self.phrases.named_apposition(text, verb_end, verb_end + described.end(), limit)
            if named:
                return named, at, named[1]
        return None

    def _inverted(self, text: str, before_text: str, verb_end: int, s_end: int) -> bool:
        """'Prices rose, said Jane Smith, chief economist at Barclays': in English a clause and a comma may
        stand before the verb when a name or a speaker noun follows it and closes the sentence or clause."""
        if self.lang != "en" or not before_text.endswith(","):
            return False
        after = self.phrases.np_after(text, verb_end, s_end)
        return bool(after) and self.phrases.strength(text[after[0]:after[1]]) == 2 and \
            self.phrases.subject_like(text[after[0]:after[1]], text) and re.match(r"\s*(?:[,.;:!?]|$)", text[after[1]:s_end]) is not None

    def _own(self, cue: str, sentence_at: int, at: int) -> Source | None:
        """'Weselsky hat nach eigenen Angaben …': 'eigene' information is the sentence's subject's, the
        person or organisation named in the sentence before the cue."""
        if not re.search(r"\beigene[nr]?\b|\bown\b", cue, re.I):
            return None
        named = [(p, person.name, "person") for p, person in self.memory.persons if sentence_at <= p < at]
        named += [(p, name, "institution") for p, name in self.memory.organisations if sentence_at <= p < at]
        if not named:
            return None
        _, name, kind = max(named, key=lambda n: n[0])
        return Source(cue, name, kind, True)

    def _can_inform(self, phrase: str) -> bool:
        """'according to the ministry', '… to her spokesman', '… to a statement': a source, a document or a
        name; not 'according to the attack'. (German capitalises every noun: any phrase may inform.)"""
        words = re.findall(r"[\w'’-]+", phrase)
        if self.lang != "en" or any(w[:1].isupper() for w in words):
            return True
        head = words[-1] if words else ""
        return bool(self.phrases.source_noun(head) or self.phrases.role_noun(head) or
                    any(head.lower().endswith(n.lower()) for n in self.rules.information_nouns + ("statement", "study")))

    def _antecedent(self, text: str, np_start: int, np_end: int, found: list[FoundAttribution]) -> Source | None:
        """'…, erwiderte die Gewerkschafterin, die betonte': a relative pronoun speaks for the source of the
        cue that ends right before it."""
        if text[np_start:np_end].lower() not in self.rules.relative_pronouns:
            return None
        before = next((a for a in reversed(found) if 0 <= np_start - a.end <= 3), None)
        if before is None:
            return None
        return Source(text[np_start:np_end], before.source.name, before.source.kind, True)

    def _with_particle(self, text: str, end: int, s_end: int) -> int:
        """'teilte der Konzern … mit': a separable verb's particle closes the cue when it ends the clause."""
        match = re.match(r"[^,.;:!?„“”\"«»]{0,60}?\s(" + "|".join(self.rules.particles) + r")(?=[,.;:!?]|$)", text[end:s_end])
        return end + match.end() if match else end
