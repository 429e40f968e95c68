from pathlib import Path

from hypothesis import given, settings, strategies as st

from generator.model.problems import ProblemLog
from generator.intake.corpus import load_corpus
from generator.analysis.stage import analyse
from generator.intake.lines import rule_kind
from helpers import clean, override

ROOT = Path(__file__).resolve().parent.parent


def _seed_analysis():
    log = ProblemLog()
    corpus = load_corpus(ROOT, log)
    return corpus, analyse(corpus, log)


def test_every_seed_line_is_kept_somewhere():
    corpus, analysis = _seed_analysis()
    for ident, seed in corpus.seeds.items():
        lines = [" ".join(line.split()) for line in seed.split("\n") if line.strip()]
        kept = " ".join(b.text for b in analysis.clean[ident].blocks) + " " + " ".join(
            f"date {analysis.clean[ident].stated_date}" for _ in [0] if analysis.clean[ident].stated_date)
        for line in lines:
            for word in line.split():
                assert word.lstrip("•") in kept, (ident, line)


def test_seed_clutter_is_set_aside():
    _, analysis = _seed_analysis()
    clutter = {ident: [b.text for b in c.clutter] for ident, c in analysis.clean.items()}
    body = {ident: " ".join(b.text for b in c.body) for ident, c in analysis.clean.items()}
    assert any(t.startswith("+++ Olaf Scholz") for t in clutter["2022-08-brief-zum-befreiungstag"])
    assert "Mehr Politik-News:" in clutter["2022-08-brief-zum-befreiungstag"]
    news_de = clutter["2024-06-putins-waffen-deal"]
    assert "Lesen Sie auch:" in news_de and "Wladimir Putin bekommt Munition von Nordkorea für Ukraine-Krieg" in news_de
    assert any(t.startswith("Folgen Sie News.de") for t in news_de) and "Themen:" in news_de
    assert "Lese-Tipp: Nordkorea erklärt Sieg im Kampf gegen Corona" in clutter["2022-08-tyrannen-unter-sich"]
    swiss = analysis.clean["2025-12-neujahrsbrief"]
    assert "65 Interaktionen" in clutter["2025-12-neujahrsbrief"] and "MEHR AUS RUSSLAND" in clutter["2025-12-neujahrsbrief"]
    assert [b.text for b in swiss.comments if b.kind == "comment_author"] == ["User #6479 (nicht angemeldet)", "User #7244 (nicht angemeldet)"]
    assert "Bodenschätzen" not in body["2025-12-neujahrsbrief"]
    assert "Interaktionen" not in body["2025-12-neujahrsbrief"]
    assert "Lese-Tipp" not in body["2022-08-tyrannen-unter-sich"]


def test_seed_parts_are_recognised():
    _, analysis = _seed_analysis()
    swiss = analysis.clean["2025-12-neujahrsbrief"]
    kinds = {b.kind for b in swiss.blocks}
    assert {"kicker", "title", "byline", "lead", "caption", "heading", "list_item", "paragraph"} <= kinds
    assert analysis.clean["2022-08-brief-zum-befreiungstag"].stated_date == "2022-08"
    assert analysis.clean["2022-08-brief-zum-befreiungstag"].signature == "ari"
    assert analysis.clean["2022-08-tyrannen-unter-sich"].signature == "eon/dpa"
    assert analysis.clean["2023-06-kims-botschaft-zum-russland-tag"].blocks[1].kind == "byline"
    credit = [b for b in analysis.clean["2022-08-tyrannen-unter-sich"].blocks if b.text == "PAG jai pil, dpa, Alexander Zemlianichenko"]
    assert credit and credit[0].kind == "credit"


