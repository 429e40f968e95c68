"""Citations read as sentences: one full stop each, none after a title that ends in '?' or '!'."""

import re

from support import ROOT
from generator import pipeline
from generator.model.options import SiteOptions


def _citations(options: SiteOptions = SiteOptions()) -> list[str]:
    pages, _ = pipeline.generate(ROOT, options)
    return [c for path, text in sorted(pages.items()) if path.endswith(".md")
            for c in re.findall(r'<p class="dossier-citation">(?:<small><strong>[^<]*</strong> )?(.*?)(?:</small>)?</p>', text)]


def test_no_citation_doubles_its_punctuation():
    citations = _citations()
    assert citations
    doubled = [c for c in citations if re.search(r"[.?!…]\.|\.\s*\.", c)]
    assert doubled == []
    assert "Liefert Putin Waffen an Nordkorea? In: Nicht genanntes Portal B, um August 2022. Zitiert nach:" in " ".join(citations)


def test_without_a_site_url_citations_end_as_sentences_not_bare_paths():
    for citation in _citations():
        assert not re.search(r"(^|\s)/\S*$", citation), citation
        assert citation.endswith("."), citation


def test_with_a_site_url_citations_give_the_full_address():
    citations = _citations(SiteOptions(site_url="https://example.org/dossier/"))
    assert any(c.endswith(", https://example.org/dossier/artikel/2025-12-neujahrsbrief/") for c in citations)
