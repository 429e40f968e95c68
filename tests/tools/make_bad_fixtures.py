"""Writes tests/fixtures/bad/<scenario>/: overlay files on top of tests/fixtures/minimal.

Each scenario folder holds the files that replace the minimal dossier's, an optional
``remove.txt`` (paths to delete) and ``expected.txt`` (the exact problem lines, reviewed by hand).
Run once when adding a scenario; the folders are committed.
"""
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent / "fixtures"
MINIMAL = HERE / "minimal"
BAD = HERE / "bad"


def minimal(name: str) -> str:
    return (MINIMAL / name).read_text(encoding="utf-8")


EVENTS = minimal("content/events.yml")
ARTICLES = minimal("content/articles.yml")
ENTITIES = minimal("content/entities.yml")
CLAIMS = minimal("content/claims.yml")
OUTLETS = minimal("content/outlets.yml")
DOSSIER = minimal("content/dossier.yml")

SCENARIOS: dict[str, dict] = {
    "yaml_tab": {"content/events.yml": EVENTS.replace("    title: Gaspreise", "\ttitle: Gaspreise")},
    "yaml_bad_indent": {"content/events.yml": EVENTS.replace("    title: Gaspreise", "      title: Gaspreise")},
    "yaml_unclosed_quote": {"content/events.yml": EVENTS.replace("title: Gaspreise steigen um 12 Prozent", 'title: "Gaspreise steigen')},
    "duplicate_key": {"content/events.yml": EVENTS.replace("    title: Gaspreise steigen um 12 Prozent\n", "    title: Gaspreise steigen um 12 Prozent\n    title: Nochmal\n")},
    "duplicate_id": {"content/events.yml": EVENTS + EVENTS.split("events:\n", 1)[1]},
    "wrong_type_list": {"content/entities.yml": ENTITIES.replace("aliases: [Muster]", "aliases: Muster")},
    "wrong_type_scalar": {"content/articles.yml": ARTICLES.replace("title: Stadtwerke erhöhen die Preise", "title: [Stadtwerke, Preise]")},
    "wrong_type_record": {"content/events.yml": EVENTS.replace("    sources:\n      - article: alpha", "    sources:\n      - alpha\n      - article: alpha")},
    "unknown_key": {"content/events.yml": EVENTS.replace("    title: Gaspreise", "    titel: Gaspreise")},
    "unknown_top_level_key": {"content/events.yml": EVENTS.replace("events:", "event:")},
    "missing_required": {"content/events.yml": EVENTS.replace("    title: Gaspreise steigen um 12 Prozent\n", "")},
    "missing_dossier_title": {"content/dossier.yml": DOSSIER.replace("title: Gaspreise in Musterstadt\n", "")},
    "unknown_article_ref": {"content/events.yml": EVENTS.replace("      - article: beta", "      - article: gamma")},
    "unknown_outlet": {"content/articles.yml": ARTICLES.replace("outlet: anzeiger", "outlet: anzeigr")},
    "unknown_actor": {"content/events.yml": EVENTS.replace("actors: [stadtwerke]", "actors: [stadtwerk, eva-muster]")},
    "unknown_event_in_annotation": {"content/articles.yml": ARTICLES.replace("claims: [haushalte]", "claims: [haushalte]\n        events: [preiserhöhung]")},
    "unknown_claim_in_annotation": {"content/articles.yml": ARTICLES.replace("claims: [haushalte]", "claims: [haushalt]")},
    "unknown_source_in_claim": {"content/claims.yml": CLAIMS.replace("attributed_to: [verbraucherzentrale]", "attributed_to: [verbraucher]")},
    "bad_date_month": {"content/events.yml": EVENTS.replace("date: 2024-03-01", "date: 2024-13")},
    "impossible_day": {"content/events.yml": EVENTS.replace("date: 2024-03-01", "date: 2024-02-30")},
    "range_reversed": {"content/events.yml": EVENTS.replace("date: 2024-03-01", "date: 2024-06/2024-04")},
    "malformed_date": {"content/events.yml": EVENTS.replace("date: 2024-03-01", "date: März 2024")},
    "bad_published_date": {"content/articles.yml": ARTICLES.replace("published: 2024-02-12", "published: 12.02.2024")},
    "missing_seed": {"remove": ["seeds/beta.txt"]},
    "empty_seed": {"seeds/beta.txt": "  \n\n"},
    "non_utf8_seed": {"seeds/beta.txt": "Gaspreise in M\xfcnchen\n".encode("latin-1")},
    "non_utf8_yaml": {"content/outlets.yml": OUTLETS.replace("Musterstädter", "Musterst\xe4dter").encode("latin-1")},
    "seed_path": {"content/articles.yml": ARTICLES.replace("seed: beta.txt", "seed: ../beta.txt")},
    "seed_is_a_folder": {"content/articles.yml": ARTICLES.replace("seed: beta.txt", "seed: beta"),
                         "seeds/beta/note.txt": "Der Text liegt eine Ebene tiefer.\n"},
    "seed_empty_name": {"content/articles.yml": ARTICLES.replace("seed: beta.txt", "seed: ''")},
    "seed_used_twice": {"content/articles.yml": ARTICLES.replace("seed: beta.txt", "seed: alpha.txt")},
    "annotation_orphan": {"content/articles.yml": ARTICLES.replace("quote: rund 40.000 Haushalte", "quote: rund 50.000 Kunden")},
    "event_quote_orphan": {"content/events.yml": EVENTS.replace("quote: Die Stadtwerke Musterstadt erhöhen die Gaspreise.", "quote: Der Stromversorger senkt alle Tarife deutlich.")},
    "claim_quote_orphan": {"content/claims.yml": CLAIMS.replace("quote: sind mehr als 45'000 Haushalte betroffen", "quote: sind mehr als 45'000 Betriebe betroffen")},
    "id_url_collision": {"content/events.yml": EVENTS + EVENTS.split("events:\n", 1)[1].replace("id: preiserhoehung", "id: preis-erhoehung")},
    "id_uppercase": {"content/entities.yml": ENTITIES.replace("id: eva-muster", "id: Eva")},
    "id_path": {"content/articles.yml": ARTICLES.replace("id: beta", "id: ../beta")},
    "empty_content": {"remove": ["content/dossier.yml", "content/outlets.yml", "content/articles.yml",
                                  "content/entities.yml", "content/events.yml", "content/claims.yml"]},
    "no_content_folder": {"remove": ["content"]},
    "list_not_mapping": {"content/events.yml": "- id: preiserhoehung\n  date: 2024-03-01\n"},
    "yaml_bomb": {"content/entities.yml": "entities:\n  - &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n  - &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n  - &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n  - [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"},
    "merge_key": {"content/outlets.yml": OUTLETS.replace("  - id: anzeiger\n", "  - id: anzeiger\n    <<: {kind: Zeitung}\n")},
    "bad_enum": {"content/entities.yml": ENTITIES.replace("kind: person", "kind: persn")},
    "bad_status": {"content/claims.yml": CLAIMS.replace("status: disputed", "status: unclear")},
    "bad_language": {"content/dossier.yml": DOSSIER.replace("language: de", "language: fr")},
    "bad_url": {"content/articles.yml": ARTICLES.replace("    agencies: []\n", "    agencies: []\n    url: javascript:alert(1)\n")},
    "bad_figure": {"content/claims.yml": CLAIMS.replace("figure: rund 40.000", "figure: viele")},
    "figure_not_in_quote": {"content/claims.yml": CLAIMS.replace("figure: rund 40.000", "figure: rund 41.000")},
    "cleaning_rule_unmatched": {"content/articles.yml": ARTICLES.replace("    agencies: []\n", "    agencies: []\n    cleaning:\n      force_clutter: [Diese Zeile gibt es nicht]\n")},
    "bad_bool": {"content/articles.yml": ARTICLES.replace("    agencies: []\n", "    agencies: []\n    quotes:\n      - text: Wir können\n        ignore: vielleicht\n")},
    "multiline_title": {"content/events.yml": EVENTS.replace("title: Gaspreise steigen um 12 Prozent", "title: |\n      Gaspreise\n      steigen")},
    "several_problems": {"content/events.yml": EVENTS.replace("date: 2024-03-01", "date: 2024-00").replace("actors: [stadtwerke]", "actors: [nobody]"),
                         "content/claims.yml": CLAIMS.replace("status: disputed", "status: disputd")},
    "bom_and_crlf_accepted": {"seeds/beta.txt": "\ufeff" + minimal("seeds/beta.txt").replace("\n", "\r\n"),
                              "content/outlets.yml": ("\ufeff" + OUTLETS).replace("\n", "\r\n")},
}


def main() -> None:
    """(Re)writes every scenario's overlay; the reviewed expected.txt files are kept, a new scenario
    gets an empty one to fill in by hand."""
    BAD.mkdir(exist_ok=True)
    for folder in BAD.iterdir():
        if folder.name not in SCENARIOS:
            shutil.rmtree(folder)
    for name, files in SCENARIOS.items():
        folder = BAD / name
        expected = (folder / "expected.txt").read_bytes() if (folder / "expected.txt").exists() else b""
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        (folder / "expected.txt").write_bytes(expected)
        for rel, content in files.items():
            if rel == "remove":
                (folder / "remove.txt").write_text("\n".join(content) + "\n", encoding="utf-8")
                continue
            path = folder / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_bytes(content.encode("utf-8"))
    print(f"{len(SCENARIOS)} scenarios in {BAD}", file=sys.stderr)


if __name__ == "__main__":
    main()
