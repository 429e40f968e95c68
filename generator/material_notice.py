"""Keep Material for MkDocs' end-of-life banner out of a normal build.

Material prints the banner when MkDocs imports its theme, unless NO_MKDOCS_2_WARNING is set, and
MkDocs imports the theme while it validates mkdocs.yml, before any hook or plugin runs. The only
earlier moment is the parsing of mkdocs.yml itself, so the dossier's mkdocs.yml names this module
with a YAML tag (``extra: material_notice: !!python/name:generator.material_notice.QUIET``), the
same mechanism Material's own documentation uses for its emoji extension. ``mkdocs build
--verbose`` still shows the banner.
"""

from __future__ import annotations

import os
import sys

QUIET = not {"-v", "--verbose"} & set(sys.argv[1:])
if QUIET and not os.environ.get("NO_MKDOCS_2_WARNING"):
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
