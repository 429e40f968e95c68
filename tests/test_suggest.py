"""`python -m generator suggest` on a dossier made of real corpus articles: dates in words resolved
against the published date, proposals with evidence, a review file that only ever grows, and the
scores against the hand-labelled stories (tests/corpus/score_suggest.py) above their floors."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from generator import pipeline
from generator.__main__ import main
from generator.analysis.date_phrases import dates_in
from generator.model.dates import parse_date

CORPUS = Path(__file__).parent / "corpus"
sys.path.insert(0, str(CORPUS))

import score_suggest  # noqa: E402

# Measured on 2026-12-03 (tests/corpus/score_suggest.py); the floors sit just under the measurement.
# (events found, actors found, precision of the top 20 events and actors together)
# ubscs and blattengletscher were labelled after the rules were written, as a held-out check: their
# floors record how far the rules fall short there (issue #17's targets are 0.80, 0.90, 0.60).
FLOORS = {"gdl2024": (0.81, 0.99, 0.77), "hochwasser2024": (0.91, 0.99, 0.78), "vwtarif": (1.0, 0.99, 0.96),
          "ubscs": (0.29, 0.59, 0.99), "blattengletscher": (0.42, 0.49, 0.64)}


@pytest.mark.parametrize("sentence, lang, published, expected", [
    ("Am Mittwoch einigten sich beide Seiten.", "de", "2024-12-23", "2024-12-18"),
    ("Vergangene Woche streikten sie.", "de", "2024-12-23", "2024-12-16/2024-12-22"),
    ("The bridge collapsed last month.", "en", "2024-04-02", "2024-03"),
    ("Am Freitag kam die Einigung.", "de", "2024-12", "2024-12"),  # no more precise than the published date
    ("Am 20. Dezember kam die Einigung.", "de", "2025-01", "2024-12-20"),
    ("Seit Montag (16. Dezember) liefen die Verhandlungen.", "de", "2024-12-20", "2024-12-16"),
])
def test_dates_in_words_resolve_against_the_published_date(sentence, lang, published, expected):
    found = dates_in(sentence, lang, parse_date(published))
    assert expected in [f.date.iso() for f in found]


def test_no_published_date_leaves_relative_dates_unresolved():
    assert dates_in("Am Mittwoch streikten sie.", "de", None) == []


@pytest.fixture(scope="module")
def vw(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("vw") / "dossier"
    gold = next(g for g in score_suggest.stories() if g["story"] == "vwtarif")
    from generator.commands.add import add_articles
    from generator.commands.init import init_project
    init_project(root, "VW", "de")
    add_articles(root, [CORPUS / "texts" / f"{t}.txt" for t in gold["articles"]])
    return root


def test_suggest_prints_proposals_with_evidence(vw, capsys):
    assert main(["suggest", "--dossier", str(vw)]) == 0
    document = yaml.safe_load(capsys.readouterr().out)
    kinds = {p["proposal"] for p in document["proposals"]}
    assert {"event", "figure", "actor", "source"} <= kinds
    seeds = {p.name: p.read_text(encoding="utf-8") for p in (vw / "seeds").iterdir()}
    articles = yaml.safe_load((vw / "content" / "articles.yml").read_text(encoding="utf-8"))["articles"]
    seed_of = {a["id"]: a["seed"] for a in articles}
    for proposal in document["proposals"]:
        assert 0 < proposal["confidence"] <= 1
        for evidence in proposal.get("sources") or proposal.get("evidence") or proposal.get("reports"):
            line = seeds[seed_of[evidence["article"]]].split("\n")[evidence["line"] - 1]
            assert evidence["quote"] in " ".join(line.split())
    names = {p["name"] for p in document["proposals"] if p["proposal"] == "actor"}
    assert {"Thomas Schäfer", "Daniela Cavallo", "IG Metall"} <= names
    figures = [p for p in document["proposals"] if p["proposal"] == "figure"]
    assert any(len({r["article"] for r in f["reports"]}) >= 2 for f in figures)


def test_write_appends_and_never_changes_what_is_there(vw, capsys):
    content = {p.name: p.read_bytes() for p in (vw / "content").iterdir()}
    assert main(["suggest", "--dossier", str(vw), "--write"]) == 0
    review = vw / "content" / "suggestions.yml"
    for name, data in content.items():
        assert (vw / "content" / name).read_bytes() == data  # the editor's files are untouched
    edited = review.read_text(encoding="utf-8").replace("review: open", "review: rejected", 1)
    review.write_text(edited, encoding="utf-8")
    assert main(["suggest", "--dossier", str(vw), "--write"]) == 0
    assert review.read_text(encoding="utf-8") == edited  # nothing new, the editor's decision stays
    assert "appended 0 new proposal(s)" in capsys.readouterr().out
    warnings = [str(w) for w in pipeline.check(vw).warnings]
    open_count = edited.count("review: open")
    assert any(w.startswith("content/suggestions.yml:") and f"{open_count} proposal(s) not reviewed" in w for w in warnings)


def test_places_in_lists_and_transliterated_umlauts_are_one_place_each():
    from generator.analysis.proper_nouns import proper_nouns as _proper_nouns, stem as _stem

    found = _proper_nouns("Betroffen sind die Gemeinden Altheim, Neuberg und Kirchdorf.", "de", set())
    assert [name for _, name, kind in found if kind == "place"] == ["Altheim", "Neuberg", "Kirchdorf"]
    found = _proper_nouns("Rescuers reached the village of Oberstein late at night.", "en", set())
    assert ("Oberstein", "place") in [(name, kind) for _, name, kind in found]
    assert _stem("Baden-Wuerttemberg") == _stem("Baden-Württemberg") and _stem("Muenchen") == _stem("München")


@pytest.mark.parametrize("gold", score_suggest.stories(), ids=lambda g: g["story"])
def test_scores_stay_above_the_measured_floor(gold):
    result = score_suggest.score(gold)
    events, actors, precision = FLOORS[gold["story"]]
    assert result.event_recall >= events, result.missed
    assert result.actor_recall >= actors, result.missed
    assert result.precision >= precision


def test_the_same_dossier_gives_the_same_proposals_byte_for_byte(vw):
    import os
    import subprocess

    outputs = set()
    for seed in ("1", "2"):
        done = subprocess.run([sys.executable, "-m", "generator", "suggest", "--dossier", str(vw)], capture_output=True,
                              env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(CORPUS.parents[1])}, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1


def test_capitalised_words_in_a_row_are_one_name_but_not_an_amount_or_a_person():
    from generator.analysis.proper_nouns import proper_nouns as _proper_nouns

    found = _proper_nouns("Die UBS übernimmt die Credit Suisse für 3 Milliarden Franken.", "de", set())
    names = [name for _, name, _ in found]
    assert "Credit Suisse" in names and "Milliarden Franken" not in names and "Credit" not in names
    found = _proper_nouns("The deal was brokered by Credit Suisse and Karin Keller-Sutter.", "en", set())
    names = [name for _, name, _ in found]
    assert "Credit Suisse" in names and "Karin Keller-Sutter" not in names  # a person: the person finder names those
