"""Quotes, their speakers, and every place where a text says where its information comes from.

A careful reader's rules: a verb of saying before or after the quote names its speaker ('sagte
Scholz in New York', 'Orcel sagte der Zeitung', 'so Orcel'); so do 'laut X', 'X zufolge', 'nach
Angaben des X', 'wie X mitteilte', 'according to X'. A pronoun or a role noun ('er', 'der Kanzler')
means the nearest fitting person named before; 'ein Sprecher des Landratsamts' speaks for the office.
Sentences in Konjunktiv I report speech indirectly.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..intake.text_rules import first_name_gender
from ..rules import load
from .names import NAME_TOKEN, Gazetteer, Memory, canonical_organisation, read_names
from .sentences import sentences

QUOTE_PAIRS = (("„", "“"), ("„", "”"), ("«", "»"), ("»", "«"), ("“", "”"), ('"', '"'), ("‚", "‘"), ("‹", "›"))
OUTLET_WORDS = re.compile(r"(Zeitung|Zeitschrift|Magazin|Blatt|Sender|Rundfunk|Nachrichtenagentur|Agentur|Portal|"
                          r"newspaper|broadcaster|magazine|agency|Times|Post|Journal|News|Spiegel|Bild|FAZ|SZ|taz|"
                          r"ARD|ZDF|ORF|SRF|BBC|CNN|Reuters|AFP|dpa|APA|Bloomberg|Handelsblatt|Tagesschau|Welt|"
                          r"Stern|Focus|Politico|Guardian|Kurier|Krone|Standard|Presse|Morgenmagazin|NDR|WDR|BR|"
                          r"MDR|SWR|HR|RTL|Sat\.1|n-tv|ntv|Kyodo|Yonhap|Tass|TASS|KCNA|Xinhua)$")
AGENCY_NAMES = re.compile(r"^(dpa|dpa-AFX|AFP|Reuters|AP|APA|SDA|Keystone-SDA|AWP|KNA|epd|Bloomberg|Tass|TASS|"
                          r"Interfax|Kyodo|Yonhap|KCNA|Xinhua|ANSA|EFE|Belga|ANP)$")


@dataclass(frozen=True)
class Source:
    written: str  # the words naming the source, as they stand
    name: str | None  # who it is: full name or organisation; None when the text does not say
    kind: str  # person, institution, outlet, agency, unnamed
    inferred: bool = False  # the name was inferred from an earlier sentence ('er', 'der Konzern'), not read


@dataclass(frozen=True)
class FoundQuote:
    start: int  # offsets into the paragraph, without the quotation marks
    end: int
    text: str
    direct: bool
    speaker: Source | None


@dataclass(frozen=True)
class FoundAttribution:
    start: int  # the cue's offsets in the paragraph
    end: int
    cue: str
    source: Source
    speech: bool = False  # a verb of saying (the source speaks), not 'laut X'
    quoted: Source | None = None  # 'zitiert ihn die FAZ': who is quoted, when not the source


@dataclass(frozen=True)
class _Rules:
    verbs: re.Pattern
    particles: frozenset[str]
    source_cues: tuple[re.Pattern, ...]
    anaphoric: tuple[re.Pattern, ...]
    pronouns: dict[str, str]
    determiners: frozenset[str]
    roles: tuple[str, ...]
    organisation_nouns: tuple[str, ...]
    unnamed: frozenset[str]
    spokesperson: tuple[str, ...]
    adverbs: frozenset[str]
    konjunktiv: frozenset[str]
    konjunktiv_weak: frozenset[str]
    information_nouns: tuple[str, ...]
    generic_organisation_nouns: frozenset[str]
    auxiliaries: frozenset[str]
    particle_verbs: dict[str, list[str]]
    pure_speech_verbs: frozenset[str]


SOURCE_NP = (rf"(?:(?:der|die|das|den|dem|des|the|a|an|ein|eine|einer|eines|einem|einen|er|sie|he|she)\s+)?(?:[a-zäöü]+(?:e|en|er|es)\s+)?"
             rf"(?:(?:{NAME_TOKEN})(?![\w])\s*|„[^“]{{1,40}}“\s*|«[^»]{{1,40}}»\s*|»[^«]{{1,40}}«\s*|\"[^\"]{{1,40}}\"\s*|"
             rf"[a-z0-9-]+\.(?:de|at|ch|com|net|org)\b\s*|(?:dpa|afp|ap|apa|sda)-\w+\s*){{1,5}}")


@lru_cache(maxsize=None)
def rules(lang: str) -> _Rules:
    data = load("speech")[lang if lang == "en" else "de"]
    verbs = sorted(data["speech_verbs"], key=len, reverse=True)
    verb_pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs) + r")(?![\w-])",
                              re.I if lang == "en" else 0)
    source = f"(?P<src>{SOURCE_NP})"
    cues = tuple(re.compile(c.replace("{src}", source)) for c in data["source_cues"])
    return _Rules(verb_pattern, frozenset(data["particles"]), cues,
                  tuple(re.compile(c, re.I) for c in data["anaphoric_cues"]), data["pronouns"],
                  frozenset(data["determiners"]), tuple(sorted(data["role_nouns"], key=len, reverse=True)),
                  tuple(sorted(data["organisation_nouns"], key=len, reverse=True)), frozenset(data["unnamed"]),
                  tuple(data["spokesperson"]), frozenset(a.lower() for a in data["adverbs"]),
                  frozenset(data["konjunktiv"]), frozenset(data["konjunktiv_weak"]),
                  tuple(data["information_nouns"]), frozenset(data["generic_organisation_nouns"]),
                  frozenset(data["auxiliaries"]), data["particle_verbs"] or {}, frozenset(data["pure_speech_verbs"]))


_CLOSING = {opening: tuple(c for o, c in QUOTE_PAIRS if o == opening) for opening, _ in QUOTE_PAIRS}
_OPENING = re.compile("[" + re.escape("".join(_CLOSING)) + "]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Outermost quoted spans (without the marks). A quote still open at the paragraph's end runs to it."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        found = _OPENING.search(text, i)
        if not found:
            break
        i = found.start()
        char = text[i]
        closing = _CLOSING[char]
        if char in "'‚" and i > 0 and text[i - 1].isalnum():
            i += 1
            continue
        if char == '"' and i > 0 and text[i - 1].isalnum() and not (i + 1 < len(text) and text[i + 1].isupper()):
            i += 1
            continue
        end = min((p for p in (text.find(c, i + 1) for c in closing) if p > 0), default=-1)
        if char == "‚":
            end = text.find("‘", i + 1)
        if end < 0:
            if char in "„“«»\"" and len(text) - i > 20:
                spans.append((i + 1, len(text)))
            break
        spans.append((i + 1, end))
        i = end + 1
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the white space at its ends, so that text[start:end] is the cue as shown."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_title(quoted: str) -> bool:
    """'ZDF Morgenmagazin', 'Bild': a short run of capitalised words names a title, not speech."""
    words = quoted.split()
    return len(words) <= 4 and all(w[:1].isupper() or not w[:1].isalpha() for w in words) and not quoted.endswith((".", "!", "?"))


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[\w'’\-]+(?:\.(?=\w))?[\w'’\-]*|[„“”\"«»()]|[.,:;!?]", text)]


class Reader:
    def __init__(self, lang: str, known: Gazetteer = Gazetteer()):
        self.known = known
        self.lang = lang
        self.rules = rules(lang)
        self.memory = Memory()
        self.last_speaker: Source | None = None
        self.last_source: Source | None = None
        self.reported = False  # the last sentence reported speech in Konjunktiv I
        self.position = 0

    # --- noun phrases -------------------------------------------------------------------------
    _PREPOSITIONS = frozenset("am im in an auf nach vor bei zum zur gegenüber seit über unter mit während on at to "
                              "after before during from via per".split())

    def _np_after(self, text: str, at: int, limit: int) -> tuple[int, int] | None:
        """The subject that follows a verb of saying, past adverbs, prepositional phrases and an
        addressee ('sagte am Montag der Zeitung GDL-Chef Claus Weselsky')."""
        tokens = _tokens(text[at:limit])
        i = 0
        while i < len(tokens):
            word = tokens[i][2]
            lower = word.lower()
            if lower in self._PREPOSITIONS:
                i += 1
                while i < len(tokens) and (tokens[i][2].lower() in self.rules.determiners or
                                           tokens[i][2][:1].isupper() or re.fullmatch(r"[a-zäöü]+(e|en|er)", tokens[i][2])
                                           and i + 1 < len(tokens) and tokens[i + 1][2][:1].isupper()):
                    i += 1
                continue
            if lower in self.rules.adverbs and lower not in self.rules.determiners or re.fullmatch(r"\d+\.?", word):
                i += 1
                continue
            if lower in ("ihn", "ihm", "sie", "him", "her") and i + 1 < len(tokens) and \
                    tokens[i + 1][2].lower() in self.rules.determiners | {"die", "der", "das"}:
                i += 1  # 'zitiert ihn die FAZ': the object is who is quoted, the subject follows
                continue
            if lower in ("dem", "den") or (lower in ("der",) and i + 1 < len(tokens) and self._addressee(tokens[i + 1][2])):
                i += 2  # an addressee: 'sagte dem Sender', 'sagte der Zeitung'
                while i < len(tokens) and tokens[i][2][:1].isupper() and tokens[i - 1][2].endswith("-"):
                    i += 1
                continue
            break
        if i >= len(tokens):
            return None
        start = at + tokens[i][0]
        end = self._np_end(text, start, limit)
        return (start, end) if end > start else None

    def _addressee(self, word: str) -> bool:
        return bool(OUTLET_WORDS.search(word)) and not self._source_noun(word)

    def _role_noun(self, word: str) -> str | None:
        lower = word.lower()
        return next((r for r in self.rules.roles if lower.endswith(r.lower())), None)

    def _source_noun(self, word: str) -> str | None:
        """The role, organisation or unnamed-person noun a word ends in ('GDL-Chef' -> 'Chef')."""
        lower = word.lower()
        for noun in self.rules.roles + self.rules.organisation_nouns + tuple(self.rules.unnamed):
            if lower.endswith(noun.lower()):
                return noun
        return None

    def _np_end(self, text: str, start: int, limit: int | None = None) -> int:
        """End of a noun phrase: determiner, adjectives, capitalised words, a party in brackets,
        a genitive or 'von' complement. A pronoun is a whole noun phrase."""
        limit = len(text) if limit is None else limit
        tokens = _tokens(text[start:limit])
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
                    self._particle_name(tokens, i):
                end = start + e  # 'von der Leyen'
            elif not seen_head and not determiner and lower in self.rules.determiners:
                end, determiner = start + e, True
            elif not seen_head and determiner and re.fullmatch(r"[\wäöüß\-]*[a-zäöüß](e|en|er|es)", word) and not word[:1].isupper() \
                    and not self.rules.verbs.fullmatch(word):
                end = start + e  # an adjective: 'der bayerische', 'die stellvertretende'
            elif word[:1].isupper() and word[:1].isalpha() or re.fullmatch(r"\d+-[A-ZÄÖÜ]\w+", word):
                end, seen_head = start + e, True
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
            elif seen_head and lower in ("des", "der", "von", "vom", "of") and i + 1 < len(tokens) and \
                    (tokens[i + 1][2][:1].isupper() or tokens[i + 1][2].lower() in ("der", "des", "the")):
                end = start + e
            elif seen_head and lower in ("an", "am", "im") and i + 1 < len(tokens) and tokens[i + 1][2][:1].isupper() \
                    and re.search(r"(amt|amts|kreis|kreises|gericht|gerichts)$", text[start:end]):
                end = start + e  # 'Landratsamt Pfaffenhofen an der Ilm', 'Frankfurt am Main'
            else:
                break
            i += 1
        trimmed = re.sub(r"(\s+(?:des|der|von|vom|of|an|am|im|die|das|the|den|dem))+$", "", text[start:end])
        return start + len(trimmed) if seen_head and trimmed.strip() else start

    def _particle_name(self, tokens, i: int) -> bool:
        """'von der Leyen' is a surname when the article named the person before ('Ursula von der Leyen')."""
        j = i
        while j < len(tokens) and tokens[j][2] in ("von", "van", "de", "der", "den", "zu"):
            j += 1
        return j < len(tokens) and tokens[j][2] in self.memory.by_surname

    def _np_before(self, text: str, verb_start: int, floor: int) -> tuple[int, int] | None:
        """The subject that ends right before its verb ('Die Betriebsratschefin Daniela Cavallo betont')."""
        clause = text[floor:verb_start]
        cut = max(clause.rfind(c) for c in (",", ":", ";", "“", "”", "»", "«", '"', "–", " - ", "(", ")"))
        if cut >= 0 and clause[cut] == ")":
            cut = clause.rfind(",", 0, cut)  # 'Markus Söder (CSU) sprach' keeps its party
        begin = floor + cut + 1 if cut >= 0 else floor
        segment = text[begin:verb_start]
        lead = re.match(r"\s*(?:(?:Auch|auch|Und|und|Doch|Aber|Zudem|Dann|So|Nun|Jetzt|Also|Sogar|Selbst|Even|And|But|Then|"
                        r"Bislang|Zuvor|Später|Inzwischen|Gleichzeitig|Meanwhile|Earlier|Later|which|who|die|der)\s+)*", segment)
        start = begin + lead.end()
        if start >= verb_start:
            return None
        end = self._np_end(text, start, verb_start)
        gap = text[end:verb_start].split()
        if end > start and all(w.lower() in self.rules.auxiliaries or w.lower() in self.rules.adverbs or w == "sich"
                               for w in gap):
            return start, end
        return None

    def _np_before_en(self, text: str, verb_start: int, floor: int) -> tuple[int, int] | None:
        """An English subject of up to a dozen words before its verb: 'The GDL federal chairman Claus
        Weselsky explained', 'Magda Shokosa, a stranded passenger, said', 'Verdi has called'."""
        clause = text[floor:verb_start]
        cut = max(clause.rfind(c) for c in ("“", "”", '"', ";", ":"))
        begin = floor + cut + 1 if cut >= 0 else floor
        segment = text[begin:verb_start]
        segment_start = begin + len(segment) - len(segment.lstrip())
        words = segment.split()
        while words and words[-1].lower() in self.rules.auxiliaries | self.rules.adverbs | {"also", "has", "had", "have"}:
            words.pop()
        if not words or len(words) > 14:
            return None
        phrase = " ".join(words)
        appositive = re.match(r"^([^,]+),\s+(?:a|an|the)\b[^,]*,$", phrase)
        if appositive:
            phrase = appositive.group(1)
        elif "," in phrase:
            phrase = phrase.rsplit(",", 1)[1].strip()
        phrase = re.sub(r"^(?:And|But|Then|However|Meanwhile|Earlier|Later|Speaking [^,]*)\s+", "", phrase)
        start = text.find(phrase, segment_start)
        return (start, start + len(phrase)) if start >= 0 and phrase else None

    def _epithet_owner(self, phrase: str, at: int) -> str | None:
        """Of the persons the dossier gives this epithet, the one named last before it."""
        owners = self.known.epithets_of(phrase)
        named = [person.name for position, person in self.memory.persons if position < at and person.name in owners]
        return named[-1] if named else (owners[0] if len(owners) == 1 else None)

    def _bare_name(self, phrase: str, gap: str) -> bool:
        """'Weselsky sagte': one capitalised word with no article right before a verb of saying is a
        name (German nouns take articles)."""
        return self.lang != "en" and gap.strip() == "" and re.fullmatch(r"[A-ZÄÖÜ][\w'’-]+", phrase.strip()) is not None \
            and phrase.strip().lower() not in self.rules.adverbs | self.rules.determiners

    def _strength(self, phrase: str) -> int:
        """How surely a phrase names a speaker: 2 for a pronoun, a person, a known name or a role or
        organisation noun; 1 for other capitalised words."""
        words = re.findall(r"[\w'’\-]+", phrase)
        if not words:
            return 0
        if words[0].lower() in self.rules.pronouns or any(first_name_gender(w) for w in words) or \
                any(w in self.memory.by_surname or w in self.memory.acronyms or w.isupper() for w in words) or \
                self._source_noun(words[-1]):
            return 2
        return 1

    def _subject_like(self, phrase: str, text: str) -> bool:
        """A phrase that can speak: a pronoun, a person or organisation by name, or a role or
        organisation noun — not 'die Maßnahme' or 'Am Abend'."""
        words = [w for w in re.findall(r"[\w'’\-]+", phrase)]
        if not words or len(words) > 12:
            return False
        lower = words[0].lower()
        if lower in self.rules.pronouns or lower in ("it", "they"):
            return True
        content = [w for w in words if w.lower() not in self.rules.determiners]
        while content and not content[0][:1].isupper() and self.lang != "en":
            content = content[1:]  # adjectives: 'der deutsche Tennisstar'
        if not content:
            return False
        main = re.split(r"\s+(?:des|der|von|vom|of)\s+", " ".join(content))[0].split()
        head = main[-1]
        if head.lower() in self.rules.adverbs:
            return False  # 'Dieser Donnerstag', 'Seit Wochen'
        if self._source_noun(head) or head in self.memory.by_surname or head in self.memory.acronyms:
            return True
        if any(first_name_gender(w) for w in main[:-1]):
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

    # --- resolution -----------------------------------------------------------------------------
    def resolve(self, phrase: str, at: int, cue_kind: str = "speech") -> Source:
        written = phrase.strip()
        words = written.split()
        lower = [w.lower() for w in words]
        content = [w for w in words if w.lower() not in self.rules.determiners]
        if not content:
            return Source(written, None, "unnamed")
        if len(words) == 1 and lower[0] in ("it", "they"):
            organisation = self.memory.main_organisation(at)
            return Source(written, organisation, "institution" if organisation else "unnamed", True)
        if len(words) == 1 and lower[0] in self.rules.pronouns:
            gender = self.rules.pronouns[lower[0]]
            speaker = self.last_speaker
            if speaker and speaker.kind == "person" and speaker.name and speaker.name.split()[-1] in self.memory.by_surname \
                    and self.memory.by_surname[speaker.name.split()[-1]].gender in (gender, "either", None):
                return Source(written, speaker.name, "person", True)
            person = self.memory.last_person(at, gender)
            if lower[0] in ("sie",) and person is None:
                organisation = self.memory.last_organisation(at)
                return Source(written, organisation, "institution" if organisation else "unnamed", True)
            return Source(written, person.name if person else None, "person" if person else "unnamed", True)
        # a named person
        for i, word in enumerate(content[:-1]):
            if first_name_gender(word) and content[i + 1][:1].isupper():
                name = " ".join(content[i:i + 2] if len(content) == i + 2 or not content[i + 2][:1].isupper()
                                or content[i + 2].startswith("(") else content[i:i + 3])
                name = re.sub(r"\s*\(.*$", "", name)
                return Source(written, self.memory.by_surname.get(name.split()[-1], None).name
                              if name.split()[-1] in self.memory.by_surname else name, "person")
        bare_phrase = re.sub(r"^(?:(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|the|a|an|one|another|some)\s+)+",
                             "", written, flags=re.I)
        genitive = re.search(r"\b(?:des|der|von|vom|of the|of|for the|for)\s+(.+)$", bare_phrase)
        main = re.split(r"\s+(?:des|der|von|vom|of|for)\s+", bare_phrase)[0].split()
        main = [w for w in main if w[:1].isupper() or self.lang == "en"] or main  # 'zuständigen Landratsamt' -> 'Landratsamt'
        if lower[0] in ("one", "another", "some", "several", "many") and self.lang == "en":
            return Source(written, None, "unnamed")
        last = main[-1] if main else content[-1]
        last_bare = re.sub(r"[(),]", "", last)
        # a spokesperson speaks for the organisation named with them
        spoke = next((s for s in self.rules.spokesperson if last_bare.lower().endswith(s.lower())), None)
        if spoke:
            if genitive:
                return Source(written, self._organisation(genitive.group(1), at), "institution")
            prefix = last_bare[: -len(spoke)].rstrip("-")
            if prefix:
                return Source(written, self._organisation(prefix, at), "institution")
            organisation = self.memory.last_organisation(at)
            return Source(written, organisation, "institution" if organisation else "unnamed", True)
        # a surname the text named before, or an acronym it defined
        for word in reversed(main):
            bare = re.sub(r"[(),„“\"]", "", word)
            if bare in self.memory.by_surname:
                return Source(written, self.memory.by_surname[bare].name, "person")
        if last_bare.lower() in self.rules.unnamed or (lower[0] in ("ein", "eine", "a", "an") and not genitive):
            return Source(written, None, "unnamed")
        owner = self._epithet_owner(written, at) if lower[0] in self.rules.determiners else None
        if owner:
            return Source(written, owner, "person", True)  # 'der Diktator', as the dossier calls its actor
        role = next((r for r in self.rules.roles if last_bare.lower().endswith(r.lower())), None)
        if not role and len(main) >= 2 and last_bare[:1].isupper() and self._role_noun(main[-2]) and \
                not self._source_noun(last_bare):
            return Source(written, last_bare, "person")  # 'Bundeskanzler Scholz' -> 'Scholz'
        definite = lower[0] in ("der", "die", "das", "the") and len(main) == 1 and not self._source_noun(last_bare) \
            and last_bare not in self.memory.acronyms and not OUTLET_WORDS.search(last_bare)
        if definite and last_bare not in self.memory.by_surname:
            gender = {"der": "male", "die": "female"}.get(lower[0])
            person = self.memory.last_person(at, gender)
            if person:
                return Source(written, person.name, "person", True)  # 'der Demokrat', 'das Musiktalent'
        if role and len(main) <= 2:
            person = self.memory.last_person(at, role=last_bare.split("-")[-1])
            return Source(written, person.name if person else None, "person" if person else "unnamed", True)
        organisation_noun = next((n for n in self.rules.organisation_nouns if last_bare.endswith(n) or last_bare.lower() == n.lower()), None)
        if organisation_noun and len(main) <= 2 and lower[0] in self.rules.determiners and not genitive:
            if organisation_noun in self.rules.generic_organisation_nouns:
                organisation = self.memory.main_organisation(at)
            else:
                organisation = self.memory.last_organisation(at, last_bare.split("-")[-1])
            return Source(written, organisation or re.sub(r"\s*\(.*$", "", " ".join(main)), "institution",
                          organisation is not None)
        name = re.sub(r"\s*\([^)]*\)", "", " ".join(content)).strip("„“\"")
        name = name.replace("„", "").replace("“", "").replace('"', "")
        if AGENCY_NAMES.match(name):
            return Source(written, name, "agency")
        if OUTLET_WORDS.search(name) or OUTLET_WORDS.search(name.split()[0]):
            return Source(written, name, "outlet")
        if name in self.memory.acronyms:
            return Source(written, self.memory.acronyms[name], "institution")
        if len(main) == 1 and not name.isupper() and cue_kind == "speech" and not organisation_noun:
            return Source(written, name, "person")
        return Source(written, self._organisation(name, at), "institution")

    def _resolve_cue_source(self, phrase: str, at: int) -> Source:
        """'laut Polizei', 'den Angaben zufolge' (the source named before), 'Polizeiangaben zufolge' (the police)."""
        genitive = re.match(r"^(?P<head>.+?)\s+(?:des|der|von|vom|of the|of)\s+(?P<rest>.+)$", phrase)
        main = genitive.group("head") if genitive else phrase
        words = main.split()
        head = words[-1] if words else ""
        if genitive and any(head.lower().endswith(n.lower()) for n in self.rules.information_nouns + ("Gutachten", "Studie", "Reporter", "Reporterin", "Korrespondent")):
            return self.resolve(genitive.group("rest"), at, "source")  # 'laut einem Bericht der Nachrichtenagentur APA'
        noun = next((n for n in self.rules.information_nouns if head.lower().endswith(n.lower())), None)
        if noun:
            prefix = head[: len(head) - len(noun)].rstrip("-")
            if prefix:
                if prefix.lower() in ("medien", "presse", "media"):
                    return Source(phrase, None, "unnamed")
                if prefix.lower() in ("unternehmens", "konzern", "firmen", "company"):
                    return Source(phrase, self.memory.main_organisation(at), "institution", True)
                return self.resolve(prefix.capitalize(), at, "source")
            return self.last_source or Source(phrase, self.memory.main_organisation(at), "institution")
        return self.resolve(phrase, at, "source")

    def _organisation(self, text: str, at: int) -> str:
        name = canonical_organisation(re.sub(r"^(?:(?:der|des|die|dem|den|the)\s+|[a-zäöü]+(?:e|en|er|es)\s+)+", "", text.strip()))
        known = self.memory.last_organisation(at, name) if len(name.split()) == 1 and name[:1].isupper() else None
        if known:
            return known  # 'des Ministeriums' -> the 'Umweltministerium' named before
        name = re.sub(r"\s*\([^)]*\)", "", name)
        if any(name.rstrip("s").endswith(n) for n in self.rules.generic_organisation_nouns):
            return self.memory.main_organisation(at) or name
        if name in self.memory.acronyms:
            return self.memory.acronyms[name]
        for full in self.memory.acronyms.values():
            if name and (name.rstrip("s") in full or full.startswith(name.rstrip("s"))):
                return full
        return name

    # --- reading ----------------------------------------------------------------------------------
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
            cues = self._cues(text, s_start, s_end, inside)
            attributions.extend(cues)
            speech = [c for c in cues if c.speech]
            sentence_quotes = [(s, e) for s, e in spans if s_start <= s < s_end]
            if not speech and sentence_quotes and index + 1 < len(bounds):
                # '„…“ So Weselsky.' / '„…“ Das sagte Weselsky.': the cue follows in the next sentence
                following = self._cues(text, *bounds[index + 1], inside)
                if following and following[0].speech and following[0].start - bounds[index + 1][0] <= 12:
                    speech = following[:1]
            for s, e in sentence_quotes:
                quoted = text[s:e]
                if _is_title(quoted) and not speech:
                    continue
                near = min(speech, key=lambda c: min(abs(c.start - e), abs(c.end - s)), default=None)
                who = (near.quoted or near.source) if near else self.last_speaker
                quotes.append(FoundQuote(s, e, quoted.rstrip(" ,"), True, who))
                if who:
                    self.last_speaker = who
            indirect = self._indirect(text, s_start, s_end, inside, cues)
            if indirect:
                who = speech[0].source if speech else (cues[0].source if cues else self.last_speaker)
                quotes.append(FoundQuote(indirect[0], indirect[1], text[indirect[0]:indirect[1]], False, who))
            if speech:
                self.last_speaker = speech[0].quoted or speech[0].source
            for cue in cues:
                if cue.source.name:
                    self.last_source = cue.source
            read_names(text[s_start:s_end], self.position + s_start, self.memory, self.known)
        self.position += len(text) + 1
        return quotes, attributions

    def _cues(self, text: str, s_start: int, s_end: int, inside: list[bool]) -> list[FoundAttribution]:
        found: list[FoundAttribution] = []
        taken: list[tuple[int, int]] = []
        sentence = text[s_start:s_end]
        for pattern in self.rules.source_cues:
            for match in pattern.finditer(sentence):
                if inside[s_start + match.start()]:
                    continue
                src_start, src_end = s_start + match.start("src"), s_start + match.end("src")
                np_end = self._np_end(text, src_start)
                if np_end > src_start:
                    src_end = min(src_end, np_end) if np_end < src_end else np_end
                phrase = text[src_start:src_end].strip()
                if not phrase or phrase.split()[0].lower() in ("dem", "den") and len(phrase.split()) == 1:
                    continue
                start, end = s_start + match.start(), max(s_start + match.end(), src_end)
                if any(a < end and start < b for a, b in taken):
                    continue
                source = self._resolve_cue_source(phrase, self.position + src_start)
                speech = bool(re.match(r"(so|wie)\b", match.group(0)))
                start, end = _trimmed(text, start, end)
                found.append(FoundAttribution(start, end, text[start:end], source, speech))
                taken.append((start, end))
        for match in self.rules.verbs.finditer(sentence):
            at = s_start + match.start()
            if inside[at] or any(a <= at < b for a, b in taken):
                continue
            verb_end = s_start + match.end()
            needed = self.rules.particle_verbs.get(match.group(1))
            if needed and not re.search(r"[^,.;:!?]{0,80}?\s(" + "|".join(needed) + r")(?=[\s,.;:!?]|$)", text[verb_end:s_end]):
                continue  # 'gab' is not a verb of saying, 'gab … bekannt' is
            choice = self._speech_subject(text, s_start, s_end, at, verb_end)
            if choice is None:
                continue
            (np_start, np_end), start, end = choice
            source = self.resolve(text[np_start:np_end], self.position + np_start)
            end = self._with_particle(text, end, s_end)
            quoted = None
            between = text[verb_end:np_start].split()
            if match.group(1).lower().startswith(("zitier", "quot")) and between and \
                    between[0].lower() in self.rules.pronouns:
                quoted = self.resolve(between[0], self.position + verb_end)  # 'zitiert ihn die FAZ'
            start, end = _trimmed(text, start, end)
            found.append(FoundAttribution(start, end, text[start:end], source, True, quoted))
            taken.append((start, end))
        for pattern in self.rules.anaphoric:
            for match in pattern.finditer(sentence):
                at = s_start + match.start()
                if inside[at] or any(a <= at < b for a, b in taken):
                    continue
                earlier = self.last_source  # 'demnach', 'hieß es': the source named before
                source = Source(match.group(0), earlier.name, earlier.kind, True) if earlier else \
                    Source(match.group(0), self.memory.main_organisation(self.position + at), "institution", True)
                found.append(FoundAttribution(at, s_start + match.end(), match.group(0), source))
        return sorted(found, key=lambda a: a.start)

    def _speech_subject(self, text: str, s_start: int, s_end: int, at: int, verb_end: int):
        """Who a verb of saying belongs to, and the cue's span: the subject after the verb when the verb
        comes first in its clause ('„…“, sagte X', 'Im Gespräch forderte X'), else the subject before it."""
        before_text = text[s_start:at].rstrip()
        closers = ("“", "”", "»", "«", '"', "“,", "”,", '",', ":", "–")
        verb_first = not before_text or before_text.endswith(closers + (",", "-") if self.lang != "en" else closers)
        limit = s_end
        after = self._np_after(text, verb_end, limit)
        if after and self.lang == "en" and not verb_first:
            after = None  # English puts the speaker after the verb only behind a quote
        pure = text[at:verb_end].lower() in self.rules.pure_speech_verbs
        if after and not self._subject_like(text[after[0]:after[1]], text) and \
                not (pure and re.match(r"(?:der|die|das|ein|eine)\s+(?:[a-zäöüß-]+\s+)*[A-ZÄÖÜ]", text[after[0]:after[1]])):
            after = None  # 'sagte der Diktator' is the speaker; 'kritisierte die Maßnahme' is no speaker
        before = None if verb_first else self._np_before(text, at, s_start)
        appositive = re.search(r",\s*([^,„“”\"«»]{2,60}),\s*$", text[s_start:at]) if self.lang != "en" else None
        if verb_first and appositive and not re.search(r"[“”\"»«]\s*,?\s*$", text[s_start:at]):
            start = s_start + appositive.start(1)
            end = self._np_end(text, start, s_start + appositive.end(1))
            if end > start and self._subject_like(text[start:end], text):
                return (start, end), start, verb_end  # 'Pjöngjangs Botschafter, Sin Hong-chol, erklärte'

        if before is None and not verb_first and self.lang == "en":
            before = self._np_before_en(text, at, s_start)
            if before and not self._subject_like(text[before[0]:before[1]], text):
                before = None
        if before and not self._subject_like(text[before[0]:before[1]], text) and \
                not self._bare_name(text[before[0]:before[1]], text[before[1]:at]):
            before = None
        if before and after and self._strength(text[after[0]:after[1]]) > self._strength(text[before[0]:before[1]]):
            return after, at, after[1]  # 'Schnelle Besserung erwartet die Bahn nicht'
        if before and not (after and self.lang != "en" and re.match(r"\s*(?:Das|Dies|Es|So|Dem|Den)\b", text[before[0]:before[1]])):
            return before, before[0], verb_end
        if after:
            return after, at, after[1]
        return None

    def _with_particle(self, text: str, end: int, s_end: int) -> int:
        """'teilte der Konzern … mit': a separable verb's particle closes the cue when it ends the clause."""
        match = re.match(r"[^,.;:!?„“”\"«»]{0,60}?\s(" + "|".join(self.rules.particles) + r")(?=[,.;:!?]|$)", text[end:s_end])
        return end + match.end() if match else end

    def _indirect(self, text: str, s_start: int, s_end: int, inside: list[bool], cues) -> tuple[int, int] | None:
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
                              r"claimed|confirmed|estimated|expects|expected)\s+(?:on \w+\s+)?(?:that\s+)?(?P<clause>[a-z].+)$",
                              sentence)
            if speech and match and not inside[s_start + match.start("clause")]:
                return s_start + match.start("clause"), s_end - (1 if sentence.endswith(".") else 0)
            if trailing:
                return self._clause(text, s_start, trailing.start)
            return None
        weak = weak and bool(speech)  # Konjunktiv II and look-alikes report speech only under a verb of saying
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
