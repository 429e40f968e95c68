"""Who is named in a text: persons (a known first name before a capitalised surname), organisations
(acronyms, and the full names the text gives them), and what a surname, an acronym, a role noun or a
pronoun refers back to."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..intake.text_rules import first_name_gender

NAME_TOKEN = r"[A-ZÄÖÜÉÈÁÀÂÎÔÛÇŠŽČĆŁØ][\w'’\-]*[\w]|[A-ZÄÖÜ]"
_ACRONYM_DEFINITION = re.compile(rf"(?P<full>(?:{NAME_TOKEN}|für|und|der|des|die|of|the|and|for)(?:[\s-]+(?:{NAME_TOKEN}|für|und|der|des|die|of|the|and|for)){{0,6}})\s+\((?P<short>[A-ZÄÖÜ][A-ZÄÖÜa-z]{{1,7}})\)")


_ORGANISATION = re.compile(
    r"\b(?:Deutsche[rnms]?|Europäische[rnms]?|Österreichische[rnms]?|Schweizerische[rnms]?|Bayerische[rnms]?|"
    r"Federal|National|European|German|Swiss|Austrian)\s+[A-ZÄÖÜ][\w-]+|"
    r"\b[A-ZÄÖÜ][\w&-]+\s+(?:AG|SE|GmbH|Inc\.?|Ltd\.?|Group|Holding|Bank|Metall|Motors|Airlines)\b|"
    r"\b[A-ZÄÖÜ]{2,6}(?=\b|-)|"
    r"\b(?:(?:[A-ZÄÖÜ][a-zäöüß]+ische[snmr]?\s+)?[A-ZÄÖÜ][\w-]*?(?:ministerium|amt|behörde|institut|werk|kreis|präsidium|gericht|verband|agentur|dienst|"
    r"verwaltung|kommission|rat|zentrale|polizei|feuerwehr|partei|gewerkschaft|regierung|klinikum|universität)"
    r"(?:e?s)?)(?:\s+(?-i:[A-ZÄÖÜ][\w-]+))?\b")


def canonical_organisation(name: str) -> str:
    """'Umweltministeriums' -> 'Umweltministerium', 'des Kreises' -> 'Kreis'."""
    name = re.sub(r"^(?:der|des|die|dem|den|the)\s+", "", name.strip())
    first, _, rest = name.partition(" ")
    first = re.sub(r"(ministerium|amt|institut|werk|präsidium|gericht|verband|dienst|rat|klinikum|unternehmen)e?s$", r"\1",
                   first, flags=re.I)
    first = re.sub(r"(kreis)es$", r"\1", first, flags=re.I)
    return f"{first} {rest}".strip()


@dataclass
class Person:
    name: str
    surname: str
    gender: str | None
    roles: set[str] = field(default_factory=set)


@dataclass
class Memory:
    """What a reader remembers while reading an article: the persons and organisations named so far."""
    persons: list[tuple[int, Person]] = field(default_factory=list)  # (position, person), in reading order
    organisations: list[tuple[int, str]] = field(default_factory=list)
    acronyms: dict[str, str] = field(default_factory=dict)
    by_surname: dict[str, Person] = field(default_factory=dict)

    def add_person(self, position: int, name: str, gender: str | None, role: str | None = None) -> Person:
        surname = name.split()[-1]
        person = self.by_surname.get(surname)
        if person is None or len(name.split()) > len(person.name.split()):
            person = Person(name, surname, gender, person.roles if person else set())
            self.by_surname[surname] = person
        if role:
            person.roles.add(role.lower())
        self.persons.append((position, person))
        return person

    def add_organisation(self, position: int, name: str) -> None:
        name = canonical_organisation(name)
        self.organisations.append((position, self.acronyms.get(name, name)))

    def last_person(self, before: int, gender: str | None = None, role: str | None = None,
                    strict: bool = False) -> Person | None:
        """The person a pronoun or role noun means: the last fitting person named before it (measured
        on the corpus: better than the subject of the last sentence naming one). ``strict``: none
        rather than one of the other gender ('die Firma' is no man named before)."""
        candidates = [p for at, p in self.persons if at < before]
        if role:
            fitting = [p for p in candidates if any(r.endswith(role.lower()) or role.lower().endswith(r) for r in p.roles)]
            if fitting:
                return fitting[-1]
        if gender in ("male", "female"):
            known = [p for p in candidates if p.gender == gender]  # a known gender first, then unknown ones
            fitting = known or [p for p in candidates if p.gender in ("either", None)]
            if fitting:
                return fitting[-1]
            if strict:
                return None
        return candidates[-1] if candidates else None

    def main_organisation(self, before: int, skip: Callable[[str], bool] = lambda name: False) -> str | None:
        """The organisation the article has named most so far (the last of equals): what 'der Konzern' means."""
        counts: dict[str, int] = {}
        for at, name in self.organisations:
            if at < before and not skip(name):
                counts[name] = counts.get(name, 0) + 1
        if not counts:
            return None
        order = {name: i for i, (at, name) in enumerate(self.organisations) if at < before}
        return max(counts, key=lambda name: (counts[name], order[name]))

    def last_organisation(self, before: int, noun: str | None = None) -> str | None:
        """The last organisation named before; with a noun, the last whose name holds the longest tail
        of it ('Landesumweltministerium' -> the 'Umweltministerium' named before, 'Kreis' -> 'Landkreis X')."""
        candidates = [o for at, o in self.organisations if at < before]
        if noun:
            noun = noun.lower()
            for cut in range(0, max(len(noun) - 4, 1)):
                fitting = [o for o in candidates if noun[cut:] in o.lower()]
                if fitting:
                    return fitting[-1]
            return None
        return candidates[-1] if candidates else None


class Gazetteer:
    """Names a reader knows before reading: a dossier's actors. The default knows none."""

    def persons_in(self, text: str) -> list[tuple[int, str, str | None]]:
        return []  # (start, canonical name, gender or None)

    def organisations_in(self, text: str) -> list[tuple[int, str]]:
        return []

    def epithets_of(self, phrase: str) -> list[str]:
        """The persons an epithet in the phrase is given to ('der Diktator' -> ['Kim Jong-un'])."""
        return []


