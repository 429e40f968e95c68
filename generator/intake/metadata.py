"""What an article's own text says about it: headline, kicker, authors, agencies, date."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model.dates import MONTH_NUMBERS
from ..rules import load
from .lines import STORE_DATE, Line, classify, glued_kicker

SIGNOFF_CODES = {"DP": "dpa-AFX"}  # finance wires sign '/jcf/DP/men'


@dataclass(frozen=True)
class Guess:
    value: object
    confidence: float  # 0..1: how sure the reading is
    evidence: str = ""  # the line it comes from


@dataclass(frozen=True)
class Metadata:
    headline: Guess
    kicker: Guess
    authors: Guess
    agencies: Guess
    published: Guess


@lru_cache(maxsize=None)
def _agency_spellings() -> tuple[tuple[str, str], ...]:
    data = load("agencies")
    pairs = [(spelling, name) for name, spellings in data.items() for spelling in spellings]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@lru_cache(maxsize=None)
def _agency_pattern() -> re.Pattern:
    alternatives = "|".join(re.escape(s) for s, _ in _agency_spellings())
    return re.compile(rf"(?<![\w-])({alternatives})(?![\w-])")


def _agency(spelling: str) -> str:
    return dict(_agency_spellings())[spelling]


# "Berlin (dpa) -", "FRANKFURT (dpa-AFX) -", "BERLIN (Reuters) -", "(Bloomberg) --", "Essen (dpa/lnw) -"
_DATELINE = re.compile(r"^(?:[A-ZÄÖÜ][\w.\-/ ]{0,40}?\s)?\((?P<who>[^()]{2,40})\)\s*(?:[-–—]{1,2}|:)\s*")
_SIGNATURE = re.compile(r"\((?P<who>[\w\-]{2,12}(?:/[\w\-]{2,12}){0,4})\)\s*\.?$")
_CODES = re.compile(r"(?:^|[\s.!?\"“”»])/(?P<who>[a-zA-Z]{2,5}(?:/[a-zA-Z]{2,5}){1,5})/?$")
_MATERIAL = re.compile(r"\b(?:mit Material (?:von|der|des)|Material:|Quelle[n]?:|with (?:material|reporting) from|"
                       r"nach Angaben der Nachrichtenagentur(?:en)?)\s+(?P<who>[^.]{2,80})", re.I)
_CREDIT_LINE = re.compile(r"^\[?(?:(?:source|quelle)\s*:\s*)?(?P<who>[\w .-]{2,30})\]?$", re.I)
# the page's date line glued to the headline: 'Stand: 03.09.2022 15:12 Uhr Von der Leyens Pony …'
_STAMP_BEFORE_HEADLINE = re.compile(r"^(?:(?:stand|aktualisiert|updated|veröffentlicht|published)\s*:?\s*)?"
                                    r"\d{1,2}[./]\d{1,2}[./]\d{2,4},?(?:\s*\d{1,2}[:.]\d{2}(?:\s*uhr)?)?\s*[|·–-]?\s+(?=\S)", re.I)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*\d{0,4}\s*(?P<who>.{2,60})$", re.I)


def _agencies_in(text: str) -> list[str]:
    return [_agency(m.group(1)) for m in _agency_pattern().finditer(text)]


def read_agencies(lines: list[Line]) -> Guess:
    found: list[str] = []
    evidence = ""
    for line in lines:
        texts = []
        if line.body or line.kind in ("signoff", "legal", "byline"):
            dateline = _DATELINE.match(line.text)
            if dateline and line.body:
                texts.append(dateline.group("who"))
            signature = _SIGNATURE.search(line.text)
            if signature and (line.kind == "signoff" or line.body):
                texts.append(signature.group("who"))
            codes = _CODES.search(line.text)
            if codes:
                texts.append(codes.group("who"))
                found += [SIGNOFF_CODES[c] for c in codes.group("who").split("/") if c in SIGNOFF_CODES]
            material = _MATERIAL.search(line.text)
            if material and line.kind != "caption":
                texts.append(material.group("who"))
            credit = _CREDIT_LINE.match(line.text)
            if credit and line.kind in ("byline", "signoff"):
                texts.append(credit.group("who"))
            copyright_line = _COPYRIGHT.match(line.text)
            if copyright_line and line.kind == "legal":
                texts.append(copyright_line.group("who"))
        for text in texts:
            names = _agencies_in(text)
            if names and not evidence:
                evidence = line.text
            found += names
    unique = tuple(dict.fromkeys(found))
    return Guess(list(unique), 0.9 if unique else 0.6, evidence)


_BYLINE_PREFIX = re.compile(r"^(?:von|by|autor(?:in)?|author|text)\s*:?\s+", re.I)
_REPORTING = re.compile(r"^\(?(?:reporting|writing|additional reporting)\s+by\s+(?P<names>[^;)]+?)(?:[;,]\s*(?:editing|edited|additional|writing)\b.*)?\)?$", re.I)
_SURNAME_FIRST = re.compile(r"^(?P<last>[A-ZÄÖÜ][\w'’-]+),\s*(?P<first>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?)\s*\|?$")
_NAME_SPLIT = re.compile(r"\s+(?:und|and|&)\s+|\s*[,/|]\s*")
_NAME = re.compile(r"^(?:Dr\.\s+|Prof\.\s+)?[A-ZÄÖÜ][\w'’.-]+(?:\s+(?:von|van|de|der|den|da|del|di|le|la|zu|[A-ZÄÖÜ][\w'’.-]+)){1,3}$")


def _names(text: str) -> list[str]:
    return [n.strip() for n in _NAME_SPLIT.split(text) if _NAME.match(n.strip())]


def read_authors(lines: list[Line]) -> Guess:
    for line in lines:
        if line.kind != "byline":
            continue
        reporting = _REPORTING.match(line.text)
        if reporting:
            return Guess(_names(reporting.group("names")), 0.8, line.text)
        role_line = re.match(r"^(?P<name>.+?)\s*[,|]?\s*(?:Korrespondent|Redakteur|Reporter|Autor|Volontär|Chefredakteur|"
                             r"correspondent|reporter|editor|writer|staff writer)", line.text, re.I)
        if role_line and _NAME.match(role_line.group("name")):
            return Guess([role_line.group("name")], 0.7, line.text)
        surname_first = _SURNAME_FIRST.match(line.text)
        if surname_first:
            return Guess([f"{surname_first.group('first')} {surname_first.group('last')}"], 0.7, line.text)
        if _agencies_in(line.text) and not _BYLINE_PREFIX.match(line.text):
            continue  # 'Reuters' alone credits the agency, not an author
        names = _names(_BYLINE_PREFIX.sub("", line.text))
        if names:
            return Guess(names, 0.8, line.text)
    return Guess([], 0.5, "")


_NUMERIC_DATE = re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})\b")
_ISO_DATE = re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")
_DAY_MONTH = re.compile(r"\b(?P<d>\d{1,2})\.?\s*(?P<month>[A-Za-zäÄ]{3,9})\.?\s+(?P<y>(?:19|20)\d{2})\b")
_MONTH_DAY = re.compile(r"\b(?P<month>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})\b")


def find_date(text: str) -> str | None:
    """The first full date written in a line, as YYYY-MM-DD."""
    candidates = []
    for pattern in (_NUMERIC_DATE, _ISO_DATE, _DAY_MONTH, _MONTH_DAY):
        for match in pattern.finditer(text):
            groups = match.groupdict()
            month = int(groups["m"]) if "m" in groups else MONTH_NUMBERS.get(groups["month"].lower())
            day = int(groups["d"])
            if month and 1 <= month <= 12 and 1 <= day <= 31:
                candidates.append((match.start(), f"{groups['y']}-{month:02d}-{day:02d}"))
    return min(candidates)[1] if candidates else None


def read_published(text: str, lines: list[Line]) -> Guess:
    for line in lines:
        if line.kind == "date":
            date = find_date(line.text)
            if date:
                return Guess(date, 0.9, line.text)
    body = [line for line in lines if line.body]
    if body:
        dateline = re.match(r"^(?P<head>.{6,50}?)\s+(?:\(|[-–—]\s)", body[0].text)  # 'Berlin, 12. März 2024 -'
        if dateline:
            date = find_date(dateline.group("head"))
            if date:
                return Guess(date, 0.8, body[0].text)
    stated = STORE_DATE.match(text.lstrip("\ufeff"))
    if stated:
        return Guess(stated.group(1), 0.6, stated.group(0).strip())
    return Guess(None, 0.5, "")


def read_metadata(text: str, lines: list[Line] | None = None) -> Metadata:
    lines = lines if lines is not None else classify(text)
    headline = next((line for line in lines if line.kind == "headline"), None)
    kicker = next((line for line in lines if line.kind == "kicker"), None)
    title = Guess(None, 0.5, "")
    kicker_guess = Guess(None, 0.5, "")
    if headline:
        glued = glued_kicker(headline.text, "\n".join(line.text for line in lines if line.body))
        if glued and not kicker:
            kicker_guess = Guess(glued[0], 0.6, headline.text)
            title = Guess(glued[1], 0.6, headline.text)
        else:
            title = Guess(_STAMP_BEFORE_HEADLINE.sub("", headline.text) or headline.text, 0.8, headline.text)
    if kicker:
        kicker_guess = Guess(kicker.text.rstrip(" |·•–-") or kicker.text, 0.7, kicker.text)  # 'Schwieriges Halbjahr |'
    return Metadata(title, kicker_guess, read_authors(lines), read_agencies(lines), read_published(text, lines))
