"""The built dossier in a real browser: search, the timeline, privacy, offline use, accessibility."""

from __future__ import annotations

from pathlib import Path

import pytest

AXE = (Path(__file__).resolve().parents[1] / "vendor" / "axe.min.js").read_text(encoding="utf-8")
PAGES = {"overview": "", "article": "artikel/2025-12-neujahrsbrief/", "chronology": "chronologie/",
         "comparison": "quellenvergleich/", "actor": "akteure/kim-jong-un/"}


def _search(page, query: str) -> list[str]:
    """Type into Material's search key by key and return the result links."""
    field = page.locator("input.md-search__input")
    field.click()
    field.press_sequentially(query, delay=40)
    page.locator(".md-search-result__item").first.wait_for(timeout=15000)
    previous = None
    for _ in range(40):  # results render while the query is typed: read them once they stop changing
        hrefs = page.eval_on_selector_all(".md-search-result__item > a", "els => els.map(e => e.getAttribute('href'))")
        if hrefs == previous:
            return hrefs
        previous = hrefs
        page.wait_for_timeout(250)
    return previous


def test_home_loads_without_errors_or_foreign_requests(page, site_url, artifacts):
    errors, requests = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    for name, path in PAGES.items():
        page.goto(site_url + path, wait_until="networkidle")
        page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)
    _search(page, "Kursk")
    assert errors == []
    assert requests and all(url.startswith(site_url) or url.startswith(("data:", "blob:")) for url in requests), \
        [u for u in requests if not u.startswith(site_url)]


def test_search_finds_the_article_that_reports_kursk(page, site_url):
    page.goto(site_url)
    links = _search(page, "Kursk")
    assert any("artikel/2025-12-neujahrsbrief/" in link for link in links), links


@pytest.mark.parametrize("spelling", ["Kim Jong Un", "Kim Jong-un"])
def test_both_spellings_reach_the_actor_page(page, site_url, spelling):
    page.goto(site_url)
    links = _search(page, spelling)
    assert any("akteure/kim-jong-un/" in link for link in links), links


@pytest.mark.parametrize("query, expected", [("Hatebur", "artikel/2025-12-neujahrsbrief/"),
                                             ("Tyrannen", "artikel/2022-08-tyrannen-unter-sich/"),
                                             ("News.de", "artikel/2024-06-putins-waffen-deal/")])
def test_articles_findable_by_author_kicker_and_outlet(page, site_url, query, expected):
    page.goto(site_url)
    assert any(expected in link for link in _search(page, query))


def test_clutter_and_comments_are_not_indexed(page, site_url):
    page.goto(site_url)
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially("Bodenschätzen", delay=40)
    page.locator(".md-search-result__meta").wait_for(timeout=15000)
    page.wait_for_timeout(500)
    assert page.locator(".md-search-result__item").count() == 0


def test_search_result_titles_name_article_outlet_and_date(page, site_url):
    page.goto(site_url)
    _search(page, "Hatebur")
    titles = " ".join(page.locator(".md-search-result__item h1").all_inner_texts())
    assert "Brieffreundschaft" in titles and "Schweizer Newsportal" in titles and "Dezember 2025" in titles


def test_chronology_svg_is_visible_and_linked(page, site_url):
    page.goto(site_url + "chronologie/")
    svg = page.locator("figure.dossier-timeline svg").first
    assert svg.is_visible()
    box = svg.bounding_box()
    assert box["height"] > 300 and box["width"] > 400
    page.locator("figure.dossier-timeline svg a text").nth(3).click()  # a label: the link's box is mostly air
    assert "#ereignis-" in page.url or "/artikel/" in page.url


def test_phone_width_keeps_the_timeline_readable(browser, site_url, artifacts):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2)
    page = context.new_page()
    page.goto(site_url + "chronologie/")
    assert not page.locator("figure.dossier-timeline svg").first.is_visible()  # the list takes the picture's place
    items = page.locator("ol.dossier-timeline-list li")
    assert items.first.is_visible()
    font = items.first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert font >= 14  # full-size text, not a picture shrunk to fit
    page.screenshot(path=str(artifacts / "chronology-phone.png"), full_page=False)
    context.close()


def test_offline_build_searches_from_disk(page, offline_site):
    page.goto((offline_site / "index.html").as_uri())
    links = _search(page, "Kursk")
    assert any("neujahrsbrief" in link for link in links), links
    page.goto((offline_site / "artikel" / "2025-12-neujahrsbrief.html").as_uri())
    page.locator("a.dossier-actor").first.click()
    assert page.url.endswith(".html") and "/akteure/" in page.url


@pytest.mark.parametrize("name", ["overview", "article", "chronology", "comparison"])
def test_no_serious_accessibility_violations(page, site_url, name):
    page.goto(site_url + PAGES[name], wait_until="networkidle")
    page.add_script_tag(content=AXE)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
               for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], "\n".join(map(str, serious))


def test_print_layout_hides_navigation_and_shows_link_targets(page, site_url):
    page.goto(site_url + "artikel/2025-12-neujahrsbrief/")
    page.emulate_media(media="print")
    assert not page.locator(".md-header").is_visible()
    assert not page.locator(".md-sidebar--primary").is_visible()
    assert not page.locator("details.dossier-clutter").is_visible()
    assert page.locator("#p1").is_visible()
    page.goto(site_url + "artikel/")
    page.emulate_media(media="print")
    after = page.evaluate("""() => getComputedStyle(
        document.querySelector('.md-content a[href="https://www.news.de/"]'), '::after').content""")
    assert "https://www.news.de/" in after
