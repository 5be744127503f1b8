"""units.py: pint conversions, the word tables, bounds as rule files state them."""

import pytest

from claimcheck.units import (UnitError, convert, dimension_of, format_measure, format_number, parse_measure,
                              to_base)


def test_miles_to_kilometres():
    assert convert(60, "mile", "kilometer") == pytest.approx(96.56, abs=0.01)
    assert format_measure(convert(60, "mile", "kilometer"), "kilometer") == "96.6 km"


def test_to_base_names_the_dimension():
    m = to_base(3700, "kilometer / hour")
    assert m.dimension == "speed" and m.unit == "meter / second"
    assert m.value == pytest.approx(1027.78, abs=0.01)
    assert to_base(2, "kilogram").dimension == "mass"
    assert to_base(1, "mile ** 2").dimension == "area"
    assert dimension_of("day") == "time"


def test_decade_is_ten_years_not_pints_logarithmic_unit():
    value, unit = parse_measure("2 decades")
    assert (value, unit) == (20.0, "year")


def test_mach_is_defined():
    value, unit = parse_measure("Mach 5")
    assert to_base(value, unit).value == pytest.approx(5 * 340.3)


@pytest.mark.parametrize("text, value, unit", [
    ("160 km", 160.0, "kilometer"),
    ("1,062 km/h", 1062.0, "kilometer / hour"),
    ("122 years", 122.0, "year"),
    ("299,792 km/s", 299792.0, "kilometer / second"),
])
def test_parse_measure(text, value, unit):
    assert parse_measure(text) == (value, unit)


@pytest.mark.parametrize("bad", ["160", "km 160", "160 kmm", ""])
def test_parse_measure_rejects(bad):
    with pytest.raises(UnitError):
        parse_measure(bad)


def test_format_number():
    assert format_number(96.56064) == "96.6"
    assert format_number(1234.5) == "1,234"
    assert format_number(0.254) == "0.254"