def test_general_rules_on_an_unseen_page():
    page = clean(
        "Politik\nNeue Regeln für Radfahrer\n\nVon Max Mustermann\n\n"
        "Ab Montag gelten neue Regeln. Das Ministerium hat sie am Freitag beschlossen.\n\n"
        "Read more: Something else\nAuch interessant: Die besten Räder\n\n"
        "Was sich ändert\n\n• Helmpflicht für Kinder\n• Neue Ampeln\n\n"
        "Ein Radfahrer in Berlin. Foto: dpa\n\nFolgen Sie uns auf Instagram und Telegram\n\n"
        "Kommentare (2)\n\nLeser42 schrieb:\nDas ist gut so.\n",
        title="Neue Regeln für Radfahrer", kicker="Politik")
    kinds = [(b.kind, b.text) for b in page.blocks]
    assert ("byline", "Von Max Mustermann") in kinds
    assert ("lead", "Ab Montag gelten neue Regeln. Das Ministerium hat sie am Freitag beschlossen.") in kinds
    assert ("clutter", "Auch interessant: Die besten Räder") in kinds and ("clutter", "Read more: Something else") in kinds
    assert ("heading", "Was sich ändert") in kinds
    assert ("list_item", "Helmpflicht für Kinder") in kinds
    assert ("caption", "Ein Radfahrer in Berlin. Foto: dpa") in kinds
    assert ("comment", "Das ist gut so.") in kinds and ("comment_author", "Leser42 schrieb:") in kinds


def test_overrides_force_lines_and_unmatched_rules_fail():
    log = ProblemLog()
    page = clean("Titel\n\nLesen Sie auch:\nEin wichtiger Satz, der bleiben soll.\n\nEin normaler Absatz mit Inhalt.\n",
                 log, overrides=[override("Ein wichtiger Satz", "body"), override("Ein normaler", "clutter"),
                                 override("Gibt es nicht", "clutter", line=9)])
    kinds = {b.text: b.kind for b in page.blocks}
    assert kinds["Ein wichtiger Satz, der bleiben soll."] in ("paragraph", "lead")
    assert kinds["Ein normaler Absatz mit Inhalt."] == "clutter"
    assert [str(p) for p in log.problems] == [
        "content/articles.yml:9: article 'a': cleaning rule 'Gibt es nicht' matches no line of seeds/a.txt"]


def test_paragraph_anchors_are_stable_and_unique():
    page = clean("Titel\n\nErster Absatz hier.\n\nZweiter Absatz hier.\n\n• Punkt eins\n")
    anchors = [b.anchor for b in page.blocks]
    assert len(anchors) == len(set(anchors))
    assert [b.anchor for b in page.body] == ["p1", "p2", "p3"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_cleaner_never_crashes(text):
    page = clean(text or "x")
    assert all(b.text.strip() for b in page.blocks)


def test_byline_by_the_yaml_authors_whatever_their_names_look_like():
    text = "Titel\n\n{}\n\nErster langer Absatz mit vielen Wörtern hier.\n\nZweiter Absatz hier mit Text.\n"
    assert clean(text.format("Von: Autor 7"), authors=["Autor 7"]).blocks[1].kind == "byline"
    assert clean(text.format("von anna roth und Max li"), authors=["Anna Roth", "Max Li"]).blocks[1].kind == "byline"
    assert clean(text.format("Von: Autor 7"), authors=["Anna Roth"]).blocks[1].kind != "byline"  # not this article's author
    assert clean(text.format("Von Anna Roth und einem Gast"), authors=["Anna Roth"]).blocks[1].kind != "byline"


def test_byline_rule_takes_comma_and_slash_separated_names_and_places():
    for line in ("Von Anna Roth, Berlin", "Von Anna Roth / Max Li", "By Anna Roth and Max Li", "Von Anna Roth & Max Li"):
        assert rule_kind(line) == "byline", line
    assert rule_kind("Von Moskau bis Pjöngjang") != "byline"


def test_every_clutter_reason_has_a_label_in_every_language():
    """Reasons are keys; the page shows them in the dossier's language (an English dossier, English reasons)."""
    from pathlib import Path

    import yaml

    from generator.intake import cleaning

    reasons = {reason for _, reason in cleaning._BLOCKS.values() if reason} | {"editor", "headline_copy", "date_line"}
    assert {"photo_credit", "source_line", "teaser", "ad", "widget"} <= reasons
    for language in ("de", "en"):
        labels = yaml.safe_load((Path(cleaning.__file__).parent.parent / "pages" / "labels" / f"{language}.yml").read_text(encoding="utf-8"))
        assert reasons <= set(labels["clutter_reasons"]), language
