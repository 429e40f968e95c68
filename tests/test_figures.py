import pytest

from generator.model.figures import FigureSyntaxError, format_value, parse_figure


@pytest.mark.parametrize("text, value, qualifier", [
    ("100.000", 100_000, None),
    ("über 10'000", 10_000, "über"),
    ("über 10’000", 10_000, "über"),
    ("mehr als 10 000", 10_000, "mehr als"),
    ("fast fünf Millionen", 5_000_000, "fast"),
    ("1,5 Millionen", 1_500_000, None),
    ("rund 40.000", 40_000, "rund"),
    ("bis zu 12", 12, "bis zu"),
    ("3,7", 3.7, None),
])
def test_german_and_swiss_numbers(text, value, qualifier):
    assert parse_figure(text) == (value, qualifier)


def test_english_grouping():
    assert parse_figure("more than 10,000", "en") == (10_000, "more than")
    assert parse_figure("1.5 million", "en") == (1_500_000, None)


def test_not_a_number():
    with pytest.raises(FigureSyntaxError):
        parse_figure("viele")


def test_format_value_groups_by_language():
    assert format_value(100_000, "de") == "100.000"
    assert format_value(100_000, "en") == "100,000"
    assert format_value(1.5, "de") == "1,50"
