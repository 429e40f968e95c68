"""Pages that list what grows with the dossier show the latest few and count the rest, with a link to
the page that lists them all; with the limits lowered, the seed dossier shows it."""

from support import ROOT
from generator import pipeline
from generator.pages import limits


def _section(page: str, heading: str) -> str:
    return page.split(f"## {heading}", 1)[1].split("\n## ", 1)[0]


def test_actor_page_shows_the_latest_quotes_about_and_counts_the_rest(monkeypatch):
    full, _ = pipeline.generate(ROOT)
    monkeypatch.setattr(limits, "QUOTES_ABOUT_ON_ACTOR", 1)
    capped, _ = pipeline.generate(ROOT)

    def about(page: str) -> list[str]:
        return [line for line in _section(page, "Zitate, die ").splitlines()
                if line.startswith('<blockquote class="dossier-quote')]

    pages = [p for p, text in full.items() if p.startswith("akteure/") and "## Zitate, die " in text and len(about(text)) > 1]
    assert pages, "the seed dossier has actors with several quotes about them"
    for path in pages:
        assert about(capped[path]) == about(full[path])[-1:]
        assert f"Gezeigt sind die 1 jüngsten von {len(about(full[path]))} Zitaten" in capped[path]
        assert "Gezeigt sind die" not in _section(full[path], "Zitate, die ")


def test_overview_lists_the_latest_dated_articles_and_links_to_all(monkeypatch):
    full, result = pipeline.generate(ROOT)
    monkeypatch.setattr(limits, "ARTICLES_ON_OVERVIEW", 2)
    capped, _ = pipeline.generate(ROOT)
    rows = [line for line in _section(capped["index.md"], "Artikel").splitlines() if line.startswith("<tr markdown><td markdown>")]
    latest = [a for a in result.analysis.articles if a.published][-2:]
    assert len(rows) == 2 and all(f'](artikel/{a.id}.md)' in row for a, row in zip(latest, rows))
    total = len(result.analysis.articles)
    assert f'Gezeigt sind die 2 neuesten von {total} Artikeln; alle stehen unter [Alle Artikel](artikel/index.md).' in capped["index.md"]
    full_rows = [line for line in _section(full["index.md"], "Artikel").splitlines()
                 if line.startswith("<tr markdown><td markdown>")]
    assert len(full_rows) == total and "neuesten von" not in full["index.md"]
