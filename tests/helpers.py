"""Builders for small in-memory test objects."""

from __future__ import annotations

from generator.intake.cleaning import clean_article
from generator.model.article_text import Block, CleanArticle
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
    """A cleaned article whose body is exactly these paragraphs, after a title block (line 1); the
    paragraphs stand on lines 3, 5, … as in a seed with blank lines between them."""
    blocks = [Block("title", "Titel", 1, "t1")]
    blocks += [Block("lead" if i == 0 else "paragraph", " ".join(text.split()), 3 + 2 * i, f"p{i + 1}")
               for i, text in enumerate(texts)]
    return CleanArticle("a", tuple(blocks), None, None)
