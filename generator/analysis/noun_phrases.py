"""Noun phrases that can name a speaker: the subject before or after a verb of saying, where a
phrase ends ('der Sprecher des Innenministeriums', 'Markus Söder (CSU)'), and whether it can speak
at all ('die Maßnahme' cannot)."""
from __future__ import annotations

import re

from ..intake.text_rules import first_name_gender
from .names import Memory
from .speech_rules import OUTLET_WORDS, SpeechRules, last_single_close, tokens as word_tokens


# 'GDL-Chef', 'ver.di-Vorsitzende', 'dpa-Reporter', '27-Jährige': a compound is a noun when its last part is
_CAPITALISED_TAIL = re.compile(r"[\w.]+-[A-ZÄÖÜ][\w-]*")


class NounPhrases:
    def __init__(self, lang: str, rules: SpeechRules, memory: Memory):
        self.lang, self.rules, self.memory = lang, rules, memory

    _PREPOSITIONS = frozenset("am im in an auf nach vor bei zum zur gegenüber seit über unter mit während aus für "
                              "on at to after before during from via per".split())

    def np_after(self, text: str, at: int, limit: int) -> tuple[int, int] | None:
        """The subject that follows a verb of saying, past adverbs, prepositional phrases and an
        addressee ('sagte am Montag der Zeitung GDL-Chef Claus Weselsky')."""
        tokens = word_tokens(text[at:limit])
        i = 0
        while i < len(tokens):
            word = tokens[i][2]
            lower = word.lower()
            if lower in self._PREPOSITIONS:
                i += 1
                noun = False  # 'in einer Pressekonferenz in München der Geschäftsführer': a new article ends the object
                while i < len(tokens) and not (noun and tokens[i][2].lower() in self.rules.determiners) and \
                        (tokens[i][2].lower() in self.rules.determiners or tokens[i][2][:1].isupper() or
                         re.fullmatch(r"[a-zäöü]+(e|en|er)", tokens[i][2]) and i + 1 < len(tokens)
                         and tokens[i + 1][2][:1].isupper()):
                    noun = noun or tokens[i][2][:1].isupper()
                    i += 1
                continue
            if lower in self.rules.adverbs and lower not in self.rules.determiners or re.fullmatch(r"\d+\.?", word) or \
                    lower == "sich" and self.lang != "en":  # 'äußerte sich die Gewerkschaft'
                i += 1
                continue
            if lower in ("ihn", "ihm", "sie", "him", "her") and i + 1 < len(tokens) and \
                    tokens[i + 1][2].lower() in self.rules.determiners | {"die", "der", "das"}:
                i += 1  # 'zitiert ihn die FAZ': the object is who is quoted, the subject follows
                continue
            if lower in ("dem", "den") or (lower in ("der",) and i + 1 < len(tokens) and self.addressee(tokens[i + 1][2])):
                i += 2  # an addressee: 'sagte dem Sender', 'sagte der Zeitung'
                while i < len(tokens) and tokens[i][2][:1].isupper() and tokens[i - 1][2].endswith("-"):
                    i += 1
                continue
            break
        if i >= len(tokens):
            return None
        start = at + tokens[i][0]
        end = self.np_end(text, start, limit)
        return (start, end) if end > start else None

    def named_apposition(self, text: str, start: int, end: int, limit: int) -> tuple[int, int] | None:
        """'der Leiter der Studie, der australische Archäologe Anthony Clarke': a role noun followed, after
        its complement and a comma, by a phrase that names a person means that person, not one named before."""
        clause = re.match(r"[^,.;:!?„“”\"«»()]{0,90},\s*", text[end:limit])
        if clause is None:
            return None
        described = re.findall(r"[\w'’\-]+", text[start:end + clause.end()])
        unnamed = {u.lower() for u in self.rules.unnamed}
        if not any(self.role_noun(w) or w.lower() in unnamed for w in described):
            return None  # 'sagte ein Sprecher der Stadt, Paul Hagen', 'said another passenger, Brigitte Schloessel'
        inner = end + clause.end()
        inner_end = self.np_end(text, inner, limit)
        if inner_end <= inner or not re.match(r"\s*(?:[,.;:!?–)]|$)", text[inner_end:limit]):
            return None  # the phrase must close: 'Holger Kalbe, am Mittwoch', not 'Anna Muster sagte'
        words = [w for w in re.findall(r"[\w'’\-]+", text[inner:inner_end]) if w.lower() not in self.rules.determiners]
        names = [w for w in words if w[:1].isupper() and not self.source_noun(w)]
        if any(first_name_gender(w) for w in names) or len(names) >= 2 and words[-1] in names and words[-2] in names:
            return inner, inner_end
        return None

    def addressee(self, word: str) -> bool:
        return bool(OUTLET_WORDS.search(word)) and not self.source_noun(word)

    def role_noun(self, word: str) -> str | None:
        lower = word.lower()
        return next((r for r in self.rules.roles if lower.endswith(r.lower())), None)

    def source_noun(self, word: str) -> str | None:
        """The role, organisation or unnamed-person noun a word ends in ('GDL-Chef' -> 'Chef')."""
        lower = word.lower()
        for noun in self.rules.roles + self.rules.organisation_nouns + tuple(self.rules.unnamed):
            if lower.endswith(noun.lower()):
                return noun
        return None

    def np_end(self, text: str, start: int, limit: int | None = None) -> int:
        """End of a noun phrase: determiner, adjectives, capitalised words, a party in brackets,
        a genitive or 'von' complement. A pronoun is a whole noun phrase."""
        limit = len(text) if limit is None else limit
        tokens = word_tokens(text[start:limit])
        if not tokens:
            return start
        if tokens[0][2].lower() in ("ihn", "ihm", "ihr", "ihnen", "him", "her", "them", "us", "uns"):
            return start  # an object, never the speaker
        if tokens[0][2].lower() in self.rules.pronouns or tokens[0][2].lower() in ("it", "they", "man"):
            return start + tokens[0][1]
        end = start
        seen_head = False
        determiner = False
        i = 0
        while i < len(tokens):
            s, e, word = tokens[i]
            lower = word.lower()
            if lower in ("von", "van", "de", "der", "den", "zu") and i + 1 < len(tokens) and \
                    (tokens[i + 1][2][:1].isupper() or tokens[i + 1][2] in ("der", "den")) and \
                    self.particle_name(tokens, i):
                end = start + e  # 'von der Leyen'
            elif not seen_head and not determiner and (lower in self.rules.determiners or lower in self.rules.possessives
                                                       and i + 1 < len(tokens) and tokens[i + 1][2][:1].isupper()):
                end, determiner = start + e, True
            elif not seen_head and determiner and re.fullmatch(r"[\wäöüß\-]*[a-zäöüß](e|en|er|es)", word) and not word[:1].isupper() \
                    and not self.rules.verbs.fullmatch(word) and not _CAPITALISED_TAIL.fullmatch(word):
                end = start + e  # an adjective: 'der bayerische', 'die stellvertretende'
            elif not seen_head and determiner and lower in self.rules.adverbs and lower not in self.rules.determiners \
                    and lower not in self._PREPOSITIONS and word.islower():
                end = start + e  # an adverb before the adjectives: 'der ebenfalls beteiligte Forscher'
            elif word[:1].isupper() and word[:1].isalpha() or _CAPITALISED_TAIL.fullmatch(word):
                end, seen_head = start + e, True
                if word.endswith("-") and i + 2 < len(tokens) and tokens[i + 1][2] in ("und", "oder") and \
                        tokens[i + 2][2][:1].isupper():
                    end = start + tokens[i + 2][1]  # 'Brücken- und Ingenieurbauwerke': one truncated compound
                    i += 2
            elif self.lang == "en" and seen_head is False and re.fullmatch(r"[a-z]+", word) and i + 1 < len(tokens) \
                    and any(t[2][:1].isupper() for t in tokens[i + 1:i + 4]) and lower not in ("said", "says", "told"):
                end = start + e  # 'human resources director Martin Seiler'
            elif self.lang == "en" and seen_head and re.fullmatch(r"[a-z]+", word) and i + 1 < len(tokens) \
                    and tokens[i + 1][2][:1].isupper() and lower in ("head", "director", "chief", "spokesman",
                                                                     "spokeswoman", "minister", "leader", "chairman"):
                end = start + e
            elif word == "(" and i + 2 < len(tokens) and tokens[i + 2][2] == ")":
                end = start + tokens[i + 2][1]
                i += 3
                continue
            elif seen_head and self._complement(tokens, i):
                end = start + e
            elif seen_head and lower in ("an", "am", "im") and i + 1 < len(tokens) and tokens[i + 1][2][:1].isupper() \
                    and tokens[i + 1][2].lower() not in self.rules.adverbs and re.search(r"(amt|amts|kreis|kreises|gericht|gerichts)$", text[start:end]):
                end = start + e  # 'Landratsamt Pfaffenhofen an der Ilm', 'Frankfurt am Main'
            else:
                break
            i += 1
        trimmed = re.sub(r"(\s+(?:des|der|von|vom|of|an|am|im|die|das|the|den|dem))+$", "", text[start:end])
        return start + len(trimmed) if seen_head and trimmed.strip() else start

    def _complement(self, tokens, i: int) -> bool:
        """'des Ministeriums', 'of the union', 'eines Sprechers des hessischen Umweltministeriums'."""
        lower = tokens[i][2].lower()
        if lower in ("des", "der", "von", "vom", "of", "for") and i + 1 < len(tokens):
            after = tokens[i + 1][2]
            return after[:1].isupper() or after.lower() in ("der", "des", "the") or self._adjective_before_noun(tokens, i + 1)
        return tokens[i - 1][2].lower() in ("des", "der", "von", "vom") and self._adjective_before_noun(tokens, i)

    def _adjective_before_noun(self, tokens, i: int) -> bool:
        return self.lang != "en" and i + 1 < len(tokens) and tokens[i + 1][2][:1].isupper() and \
            re.fullmatch(r"[a-zäöüß][\wäöüß-]*(?:e|en|er|es)", tokens[i][2]) is not None

    def particle_name(self, tokens, i: int) -> bool:
        """'von der Leyen' is a surname when the article named the person before ('Ursula von der Leyen')."""
        j = i
        while j < len(tokens) and tokens[j][2] in ("von", "van", "de", "der", "den", "zu"):
            j += 1
        return j < len(tokens) and tokens[j][2] in self.memory.by_surname

    def np_before(self, text: str, verb_start: int, floor: int) -> tuple[int, int] | None:
        """The subject that ends right before its verb ('Die Betriebsratschefin Daniela Cavallo betont')."""
        clause = text[floor:verb_start]
        cut = max([clause.rfind(c) for c in (",", ":", ";", "“", "”", "»", "«", '"', "–", " - ", "(", ")")] +
                  [last_single_close(clause)])
        if cut >= 0 and clause[cut] == ")":
            cut = clause.rfind(",", 0, cut)  # 'Markus Söder (CSU) sprach' keeps its party
        begin = floor + cut + 1 if cut >= 0 else floor
        segment = text[begin:verb_start]
        lead = re.match(r"\s*(?:(?:Auch|auch|Und|und|Doch|Aber|Zudem|Dann|So|Nun|Jetzt|Also|Sogar|Selbst|Even|And|But|Then|"
                        r"Bislang|Zuvor|Später|Inzwischen|Gleichzeitig|Meanwhile|Earlier|Later|which|who)\s+)*", segment)
        start = begin + lead.end()
        if start >= verb_start or text[start:verb_start].split()[0].lower() in self._PREPOSITIONS:
            return None  # 'Gegenüber dem ZDF sagte Faeser': an object of a preposition is no subject
        relative = re.fullmatch(r"(der|die)\s*", text[start:verb_start])
        if relative and self.lang != "en" and cut >= 0 and clause[cut] == ",":
            return start, start + 3  # '…, die Gewerkschafterin, die betonte': the relative pronoun speaks
        conjunction = re.match(rf"(?:{'|'.join(self.rules.subordinators)})\s+", text[start:verb_start])
        if conjunction:
            start += conjunction.end()  # 'wie er am Morgen der Zeitung sagte': the verb ends its clause
        end = self.np_end(text, start, verb_start)
        if end > start and conjunction:
            return start, end
        gap = text[end:verb_start].split()
        if end > start and all(w.lower() in self.rules.auxiliaries or w.lower() in self.rules.adverbs or w == "sich"
                               for w in gap):
            return start, end
        # the words before a second-place verb are one phrase: its last noun phrase may be the subject
        # ('Gewerkschaftssekretär und Aufsichtsrat Stefan Wittmann sprach', 'Auch sein Vorbild Becker sagte')
        verb = re.match(r"\w+", text[verb_start:])
        if self.lang == "en" or verb and re.fullmatch(r"(?:\w{2,5})?ge\w+(?:t|en)", verb.group(0)):
            return None  # 'Putin habe … an Kim geschrieben': a participle after its auxiliary is no second-place verb
        for match in re.finditer(r"(?<=\s)\S", text[start:verb_start]):
            inner = start + match.start()
            if text[:inner].split()[-1].lower() in self._PREPOSITIONS:
                continue  # 'an Kim' is an object
            end = self.np_end(text, inner, verb_start)
            if end > inner and text[end:verb_start].strip() == "" and self.strength(text[inner:end]) == 2:
                return inner, end
        return None

    def bare_name(self, phrase: str, gap: str) -> bool:
        """'Weselsky sagte': one capitalised word with no article right before a verb of saying is a
        name (German nouns take articles)."""
        return self.lang != "en" and gap.strip() == "" and re.fullmatch(r"[A-ZÄÖÜ][\w'’-]+", phrase.strip()) is not None \
            and phrase.strip().lower() not in self.rules.adverbs | self.rules.determiners

    def strength(self, phrase: str) -> int:
        """How surely a phrase names a speaker: 2 for a pronoun, a person, a known name or a role or
        organisation noun; 1 for other capitalised words."""
        words = re.findall(r"[\w'’\-]+", phrase)
        if not words:
            return 0
        if words[0].lower() in self.rules.pronouns or any(first_name_gender(w) for w in words) or \
                any(w in self.memory.by_surname or w in self.memory.acronyms or w.isupper() for w in words) or \
                self.source_noun(words[-1]):
            return 2
        return 1

    def subject_like(self, phrase: str, text: str) -> bool:
        """A phrase that can speak: a pronoun, a person or organisation by name, or a role or
        organisation noun — not 'die Maßnahme' or 'Am Abend'."""
        words = [w for w in re.findall(r"[\w'’\-]+", phrase)]
        if not words or len(words) > 12:
            return False
        lower = words[0].lower()
        if len(words) == 1 and lower in ("es", "man", "trotzdem", "dennoch", "deshalb", "daher"):
            return False  # 'Es gibt', 'Trotzdem gab': no speaker
        if lower in self.rules.pronouns or lower in ("it", "they") or \
                len(words) == 1 and lower in self.rules.relative_pronouns:
            return True
        content = [w for w in words if w.lower() not in self.rules.determiners]
        while content and not content[0][:1].isupper() and not _CAPITALISED_TAIL.fullmatch(content[0]) and self.lang != "en":
            content = content[1:]  # adjectives: 'der deutsche Tennisstar'
        if not content:
            return False
        main = re.split(r"\s+(?:des|der|von|vom|of)\s+", " ".join(content))[0].split()
        head = main[-1]
        if head.lower() in self.rules.adverbs:
            return False  # 'Dieser Donnerstag', 'Seit Wochen'
        if self.source_noun(head) or head in self.memory.by_surname or head in self.memory.acronyms:
            return True
        if any(first_name_gender(w) and w[:1].isupper() for w in content[:-1]):
            return True
        if head.isupper() and len(head) >= 2 or re.search(r"[A-ZÄÖÜ].*[A-ZÄÖÜ]", head):
            return True  # 'DWD', 'ÖBB', 'IG Metall'
        if len(main) >= 2 and all(w[:1].isupper() for w in main):
            return True  # 'Deutsche Bahn', 'Polizeipräsidium Oberbayern'
        if self.lang == "en" and any(w[:1].isupper() for w in main):
            return True  # English capitalises names only
        if len(words) == len(content) and len(re.findall(rf"(?<![\w-]){re.escape(head)}(?![\w-])", text)) >= 2:
            return True  # a bare name the article uses again: 'Lufthansa', 'Verdi'
        return False
