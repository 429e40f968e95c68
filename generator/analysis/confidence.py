"""Which attribution cues are sure enough to report. A false source misleads a reader more than a
missing one, so a cue whose source is only guessed on weak evidence is kept for telling who speaks a
quote, but not reported as an attribution:

- a pronoun or role noun with no fitting person or organisation before it ('they said', 'its CEO');
- an unnamed spokesperson whose organisation the phrase does not give ('ein Sprecher', 'a ministry
  spokesman'): the last organisation named is often another one;
- a verb of attitude with no statement after it ('Die IG Metall drohte mit Streiks', 'Verdi has called
  for talks'): it names a stance, not where a statement comes from;
- a bare organisation noun that resolved to no name ('das Institut', 'the group', 'the Italian lender'):
  the noun itself names nobody ('the central bank' does: a country has one).
"""
from __future__ import annotations

import re

from .speech_rules import FoundAttribution, Source, SpeechRules


def reportable(cue: FoundAttribution, rules: SpeechRules) -> bool:
    source = cue.source
    if source.inferred and source.name is None and source.kind != "unnamed":
        return False
    if source.inferred and source.name is None and _referring(source.written, rules):
        return False
    if source.inferred and source.kind == "institution" and _bare_spokesperson(source.written, rules):
        return False
    return not (not source.inferred and source.kind == "institution" and _bare_noun(source.name, rules))


def states_nothing(cue: FoundAttribution, rules: SpeechRules, rest: str, reported: bool) -> bool:
    """A verb of attitude whose sentence reports no statement: no quote or indirect speech (``reported``),
    no colon and no 'dass'/'that' clause in the rest of the sentence after the cue."""
    return cue.speech and not reported and bool(rules.attitude.search(cue.cue)) and \
        not re.search(r":|\b(?:dass|that)\b", rest)


def names_organisation(source: Source, rules: SpeechRules) -> bool:
    """A source read as an organisation's own name ('laut Foodwatch'), not a noun of its kind ('die
    Gewerkschaft', 'the Italian lender'): one that 'der Konzern' or 'it' may mean later."""
    name = source.name or ""
    return source.kind == "institution" and not source.inferred and name[:1].isupper() and not _bare_noun(name, rules)


def _referring(written: str, rules: SpeechRules) -> bool:
    """A pronoun, a possessive phrase or a definite noun phrase: words that point back to someone."""
    first = written.split()[0].lower() if written.split() else ""
    return first in rules.pronouns or first in ("it", "they", "its", "their") or first in rules.possessives \
        or first in rules.relative_pronouns or first in ("der", "die", "das", "the")


def _bare_spokesperson(written: str, rules: SpeechRules) -> bool:
    """'ein Sprecher', 'a ministry spokesman': a spokesperson whose organisation is not named with them."""
    words = written.split()
    if not words or words[0].lower() in rules.possessives:
        return False
    if re.search(r"\b(?:des|der|von|vom|of|for)\b", written):
        return False
    head = re.sub(r"s$", "", words[-1]) if rules.spokesperson[0][:1].isupper() else words[-1]
    return any(head.lower() == s.lower() for s in rules.spokesperson) or \
        any(words[-1].lower() == s.lower() for s in rules.spokesperson)


def _bare_noun(name: str | None, rules: SpeechRules) -> bool:
    """'Institut', 'organization', 'Italian lender': the noun of an organisation's kind, no name."""
    if not name:
        return False
    *before, last = name.split()
    return any(last.lower() == n.lower() for n in rules.generic_organisation_nouns) and all(_adjective(w) for w in before)


def _adjective(word: str) -> bool:
    """'Italian', 'Wolfsburger': an adjective of place before the noun."""
    return bool(re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:an|ish|ese|er)", word))
