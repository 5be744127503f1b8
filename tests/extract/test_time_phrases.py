"""extract/time_phrases.py and time_numbers.py: what a time phrase means, without the model."""

from datetime import date

import pytest

from claimcheck.extract.time_numbers import anniversary_number, apply_qualifier, parse_count, parse_ordinal
from claimcheck.extract.time_phrases import parse_time_phrase, resolve_relative

ON = date(2025, 6, 1)


@pytest.mark.parametrize("text, kind, first, last, granularity", [
    ("October 1946", "date", date(1946, 10, 1), date(1946, 10, 31), "month"),
    ("in 2023", "year", date(2023, 1, 1), date(2023, 12, 31), "year"),
    ("March 2016", "date", date(2016, 3, 1), date(2016, 3, 31), "month"),
    ("March 22, 2023", "date", date(2023, 3, 22), date(2023, 3, 22), "day"),
    ("22 March 2023", "date", date(2023, 3, 22), date(2023, 3, 22), "day"),
    ("2025-06-01", "date", date(2025, 6, 1), date(2025, 6, 1), "day"),
    ("the late 1990s", "year", date(1997, 1, 1), date(1999, 12, 31), "decade"),
    ("the 1960s", "year", date(1960, 1, 1), date(1969, 12, 31), "decade"),
    ("the summer of 2022", "date", date(2022, 6, 1), date(2022, 8, 31), "season"),
    ("the 19th century", "year", date(1801, 1, 1), date(1900, 12, 31), "century"),
])
def test_absolute_dates(text, kind, first, last, granularity):
    p = parse_time_phrase(text)
    assert (p.kind, p.earliest, p.latest, p.granularity) == (kind, first, last, granularity)


def test_ranges_and_fiscal_years_are_marked():
    assert parse_time_phrase("2019-20").relation == "range"
    assert parse_time_phrase("2019-20").latest == date(2020, 12, 31)
    assert parse_time_phrase("fiscal 2024").fiscal


@pytest.mark.parametrize("text, first, last", [
    ("next year", date(2026, 1, 1), date(2026, 12, 31)),
    ("last year", date(2024, 1, 1), date(2024, 12, 31)),
    ("this year", date(2025, 1, 1), date(2025, 12, 31)),
    ("two years ago", date(2023, 1, 1), date(2023, 12, 31)),
    ("last month", date(2025, 5, 1), date(2025, 5, 31)),
    ("a few years back", date(2020, 1, 1), date(2023, 12, 31)),
    ("several years ago", date(2016, 1, 1), date(2022, 12, 31)),
])
def test_relative_expressions_resolve_on_the_article_date(text, first, last):
    p = parse_time_phrase(text)
    assert p.kind == "relative" and p.needs_article_date
    assert resolve_relative(p, ON) == (first, last)


def test_vague_relative_words_are_intervals_not_points():
    p = parse_time_phrase("several years ago")
    assert (p.years_low, p.years_high) == (3, 9)
    assert parse_time_phrase("decades ago").years_high is None


@pytest.mark.parametrize("text, low, high, relation", [
    ("340 days", 340 / 365.25, 340 / 365.25, None),
    ("nearly a decade", 7.5, 10, None),
    ("about a decade", 8, 12, None),
    ("a decade-long", 8, 12, "long"),
    ("more than 20 years", 20, None, None),
    ("three years later", 3, 3, "later"),
    ("a year and a half", 1.5, 1.5, None),
    ("the past decade", 10, 10, "window"),
])
def test_durations(text, low, high, relation):
    p = parse_time_phrase(text)
    assert p.kind == "duration" and p.relation == relation
    assert p.years_low == pytest.approx(low)
    assert (p.years_high is None) if high is None else p.years_high == pytest.approx(high)


@pytest.mark.parametrize("text", ["Thursday", "March", "each year", "recent years", "the day"])
def test_phrases_that_name_nothing_checkable(text):
    assert parse_time_phrase(text) is None


@pytest.mark.parametrize("text, n", [
    ("100th anniversary", 100), ("the 40th anniversary", 40), ("centenary", 100),
    ("silver jubilee", 25), ("twenty-fifth anniversary", 25), ("bicentennial", 200),
])
def test_anniversary_numbers(text, n):
    assert anniversary_number(text) == n


def test_counts_ordinals_and_qualifiers():
    assert parse_count("two or three") == (2, 3)
    assert parse_count("a few") == (2, 5)
    assert parse_ordinal("hundredth") == 100 and parse_ordinal("21st") == 21
    assert apply_qualifier(10, 10, "nearly") == (7.5, 10)
    assert apply_qualifier(10, 10, "over") == (10, None)
    assert apply_qualifier(10, 10, "less than") == (0.0, 10)
