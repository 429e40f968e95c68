"""Real ``mkdocs build --strict`` runs on the seed dossier: the German site, its pages and links."""

from __future__ import annotations

import json
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag

from support import ROOT, generator_cli, make_project, mkdocs, tree_bytes


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.links, self.text, self.scripts, self.external = set(), [], [], [], []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for key in ("href", "src"):
            value = attrs.get(key)
            if value and tag in ("a", "link", "script", "img"):
                self.links.append(value)
                if re.match(r"^(https?:)?//", value) and tag in ("link", "script", "img"):
                    self.external.append(value)
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.body = " ".join(" ".join(page.text).split())
    return page


def test_overview_is_german_with_real_content(built_site):
    html = (built_site / "site" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="de"' in html
    page = parse(built_site / "site" / "index.html")
    for expected in ("Russland und Nordkorea", "Kennzahlen", "5 Artikel", "Leitfragen", "Wichtigste Akteure",
                     "Neueste Entwicklungen", "Hier anfangen", "Kim Jong-un", "Wladimir Putin", "News.de"):
        assert expected in page.body
    assert "<svg" in html


def test_article_page_shows_clean_text_and_collapsed_clutter(built_site):
    path = built_site / "site" / "artikel" / "2025-12-neujahrsbrief" / "index.html"
    html = path.read_text(encoding="utf-8")
    page = parse(path)
    assert "Wladimir Putin pflegt Brieffreundschaft mit Nordkorea-Diktator" in page.body
    assert "Elena Hatebur" in page.body
    assert {"p1", "p10", "h1"} <= page.ids
    body_part = html.split('id="p1"', 1)[1].split("<details", 1)[0]
    assert "Interaktionen" not in body_part and "Bodenschätzen" not in body_part
    clutter = html.split('<details class="dossier-clutter" data-search-exclude>', 1)[1]
    assert "65 Interaktionen" in clutter.split("</details>")[0]
    comments = unescape(html.split('<details class="dossier-comments" data-search-exclude>', 1)[1].split("</details>")[0])
    assert "Nordkorea ist reich an Bodenschätzen" in comments and "User #6479" in comments
    assert 'class="dossier-mark"' in html and 'id="anmerkung-' in html


def test_all_internal_links_and_anchors_resolve(built_site):
    site = built_site / "site"
    pages = {p: parse(p) for p in site.rglob("*.html")}  # 404.html links from the site root: skipped below
    broken = []
    for path, page in pages.items():
        assert not page.external, (path, page.external)
        if path.name == "404.html":
            continue
        for link in page.links:
            if re.match(r"^[a-z]+:", link) or link.startswith("//"):
                continue
            target, fragment = urldefrag(link)
            resolved = (path.parent / unquote(target)).resolve() if target else path
            if resolved.is_dir():
                resolved = resolved / "index.html"
            if not resolved.exists():
                broken.append((str(path.relative_to(site)), link))
                continue
            if fragment and resolved.suffix == ".html" and fragment not in pages[resolved].ids:
                broken.append((str(path.relative_to(site)), link))
    assert broken == []


def test_no_third_party_requests_in_the_site(built_site):
    for path in (built_site / "site").rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html
        assert not re.search(r'<(script|link|img)[^>]+(src|href)="https?://', html), path


def test_failed_build_names_file_and_line_and_keeps_site(tmp_path):
    project = make_project(tmp_path / "p")
    assert mkdocs(["build"], project).returncode == 0
    before = tree_bytes(project / "site")
    events = project / "content" / "events.yml"
    lines = events.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines) if line.strip() == "date: 2019-04")
    lines[number] = lines[number].replace("2019-04", "2019-4")
    events.write_text("".join(lines), encoding="utf-8")
    result = mkdocs(["build"], project)
    assert result.returncode == 1
    assert f"content/events.yml:{number + 1}: event 'gipfel-wladiwostok': 'date': '2019-4' is not a date" in result.stderr
    assert "Traceback" not in result.stderr
    assert tree_bytes(project / "site") == before


def test_generator_alone_writes_the_same_markdown(tmp_path, built_site):
    project = make_project(tmp_path / "p")
    result = generator_cli(["build"], project)
    assert result.returncode == 0, result.stderr
    generated = {k: v for k, v in tree_bytes(project / "generated").items() if not k.startswith(".")}
    by_hook = {k: v for k, v in tree_bytes(built_site / "generated").items() if not k.startswith(".")}
    assert generated == by_hook


def test_repository_build_command_works_in_place():
    """The README's build (mkdocs build in the checkout) works; generated/ stays git-ignored."""
    result = mkdocs(["build", "--strict", "--site-dir", str(ROOT / "site")], ROOT)
    assert result.returncode == 0, result.stderr
    assert (ROOT / "site" / "index.html").exists()


def test_search_indexes_article_text_once_not_its_repetitions(built_site):
    """Shared passages and attribution sentences repeat text of the articles themselves: they stay
    out of the search index, so that a phrase finds the paragraphs that say it, once per article."""
    docs = {d["location"]: d for d in json.loads((built_site / "site" / "search" / "search_index.json").read_text())["docs"]}
    shared = [loc for loc in docs if loc.startswith("artikel/") and loc.endswith("#gemeinsame-passagen")]
    attributions = [loc for loc in docs if loc.startswith("artikel/") and loc.endswith("#quellenangaben-im-text")]
    assert shared and attributions
    assert all("gemeinsame Wörter" not in docs[loc]["text"] for loc in shared)
    assert all(docs[loc]["text"] == "" for loc in attributions)
    page = (built_site / "generated" / "artikel" / "2022-08-tyrannen-unter-sich.md").read_text(encoding="utf-8")
    sentence = re.search(r'<ul class="dossier-attributions" data-search-exclude markdown>\n<li markdown>\[[^\]]+\]\(#(\w+)\): „(.{20})', page)
    text_sections = " ".join(d["text"] for loc, d in docs.items() if loc.startswith("artikel/2022-08-tyrannen-unter-sich/"))
    assert sentence and sentence.group(2) in unescape(text_sections)


def test_build_without_site_url_warns_once_and_cites_without_a_bare_path(tmp_path):
    project = make_project(tmp_path / "p")
    result = mkdocs(["build", "--strict"], project)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("site_url is not set") == 1, result.stderr
    citation = re.search(r'<p class="dossier-citation">(.*?)</p>',
                         (project / "site" / "artikel" / "2022-08-tyrannen-unter-sich" / "index.html").read_text(encoding="utf-8")).group(1)
    assert citation.endswith("Zitiert nach: Russland und Nordkorea, Version 1.0.") and "/artikel/" not in citation

    hosted = mkdocs(["build", "--strict"], project, SITE_URL="https://example.org/dossier/")
    assert hosted.returncode == 0, hosted.stderr
    assert "site_url is not set" not in hosted.stderr
    assert "Version 1.0, https://example.org/dossier/artikel/2022-08-tyrannen-unter-sich/</p>" in \
        (project / "site" / "artikel" / "2022-08-tyrannen-unter-sich" / "index.html").read_text(encoding="utf-8")
