import pytest

from generator.analysis.anchoring import anchor_quote
from helpers import paragraphs

ARTICLE = paragraphs(
    "Der nordkoreanische Diktator Kim Jong-un schreibt. Dies unterstrich der nordkoreanische Diktator erneut.",
    "Die Beziehungen würden „in allen Bereichen stärker werden“, hieß es.",
    "Ein Wort mit wei\u00adchem Trenn\u00adzeichen und  doppeltem   Leerraum.")


def test_exact_match():
    result = anchor_quote(ARTICLE, "Kim Jong-un schreibt")
    assert (result.anchor.block, result.anchor.method, result.candidates) == ("p1", "exact", 1)


def test_prefix_picks_one_of_several():
    plain = anchor_quote(ARTICLE, "nordkoreanische Diktator")
    assert plain.candidates == 2 and plain.anchor.start == 4
    chosen = anchor_quote(ARTICLE, "nordkoreanische Diktator", prefix="Dies unterstrich der ")
    text = ARTICLE.body[0].text
    assert chosen.candidates == 1 and text[chosen.anchor.start:chosen.anchor.end] == "nordkoreanische Diktator"
    assert chosen.anchor.start > 40


def test_normalised_match_ignores_quote_style_whitespace_and_soft_hyphens():
    quoted = anchor_quote(ARTICLE, '"in allen Bereichen stärker werden"')
    assert quoted.anchor.method == "normalised" and quoted.anchor.block == "p2"
    spaced = anchor_quote(ARTICLE, "weichem Trennzeichen und doppeltem Leerraum")
    assert spaced.anchor.method == "normalised"
    text = ARTICLE.body[2].text
    assert text[spaced.anchor.start:spaced.anchor.end].startswith("wei\u00adchem")
    assert text[spaced.anchor.start:spaced.anchor.end].endswith("Leerraum")


def test_fuzzy_match_is_accepted_with_the_text_found():
    result = anchor_quote(ARTICLE, "Die Beziehung würden in allen Bereichen stärker werden")
    assert result.anchor.method == "fuzzy" and result.closest.startswith("Die Beziehungen würden")


def test_orphan_reports_closest_text():
    result = anchor_quote(ARTICLE, "Die Freundschaft wird ewig halten und niemals enden")
    assert result.anchor is None and result.closest


VW = paragraphs(
    "Der Konzern will nach Angaben des Betriebsrats mindestens drei VW-Werke «dichtmachen», hieß es in Wolfsburg.",
    "Die Werke in Emden und Zwickau würden geschlossen, sagte Kanzler Merz am Montag in Berlin.")


@pytest.mark.parametrize("quote, change", [
    ("mindestens vier VW-Werke «dichtmachen»", "a number"),
    ("mindestens 4 VW-Werke «dichtmachen»", "a number"),
    ("Die Werke in Emden und Zwickau würden nicht geschlossen", "a negation"),
    ("geschlossen, sagte Kanzler Scholz am Montag in Berlin", "a name"),
])
def test_an_approximate_match_that_changes_the_meaning_is_refused(quote, change):
    result = anchor_quote(VW, quote)
    assert result.differs_in == change and result.closest


def test_an_approximate_match_for_a_typo_is_still_accepted():
    result = anchor_quote(VW, "mindestens drei VW-Werke «dichtmachn»")
    assert result.anchor.method == "fuzzy" and result.differs_in == ""


def test_an_approximate_match_carries_no_stray_punctuation():
    result = anchor_quote(VW, "will nach Angaben des Betriebsrats mindestens drei VW-Werke dichtmache")
    assert result.closest.endswith("dichtmachen") and result.anchor.method == "fuzzy"
    text = next(b.text for b in VW.text_blocks if b.anchor == result.anchor.block)
    assert text[result.anchor.start:result.anchor.end] == result.closest
