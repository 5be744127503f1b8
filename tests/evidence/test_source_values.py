"""evidence/values.py: source values → numbers in base units and dates with precision."""

import math
from datetime import date

from claimcheck.evidence.values import (date_bounds, describe_date, interval, parse_measure, parse_when,
                                        written_precision)


def test_physical_units_normalise_through_pint():
    m = parse_measure("371 days")
    assert m.dimension == "time" and m.base_unit == "second" and m.base_value == 371 * 86400
    km = parse_measure("100 km")
    mi = parse_measure(62, "miles")
    assert km.dimension == mi.dimension == "length"
    assert abs(mi.base_value - km.base_value) / km.base_value < 0.01


def test_unknown_units_are_counted_nouns():
    m = parse_measure(4, "space flights")
    assert m.dimension == "count" and m.base_unit == "spaceflight" and m.number == 4


def test_text_is_not_a_measure():
    assert parse_measure("Klim Shipenko") is None
    assert parse_measure(True) is None


def test_written_precision_follows_the_last_digit():
    assert written_precision(62) == 0.5
    assert written_precision(60, trailing_zeros=1) == 3
    assert written_precision(1000, trailing_zeros=3) == 50
    assert written_precision(7.8, decimals=1) == 0.05


def test_qualifiers_widen_or_open_the_interval():
    assert interval(60, qualifier="more than", trailing_zeros=1)[1] == math.inf
    assert interval(60, qualifier="less than")[0] == -math.inf
    lo, hi = interval(100, qualifier="about")
    assert lo < 90.5 and hi > 109.5
    assert interval(340) == (339.5, 340.5)
    assert interval(5, low=3, high=7) == (3, 7)


def test_dates_keep_their_precision():
    assert parse_when(date(2016, 4, 1)) == (date(2016, 4, 1), "day")
    assert parse_when("2023-09") == (date(2023, 9, 1), "month")
    assert parse_when("2016") == (date(2016, 1, 1), "year")
    assert parse_when("next week") is None
    assert date_bounds(date(2016, 2, 1), "month") == (date(2016, 2, 1), date(2016, 2, 29))
    assert describe_date(date(2023, 9, 11)) == "11 September 2023"
    assert describe_date(date(2023, 9, 1), "month") == "September 2023"
