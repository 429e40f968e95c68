"""Who a phrase that names a source means: a person by name or surname, a pronoun or role noun
('er', 'der Kanzler') as the nearest fitting person named before, a spokesperson as the organisation
they speak for, an organisation noun as the organisation the article is about."""
from __future__ import annotations

import re

from ..intake.text_rules import first_name_gender
from .names import Gazetteer, Memory, canonical_organisation
from .noun_phrases import NounPhrases
from .speech_rules import AGENCY_NAMES, OUTLET_WORDS, Source, SpeechRules

# How far back (characters) 'demnach', 'hieß es' or 'den Angaben zufolge' still refers to the last named source
# (measured on the corpus: further back, mostly wrong)
ANAPHORA_REACH = 300
INDEFINITE = frozenset("ein eine einer eines einem einen a an".split())


class Resolver:
    """Resolves phrases against what the article named so far; remembers the last speaker and the
    last named source, which 'er' and 'demnach' refer back to."""

    def __init__(self, lang: str, rules: SpeechRules, memory: Memory, phrases: NounPhrases, known: Gazetteer):
        self.lang, self.rules, self.memory, self.phrases, self.known = lang, rules, memory, phrases, known
        self.last_speaker: Source | None = None
        self.last_source: Source | None = None
        self.last_source_at = 0  # where the last named source stands in the article

    def _epithet_owner(self, phrase: str, at: int) -> str | None:
        """Of the persons the dossier gives this epithet, the one named last before it."""
        owners = self.known.epithets_of(phrase)
        named = [person.name for position, person in self.memory.persons if position < at and person.name in owners]
        return named[-1] if named else (owners[0] if len(owners) == 1 else None)

    def _member_of(self, main: list[str], head: str, at: int) -> str | None:
        """An unnamed person with an organisation before the noun speaks for it: 'a DWD meteorologist',
        'ein dpa-Reporter'; the organisation is an acronym or a name the article gave before."""
        if not any(head.lower().endswith(u.lower()) for u in self.rules.unnamed):
            return None
        modifier = head.rsplit("-", 1)[0] if "-" in head else (main[-2] if len(main) >= 2 else "")
        if not modifier or modifier == head:
            return None
        if modifier in self.memory.acronyms:
            return self.memory.acronyms[modifier]
        if re.fullmatch(r"[A-ZÄÖÜ]{2,6}|[a-z]{2,5}", modifier) and (modifier.isupper() or AGENCY_NAMES.match(modifier)):
            return self.memory.last_organisation(at, modifier) or modifier
        return None

    def main_organisation(self, at: int, company: bool = False) -> str | None:
        """The organisation the article is about so far, which 'der Konzern' and 'it' mean: never the
        outlet or agency that reports on it; for a company noun ('das Unternehmen', 'the lender') never a
        public body, union or party either ('Gewerkschaft', 'Landratsamt', 'ministry')."""
        return self.memory.main_organisation(at, skip=lambda name: bool(
            OUTLET_WORDS.search(name) or AGENCY_NAMES.match(name) or company and self._public_body(name)))

    def _public_body(self, name: str) -> bool:
        last = name.split()[-1].lower() if name.split() else ""
        return any(last.endswith(n.lower()) for n in self.rules.organisation_nouns
                   if n not in self.rules.generic_organisation_nouns and n not in self.rules.companies)

    def _possessed(self, written: str, possessive: str, noun: str, at: int) -> Source | None:
        """'ihr Sprecher', 'its CEO': a spokesperson or role of the owner speaks for the owner, the
        person (or organisation) the possessive points back to."""
        if not (self.phrases.role_noun(noun) or any(noun.lower().endswith(s.lower()) for s in self.rules.spokesperson)):
            return None
        owner = self.rules.possessives[possessive]
        if owner == "organisation":
            organisation = self.main_organisation(at)
            return Source(written, organisation, "institution", True) if organisation else None
        person = self.memory.last_person(at, owner, strict=True)
        return Source(written, person.name, "person", True) if person else None

    def resolve(self, phrase: str, at: int, cue_kind: str = "speech") -> Source:
        written = phrase.strip()
        words = written.split()
        lower = [w.lower() for w in words]
        content = [w for w in words if w.lower() not in self.rules.determiners]
        if not content:
            return Source(written, None, "unnamed")
        if len(words) == 1 and (lower[0] in ("it", "they") or lower[0] in self.rules.pronouns
                                or lower[0] in self.rules.relative_pronouns):
            return self._pronoun(written, lower[0], at)
        if len(words) >= 2 and lower[0] in self.rules.possessives:
            owned = self._possessed(written, lower[0], words[-1], at)
            if owned:
                return owned
        person = self._named_person(written, content)
        if person:
            return person
        genitive, main = self._main_words(written)
        if lower[0] in ("one", "another", "some", "several", "many") and self.lang == "en":
            return Source(written, None, "unnamed")
        head = self._head_noun(main, content)
        spoke = next((s for s in self.rules.spokesperson if head.lower().endswith(s.lower())), None)
        if spoke:
            return self._spokesperson(written, head, spoke, main, genitive, at)
        source = self._named_before(written, lower, head, main, genitive, at) or self._role_holder(written, lower, head, main, at)
        if source:
            return source
        organisation_noun = next((n for n in self.rules.organisation_nouns if head.endswith(n) or head.lower() == n.lower()), None)
        if organisation_noun and len(main) <= 2 and lower[0] in self.rules.determiners and not genitive:
            return self._by_organisation_noun(written, organisation_noun, head, main, at)
        return self._by_name(written, content, main, bool(organisation_noun), cue_kind, at)

    def _pronoun(self, written: str, pronoun: str, at: int) -> Source:
        """'it' and 'they' mean the organisation; 'er', 'sie', 'der' the last speaker if they fit, else
        the nearest fitting person named before ('sie' with no woman before: an organisation)."""
        if pronoun in ("it", "they"):
            organisation = self.main_organisation(at)
            speaker = self.last_speaker
            if organisation is None and pronoun == "they" and speaker and speaker.kind == "person" and speaker.name:
                return Source(written, speaker.name, "person", True)  # the singular 'they' of a person who uses it
            return Source(written, organisation, "institution" if organisation else "unnamed", True)
        gender = self.rules.pronouns.get(pronoun) or self.rules.relative_pronouns[pronoun]
        speaker = self.last_speaker
        if speaker and speaker.kind == "person" and speaker.name and speaker.name.split()[-1] in self.memory.by_surname \
                and self.memory.by_surname[speaker.name.split()[-1]].gender in (gender, "either", None):
            return Source(written, speaker.name, "person", True)
        person = self.memory.last_person(at, gender)
        if pronoun in ("sie", "die") and person is None:
            organisation = self.memory.last_organisation(at)
            return Source(written, organisation, "institution" if organisation else "unnamed", True)
        return Source(written, person.name if person else None, "person" if person else "unnamed", True)

    def _named_person(self, written: str, content: list[str]) -> Source | None:
        """A first name and a surname: 'Claus Weselsky', 'Martin Seiler (DB)'."""
        for i, word in enumerate(content[:-1]):
            if first_name_gender(word) and content[i + 1][:1].isupper() and not self.phrases.source_noun(word):
                name = " ".join(content[i:i + 2] if len(content) == i + 2 or not content[i + 2][:1].isupper()
                                or content[i + 2].startswith("(") else content[i:i + 3])
                name = re.sub(r"\s*\(.*$", "", name)
                return Source(written, self.memory.by_surname.get(name.split()[-1], None).name
                              if name.split()[-1] in self.memory.by_surname else name, "person")
        return None

    def _main_words(self, written: str) -> tuple[str | None, list[str]]:
        """What follows 'des', 'of the' (the owner), and the words before it that name the speaker."""
        bare_phrase = re.sub(r"^(?:(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|the|a|an|one|another|some)\s+)+",
                             "", written, flags=re.I)
        genitive = re.search(r"\b(?:des|der|von|vom|of the|of|for the|for)\s+(.+)$", bare_phrase)
        main = re.split(r"\s+(?:des|der|von|vom|of|for)\s+", bare_phrase)[0].split()
        main = [w for w in main if w[:1].isupper() or self.lang == "en"] or main  # 'zuständigen Landratsamt' -> 'Landratsamt'
        truncated = next((i for i, w in enumerate(main) if w.endswith("-")), None)
        if truncated:
            main = main[:truncated]  # 'Abteilungsleiter Brücken- und Ingenieurbau': a field of work, no name
        return (genitive.group(1) if genitive else None), main

    def _head_noun(self, main: list[str], content: list[str]) -> str:
        last = main[-1] if main else content[-1]
        last_bare = re.sub(r"[(),]", "", last)
        if self.lang != "en" and last_bare.endswith("s") and \
                any(last_bare[:-1].lower().endswith(s.lower()) for s in self.rules.spokesperson):
            last_bare = last_bare[:-1]  # 'eines Feuerwehrsprechers': the genitive of 'Feuerwehrsprecher'
        return last_bare

    def _spokesperson(self, written: str, head: str, spoke: str, main: list[str], genitive: str | None, at: int) -> Source:
        """A spokesperson speaks for the organisation named with them."""
        if genitive:
            return Source(written, self._organisation(genitive, at), "institution")
        prefix = head[: -len(spoke)].rstrip("-")
        if prefix:
            return Source(written, self._organisation(prefix, at), "institution")
        if len(main) >= 2:  # 'a ministry spokesman', 'the district spokesperson', 'Tesla's spokesperson'
            owner = re.sub(r"['’]s?$", "", main[-2])
            organisation = self.memory.last_organisation(at, owner) or self.memory.acronyms.get(owner)
            if organisation or owner[:1].isupper():
                return Source(written, organisation or owner, "institution", organisation is not None)
        organisation = self.memory.last_organisation(at)
        return Source(written, organisation, "institution" if organisation else "unnamed", True)

    def _named_before(self, written: str, lower: list[str], head: str, main: list[str], genitive: str | None,
                      at: int) -> Source | None:
        """A surname the text named before, an organisation the speaker belongs to, an unnamed person,
        or an epithet the dossier gives one of its actors."""
        for word in reversed(main):
            bare = re.sub(r"[(),„“\"]", "", word)
            if bare in self.memory.by_surname:
                return Source(written, self.memory.by_surname[bare].name, "person")
        member = self._member_of(main, head, at)
        if member:
            return Source(written, member, "institution")  # 'a DWD meteorologist', 'ein dpa-Reporter'
        if self.lang == "en" and lower[0] in ("a", "an") and head[:1].isupper() and len(lower) >= 3 and \
                all(w == w.lower() for w in written.split()[1:-1]) and not self.phrases.source_noun(head):
            return Source(written, head, "person")  # 'an ecstatic Alonso': English writes only names capitalised
        unnamed = any(head.lower() == u.lower() for u in self.rules.unnamed) or \
            head.lower().endswith(self.rules.unnamed_endings)  # 'aus Regierungskreisen'
        indefinite = lower[0] in INDEFINITE or lower[0] not in self.rules.determiners and len(main) == 1
        if unnamed and indefinite or (lower[0] in INDEFINITE and not genitive):
            return Source(written, None, "unnamed")  # 'ein Sprecher', 'Experten', 'einer britischen Studie'
        if head.lower() in self.rules.unnamed:
            return Source(written, None, "unnamed")
        owner = self._epithet_owner(written, at) if lower[0] in self.rules.determiners else None
        if owner:
            return Source(written, owner, "person", True)  # 'der Diktator', as the dossier calls its actor
        return None

    def _role_holder(self, written: str, lower: list[str], head: str, main: list[str], at: int) -> Source | None:
        """A role with a name ('Bundeskanzler Scholz'), or a definite noun or role that points back to
        the person named before ('der Demokrat', 'der Kanzler')."""
        role = next((r for r in self.rules.roles if head.lower().endswith(r.lower())), None)
        if not role and len(main) >= 2 and head[:1].isupper() and self.phrases.role_noun(main[-2]) and \
                not self.phrases.source_noun(head):
            return Source(written, head, "person")  # 'Bundeskanzler Scholz' -> 'Scholz'
        definite = lower[0] in ("der", "die", "das", "the") and len(main) == 1 and not self.phrases.source_noun(head) \
            and head not in self.memory.acronyms and not OUTLET_WORDS.search(head) and not head.isupper() \
            and (self.lang != "en" or head[:1].isupper())  # 'the Italian' may be a person, 'the attack' not
        if definite and head not in self.memory.by_surname:
            gender = {"der": "male", "die": "female"}.get(lower[0])
            person = self.memory.last_person(at, gender, strict=True)
            if person:
                return Source(written, person.name, "person", True)  # 'der Demokrat', 'das Musiktalent'
        if role and len(main) <= 2:
            gender = {"der": "male", "die": "female", "the": None}.get(lower[0]) if len(lower) > 1 else None
            if gender == "female" and not re.search(r"(?:in|innen|e)$", head):
                gender = None  # 'die Richter': a plural, not a woman
            person = self.memory.last_person(at, gender, role=head.split("-")[-1], strict=gender is not None)
            return Source(written, person.name if person else None, "person" if person else "unnamed", True)
        return None

    def _by_organisation_noun(self, written: str, organisation_noun: str, head: str, main: list[str], at: int) -> Source:
        """'der Konzern' is the organisation the article is about; 'das Ministerium' the last one named so."""
        if organisation_noun in self.rules.generic_organisation_nouns:
            organisation = self.main_organisation(at, company=True)
        else:
            organisation = self.memory.last_organisation(at, head.split("-")[-1])
        return Source(written, organisation or re.sub(r"\s*\(.*$", "", " ".join(main)), "institution",
                      organisation is not None)

    def _by_name(self, written: str, content: list[str], main: list[str], organisation_noun: bool, cue_kind: str,
                 at: int) -> Source:
        """The phrase is the name itself: an agency, an outlet, an acronym, a person or an organisation."""
        name = re.sub(r"\s*\([^)]*\)", "", " ".join(content)).strip("„“\"")
        name = re.sub(r"[„“”\"«»]", "", name).strip()
        name = re.sub(r"^[A-ZÄÖÜ][\w-]*['’]s\s+(?=[A-ZÄÖÜ])", "", name)  # 'Germany's DWD' is the DWD
        if not name:
            return Source(written, None, "unnamed")  # only quotation marks
        if AGENCY_NAMES.match(name):
            return Source(written, name, "agency")
        if OUTLET_WORDS.search(name) or OUTLET_WORDS.search(name.split()[0]):
            return Source(written, name, "outlet")
        if name in self.memory.acronyms:
            return Source(written, self.memory.acronyms[name], "institution")
        if len(main) == 1 and not name.isupper() and cue_kind == "speech" and not organisation_noun:
            return Source(written, name, "person")
        return Source(written, self._organisation(name, at), "institution")

    def resolve_cue_source(self, phrase: str, at: int) -> Source:
        """'laut Polizei', 'den Angaben zufolge' (the source named before), 'Polizeiangaben zufolge' (the police)."""
        genitive = re.match(r"^(?P<head>.+?)\s+(?:des|der|von|vom|of the|of|from the|from|by the|by)\s+(?P<rest>.+)$", phrase)
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
                    return Source(phrase, self.main_organisation(at, company=True), "institution", True)
                return self.resolve(prefix.capitalize(), at, "source")
            earlier = self.last_source if self.last_source and at - self.last_source_at <= ANAPHORA_REACH else None
            pointing = words[0].lower() in self.rules.determiners or words[0].lower() in self.rules.possessives
            if earlier and not pointing:
                return Source(phrase, None, "institution", True)  # 'laut Angaben': whose, the text does not say
            if earlier:  # 'den Angaben zufolge': the source named just before
                return Source(phrase, earlier.name, earlier.kind, True)
            return Source(phrase, None, "unnamed")
        return self.resolve(phrase, at, "source")

    def _organisation(self, text: str, at: int) -> str:
        name = canonical_organisation(re.sub(r"^(?:(?:der|des|die|dem|den|the)\s+|[a-zäöü]+(?:e|en|er|es)\s+)+", "", text.strip()))
        known = self.memory.last_organisation(at, name) if len(name.split()) == 1 and name[:1].isupper() else None
        if known:
            return known  # 'des Ministeriums' -> the 'Umweltministerium' named before
        name = re.sub(r"\s*\([^)]*\)", "", name)
        if "-" not in name and any(name.rstrip("s").endswith(n) for n in self.rules.generic_organisation_nouns):
            # 'des Instituts' is the organisation the article is about; 'Robert-Koch-Institut' is a name
            return self.main_organisation(at, company=True) or name
        if name in self.memory.acronyms:
            return self.memory.acronyms[name]
        for full in self.memory.acronyms.values():
            if name and (name.rstrip("s") in full or full.startswith(name.rstrip("s"))):
                return full
        return name
