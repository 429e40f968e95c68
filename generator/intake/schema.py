"""What each content file and record may hold: the single description the record reader checks
keys against and the JSON Schemas for editors are derived from.
"""

from __future__ import annotations

import re

LANGUAGES = ("de", "en")
ENTITY_KINDS = ("person", "state", "organisation", "place", "medium")
SOURCE_KINDS = ("state_media", "intelligence", "government", "wire_agency", "outlet", "other")
CLAIM_STATUSES = ("confirmed", "reported", "disputed")
ID_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")

# Field types: "str" (one line), "text" (may span lines), "id", "date", "bool", "url",
# "[str]", "enum:a|b", "ref:<kind>", "[ref:<kind>]", "{record}" and "[record]". A trailing "!" = required.
SCHEMA: dict[str, dict[str, str]] = {
    "dossier": {
        "title": "str!", "subtitle": "str", "description": "text", "language": "enum:de|en!",
        "period": "date", "questions": "[str]", "start_here": "[ref:article]", "editors": "[str]",
        "version": "str", "updated": "date", "loaded_words": "[str]",
        "neutral_words": "[str]",
    },
    "outlet": {
        "id": "id!", "name": "str", "label": "str", "country": "str", "kind": "str!",
        "homepage": "url", "evidence": "text",
    },
    "article": {
        "id": "id!", "seed": "str!", "outlet": "ref:outlet!", "title": "str!", "kicker": "str",
        "authors": "[str]", "published": "date", "published_note": "text", "url": "url",
        "archived_url": "url", "accessed": "date", "language": "enum:de|en", "agencies": "[str]",
        "photo_credits": "[str]", "tags": "[str]", "notes": "text", "cleaning": "{cleaning}",
        "annotations": "[annotation]", "quotes": "[quote]",
    },
    "cleaning": {"force_body": "[str]", "force_clutter": "[str]"},
    "annotation": {
        "id": "id", "quote": "str!", "prefix": "str", "suffix": "str", "note": "text!",
        "tags": "[str]", "events": "[ref:event]", "claims": "[ref:claim]", "actors": "[ref:entity]",
    },
    "quote": {"text": "str!", "speaker": "ref:entity", "ignore": "bool"},
    "entity": {
        "id": "id!", "name": "str!", "kind": "enum:" + "|".join(ENTITY_KINDS) + "!", "aliases": "[str]",
        "ambiguous_aliases": "[str]", "adjectives": "[str]", "epithets": "[str]", "description": "text",
        "source_kind": "enum:" + "|".join(SOURCE_KINDS), "source_patterns": "[str]",
    },
    "event": {
        "id": "id!", "date": "date!", "date_note": "text", "title": "str!", "description": "text",
        "actors": "[ref:entity]", "tags": "[str]", "sources": "[source]!",
    },
    "source": {"article": "ref:article!", "quote": "str!"},
    "claim": {
        "id": "id!", "statement": "str!", "topic": "str!", "status": "enum:" + "|".join(CLAIM_STATUSES) + "!",
        "quantity": "str", "reports": "[report]!",
    },
    "report": {
        "article": "ref:article!", "quote": "str!", "figure": "str", "unit": "str", "counted": "str",
        "attributed_to": "[ref:entity]",
    },
}
# Each content file: its top-level key and the record kind it lists (None: the file is one record).
FILES: dict[str, tuple[str | None, str]] = {
    "dossier.yml": (None, "dossier"),
    "outlets.yml": ("outlets", "outlet"),
    "articles.yml": ("articles", "article"),
    "entities.yml": ("entities", "entity"),
    "events.yml": ("events", "event"),
    "claims.yml": ("claims", "claim"),
}
