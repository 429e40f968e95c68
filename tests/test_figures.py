"""The figure reader: what German and English news write, as values, intervals and units."""

import math

import pytest

from generator.model.figures import FigureSyntaxError, disagree, find_figures, format_value, parse_figure


@pytest.mark.parametrize("text, lang, value, low, high, unit, approximate", [
    ("rund 21 Prozent", "de", 21, 19.95, 22.05, "%", True),
    ("21%", "de", 21, 21, 21, "%", False),
    ("zwei Drittel", "de", 2 / 3, 2 / 3, 2 / 3, "Anteil", False),
    ("gut ein Fünftel", "de", 0.2, 0.2, 0.22, "Anteil", True),
    ("die Hälfte", "de", 0.5, 0.5, 0.5, "Anteil", False),
    ("zwölf", "de", 12, 12, 12, None, False),
    ("1,5 Billionen Euro", "de", 1.5e12, 1.5e12, 1.5e12, "EUR", False),
    ("1.5 billion dollars", "en", 1.5e9, 1.5e9, 1.5e9, "USD", False),
    ("$5bn", "en", 5e9, 5e9, 5e9, "USD", False),
    ("3 trillion", "en", 3e12, 3e12, 3e12, None, False),
    ("1,5 Mrd. Euro", "de", 1.5e9, 1.5e9, 1.5e9, "EUR", False),
    ("2,3 Mio. US-Dollar", "de", 2.3e6, 2.3e6, 2.3e6, "USD", False),
    ("über 10'000", "de", 10000, 10000, None, None, True),
    ("more than 120,000", "en", 120000, 120000, None, None, True),
    ("bis zu 50", "de", 50, None, 50, None, True),
    ("knapp 7500", "de", 7500, 6750, 7500, None, True),
    ("fast fünf Millionen", "de", 5e6, 4.5e6, 5e6, None, True),
    ("20 bis 25", "de", 20, 20, 25, None, False),
    ("20–25 Prozent", "de", 20, 20, 25, "%", False),
    ("zwischen 20 und 25 Millionen", "de", 20e6, 20e6, 25e6, None, False),
    ("20.000", "de", 20000, 20000, 20000, None, False),
    ("20,000", "en", 20000, 20000, 20000, None, False),
    ("1,5", "de", 1.5, 1.5, 1.5, None, False),
    ("1.5", "en", 1.5, 1.5, 1.5, None, False),
    ("3 Prozentpunkte", "de", 3, 3, 3, "Prozentpunkte", False),
    ("about 9 per cent", "en", 9, 8.5, 9.5, "%", True),
])
def test_parse_figure(text, lang, value, low, high, unit, approximate):
    figure = parse_figure(text, lang)
    assert math.isclose(figure.value, value, rel_tol=1e-4)
    assert (figure.low is None) == (low is None) and (low is None or math.isclose(figure.low, low, rel_tol=1e-4))
    assert (figure.high is None) == (high is None) and (high is None or math.isclose(figure.high, high, rel_tol=1e-4))
    assert (figure.unit, figure.approximate) == (unit, approximate)


def test_the_noun_counted_follows_the_number():
    assert parse_figure("mehr als 35.000 Stellen").counted == "Stellen"
    assert parse_figure("20.000 Soldaten").counted == "Soldaten"


def test_a_word_that_is_no_number_is_refused_with_an_example_that_works():
    with pytest.raises(FigureSyntaxError) as error:
        parse_figure("viele")
    example = str(error.value).split("e.g. ")[1].split(", ")[0].strip("'")
    parse_figure(example)


@pytest.mark.parametrize("a, b, differ", [
    ("rund 21 Prozent", "20,7 Prozent", False),  # the same figure, rounded differently
    ("21 Prozent", "21,4 Prozent", False),
    ("1,5 Millionen", "1,48 Millionen", False),
    ("über 10'000", "12.000", False),  # an open interval holds the other figure
    ("20.000", "22.000", True),
    ("fast fünf Millionen", "5,6 Millionen", True),
    ("21 Prozent", "21", False),  # different units are not compared
])
def test_figures_disagree_only_when_their_intervals_do_not_overlap(a, b, differ):
    assert disagree(parse_figure(a), parse_figure(b)) is differ


@pytest.mark.parametrize("text, found", [
    ("Volkswagen will bis 2030 mehr als 35.000 Stellen streichen.", ["mehr als 35.000"]),
    ("Am 7. Oktober kamen 2000 Menschen.", ["2000"]),
    ("Seit 1994 gilt das Gesetz; im Jahr 2019 waren es rund 21 Prozent.", ["rund 21 Prozent"]),
    ("Der 64-Jährige kam um 12.10 Uhr, Nr. 5 auf Platz 3.", []),
    ("Er verlor 3:6, 6:7 und wurde 3. im Rennen.", []),
    ("Thomas Weiland (45) von der Pizzeria Ciao.", []),
])
def test_find_figures_reads_amounts_not_years_dates_times_ages_or_ordinals(text, found):
    assert [f.figure.text for f in find_figures(text, "de")] == found


def test_format_value_groups_by_language():
    assert format_value(120_000, "de") == "120.000"
    assert format_value(120_000, "en") == "120,000"
    assert format_value(1.5, "de") == "1,5"
