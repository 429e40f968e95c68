"""Readers see words, never the generator's internal ids: paragraph anchors are named ("Absatz 3"),
and quotes found in paragraphs that name an actor are headed as quotes mentioning the actor, not 'about' it."""

import re

from support import ROOT
from generator import pipeline
from generator.pages.renderer import load_labels

# an anchor id as visible text: a link or mark whose whole text is "p3", or a citation ending ", p3"
INTERNAL_ID = re.compile(r">(?:p|h|b|k|t|a|kom|x)\d+</a>|, (?:p|h|b|k|t|a|kom|x)\d+</a>|(?:Absatz|Abs\.) [a-z]+\d+|"
                         r"\[(?:p|h|b|k|t|a|kom|x)\d+\]\(|, (?:p|h|b|k|t|a|kom|x)\d+\]\(")


def _markdown_pages() -> dict[str, str]:
    pages, _ = pipeline.generate(ROOT)
    return {path: text for path, text in pages.items() if path.endswith(".md")}


def test_no_page_shows_an_internal_paragraph_id():
    shown = {path: INTERNAL_ID.findall(text)[:3] for path, text in _markdown_pages().items() if INTERNAL_ID.search(text)}
    assert shown == {}


def test_citations_name_the_paragraph_in_words():
    pages = _markdown_pages()
    assert re.search(r", Absatz \d+\]\([^)]+\)", pages["quellenvergleich/index.md"])
    assert 'title="Absatz 3">3</a>' in pages["artikel/2025-12-neujahrsbrief.md"]


def test_quotes_in_paragraphs_naming_an_actor_are_headed_as_mentioning_it():
    pages = _markdown_pages()
    actor_pages = [text for path, text in pages.items() if path.startswith("akteure/")]
    assert not any("## Zitate über" in text for text in actor_pages)
    assert any(re.search(r"^## Zitate, die .+ erwähnen$", text, re.M) for text in actor_pages)
    assert load_labels("en")["quotes_about"] == "Quotes mentioning {actor}"
