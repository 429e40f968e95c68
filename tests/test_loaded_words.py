"""Loaded words: the curated lexicon, the dossier's additions and removals, and each word in its sentence."""

from helpers import ORIGIN, entity, paragraphs
from support import ROOT
from generator import pipeline, rules
from generator.analysis import loaded_words
from generator.model.records import Dossier


def _dossier(language="de", loaded=(), neutral=()) -> Dossier:
    return Dossier("T", "", "", language, None, (), (), (), "1", None, tuple(loaded), tuple(neutral), ORIGIN)


def _flagged(text: str, dossier: Dossier | None = None, entities=()) -> list[tuple[str, str]]:
    lexicon = loaded_words.lexicon(dossier or _dossier(), {e.id: e for e in entities})
    return [(u.word, u.found) for u in loaded_words.find("a", paragraphs(text), lexicon)]


def test_lexicon_keeps_titles_and_roles_apart_from_loaded_words():
    for language, data in rules.load("loaded_words").items():
        assert len(data["loaded"]) >= 30 and len(data["neutral"]) >= 20, language
        assert not {w.casefold() for w in data["loaded"]} & {w.casefold() for w in data["neutral"]}, language
    de = rules.load("loaded_words")["de"]
    assert {"Bundesregierung", "Kanzler"} <= set(de["neutral"])


def test_titles_are_not_flagged_even_as_an_actors_epithets():
    scholz = entity("scholz", "Olaf Scholz", epithets=("Kanzler", "Bundeskanzlerin", "Zauderer"))
    regierung = entity("bundesregierung", "Bundesregierung", kind="organisation", epithets=("Bundesregierung",))
    text = ("Der Kanzler und die Bundesregierung widersprechen. Die Bundeskanzlerin schweigt. "
            "Kritiker nennen ihn einen Zauderer, der dem Regime in Pjöngjang nachgibt.")
    assert _flagged(text, entities=[scholz, regierung]) == [("Zauderer", "Zauderer"), ("Regime", "Regime")]


def test_words_match_with_their_endings_only():
    assert _flagged("Zwei Despoten und ein Diktators Regimes. Das Regiment marschiert.") == [
        ("Despot", "Despoten"), ("Diktator", "Diktators"), ("Regime", "Regimes")]
    assert _flagged("Ein dreistelliger Betrag wird irregulär gebucht.") == []


def test_the_dossier_extends_and_overrides_the_lexicon():
    text = "Das Regime pflegt eine Brieffreundschaft mit dem Kanzler."
    assert [w for w, _ in _flagged(text)] == ["Regime"]
    dossier = _dossier(loaded=["Brieffreundschaft", "Kanzler"], neutral=["Regime"])
    assert [w for w, _ in _flagged(text, dossier)] == ["Brieffreundschaft", "Kanzler"]


def test_english_dossiers_use_the_english_lexicon():
    text = "The chancellor and the government met the dictator's henchmen."
    assert _flagged(text, _dossier("en")) == [("dictator", "dictator"), ("henchmen", "henchmen")]


def test_each_use_keeps_its_sentence_shortened_around_the_word():
    long_before = " ".join(["Sehr"] * 40)
    text = f"Erster Satz ohne Wertung. {long_before} lange Einleitung über den Tyrannen und dann noch viel mehr Text, " \
           f"der weit über das Fenster hinausgeht und abgeschnitten werden muss, damit die Seite kurz bleibt. Letzter Satz."
    lexicon = loaded_words.lexicon(_dossier(), {})
    [use] = loaded_words.find("a", paragraphs(text), lexicon)
    assert use.found == "Tyrannen" and use.block == "p1"
    assert use.before.startswith("…") and use.before.endswith("lange Einleitung über den ")
    assert "Erster Satz" not in use.before and "Letzter Satz" not in use.after
    assert use.after.startswith(" und dann") and use.after.endswith(" …")
    assert len(use.before) <= loaded_words.CONTEXT + 1 and len(use.after) <= loaded_words.CONTEXT + 2


def test_comparison_page_shows_each_flagged_word_in_context():
    pages, result = pipeline.generate(ROOT)
    page = pages["quellenvergleich/index.md"]
    section = page.split("### Wertende Wörter im Zusammenhang", 1)[1].split("\n## ", 1)[0]
    assert '<mark class="dossier-mark">Tyrannen</mark> unter sich' in section
    assert "](../artikel/2022-08-tyrannen-unter-sich.md#k1)" in section
    assert "Schmieden gerade im Osten zwei <mark class=\"dossier-mark\">Despoten</mark> eine unheilige Allianz?" in section
    words = {u.word for u in result.analysis.loaded_uses}
    assert words and all(f"<strong>{w}</strong>" in section for w in words)
    assert not {"Präsident", "Staatschef", "Führer", "Kremlchef"} & words  # the seed's epithets that are titles