def read_names(text: str, offset: int, memory: Memory, known: Gazetteer = Gazetteer()) -> None:
    """Add the persons and organisations named in one sentence to the memory."""
    for match in _ACRONYM_DEFINITION.finditer(text):
        full = match.group("full").strip()
        full = re.sub(r"^(?:(?:der|des|die|dem|den|the|Der|Die|Das|The|In|Im|Am|Laut|Nach)\s+)+", "", full)
        if not full or full[0].upper() != match.group("short")[0].upper() or first_name_gender(full.split()[0]):
            continue  # 'Markus Söder (CSU)' names a party, not the person
        memory.acronyms[match.group("short")] = full
        memory.add_organisation(offset + match.start(), full)
    known_persons = known.persons_in(text)
    starts = {start for start, _, _ in known_persons}
    guessed = [p for p in persons_in(text) if p[0] not in starts]  # the dossier knows better than a name dictionary
    for start, name, gender in sorted(guessed + known_persons, key=lambda p: (p[0], p[1])):
        memory.add_person(offset + start, name, gender, _role_before(text, start))
    for match in _ORGANISATION.finditer(text):
        following = re.match(r"\s+([\w'’-]+)\s+[A-ZÄÖÜ]", text[match.end():])
        if following and first_name_gender(following.group(1)) and not match.group(0).isupper():
            continue  # 'German Chancellor Olaf Scholz': a title before a person, no organisation
        memory.add_organisation(offset + match.start(), match.group(0))
    for start, name in known.organisations_in(text):
        memory.add_organisation(offset + start, name)


_CAPITALISED = re.compile(rf"(?:{NAME_TOKEN})(?![\w'’-])")
_ARTICLES = frozenset("der die das dem den des ein eine einem einen einer eines the a an".split())
_PARTICLES = ("von", "van", "de", "der", "den", "da", "del", "di", "le", "la", "zu", "bin", "al")


def persons_in(text: str) -> list[tuple[int, str, str]]:
    """Persons named with a first name: 'Markus Söder', 'Hans Peter Müller', 'Ursula von der Leyen'."""
    found = []
    tokens = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[\w'’.-]+", text)]
    i = 0
    while i < len(tokens) - 1:
        start, _, word = tokens[i]
        gender = first_name_gender(word) if _CAPITALISED.fullmatch(word) else None
        if gender and i > 0 and tokens[i - 1][2] in _ARTICLES:
            gender = None  # 'nach dem Ende der Show': a noun that is also a first name takes an article
        if not gender:
            i += 1
            continue
        j = i + 1
        while j < len(tokens) - 1 and first_name_gender(tokens[j][2]) and _CAPITALISED.fullmatch(tokens[j + 1][2]):
            j += 1  # a second first name
        while j < len(tokens) - 1 and tokens[j][2] in _PARTICLES:
            j += 1
        if j < len(tokens) and _CAPITALISED.fullmatch(tokens[j][2].rstrip(".")) and text[tokens[j - 1][1]:tokens[j][0]].strip() == "":
            end = tokens[j][1] - (1 if tokens[j][2].endswith(".") else 0)
            found.append((start, text[start:end], gender))
            i = j + 1
        else:
            i += 1
    return found


def _role_before(text: str, at: int) -> str | None:
    before = re.search(r"([\w-]+)\s+$", text[:at])
    if before and before.group(1)[:1].isupper():
        return before.group(1).split("-")[-1]
    return None
