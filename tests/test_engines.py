"""The seed dossier built by both engines under a sub-path: ``mkdocs build`` (the hook writes the
Markdown) and ``python -m generator build && zensical build``. Every internal link resolves, the
passages meant to stay out of search stay out of each engine's index, and both sites carry the
same pages and visible text."""

from __future__ import annotations

import json
import posixpath
import re
import shutil
import sys
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

import pytest
import yaml

from support import generator_cli, make_project, mkdocs, run

SITE_URL = "https://example.org/dossier/"
PREFIX = "/dossier/"
ZENSICAL = shutil.which("zensical", path=str(Path(sys.executable).parent))


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[str, Path]:
    """{"mkdocs": site folder, "zensical": site folder}, both built from the same content with a
    site_url that has a path."""
    if not ZENSICAL:
        pytest.fail("zensical is not installed: pip install -e '.[test]'")
    project = make_project(tmp_path_factory.mktemp("engines") / "project")
    built = mkdocs(["build", "--strict", "--site-dir", "site-mkdocs"], project, SITE_URL=SITE_URL)
    assert built.returncode == 0, built.stderr
    shutil.rmtree(project / "generated")  # the generator creates it itself
    generated = generator_cli(["build"], project, SITE_URL=SITE_URL)
    assert generated.returncode == 0, generated.stderr
    built = run([ZENSICAL, "build"], project, SITE_URL=SITE_URL)
    assert built.returncode == 0, built.stdout + built.stderr
    return {"mkdocs": project / "site-mkdocs", "zensical": project / "site"}


# What the theme adds to the article area, not the dossier: permalink signs and the tag chips
# (MkDocs puts the chips above the text, Zensical below).
_THEME_PARTS = {"headerlink", "md-tags"}


class _Page(HTMLParser):
    """The ids, the links (href and src) and the visible text of the article area of one page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.links, self.text = set(), [], []
        self._article = self._skip = 0
        self._skip_tag = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if attrs.get("name") and tag == "a":
            self.ids.add(attrs["name"])
        for key in ("href", "src"):
            if attrs.get(key) is not None and tag not in ("base",):
                self.links.append(attrs[key])
        if tag == "article":
            self._article += 1
        elif self._skip_tag == tag:
            self._skip += 1
        elif self._article and not self._skip and (tag in ("script", "style") or _THEME_PARTS & set(
                (attrs.get("class") or "").split())):
            self._skip_tag, self._skip = tag, 1

    def handle_endtag(self, tag):
        if tag == "article" and self._article:
            self._article -= 1
        elif self._skip and tag == self._skip_tag:
            self._skip -= 1
            if not self._skip:
                self._skip_tag = ""

    def handle_data(self, data):
        if self._article and not self._skip:
            self.text.append(data)


def _pages(site: Path) -> dict[str, _Page]:
    """Every HTML page by its URL path under the sub-path."""
    pages = {}
    for path in sorted(site.rglob("*.html")):
        page = _Page()
        page.feed(path.read_text(encoding="utf-8"))
        page.body = " ".join(" ".join(page.text).split())
        rel = path.relative_to(site).as_posix()
        pages[PREFIX + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)] = page
    return pages


def _target(site: Path, url_path: str) -> Path | None:
    """The file a URL path under the sub-path serves, as a static host would; None outside the site."""
    if url_path == PREFIX.rstrip("/"):  # the site root without its slash: servers redirect
        url_path = PREFIX
    if not url_path.startswith(PREFIX):
        return None
    path = site / unquote(url_path[len(PREFIX):])
    if url_path.endswith("/") or path.is_dir():
        path = path / "index.html"
    return path if path.is_file() else None


def _broken_links(site: Path) -> tuple[int, list[str]]:
    pages, checked, broken = _pages(site), 0, []
    for url, page in pages.items():
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "data:", "javascript:")):
                continue
            checked += 1
            address, fragment = urldefrag(link)
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(url + "x"), address)) if address else url
            if address.endswith("/") and not resolved.endswith("/"):
                resolved += "/"
            file = _target(site, resolved)
            if file is None:
                broken.append(f"{url}: {link} -> {resolved}")
                continue
            key = PREFIX + file.relative_to(site).as_posix().removesuffix("index.html")
            if fragment and key in pages and unquote(fragment) not in pages[key].ids:
                broken.append(f"{url}: {link} -> no id {fragment!r} on {key}")
    return checked, broken


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_every_internal_link_resolves_under_a_sub_path(sites, engine):
    checked, broken = _broken_links(sites[engine])
    assert not broken, f"{len(broken)} broken link(s):\n" + "\n".join(broken[:30])
    assert checked > 2000  # every page was read: article, actor, listing and data pages


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_no_markdown_is_left_unrendered(sites, engine):
    """A link inside raw HTML without the ``markdown`` attribute would show as literal text."""
    for url, page in _pages(sites[engine]).items():
        assert not re.search(r"\]\([^)]*\.md|\{: \.", page.body), url


def _search_text(site: Path, engine: str) -> dict[str, str]:
    """Each engine's search index as {location: its title and text, without tags}."""
    index = site / ("search/search_index.json" if engine == "mkdocs" else "search.json")
    docs = json.loads(index.read_text(encoding="utf-8"))["docs" if engine == "mkdocs" else "items"]
    return {doc["location"]: unescape(re.sub(r"<[^>]+>", " ", doc.get("title", "") + " " + doc.get("text", "")))
            for doc in docs}


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_passages_marked_for_exclusion_stay_out_of_search(sites, engine):
    """Shared passages, the attribution list, clutter and reader comments are on the pages and
    not in the index; the article text is in it."""
    labels = yaml.safe_load((Path(__file__).parents[1] / "generator/pages/labels/de.yml").read_text(encoding="utf-8"))
    index = " ".join(_search_text(sites[engine], engine).values())
    pages = _pages(sites[engine])
    article = pages[PREFIX + "artikel/2024-06-putins-waffen-deal/"].body
    excluded = [labels["shared_words"], labels["clutter_intro"], labels["comments_intro"]]
    for text in excluded:
        assert any(text in page.body for page in pages.values()), text  # shown on the site
        assert text not in index, f"{text!r} is in the {engine} search index"
    sections = _search_text(sites[engine], engine)
    articles = {loc: text for loc, text in sections.items() if loc.startswith("artikel/")}
    shared = {loc: text for loc, text in articles.items() if loc.endswith("#gemeinsame-passagen")}
    attributions = {loc: text for loc, text in articles.items() if loc.endswith("#quellenangaben-im-text")}
    assert shared and attributions
    for loc, text in shared.items():  # the intro only: no passage (each side starts with "…")
        assert labels["shared_intro"] in text and "…" not in text, (loc, text[:300])
    for loc, text in attributions.items():
        assert " ".join(text.split()) == labels["attributions"], (loc, text[:300])  # the heading alone
    assert article[200:260] in " ".join(index.split())


