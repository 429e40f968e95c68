"""The proposals the suggester makes and the article sentences it reads them from: plain records
that the event, figure, actor and source proposers fill and the review file is written from."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model.analysis import Analysis
from ..model.dates import DateSpec
from ..model.figures import Figure
from ..model.records import Article
from .sentences import sentences


TOP = 20  # proposals of each kind the scorer and the editor look at first


@dataclass(frozen=True)
class Evidence:
    article: str
    line: int  # in the seed file
    quote: str  # the sentence, exactly as in the article


@dataclass(frozen=True)
class EventProposal:
    id: str
    date: DateSpec | None  # None: no sentence dates it, and the articles' published dates are unknown
    date_written: tuple[str, ...]  # the date words of each sentence: 'am Mittwoch', '20. Dezember'
    title: str
    confidence: float
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class ReportedFigure:
    evidence: Evidence
    figure: Figure


@dataclass(frozen=True)
class FigureProposal:
    quantity: str  # the counted noun and unit: 'Stellen', '% Lohn'
    disagree: bool
    confidence: float
    reports: tuple[ReportedFigure, ...]


@dataclass(frozen=True)
class ActorProposal:
    id: str
    name: str
    kind: str  # person or organisation
    aliases: tuple[str, ...]
    articles: int
    confidence: float
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class SourceProposal:
    name: str
    kind: str  # person, institution, outlet, agency
    confidence: float
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Suggestions:
    events: tuple[EventProposal, ...]
    figures: tuple[FigureProposal, ...]
    actors: tuple[ActorProposal, ...]
    sources: tuple[SourceProposal, ...]


@dataclass(frozen=True)
class ArticleSentence:
    article: Article
    line: int
    text: str


BODY = ("title", "lead", "paragraph", "list_item")  # the article's own text; captions are read apart


def article_sentences(analysis: Analysis, kinds: tuple[str, ...] = BODY) -> list[ArticleSentence]:
    out = []
    for article in analysis.articles:
        for block in analysis.clean[article.id].text_blocks:
            if block.kind not in kinds:
                continue
            out.extend(ArticleSentence(article, block.line, block.text[s:e]) for s, e in sentences(block.text))
    return out


def slug(text: str, limit: int = 6) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower().translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})))
    return "-".join(words[:limit])[:60].strip("-") or "x"
