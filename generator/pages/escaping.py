"""The one place where text from articles and YAML is made safe for the generated pages.

Generated Markdown mixes Markdown (headings, links) and raw HTML blocks, many of them parsed as
Markdown too (md_in_html's ``markdown`` attribute, for the links). Numeric character references
work in all of these: HTML decodes them, and Markdown never treats them as syntax. So every character that
HTML, Markdown or its extensions could interpret is written as a reference, and line breaks
become spaces, so that input text renders literally wherever a template puts it.
"""

from __future__ import annotations

import html
import re

from markupsafe import Markup

# HTML's specials, Markdown's inline syntax (emphasis, code, links, escapes), attr_list braces,
# table pipes, heading hashes and pymdown's ==mark==, ^^insert^^, ~~delete~~. Line-start syntax
# (lists, admonitions) cannot occur: line breaks in input become spaces and templates never put
# input text at the start of a line.
# Every whitespace character (all of them lie below U+3001) becomes a space, and runs of spaces one.
_TABLE = str.maketrans({**{c: " " for c in map(chr, range(0x3001)) if re.match(r"\s", c)},
                        **{c: f"&#{ord(c)};" for c in "&<>\"'\\`*_[]{}|~=^#"}})
_SPACES = re.compile(" {2,}")


def escape_text(value: object) -> str:
    """Literal text for any place in a generated page (Markdown inline, HTML text or attribute)."""
    if isinstance(value, Markup):
        return str(value)
    if value is None:
        return ""
    text = str(value).translate(_TABLE)
    return _SPACES.sub(" ", text) if "  " in text else text


def url(value: str) -> str:
    """An href for raw HTML: generator-built relative URLs and validated http(s) URLs, attribute-escaped."""
    return html.escape(value, quote=True)
