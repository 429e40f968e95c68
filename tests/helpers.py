"""Builders for small in-memory test objects."""

from __future__ import annotations

from generator.intake.cleaning import clean_article
from generator.model.article_text import CleanArticle
from generator.model.problems import ProblemLog
from generator.model.records import Article, CleaningOverride, Entity, Origin

ORIGIN = Origin("content/articles.yml", 1)


def article(ident: str = "a", title: str = "Titel", kicker: str | None = None, authors=(), overrides=(),
            photo_credits=(), language: str = "de") -> Article:
    return Article(ident, f"{ident}.txt", "o", title, kicker, tuple(authors), None, "", None, None, None, language,
                   (), tuple(photo_credits), (), "", tuple(overrides), (), ORIGIN)


def override(match: str, to: str, line: int = 5) -> CleaningOverride:
    return CleaningOverride(match, to, Origin("content/articles.yml", line))


def clean(text: str, log: ProblemLog | None = None, **kwargs) -> CleanArticle:
    return clean_article(article(**kwargs), text, log or ProblemLog())


def entity(ident: str, name: str, kind: str = "person", aliases=(), ambiguous=(), adjectives=(), epithets=(),
           source_kind=None, source_patterns=()) -> Entity:
    return Entity(ident, name, kind, tuple(aliases), tuple(ambiguous), tuple(adjectives), tuple(epithets), "",
                  source_kind, tuple(source_patterns), Origin("content/entities.yml", 1))


def paragraphs(*texts: str) -> CleanArticle:
    """A cleaned article whose body is exactly these paragraphs (a title line is added and ignored)."""
    return clean("Titel\n\n" + "\n\n".join(texts) + "\n")
