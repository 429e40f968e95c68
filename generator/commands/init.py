"""``python -m generator init DIR``: a new dossier project that builds out of the box."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from ..model.problems import DossierError, Problem
from ..pages.renderer import load_labels
from ..pages.urls import PAGES

PALETTE_NAMES = {"de": ("Dunkles Farbschema", "Helles Farbschema"), "en": ("Dark mode", "Light mode")}

MKDOCS = """\
# Dossier site configuration. The pages in generated/ are written by the generator on every
# `mkdocs build` and `mkdocs serve` (dossier_hook.py); edit content/ and seeds/ instead.
site_name: {title}
site_url: !ENV [SITE_URL, ""]
docs_dir: generated
site_dir: site

theme:
  name: material
  language: {language}
  font: false
  custom_dir: theme
  features: [navigation.tabs, navigation.sections, navigation.top, navigation.indexes, toc.follow, search.highlight]
  palette:
    - media: "(prefers-color-scheme: light)"
      scheme: default
      primary: indigo
      accent: indigo
      toggle: {{icon: material/brightness-7, name: {dark}}}
    - media: "(prefers-color-scheme: dark)"
      scheme: slate
      primary: indigo
      accent: indigo
      toggle: {{icon: material/brightness-4, name: {light}}}

plugins:
  - search:
      lang: {language}
  - tags
  - offline:
      enabled: !ENV [OFFLINE, false]

hooks:
  - dossier_hook.py

extra_css:
  - assets/dossier.css
extra:
  polyfills:
    - assets/iframe-worker-shim.js

markdown_extensions:
  - toc:
      permalink: true
  - attr_list
  - tables

nav:
{nav}

validation:
  omitted_files: info
"""

HOOK = '''"""MkDocs hook of this dossier: the generator's hook, installed with the dossier package."""

from generator.hook import on_pre_build, on_serve, on_startup  # noqa: F401
'''

CONTENT = {
    "dossier.yml": """\
# What the dossier is about. Dates: 2024, 2024-03 or 2024-03-15; a range 2024-01/2024-06.
title: {title}
subtitle: ""
description: |
  {description}
language: {language}
# period: 2024-01/2024-12
questions: []
#  - {question}
version: "0.1"
""",
    "outlets.yml": """\
# The media that published the articles. An outlet the text does not name gets a 'label' and the
# 'evidence' found in the text instead of a 'name'.
outlets:
#  - id: example-news
#    name: Example News
#    country: DE
#    kind: newspaper
#    homepage: https://www.example.org/
""",
    "articles.yml": """\
# One record per text in seeds/ ('python -m generator add FILE' appends a stub for you).
articles:
#  - id: 2024-03-example
#    seed: example.txt
#    outlet: example-news
#    title: The headline as in the text
#    authors: [First Last]
#    published: 2024-03
#    language: {language}
#    annotations:
#      - quote: exact words from the article
#        note: what a reader should know about them
""",
    "entities.yml": """\
# Actors and sources. Aliases are other spellings; adjectives are stems ('german' matches 'German');
# epithets are the words outlets use for an actor; 'source_kind' marks a source articles cite.
entities:
#  - id: jane-doe
#    name: Jane Doe
#    kind: person
#    aliases: [Doe]
#    epithets: [minister]
""",
    "events.yml": """\
# What happened and when, each event with the exact words of the article that reports it.
events:
#  - id: example-event
#    date: 2024-03
#    title: What happened
#    sources:
#      - article: 2024-03-example
#        quote: exact words from the article
""",
    "claims.yml": """\
# Statements with each article's wording; 'figure' as the article writes it ("more than 10,000").
claims:
#  - id: example-claim
#    statement: How many people were affected
#    topic: Figures
#    status: reported
#    reports:
#      - article: 2024-03-example
#        quote: more than 10,000 people were affected
#        figure: more than 10,000
""",
}
GITIGNORE = "site/\nsite-offline/\n__pycache__/\n.dossier-cache/\n"


def init_project(target: Path, title: str, language: str) -> list[str]:
    """Write the project; refuse to touch a folder that already holds a dossier."""
    target = Path(target)
    if (target / "content").exists() or (target / "mkdocs.yml").exists():
        raise DossierError([Problem(str(target), 0, "already holds a dossier (content/ or mkdocs.yml); choose an empty folder")])
    labels = load_labels(language)
    nav = "\n".join(f"  - {json.dumps(labels[key], ensure_ascii=False)}: {path}" for key, path in PAGES.items())
    dark, light = PALETTE_NAMES[language]
    examples = {"de": ("Worum es in diesem Dossier geht.", "Welche Frage verfolgt das Dossier?"),
                "en": ("What this dossier is about.", "Which question does the dossier follow?")}[language]
    files = {
        "mkdocs.yml": MKDOCS.format(title=json.dumps(title, ensure_ascii=False), language=language, nav=nav,
                                    dark=json.dumps(dark, ensure_ascii=False), light=json.dumps(light, ensure_ascii=False)),
        "dossier_hook.py": HOOK, ".gitignore": GITIGNORE, "generated/.gitignore": "*\n!.gitignore\n", "seeds/.gitkeep": "",
    }
    for name, text in CONTENT.items():
        schema = f"# yaml-language-server: $schema=../schemas/{name.replace('.yml', '.schema.json')}\n"
        files[f"content/{name}"] = schema + text.format(title=json.dumps(title, ensure_ascii=False), language=language,
                                                         description=examples[0], question=examples[1])
    package = resources.files("generator")
    for schema in sorted(p.name for p in package.joinpath("schemas").iterdir() if p.name.endswith(".json")):
        files[f"schemas/{schema}"] = package.joinpath("schemas", schema).read_text(encoding="utf-8")
    files["theme/partials/search.html"] = package.joinpath("theme", "partials", "search.html").read_text(encoding="utf-8")
    for rel, text in files.items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return sorted(files)
