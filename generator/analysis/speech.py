"""Quotes, their speakers, and every place where a text says where its information comes from.

A careful reader's rules: a verb of saying before or after the quote names its speaker ('sagte
Scholz in New York', 'Orcel sagte der Zeitung', 'so Orcel'); so do 'laut X', 'X zufolge', 'nach
Angaben des X', 'wie X mitteilte', 'according to X'. A pronoun or a role noun ('er', 'der Kanzler')
means the nearest fitting person named before; 'ein Sprecher des Landratsamts' speaks for the office.
Sentences in Konjunktiv I report speech indirectly.

The reader walks an article's paragraphs in order; its parts, each in its own module, are the noun
phrases (``noun_phrases``, ``english_subjects``), who they mean (``resolution``), the cues (``cues``),
indirect speech (``indirect_speech``) and which cues are sure enough to report (``confidence``).
"""
from __future__ import annotations

from .confidence import names_organisation, reportable, states_nothing
from .cues import CueFinder
from .indirect_speech import IndirectSpeech
from .names import Gazetteer, Memory, read_names
from .noun_phrases import NounPhrases
from .resolution import Resolver
from .sentences import sentences
from .speech_rules import FoundAttribution, FoundQuote, Source, is_title, quote_spans, rules

__all__ = ["FoundAttribution", "FoundQuote", "Reader", "Source", "quote_spans"]


class Reader:
    def __init__(self, lang: str, known: Gazetteer = Gazetteer()):
        self.known = known
        self.lang = lang
        self.rules = rules(lang)
        self.memory = Memory()
        self.phrases = NounPhrases(lang, self.rules, self.memory)
        self.resolver = Resolver(lang, self.rules, self.memory, self.phrases, known)
        self.cues = CueFinder(lang, self.rules, self.memory, self.phrases, self.resolver)
        self.indirect = IndirectSpeech(lang, self.rules)
        self.position = 0

    def read_paragraph(self, text: str) -> tuple[list[FoundQuote], list[FoundAttribution]]:
        quotes: list[FoundQuote] = []
        attributions: list[FoundAttribution] = []
        spans = [s for s in quote_spans(text) if text[s[0]:s[1]].strip()]
        inside = [False] * (len(text) + 1)
        for s, e in spans:
            for k in range(max(s - 1, 0), min(e + 1, len(text))):
                inside[k] = True
        bounds = sentences(text)
        for index, (s_start, s_end) in enumerate(bounds):
            # the names first: 'Bürgermeister Georg Schmitz wollte …, wie er … sagte' means the man named before 'er'
            read_names(text[s_start:s_end], self.position + s_start, self.memory, self.known)
            cues = self.cues.find(text, s_start, s_end, inside, self.position)
            speech = [c for c in cues if c.speech]
            sentence_quotes = [(s, e) for s, e in spans if s_start <= s < s_end]
            if not speech and sentence_quotes and index + 1 < len(bounds):
                # '„…“ So Weselsky.' / '„…“ Das sagte Weselsky.': the cue follows in the next sentence
                following = self.cues.find(text, *bounds[index + 1], inside, self.position)
                if following and following[0].speech and following[0].start - bounds[index + 1][0] <= 12:
                    speech = following[:1]
            for s, e in sentence_quotes:
                quoted = text[s:e]
                if is_title(quoted) and not speech:
                    continue
                near = min(speech, key=lambda c: min(abs(c.start - e), abs(c.end - s)), default=None)
                if near is None and e > s_end:
                    near = self._cue_after_quote(text, bounds, e, inside)  # '„Wir … umgehen. Wir …“, erklärte er.'

                who = (near.quoted or near.source) if near else self.resolver.last_speaker
                quotes.append(FoundQuote(s, e, quoted.rstrip(" ,"), True, who))
                if who:
                    self.resolver.last_speaker = who
            indirect = self.indirect.find(text, s_start, s_end, inside, cues)
            if indirect:
                who = speech[0].source if speech else (cues[0].source if cues else self.resolver.last_speaker)
                quotes.append(FoundQuote(indirect[0], indirect[1], text[indirect[0]:indirect[1]], False, who))
            reported = bool(sentence_quotes or indirect)
            attributions.extend(c for c in cues if not states_nothing(c, self.rules, text[c.end:s_end], reported))
            if speech:
                self.resolver.last_speaker = speech[0].quoted or speech[0].source
            for cue in cues:
                if names_organisation(cue.source, self.rules):
                    self.memory.add_organisation(self.position + cue.start, cue.source.name)  # 'laut Foodwatch'
                if cue.source.name:
                    self.resolver.last_source = cue.source
                    self.resolver.last_source_at = self.position + cue.start
        self.position += len(text) + 1
        return quotes, [a for a in attributions if reportable(a, self.rules)]

    def _cue_after_quote(self, text: str, bounds, end: int, inside: list[bool]):
        """A quote of several sentences takes the verb of saying right after its closing mark, in the
        sentence where it ends."""
        last = next(((s, e) for s, e in bounds if s <= end < e), None)
        if last is None:
            return None
        speech = [c for c in self.cues.find(text, *last, inside, self.position) if c.speech and 0 <= c.start - end <= 12]
        return speech[0] if speech else None
