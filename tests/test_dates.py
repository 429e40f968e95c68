import pytest
from hypothesis import given, strategies as st

from generator.model.dates import DateSpec, DateSyntaxError, PartialDate, parse_date


@pytest.mark.parametrize("text, german, english", [
    ("2022", "2022", "2022"),
    ("2022-08", "August 2022", "August 2022"),
    ("2022-08-15", "15. August 2022", "15 August 2022"),
    ("2024-04/2024-06", "April bis Juni 2024", "April to June 2024"),
    ("2022-07/2025-04", "Juli 2022 bis April 2025", "July 2022 to April 2025"),
    ("2024-06-18/2024-06-19", "18. bis 19. Juni 2024", "18 to 19 June 2024"),
    ("1910/1945", "1910 bis 1945", "1910 to 1945"),
    ("~2019", "um 2019", "c. 2019"),
    ("ca. 2019-04", "um April 2019", "c. April 2019"),
    ("2025-04/", "seit April 2025", "since April 2025"),
])
def test_formats_no_more_precisely_than_known(text, german, english):
    date = parse_date(text)
    assert date.format("de") == german
    assert date.format("en") == english


@pytest.mark.parametrize("text, message", [
    ("2022-13", "'2022-13' has no month 13"),
    ("2022-02-30", "'2022-02-30' is not a day of February 2022"),
    ("2023-02-29", "'2023-02-29' is not a day of February 2023"),
    ("2024-06/2024-04", "range '2024-06/2024-04' ends before it starts"),
    ("August 2022", "'August 2022' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"),
    ("2022-8", "'2022-8' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"),
])
def test_impossible_dates_are_errors(text, message):
    with pytest.raises(DateSyntaxError) as error:
        parse_date(text)
    assert str(error.value) == message


def test_leap_day_is_a_date():
    assert parse_date("2024-02-29").start == PartialDate(2024, 2, 29)


def test_mixed_precision_sorts_coarse_first():
    texts = ["2022-08-15", "2022-08", "2022", "2022-08-01", "2021-12-31", "~2022-08", "2022-08/2022-09"]
    ordered = sorted(texts, key=lambda t: parse_date(t).sort_key)
    assert ordered[:2] == ["2021-12-31", "2022"]
    assert ordered.index("2022-08") < ordered.index("2022-08-01") < ordered.index("2022-08-15")
    assert ordered.index("2022-08") < ordered.index("2022-08/2022-09")


def test_span_of_month_and_open_end():
    assert parse_date("2024-02").span() == ((2024, 2, 1), (2024, 2, 29))
    assert parse_date("2025-04/").span() == ((2025, 4, 1), None)


partial_dates = st.builds(
    lambda y, m, d: (y, m, d), st.integers(1900, 2100), st.integers(0, 12), st.integers(0, 28))


def _iso(parts):
    y, m, d = parts
    return f"{y:04d}" + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if m and d else "")


@given(partial_dates)
def test_roundtrip_iso(parts):
    date = parse_date(_iso(parts))
    assert date.iso() == _iso(parts)
    assert parse_date(date.iso()) == date


@given(partial_dates, partial_dates)
def test_sort_key_respects_calendar_order(a, b):
    first, second = parse_date(_iso(a)), parse_date(_iso(b))
    if first.start.first_day() < second.start.first_day():
        assert first.sort_key < second.sort_key


@given(partial_dates)
def test_german_text_never_invents_a_day(parts):
    date = parse_date(_iso(parts))
    text = date.format("de")
    assert ("." in text) == (date.start.precision == "day")


@given(st.text(max_size=30))
def test_parser_raises_only_its_own_error(text):
    try:
        result = parse_date(text)
    except DateSyntaxError:
        return
    assert isinstance(result, DateSpec)
