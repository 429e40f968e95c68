import xml.etree.ElementTree as ET

from support import ROOT
from generator import pipeline

SVG = "{http://www.w3.org/2000/svg}"


def _svg(markdown: str, css_class: str) -> ET.Element:
    start = markdown.index(f'<figure class="{css_class}">')
    chunk = markdown[markdown.index("<svg", start): markdown.index("</svg>", start) + 6]
    return ET.fromstring(chunk)


def test_chronology_lists_every_event_in_order_with_sources():
    pages, result = pipeline.generate(ROOT)
    entries = [e for g in result.analysis.chronology for e in g.entries]
    assert len(entries) == len(result.corpus.events) >= 15
    keys = [e.event.date.sort_key for e in entries]
    assert keys == sorted(keys)
    assert all(e.sources for e in entries), "every event needs a source"
    page = pages["chronologie/index.md"]
    for entry in entries:
        assert f"#ereignis-{entry.event.id}" in page
        for source in entry.sources:
            assert f"](../artikel/{source.ref.article}.md#{source.anchor.block})" in page


def test_event_date_and_report_date_kept_apart():
    pages, result = pipeline.generate(ROOT)
    page = pages["chronologie/index.md"]
    block = page.split("{ #ereignis-partnerschaftsvertrag }", 1)[1].split("###", 1)[0]
    assert "<strong>Ereignisdatum:</strong>" in block and ">2024</span>" in block
    assert "<strong>Zuerst berichtet:</strong>" in block and "um Dezember 2025" in block


def test_svg_timeline_is_well_formed_with_one_mark_per_event():
    pages, result = pipeline.generate(ROOT)
    svg = _svg(pages["chronologie/index.md"], "dossier-timeline dossier-timeline--full")
    assert svg.find(f"{SVG}title") is not None and svg.find(f"{SVG}desc") is not None
    events = [el for el in svg.iter() if el.get("class", "").startswith("tl-event")]
    earlier = [el for el in svg.iter() if "tl-earlier" in el.get("class", "").split()]
    assert len(events) + len(earlier) == len(result.corpus.events)
    reports = [el for el in svg.iter() if el.get("class", "").startswith("tl-report")]
    assert len(reports) == len(result.corpus.articles)
    hrefs = {a.get("href") for a in svg.iter(f"{SVG}a")}
    assert {f"#ereignis-{e}" for e in result.corpus.events} <= {h.split("/")[-1] for h in hrefs}


def test_month_precision_spans_its_month():
    pages, result = pipeline.generate(ROOT)
    svg = _svg(pages["chronologie/index.md"], "dossier-timeline dossier-timeline--full")
    heights = [float(el.get("height")) for el in svg.iter(f"{SVG}rect") if el.get("class", "").startswith("tl-event")]
    assert heights and min(heights) >= 12.0  # a month is 14 units; no event here is known to the day


def test_compact_timeline_on_overview():
    pages, result = pipeline.generate(ROOT)
    svg = _svg(pages["index.md"], "dossier-timeline dossier-timeline--compact")
    circles = list(svg.iter(f"{SVG}circle"))
    first, last = result.corpus.dossier.period.span()  # the compact line covers the dossier's own period
    assert len(circles) == sum(1 for e in result.corpus.events.values() if first <= e.date.span()[0] <= last)
