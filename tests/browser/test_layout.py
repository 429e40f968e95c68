"""What a reader sees first, measured in Chromium: every page kind fits a phone, every table has
Material's borders and header, quotes are legible in both colour schemes, and the tab title says
each thing once. Screenshots of every page kind at 390 px and 1280 px go to test-artifacts/screenshots/."""

from __future__ import annotations

from pathlib import Path

import pytest

PAGE_KINDS = {"overview": "", "articles": "artikel/", "article": "artikel/2022-08-tyrannen-unter-sich/",
              "chronology": "chronologie/", "comparison": "quellenvergleich/", "actors": "akteure/",
              "actor": "akteure/kim-jong-un/", "quotes": "zitate/", "data": "daten/"}
WIDTHS = (390, 1280)
SITE_NAME = "Russland und Nordkorea – ein Quellen-Dossier"

# WCAG's contrast ratio of an element's text against the background it is painted on (alpha blended).
CONTRAST = (Path(__file__).with_name("contrast.js")).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def screenshots(artifacts) -> Path:
    folder = artifacts / "screenshots"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_kind_is_wider_than_the_viewport(browser, site_url, screenshots, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    too_wide = {}
    for name, path in PAGE_KINDS.items():
        page.goto(site_url + path, wait_until="networkidle")
        page.screenshot(path=str(screenshots / f"{name}-{width}.png"), full_page=True)
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        if scroll_width > width:
            too_wide[name] = scroll_width
    context.close()
    assert too_wide == {}


def test_every_table_has_materials_borders_and_a_shaded_header(page, site_url):
    unstyled = []
    for name, path in PAGE_KINDS.items():
        page.goto(site_url + path)
        for table in page.locator("article table").all():
            style = table.evaluate("""t => { const s = getComputedStyle(t), th = getComputedStyle(t.querySelector('thead th'));
                return {border: s.borderTopWidth + ' ' + s.borderTopStyle, header: th.backgroundColor, weight: th.fontWeight,
                        overflow: s.overflowX, breaks: getComputedStyle(t.querySelector('td, th')).overflowWrap}; }""")
            if not (style["border"].endswith("solid") and style["border"] != "0px solid"
                    and style["header"] not in ("rgba(0, 0, 0, 0)", "transparent") and int(style["weight"]) >= 700
                    and style["overflow"] == "auto" and style["breaks"] == "normal"):
                unstyled.append((name, style))
    assert unstyled == []


def test_a_table_wider_than_a_phone_scrolls_in_its_box_and_shows_it(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site_url + "quellenvergleich/")
    table = page.locator("table.dossier-sources")
    sizes = table.evaluate("t => [t.scrollWidth, t.clientWidth]")
    shadows = table.evaluate("t => getComputedStyle(t).backgroundImage")
    context.close()
    assert sizes[0] > sizes[1]  # the columns lie beyond the box, reached by scrolling it
    assert shadows.count("radial-gradient") == 2  # the edge shadows that show more lies beyond


def test_no_word_or_file_name_breaks_inside_a_table_at_desktop_width(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    broken = []
    for name in ("data", "comparison", "actors"):
        page.goto(site_url + PAGE_KINDS[name])
        # a word is broken when it wraps onto two lines with no space or hyphen at the break
        broken += page.evaluate("""() => { const out = [];
            for (const cell of document.querySelectorAll('article table td, article table th')) {
              const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
              for (let node; (node = walker.nextNode());) {
                for (const m of node.data.matchAll(/[^\\s\\-‐–\\/]+/g)) {
                  const range = document.createRange(); range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
                  const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                  if (lines.size > 1) out.push(m[0]);
                }
              }
            } return out; }""")
    context.close()
    assert broken == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_quotes_pass_wcag_contrast_in_both_schemes(browser, site_url, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    ratios = {}
    for path in ("zitate/", "akteure/kim-jong-un/", "quellenvergleich/"):
        page.goto(site_url + path)
        assert page.evaluate("document.body.dataset.mdColorScheme") == ("slate" if scheme == "dark" else "default")
        for selector in ("blockquote.dossier-quote > p", "blockquote.dossier-cite > p",
                         "blockquote.dossier-quote footer", "blockquote.dossier-cite footer"):
            for element in page.locator(selector).all()[:3]:
                ratios[(path, selector)] = min(ratios.get((path, selector), 99), element.evaluate(CONTRAST))
    context.close()
    assert ratios
    assert {k: r for k, r in ratios.items() if r < 4.5} == {}  # WCAG AA for every part of a quote
    # the quoted words themselves are body text, not grey: AAA (7:1)
    assert {k: r for k, r in ratios.items() if k[1].endswith("> p") and r < 7} == {}


def test_the_tab_title_names_each_thing_once(page, site_url):
    titles = {}
    for name in ("overview", "articles", "actor"):
        page.goto(site_url + PAGE_KINDS[name])
        titles[name] = page.title()
    assert titles == {"overview": SITE_NAME, "articles": f"Artikel - {SITE_NAME}", "actor": f"Kim Jong-un - {SITE_NAME}"}
