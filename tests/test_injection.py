"""Text from articles and YAML is data: every payload renders literally in the built HTML."""

from __future__ import annotations

from html.parser import HTMLParser

import yaml

from support import FIXTURES, make_project, mkdocs

PAYLOADS = [
    "<script>alert('x1')</script>",
    '<img src=x onerror="alert(2)">',
    "[klick](javascript:alert(3))",
    "![bild](data:text/html;base64,PHNjcmlwdD4=)",
    '<a href="javascript:alert(4)">a</a>',
    "{: onclick=\"alert(5)\" }",
    "<!-- versteckt -->",
    "{{ 7*7 }}",
    "{% if true %}jinja{% endif %}",
    "[rel](../../index.md)",
    "==markiert== ^^eingefügt^^ ~~weg~~",
    "!!! warning \"Achtung\"",
    "*kursiv* __fett__ `code`",
    "# Überschrift",
    "<div markdown=\"1\">**x**</div>",
    "&amp; &lt;b&gt;",
    "| a | b |",
    "https://example.org/auto",
]
PAYLOAD = " ".join(PAYLOADS)


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.events: list[tuple[str, str]] = []
        self.scripts: list[str] = []
        self.hrefs: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on"):
                self.events.append((tag, name))
            if name in ("href", "src") and value:
                self.hrefs.append(value)
        if tag == "script":
            self._in_script = True
            self.scripts.append(dict(attrs).get("src") or "inline")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if not self._in_script:
            self.text.append(data)

    def handle_comment(self, data):
        self.text.append(f"<!--{data}-->")


def _inject(project):
    content = project / "content"
    def edit(name, change):
        data = yaml.safe_load((content / name).read_text(encoding="utf-8"))
        change(data)
        (content / name).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    edit("dossier.yml", lambda d: d.update(subtitle=PAYLOAD, description=PAYLOAD + "\n\n" + PAYLOAD, questions=[PAYLOAD]))
    edit("outlets.yml", lambda d: d["outlets"][1].update(label="Anzeiger " + PAYLOAD, evidence=PAYLOAD))
    def articles(d):
        alpha = d["articles"][0]
        alpha.update(notes=PAYLOAD, tags=[PAYLOAD], authors=["Anna Beispiel", PAYLOAD], published_note=PAYLOAD)
        alpha["annotations"][0].update(note=PAYLOAD, tags=[PAYLOAD])
    edit("articles.yml", articles)
    edit("entities.yml", lambda d: d["entities"][0].update(description=PAYLOAD))
    edit("events.yml", lambda d: d["events"][0].update(title="Preise " + PAYLOAD, description=PAYLOAD, tags=[PAYLOAD]))
    edit("claims.yml", lambda d: d["claims"][0].update(statement="Haushalte " + PAYLOAD, topic=PAYLOAD))
    seed = project / "seeds" / "alpha.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nEin Tyrann im Absatz mit Nutzlast: " + PAYLOAD + "\n\n"
                    + "„" + PAYLOAD + "“, sagte Muster.\n", encoding="utf-8")


def _pages(site):
    out = {}
    for path in sorted(site.rglob("*.html")):
        collector = _Collector()
        collector.feed(path.read_text(encoding="utf-8"))
        out[path.relative_to(site).as_posix()] = collector
    return out


def test_payloads_render_literally_and_never_execute(tmp_path):
    clean = make_project(tmp_path / "clean", FIXTURES / "minimal")
    assert mkdocs(["build", "--strict"], clean).returncode == 0
    dirty = make_project(tmp_path / "dirty", FIXTURES / "minimal")
    _inject(dirty)
    result = mkdocs(["build", "--strict"], dirty)
    assert result.returncode == 0, result.stderr
    clean_pages, dirty_pages = _pages(clean / "site"), _pages(dirty / "site")
    assert sorted(dirty_pages) == sorted(clean_pages)
    for name, page in dirty_pages.items():
        assert page.events == [], name
        assert page.scripts == clean_pages[name].scripts, name
        assert not [h for h in page.hrefs if h.lower().startswith(("javascript:", "data:"))], name
    article = " ".join(" ".join(dirty_pages["artikel/alpha/index.html"].text).split())
    for payload in PAYLOADS:
        assert payload in article, payload
    overview = " ".join(" ".join(dirty_pages["index.html"].text).split())
    assert PAYLOAD in overview
    assert "49" not in article.replace(PAYLOAD, "")
    chronology = " ".join(" ".join(dirty_pages["chronologie/index.html"].text).split())
    assert "Preise " + PAYLOAD in chronology
    comparison = " ".join(" ".join(dirty_pages["quellenvergleich/index.html"].text).split())
    assert "Tyrann im Absatz mit Nutzlast: " + PAYLOADS[0] in comparison  # a loaded word's context, literally