def test_both_engines_render_the_same_pages_and_text(sites):
    mkdocs_pages, zensical_pages = _pages(sites["mkdocs"]), _pages(sites["zensical"])
    content = {url for url in mkdocs_pages if not url.endswith("404.html")}
    assert content <= set(zensical_pages), content - set(zensical_pages)
    assert len(content) > 30  # overview, listings, 5 articles, the actors
    differences = [url for url in sorted(content) if mkdocs_pages[url].body != zensical_pages[url].body]
    assert not differences, differences
    article = zensical_pages[PREFIX + "artikel/2025-12-neujahrsbrief/"]
    assert {"p1", "p2", "p3"} <= article.ids and len(article.body) > 2000  # the article text
    chronology = zensical_pages[PREFIX + "chronologie/"]
    timeline = (sites["zensical"] / "chronologie/index.html").read_text(encoding="utf-8").split(
        '<figure class="dossier-timeline dossier-timeline--full">', 1)[1]
    assert timeline.split("</svg>", 1)[0].count("<a href=") >= 15  # every event and report, linked
    assert chronology.body.count("Ereignisdatum:") >= 15
    downloads = sorted(p.name for p in (sites["mkdocs"] / "daten").iterdir() if p.is_file() and p.suffix != ".html")
    assert downloads and downloads == sorted(p.name for p in (sites["zensical"] / "daten").iterdir()
                                             if p.is_file() and p.suffix != ".html")
    for name in downloads:
        assert (sites["mkdocs"] / "daten" / name).read_bytes() == (sites["zensical"] / "daten" / name).read_bytes()
    mkdocs_index, zensical_index = (_search_text(sites[e], e) for e in ("mkdocs", "zensical"))
    pages_in = {engine: {loc.split("#")[0] for loc in index} for engine, index in
                (("mkdocs", mkdocs_index), ("zensical", zensical_index))}
    assert pages_in["mkdocs"] and pages_in["mkdocs"] == pages_in["zensical"]
