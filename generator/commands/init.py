"""``python -m generator init DIR``: a new dossier project that builds out of the box."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from ..model.problems import DossierError, Problem
from ..pages.renderer import load_labels
from ..pages.urls import PAGES

PALETTE_NAMES = {"de": ("Dunkles Farbschema", "Helles Farbschema"), "en": ("Dark mode", "Light mode")}

MKDOCS_HEADER = {
    "de": "# Einstellungen der Dossier-Website. Die Seiten in generated/ schreibt der Generator bei jedem\n"
          "# `mkdocs build` und `mkdocs serve` (dossier_hook.py); bearbeitet werden content/ und seeds/.\n",
    "en": "# Dossier site configuration. The pages in generated/ are written by the generator on every\n"
          "# `mkdocs build` and `mkdocs serve` (dossier_hook.py); edit content/ and seeds/ instead.\n",
}

MKDOCS = """\
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
  # keeps Material's end-of-life banner out of a normal build (generator/material_notice.py says why)
  material_notice: !!python/name:generator.material_notice.QUIET
  polyfills:
    - assets/iframe-worker-shim.js

markdown_extensions:
  - toc:
      permalink: true
  - attr_list
  - md_in_html
  - tables

nav:
{nav}

validation:
  omitted_files: info  # the hook shows the generated pages left out of the nav only with --verbose
"""

HOOK = '''"""MkDocs hook of this dossier: the generator's hook, installed with the dossier package."""

from generator.hook import on_pre_build, on_serve, on_startup  # noqa: F401
'''

# The content files' skeletons, with their comments in the dossier's language: skeleton/<language>/*.yml
CONTENT_FILES = ("dossier.yml", "outlets.yml", "articles.yml", "entities.yml", "events.yml", "claims.yml")
GITIGNORE = "site/\nsite-offline/\n__pycache__/\n.dossier-cache/\n"


def init_project(target: Path, title: str, language: str) -> list[str]:
    """Write the project; refuse to touch a folder that already holds a dossier."""
    target = Path(target)
    if (target / "content").exists() or (target / "mkdocs.yml").exists():
        raise DossierError([Problem(str(target), 0, "already holds a dossier (content/ or mkdocs.yml); choose an empty folder")])
    labels = load_labels(language)
    nav = "\n".join(f"  - {json.dumps(labels[key], ensure_ascii=False)}: {path}" for key, path in PAGES.items())
    dark, light = PALETTE_NAMES[language]
    files = {
        "mkdocs.yml": MKDOCS_HEADER[language] + MKDOCS.format(title=json.dumps(title, ensure_ascii=False), language=language, nav=nav,
                                    dark=json.dumps(dark, ensure_ascii=False), light=json.dumps(light, ensure_ascii=False)),
        "dossier_hook.py": HOOK, ".gitignore": GITIGNORE, "generated/.gitignore": "*\n!.gitignore\n", "seeds/.gitkeep": "",
    }
    package = resources.files("generator")
    for name in CONTENT_FILES:
        text = package.joinpath("commands", "skeleton", language, name).read_text(encoding="utf-8")
        schema = f"# yaml-language-server: $schema=../schemas/{name.replace('.yml', '.schema.json')}\n"
        files[f"content/{name}"] = schema + text.format(title=json.dumps(title, ensure_ascii=False), language=language)
    for schema in sorted(p.name for p in package.joinpath("schemas").iterdir() if p.name.endswith(".json")):
        files[f"schemas/{schema}"] = package.joinpath("schemas", schema).read_text(encoding="utf-8")
    files["theme/partials/search.html"] = package.joinpath("theme", "partials", "search.html").read_text(encoding="utf-8")
    files["theme/main.html"] = package.joinpath("theme", "main.html").read_text(encoding="utf-8")
    for rel, text in files.items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return sorted(files)
