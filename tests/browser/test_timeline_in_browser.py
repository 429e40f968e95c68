"""The timeline's geometry measured in Chromium: at 390 px and 1280 px, in light and dark mode, on the
seed dossier and on a busy one (many events, several on the same day, long titles), no label box
overlaps another, none lies outside the picture, the page never scrolls sideways and the labels keep
their contrast."""

from __future__ import annotations

import pytest

from support import FIXTURES, make_project, mkdocs, serve

PAGES = {"chronology": "chronologie/", "overview": ""}

# Every text box inside the visible timeline (the SVG picture, or the list that replaces it below
# 600 px), the picture's own box, the page's scroll width, and each label's colour against the page.
MEASURE = """() => {
  const box = r => ({left: r.left + scrollX, top: r.top + scrollY, right: r.right + scrollX, bottom: r.bottom + scrollY});
  const shown = e => e && getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().width > 0;
  const pictures = [];
  for (const figure of document.querySelectorAll('figure.dossier-timeline')) {
    if (!shown(figure)) continue;
    const svg = figure.querySelector('svg');
    pictures.push({kind: 'svg', box: box(svg.getBoundingClientRect()),
                   labels: [...svg.querySelectorAll('text')].map(t => ({text: t.textContent, box: box(t.getBoundingClientRect()),
                                                                       fill: getComputedStyle(t).fill}))});
  }
  for (const list of document.querySelectorAll('ol.dossier-timeline-list')) {
    if (!shown(list)) continue;
    pictures.push({kind: 'list', box: box(list.getBoundingClientRect()),
                   labels: [...list.querySelectorAll('li')].map(li => ({text: li.textContent, box: box(li.getBoundingClientRect()),
                                                                       fill: getComputedStyle(li.querySelector('a')).color}))});
  }
  const background = getComputedStyle(document.body).backgroundColor;
  return {pictures, background, scrollWidth: document.documentElement.scrollWidth, innerWidth: innerWidth,
          lists: [...document.querySelectorAll('ol.dossier-timeline-list')].filter(shown).length};
}"""


def _rgb(css: str) -> tuple[float, ...]:
    parts = [float(p) for p in css[css.index("(") + 1: css.index(")")].replace(",", " ").replace("/", " ").split()]
    return tuple(parts[:3]) + ((parts[3],) if len(parts) > 3 else (1.0,))


def _luminance(rgb) -> float:
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(fg: str, bg: str) -> float:
    back, front = _rgb(bg), _rgb(fg)
    alpha = front[3]
    mixed = [alpha * f + (1 - alpha) * b for f, b in zip(front[:3], back[:3])]  # a translucent colour on the page
    light, dark = sorted((_luminance(mixed), _luminance(back)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _overlap(a, b, slack=0.5) -> bool:
    return (a["left"] < b["right"] - slack and b["left"] < a["right"] - slack
            and a["top"] < b["bottom"] - slack and b["top"] < a["bottom"] - slack)


def _inside(inner, outer, slack=0.5) -> bool:
    return (inner["left"] >= outer["left"] - slack and inner["right"] <= outer["right"] + slack
            and inner["top"] >= outer["top"] - slack and inner["bottom"] <= outer["bottom"] + slack)


@pytest.fixture(scope="session")
def busy_site_url(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("busy") / "project", FIXTURES / "timeline_busy")
    result = mkdocs(["build", "--strict"], project)
    assert result.returncode == 0, result.stderr
    server = serve(project / "site")
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("dossier", ["seed", "busy"])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_timeline_geometry(browser, request, artifacts, dossier, name, width, scheme):
    url = request.getfixturevalue("site_url" if dossier == "seed" else "busy_site_url")
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    page.goto(url + PAGES[name], wait_until="networkidle")
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == ("slate" if scheme == "dark" else "default")
    measured = page.evaluate(MEASURE)
    page.screenshot(path=str(artifacts / f"timeline-{dossier}-{name}-{width}-{scheme}.png"), full_page=True)
    context.close()

    assert measured["scrollWidth"] <= measured["innerWidth"], "the page scrolls sideways"
    assert measured["pictures"], "no timeline shown"
    assert (measured["lists"] > 0) == (width < 600), "the list replaces the picture below 600 px, and only there"
    for picture in measured["pictures"]:
        labels = [label for label in picture["labels"] if label["box"]["right"] > label["box"]["left"]]
        assert labels
        assert picture["box"]["right"] <= measured["innerWidth"]
        for label in labels:
            assert _inside(label["box"], picture["box"]), f"{label['text']!r} lies outside the {picture['kind']}"
            ratio = _contrast(label["fill"], measured["background"])
            assert ratio >= 4.5, f"{label['text']!r}: contrast {ratio:.2f} in {scheme} mode"
        for i, first in enumerate(labels):
            for second in labels[i + 1:]:
                assert not _overlap(first["box"], second["box"]), f"{first['text']!r} overlaps {second['text']!r}"


def test_same_day_events_stack_without_hiding_one_another(browser, busy_site_url):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(busy_site_url + "chronologie/")
    marks = page.eval_on_selector_all("figure.dossier-timeline--full svg circle.tl-event", """els => els.map(e => {
        const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })""")
    page.close()
    assert len(marks) >= 20
    for i, a in enumerate(marks):
        for b in marks[i + 1:]:
            assert not (a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5), (a, b)
