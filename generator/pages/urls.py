"""The URL scheme of a dossier site, in one place: the page paths (one table), the anchor prefixes,
and small pure functions (a record's page, the URL MkDocs gives a page, relative links).

Pages link with Markdown links to the ``.md`` source (``[x](../akteure/y.md#z)``): MkDocs and
Zensical both turn those into the URL of their build (directory URLs, the offline build's file
URLs, a site under a sub-path). Hand-made hrefs in raw HTML are not portable: MkDocs leaves them
alone, Zensical resolves them against the source file, one folder too deep on pages that are not
index pages. ``Links.raw`` remains for the one place Markdown cannot reach, the timelines' SVG,
which only index pages show (there the source folder is the URL folder, so both engines agree).
"""

from __future__ import annotations

# Every page the generator writes, by the key its label has in labels/<lang>.yml, in navigation order.
PAGES = {
    "overview": "index.md",
    "chronology": "chronologie/index.md",
    "comparison": "quellenvergleich/index.md",
    "articles": "artikel/index.md",
    "actors": "akteure/index.md",
    "quotes": "zitate/index.md",
    "data": "daten/index.md",
}
RECORD_PAGES = {"article": "artikel/{}.md", "actor": "akteure/{}.md"}  # one page per record
DATA_FOLDER = "daten/"  # the downloads sit beside the data page
# Records shown as a section of a listing page: (page key, anchor prefix).
SECTIONS = {"event": ("chronology", "ereignis-"), "claim": ("comparison", "aussage-")}
# Ids inside an article page: an annotation's note and the mark over its quote.
IN_ARTICLE = {"note": "anmerkung-", "mark": "markierung-"}


def record_page(kind: str, ident: str) -> str:
    """The path of a record's own page ("article", "actor"), or of the page holding its section
    ("event", "claim"); ``anchor`` gives the section's id."""
    if kind in SECTIONS:
        return PAGES[SECTIONS[kind][0]]
    return RECORD_PAGES[kind].format(ident)


def anchor(kind: str, ident: str) -> str:
    """The id of a record's section on its listing page: ``ereignis-<id>``, ``aussage-<id>``."""
    return SECTIONS[kind][1] + ident


def in_article(kind: str, ident: str) -> str:
    """The id of an annotation's note (``anmerkung-<id>``) or mark (``markierung-<id>``) on its article page."""
    return IN_ARTICLE[kind] + ident


def page_url(path: str, directory_urls: bool) -> str:
    """The URL MkDocs gives a generated page, relative to the site root."""
    if not directory_urls:
        return path[:-3] + ".html"
    if path == "index.md" or path.endswith("/index.md"):
        return path[: -len("index.md")]
    return path[:-3] + "/"


def relative_url(target: str, base: str, directory_urls: bool) -> str:
    """posixpath.relpath for the generator's own clean paths, without its cost on every link."""
    url_parts = [p for p in page_url(target, directory_urls).split("/") if p]
    base_parts = [p for p in base.split("/") if p]
    common = 0
    while common < min(len(url_parts), len(base_parts)) and url_parts[common] == base_parts[common]:
        common += 1
    rel = "/".join([".."] * (len(base_parts) - common) + url_parts[common:])
    if directory_urls:
        return rel + "/" if rel else "./"
    return rel or "."


def source_link(target: str, folder: str) -> str:
    """The path of a page's source relative to the folder of another page's source ("" for index.md
    at the root): what a Markdown link names. posixpath.relpath without its cost on every link."""
    target_parts = target.split("/")
    base_parts = [p for p in folder.split("/") if p]
    common = 0
    while common < min(len(target_parts) - 1, len(base_parts)) and target_parts[common] == base_parts[common]:
        common += 1
    return "/".join([".."] * (len(base_parts) - common) + target_parts[common:])


class Links:
    """Links from one generated page to the others: ``to`` and its shortcuts give Markdown link
    targets (``../artikel/x.md#p3``, or ``#p3`` on the page itself); ``raw`` gives an href for raw
    HTML, right on both engines only on index pages."""

    def __init__(self, page: str, directory_urls: bool = True, relative=relative_url, source=source_link):
        self.page_path = page
        self.directory_urls = directory_urls
        self._relative = relative
        self._source = source
        self.folder = page.rsplit("/", 1)[0] if "/" in page else ""
        own = page_url(page, directory_urls)
        self.base = own.rsplit("/", 1)[0] if "/" in own else ""

    def to(self, target: str, fragment: str = "") -> str:
        suffix = f"#{fragment}" if fragment else ""
        if target == self.page_path and suffix:
            return suffix
        return self._source(target, self.folder) + suffix

    def raw(self, target: str, fragment: str = "") -> str:
        return self._relative(target, self.base, self.directory_urls) + (f"#{fragment}" if fragment else "")

    def page(self, key: str) -> str:
        return self.to(PAGES[key])

    def article(self, ident: str, fragment: str = "") -> str:
        return self.to(record_page("article", ident), fragment)

    def actor(self, ident: str) -> str:
        return self.to(record_page("actor", ident))

    def event(self, ident: str) -> str:
        return self.to(record_page("event", ident), anchor("event", ident))

    def claim(self, ident: str) -> str:
        return self.to(record_page("claim", ident), anchor("claim", ident))


def absolute_url(site_url: str, page: str, fragment: str = "") -> str:
    """A page's full URL for citations; "" when the site URL is not configured, since a bare path
    ("/artikel/x/") tells a reader nothing about where to find it."""
    if not site_url:
        return ""
    return site_url.rstrip("/") + "/" + page_url(page, True) + (f"#{fragment}" if fragment else "")
