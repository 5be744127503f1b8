"""Values as sources write them ("371 days", "100 km", 4, 2016-04-01, "2023-09") → numbers
in SI base units or dates with their precision, and the intervals used to compare them.

pint does the unit arithmetic; a number whose unit pint does not know is a count of that
noun ("4 spaceflights"). A written number carries its own precision: "60 miles" is good to
the nearest ten, "62 miles" to the nearest mile, so comparisons allow half a unit of the
last written digit unless a tolerance is given.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

__all__ = [
    "Measure",
    "parse_measure",
    "parse_number",
    "convert",
    "date_bounds",
    "describe_date",
    "parse_when",
    "written_precision",
    "interval",
    "overlaps",
    "to_unit",
    "format_number",
]

_NUMBER = re.compile(r"^\s*([-+]?\d[\d,]*(?:\.\d+)?)\s*(.*?)\s*$")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1, "single": 1,
}


@dataclass(frozen=True)
class Measure:
    """A number with its unit: as written, and in SI base units (or the counted noun)."""

    number: float
    unit: str | None
    base_value: float
    base_unit: str | None
    dimension: str  # "length", "time", ..., "count", "number"
    decimals: int = 0  # digits after the point as written
    trailing_zeros: int = 0  # zeros before the point that may only be rounding ("60", "400")


@lru_cache(maxsize=1)
def _registry():
    import pint

    return pint.UnitRegistry()


def _dimension_name(dims) -> str:
    names = {"[length]": "length", "[time]": "time", "[mass]": "mass", "[temperature]": "temperature",
             "[current]": "current"}
    d = dict(dims)
    if len(d) == 1:
        (k, v), = d.items()
        if v == 1 and k in names:
            return names[k]
    if d == {"[length]": 1, "[time]": -1}:
        return "speed"
    return str(dims)


def _count_unit(unit: str) -> str:
    """The counted noun in a normal form: lower case, singular, "space flight" → "spaceflight"."""
    u = re.sub(r"\s+", " ", unit.strip().lower())
    u = u.replace("space flight", "spaceflight").replace("space-flight", "spaceflight")
    words = u.split(" ")
    last = words[-1]
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith("ss") and len(last) > 3:
        last = last[:-1]
    return " ".join(words[:-1] + [last])


def parse_number(text: str) -> float | None:
    t = text.strip().lower().replace(",", "")
    if t in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[t])
    try:
        return float(t)
    except ValueError:
        return None


def _precision(number_text: str) -> tuple[int, int]:
    t = number_text.replace(",", "")
    if "." in t:
        return len(t.split(".", 1)[1]), 0
    digits = t.lstrip("+-")
    return 0, len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0


def parse_measure(value, unit: str | None = None) -> Measure | None:
    """A number with a unit from a source value: 4 (with ``unit``), "371 days", "100 km".

    value (str | int | float): the value as written in the sheet.
    unit (str): the unit when the value is a bare number ("spaceflight", "km").
    RETURNS (Measure | None): None when the value is not a number.
    """
    try:  # remembered: every article's figures are read again for each source check
        return _remembered_measure(value, unit)
    except TypeError:  # an unhashable value (a list in a sheet): read it, unremembered
        return _read_measure(value, unit)


def _read_measure(value, unit: str | None = None) -> Measure | None:
    """:func:`parse_measure`'s reading, unremembered."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number_text, rest = repr(value), ""
    else:
        m = _NUMBER.match(str(value))
        if not m:
            return None
        number_text, rest = m.group(1), m.group(2)
    number = parse_number(number_text)
    if number is None:
        return None
    unit = (rest or unit or "").strip() or None
    decimals, zeros = _precision(number_text)
    if unit is None:
        return Measure(number, None, number, None, "number", decimals, zeros)
    converted = convert(number, unit)
    if converted is None:
        noun = _count_unit(unit)
        return Measure(number, unit, number, noun, "count", decimals, zeros)
    base_value, base_unit, dimension = converted
    return Measure(number, unit, base_value, base_unit, dimension, decimals, zeros)


#: typed: 1 and 1.0 are different keys, written with different decimals
_remembered_measure = lru_cache(maxsize=8192, typed=True)(_read_measure)


