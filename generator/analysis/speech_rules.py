"""What the speech reader hands on (sources, quotes, attributions) and what it reads with: the word
lists of ``rules/speech.yml`` compiled per language, quotation marks, and the small text helpers
every part of the reader shares."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..rules import load
from .names import NAME_TOKEN

QUOTE_PAIRS = (("„", "“"), ("„", "”"), ("„", "\""), ("«", "»"), ("»", "«"), ("“", "”"), ('"', '"'), ("‚", "‘"), ("‹", "›"),
               ("‘", "’"))  # the last: British papers' quotation marks, whose closing mark is also the apostrophe
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
class SpeechRules:
    verbs: re.Pattern
    particles: frozenset[str]
    source_cues: tuple[tuple[re.Pattern, str], ...]  # (pattern, a word the sentence must hold for it to match)
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
    subordinators: tuple[str, ...]
    possessives: dict[str, str]
    relative_pronouns: dict[str, str]
    attitude: re.Pattern  # verbs of attitude: a source only where a statement follows
    companies: frozenset[str]  # organisation nouns that name a company, not a public body ('Bahn', 'Airline')
    unnamed_endings: tuple[str, ...]  # compounds that name no one: 'Regierungskreisen', 'Sicherheitsquellen'
    konjunktiv_two: frozenset[str]  # forms only a subjunctive can be: they go on reporting after Konjunktiv I


SOURCE_NP = (rf"(?:(?:der|die|das|den|dem|des|the|a|an|ein|eine|einer|eines|einem|einen|er|sie|he|she)\s+)?(?:[a-zäöü]+(?:-[a-zäöü]+)?(?:e|en|er|es)\s+)?"
             rf"(?:(?:{NAME_TOKEN})(?![\w])\s*|„[^“]{{1,40}}“\s*|“[^”]{{1,40}}”\s*|«[^»]{{1,40}}»\s*|»[^«]{{1,40}}«\s*|\"[^\"]{{1,40}}\"\s*|"
             rf"[a-z0-9-]+\.(?:de|at|ch|com|net|org)\b\s*|(?:dpa|afp|ap|apa|sda)-\w+\s*){{1,5}}")


@lru_cache(maxsize=None)
def rules(lang: str) -> SpeechRules:
    data = load("speech")[lang if lang == "en" else "de"]
    verbs = sorted(data["speech_verbs"], key=len, reverse=True)
    attitude = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in data["attitude_verbs"]) +
                          r")(?![\w-])", re.I if lang == "en" else 0)
    verb_pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs) + r")(?![\w-])",
                              re.I if lang == "en" else 0)
    source = f"(?P<src>{SOURCE_NP})"
    cues = tuple((re.compile(c.replace("{src}", source)), _gate(c)) for c in data["source_cues"])
    return SpeechRules(verb_pattern, frozenset(data["particles"]), cues,
                  tuple(re.compile(c, re.I) for c in data["anaphoric_cues"]), data["pronouns"],
                  frozenset(data["determiners"]), tuple(sorted(data["role_nouns"], key=len, reverse=True)),
                  tuple(sorted(data["organisation_nouns"], key=len, reverse=True)), frozenset(data["unnamed"]),
                  tuple(data["spokesperson"]), frozenset(a.lower() for a in data["adverbs"]),
                  frozenset(data["konjunktiv"]), frozenset(data["konjunktiv_weak"]),
                  tuple(data["information_nouns"]), frozenset(data["generic_organisation_nouns"]),
                  frozenset(data["auxiliaries"]), data["particle_verbs"] or {}, frozenset(data["pure_speech_verbs"]),
                  tuple(data["subordinators"]), data["possessives"], data["relative_pronouns"] or {}, attitude,
                  frozenset(data["company_nouns"]), tuple(data["unnamed_endings"]),
                  frozenset(data["konjunktiv_two"]))


def _gate(cue: str) -> str:
    """'{src}\\s+zufolge': a cue that opens with its source is tried only where its word stands ('zufolge');
    searching every position of every sentence for a source is the reader's slowest step."""
    gate = re.match(r"\{src\}\\s[*+](\w+)", cue)
    return gate.group(1) if gate else ""


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
        if char in "'‚‘" and i > 0 and text[i - 1].isalnum():
            i += 1
            continue
        if char == '"' and i > 0 and text[i - 1].isalnum() and not (i + 1 < len(text) and text[i + 1].isupper()):
            i += 1
            continue
        end = min((p for p in (text.find(c, i + 1) for c in closing) if p > 0), default=-1)
        if char == "‚":
            end = text.find("‘", i + 1)
        if char == "‘":
            end = _closing_apostrophe(text, i + 1)
        if end < 0:
            if char in "„“«»\"‘" and len(text) - i > 20:
                spans.append((i + 1, len(text)))
            break
        spans.append((i + 1, end))
        i = end + 1
    return spans


# A closing single quotation mark: a '’' that no letter follows (in "it’s" or "Alonso’s" it is an apostrophe).
_CLOSING_SINGLE = re.compile(r"’(?![^\W\d_])")


def _closing_apostrophe(text: str, start: int) -> int:
    """Where a quote opened with '‘' closes: the first closing '’' from ``start``; -1 if none."""
    found = _CLOSING_SINGLE.search(text, start)
    return found.start() if found else -1


def last_single_close(clause: str) -> int:
    """The last closing '’' in ``clause`` ('‘…,’ an ecstatic Alonso said'), -1 if none: where a
    subject after a quote begins."""
    found = [m.start() for m in _CLOSING_SINGLE.finditer(clause)]
    return found[-1] if found else -1


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the white space at its ends, so that text[start:end] is the cue as shown."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def is_title(quoted: str) -> bool:
    """'ZDF Morgenmagazin', 'Bild': a short run of capitalised words names a title, not speech."""
    words = quoted.split()
    return len(words) <= 4 and all(w[:1].isupper() or not w[:1].isalpha() for w in words) and not quoted.endswith((".", "!", "?"))


def tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[\w'’\-]+(?:\.(?=\w))?[\w'’\-]*|[„“”\"«»()]|[.,:;!?]", text)]
