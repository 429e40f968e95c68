"""Markup the templates cannot build: a paragraph's text with annotation marks and actor links laid
over it. Every piece of input text passes through ``escape_text``; only tags are written here."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from .escaping import escape_text, url
from .urls import in_article


@dataclass
class Span:
    start: int
    end: int
    kind: str  # mark or link
    href: str
    ident: str = ""
    number: int = 0


def highlight(text: str, spans: list[Span]) -> Markup:
    """Block text with annotation marks and actor links; links never cross a mark's edge."""
    marks = []
    for span in sorted((s for s in spans if s.kind == "mark"), key=lambda s: (s.start, -s.end)):
        if not marks or span.start >= marks[-1].end:
            marks.append(span)
    links = [s for s in spans if s.kind == "link" and not any(
        m.start < s.end and s.start < m.end and not (m.start <= s.start and s.end <= m.end) for m in marks)]
    events: list[tuple[int, int, str]] = []  # (position, order, html)
    for mark in marks:
        events.append((mark.start, 1, f'<mark class="dossier-mark" id="{in_article("mark", mark.ident)}">'))
        events.append((mark.end, 0, f'</mark><sup class="dossier-ref"><a href="#{in_article("note", mark.ident)}">[{mark.number}]</a></sup>'))
    for link in links:
        # A Markdown link to the actor's .md page (the paragraph is parsed by md_in_html), so that
        # both MkDocs and Zensical resolve it; see urls.py.
        events.append((link.start, 2, "["))
        events.append((link.end, -1, f"]({url(link.href)}){{: .dossier-actor }}"))
    events.sort(key=lambda e: (e[0], e[1]))
    out, position = [], 0
    for at, _, html in events:
        out.append(escape_text(text[position:at]) if at > position else "")
        out.append(html)
        position = max(position, at)
    out.append(escape_text(text[position:]))
    return Markup("".join(out))