@lru_cache(maxsize=4096)  # pint parses the unit on every call; articles repeat their figures
def convert(number: float, unit: str) -> tuple[float, str, str] | None:
    """(value in SI base units, base unit, dimension name) for a pint unit; None otherwise."""
    ureg = _registry()
    try:
        q = ureg.Quantity(number, unit.replace("decades", "decade").replace("decade", "10 * year"))
        if str(q.units) == "dimensionless":
            return None
        base = q.to_base_units()
    except Exception:  # noqa: BLE001 - pint raises PintError, tokenize.TokenError, AssertionError … on odd units
        return None
    return float(base.magnitude), str(base.units), _dimension_name(q.dimensionality)


def to_unit(base_value: float, base_unit: str, unit: str) -> float | None:
    """Convert a base-unit magnitude into ``unit`` ("meter" → "mile"); None when they differ."""
    ureg = _registry()
    try:
        return float(ureg.Quantity(base_value, base_unit).to(unit).magnitude)
    except Exception:  # noqa: BLE001 - as in convert
        return None


def written_precision(number: float, decimals: int = 0, trailing_zeros: int = 0) -> float:
    """Half a unit of the last written digit: 62 → 0.5, 60 → 3, 7.8 → 0.05.

    Trailing zeros may be rounding ("60 miles") or exact ("400 days"): they allow half a
    unit of the last non-zero digit, but never more than 5% of the number.
    """
    if decimals:
        return 0.5 * 10 ** (-decimals)
    if trailing_zeros:
        return max(0.5, min(0.5 * 10 ** trailing_zeros, 0.05 * abs(number)))
    return 0.5


def interval(number: float, *, low: float | None = None, high: float | None = None,
             qualifier: str | None = None, tolerance: float | None = None,
             decimals: int = 0, trailing_zeros: int = 0) -> tuple[float, float]:
    """The values a written number admits, in its own unit.

    qualifier (str): "about" widens by 10%, "more than" opens upwards, "less than" downwards.
    tolerance (float): a relative tolerance that replaces the written precision.
    """
    if low is not None or high is not None:
        return (low if low is not None else -math.inf, high if high is not None else math.inf)
    q = (qualifier or "").lower().strip()
    slack = abs(number) * tolerance if tolerance is not None else written_precision(number, decimals, trailing_zeros)
    if q in {"more than", "over", "above", "at least", "exceeding", "upwards of", "in excess of", "nearly more than"}:
        return number - slack, math.inf
    if q in {"less than", "under", "below", "up to", "at most", "fewer than", "no more than"}:
        return -math.inf, number + slack
    if q in {"nearly", "almost", "just under", "close to", "approaching"}:
        return number * 0.85 - slack, number + slack
    if q in {"about", "around", "approximately", "roughly", "some", "circa", "c.", "an estimated",
             "estimated", "more or less", "approx.", "approx", "just over", "just above"}:
        return number * 0.9 - slack, number * 1.1 + slack
    return number - slack, number + slack


def overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def format_number(x: float) -> str:
    if abs(x - round(x)) < 1e-9:
        return f"{int(round(x)):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


# --------------------------------------------------------------------------- dates


def parse_when(value) -> tuple[date, str] | None:
    """A date and its precision from a sheet value: a YAML date, "2023-09", "2016"."""
    if isinstance(value, date):
        return value, "day"
    if isinstance(value, int) and 1000 <= value <= 2999:
        return date(value, 1, 1), "year"
    text = str(value).strip()
    try:
        return date.fromisoformat(text), "day"
    except ValueError:
        pass
    m = _YEAR_MONTH.match(text)
    if m and 1 <= int(m.group(2)) <= 12:
        return date(int(m.group(1)), int(m.group(2)), 1), "month"
    m = _YEAR.match(text)
    if m:
        return date(int(m.group(1)), 1, 1), "year"
    return None


def date_bounds(day: date, precision: str | None) -> tuple[date, date]:
    """The first and last day a date of this precision covers ("2016-03" → March 2016)."""
    if precision == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if precision == "month":
        return date(day.year, day.month, 1), date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
    return day, day


def describe_date(day: date, precision: str | None = "day") -> str:
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return f"{calendar.month_name[day.month]} {day.year}"
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"
