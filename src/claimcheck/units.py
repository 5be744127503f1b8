"""Units: the words news uses for them, and their conversion through pint.

One shared :class:`pint.UnitRegistry` (built on first use) converts every figure to base
units; the word tables map what articles write ("miles", "km/h", "£", "per cent") to pint
names. pint's ``decade`` is a logarithmic unit, so "decade" maps to ten years here, and
"Mach" is defined as the speed of sound at sea level (340.3 m/s). Rule files parse their
bounds with :func:`parse_measure`, so a typo in "160 kmm" fails when the rule loads.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # pragma: no cover
    import pint

__all__ = [
    "Measure",
    "UnitError",
    "registry",
    "UNIT_WORDS",
    "MULTI_WORD_UNITS",
    "CURRENCY_SYMBOLS",
    "CURRENCY_WORDS",
    "MAGNITUDES",
    "to_base",
    "dimension_of",
    "parse_measure",
    "convert",
    "format_number",
    "format_measure",
    "display",
    "unit_label",
]


class UnitError(ValueError):
    """A unit or measure pint cannot read."""


class Measure(NamedTuple):
    """A magnitude in base units with its dimension name ("length", "speed", …)."""

    value: float
    unit: str  # base unit, e.g. "meter", "meter / second"
    dimension: str


# What articles write → (pint unit, factor). Keys are lower-case single tokens as spaCy
# splits them ("km/h" is three tokens and lives in MULTI_WORD_UNITS).
UNIT_WORDS: dict[str, tuple[str, float]] = {}


def _add(unit: str, *words: str, factor: float = 1.0) -> None:
    for w in words:
        UNIT_WORDS[w] = (unit, factor)


_add("kilometer", "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers")
_add("meter", "metre", "metres", "meter", "meters")  # bare "m" is decided in context
_add("centimeter", "cm", "centimetre", "centimetres", "centimeter", "centimeters")
_add("millimeter", "mm", "millimetre", "millimetres", "millimeter", "millimeters")
_add("mile", "mile", "miles", "mi")
_add("nautical_mile", "nm")
_add("foot", "foot", "feet", "ft")
_add("inch", "inch", "inches")
_add("yard", "yard", "yards", "yd", "yds")
_add("kilogram", "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes")
_add("gram", "gram", "grams", "gramme", "grammes")
_add("tonne", "tonne", "tonnes")
_add("ton", "ton", "tons")
_add("pound", "lb", "lbs")
_add("stone", "stone")
_add("ounce", "oz", "ounce", "ounces")
_add("second", "second", "seconds", "sec", "secs")
_add("minute", "minute", "minutes", "min", "mins")
_add("hour", "hour", "hours", "hr", "hrs")
_add("day", "day", "days")
_add("week", "week", "weeks")
_add("month", "month", "months")
_add("year", "year", "years", "yr", "yrs")
_add("year", "decade", "decades", factor=10.0)
_add("year", "century", "centuries", factor=100.0)
_add("kilometer / hour", "kph", "kmh", "km/h")
_add("mile / hour", "mph")
_add("kilometer / second", "km/s")
_add("meter / second", "m/s")
_add("knot", "knot", "knots")
_add("mach", "mach")
_add("percent", "%", "percent", "pc")
_add("hectare", "hectare", "hectares", "ha")
_add("acre", "acre", "acres")
_add("liter", "litre", "litres", "liter", "liters")
_add("gallon", "gallon", "gallons")
_add("degree_Celsius", "°c", "celsius", "centigrade")
_add("degree_Fahrenheit", "°f", "fahrenheit")
_add("watt", "watt", "watts")
_add("kilowatt", "kw", "kilowatt", "kilowatts")
_add("megawatt", "mw", "megawatt", "megawatts")
_add("gigawatt", "gw", "gigawatt", "gigawatts")
_add("kilowatt_hour", "kwh")
_add("light_year", "light-year", "light-years")

# Several tokens (lower case) → pint unit, longest first when matching.
MULTI_WORD_UNITS: dict[tuple[str, ...], tuple[str, float]] = {
    ("km", "/", "h"): ("kilometer / hour", 1.0),
    ("km", "/", "hr"): ("kilometer / hour", 1.0),
    ("km", "per", "hour"): ("kilometer / hour", 1.0),
    ("kilometres", "per", "hour"): ("kilometer / hour", 1.0),
    ("kilometers", "per", "hour"): ("kilometer / hour", 1.0),
    ("kilometres", "an", "hour"): ("kilometer / hour", 1.0),
    ("kilometers", "an", "hour"): ("kilometer / hour", 1.0),
    ("miles", "per", "hour"): ("mile / hour", 1.0),
    ("miles", "an", "hour"): ("mile / hour", 1.0),
    ("m", "/", "s"): ("meter / second", 1.0),
    ("metres", "per", "second"): ("meter / second", 1.0),
    ("meters", "per", "second"): ("meter / second", 1.0),
    ("metres", "a", "second"): ("meter / second", 1.0),
    ("km", "/", "s"): ("kilometer / second", 1.0),
    ("km", "per", "second"): ("kilometer / second", 1.0),
    ("kilometres", "per", "second"): ("kilometer / second", 1.0),
    ("kilometers", "per", "second"): ("kilometer / second", 1.0),
    ("kilometres", "a", "second"): ("kilometer / second", 1.0),
    ("miles", "per", "second"): ("mile / second", 1.0),
    ("miles", "a", "second"): ("mile / second", 1.0),
    ("per", "cent"): ("percent", 1.0),
    ("percentage", "points"): ("percent", 1.0),
    ("square", "miles"): ("mile ** 2", 1.0),
    ("square", "mile"): ("mile ** 2", 1.0),
    ("sq", "miles"): ("mile ** 2", 1.0),
    ("square", "kilometres"): ("kilometer ** 2", 1.0),
    ("square", "kilometers"): ("kilometer ** 2", 1.0),
    ("sq", "km"): ("kilometer ** 2", 1.0),
    ("km2",): ("kilometer ** 2", 1.0),
    ("square", "metres"): ("meter ** 2", 1.0),
    ("square", "meters"): ("meter ** 2", 1.0),
    ("sq", "m"): ("meter ** 2", 1.0),
    ("square", "feet"): ("foot ** 2", 1.0),
    ("sq", "ft"): ("foot ** 2", 1.0),
    ("light", "years"): ("light_year", 1.0),
    ("light", "-", "years"): ("light_year", 1.0),
    ("light", "year"): ("light_year", 1.0),
    ("light", "-", "year"): ("light_year", 1.0),
    ("nautical", "miles"): ("nautical_mile", 1.0),
    ("degrees", "celsius"): ("degree_Celsius", 1.0),
    ("degrees", "c"): ("degree_Celsius", 1.0),
    ("degrees", "fahrenheit"): ("degree_Fahrenheit", 1.0),
    ("degrees", "f"): ("degree_Fahrenheit", 1.0),
    ("°", "c"): ("degree_Celsius", 1.0),
    ("°", "f"): ("degree_Fahrenheit", 1.0),
}
MAX_UNIT_TOKENS = max(len(k) for k in MULTI_WORD_UNITS)

# Currency written before the number, and currency words written after it.
CURRENCY_SYMBOLS: dict[str, str] = {
    "£": "GBP", "$": "USD", "us$": "USD", "€": "EUR", "¥": "JPY", "₹": "INR", "rs": "INR",
    "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "hk$": "HKD", "nz$": "NZD",
    "usd": "USD", "gbp": "GBP", "eur": "EUR", "jpy": "JPY", "chf": "CHF", "cny": "CNY",
}
CURRENCY_WORDS: dict[str, tuple[str, float]] = {
    "dollar": ("USD", 1.0), "dollars": ("USD", 1.0), "euro": ("EUR", 1.0), "euros": ("EUR", 1.0),
    "yen": ("JPY", 1.0), "yuan": ("CNY", 1.0), "renminbi": ("CNY", 1.0), "rupee": ("INR", 1.0),
    "rupees": ("INR", 1.0), "pence": ("GBP", 0.01), "p": ("GBP", 0.01), "cents": ("USD", 0.01),
    "cent": ("USD", 0.01), "usd": ("USD", 1.0), "gbp": ("GBP", 1.0), "eur": ("EUR", 1.0),
    "francs": ("CHF", 1.0), "roubles": ("RUB", 1.0), "rubles": ("RUB", 1.0),
}

# Words that multiply the number before them ("1.5 million", "£5m", "$2bn").
MAGNITUDES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}

_DIMENSIONS: dict[tuple[tuple[str, int], ...], str] = {
    (("[length]", 1),): "length",
    (("[length]", 2),): "area",
    (("[length]", 3),): "volume",
    (("[mass]", 1),): "mass",
    (("[time]", 1),): "time",
    (("[length]", 1), ("[time]", -1)): "speed",
    (("[temperature]", 1),): "temperature",
    (("[length]", 2), ("[mass]", 1), ("[time]", -2)): "energy",
    (("[length]", 2), ("[mass]", 1), ("[time]", -3)): "power",
    (): "ratio",
}


@lru_cache(maxsize=1)
def registry() -> "pint.UnitRegistry":
    """The one pint registry, with the units news needs that pint lacks."""
    import pint

    ureg = pint.UnitRegistry()
    ureg.define("mach = 340.3 * meter / second")
    return ureg


@lru_cache(maxsize=512)
def _base_of(unit: str) -> tuple[float, float, str, str]:
    """(scale, offset, base unit, dimension) so that base = scale * value + offset."""
    ureg = registry()
    try:
        q0 = ureg.Quantity(0.0, unit).to_base_units()
        q1 = ureg.Quantity(1.0, unit).to_base_units()
    except Exception as exc:  # pint raises several error types for unknown units
        raise UnitError(f"unknown unit {unit!r}") from exc
    dims = tuple(sorted((str(k), int(v)) for k, v in q1.dimensionality.items()))
    dimension = _DIMENSIONS.get(dims) or "·".join(f"{k.strip('[]')}^{v}" for k, v in dims)
    return float(q1.magnitude - q0.magnitude), float(q0.magnitude), str(q1.units), dimension


def to_base(value: float, unit: str) -> Measure:
    """Convert a figure in a pint unit to base units ("60", "mile" → 96560.64 meter)."""
    scale, offset, base, dimension = _base_of(unit)
    return Measure(value * scale + offset, base, dimension)


def dimension_of(unit: str) -> str:
    return _base_of(unit)[3]


def convert(value: float, unit: str, target: str) -> float:
    """Convert a figure from one pint unit to another."""
    ureg = registry()
    try:
        return float(ureg.Quantity(value, unit).to(target).magnitude)
    except Exception as exc:
        raise UnitError(f"cannot convert {unit!r} to {target!r}: {exc}") from None


def parse_measure(text: str) -> tuple[float, str]:
    """Read "160 km", "1,235 km/h", "122 years" or "Mach 5" as (value, pint unit).

    text (str): a number then a unit, as a rule file states a bound.
    RETURNS (tuple[float, str]): the number and the pint unit name; raises UnitError.
    """
    raw = str(text).strip()
    words = raw.replace(",", "").split()
    if len(words) == 2 and words[0].lower() == "mach":
        words = [words[1], "mach"]
    if len(words) < 2:
        raise UnitError(f"{raw!r} needs a number and a unit, e.g. '160 km'")
    try:
        value = float(words[0])
    except ValueError:
        raise UnitError(f"{raw!r} does not start with a number") from None
    unit_text = " ".join(words[1:])
    key = unit_text.lower()
    unit, factor = UNIT_WORDS.get(key) or MULTI_WORD_UNITS.get(tuple(key.split()), (unit_text, 1.0))
    if factor != 1.0:
        value, unit = value * factor, unit
    _base_of(unit)  # raises UnitError for units pint does not know
    return value, unit


_LABELS = {"year": "years", "day": "days", "week": "weeks", "month": "months", "hour": "hours",
           "minute": "minutes", "second": "s", "mach": "Mach", "percent": "%"}


def unit_label(unit: str) -> str:
    """A short label for a pint unit in messages: "km", "km/h", "mi", "years"."""
    if unit in _LABELS:
        return _LABELS[unit]
    try:
        return f"{registry().Unit(unit):~P}"
    except Exception:  # a currency code or a counted noun
        return unit


def format_measure(value: float, unit: str) -> str:
    """"96.6 km", "Mach 5", "130 years"."""
    if unit == "mach":
        return f"Mach {format_number(value)}"
    label = unit_label(unit)
    return f"{format_number(value)}{'' if label == '%' else ' '}{label}"


_DISPLAY: dict[str, list[tuple[float, str]]] = {  # dimension → (threshold in base units, unit), largest first
    "length": [(1000.0, "kilometer"), (0.0, "meter")],
    "speed": [(0.0, "kilometer / hour")],
    "time": [(31557600.0, "year"), (86400.0, "day"), (3600.0, "hour"), (60.0, "minute"), (0.0, "second")],
    "mass": [(1000.0, "tonne"), (0.0, "kilogram")],
    "area": [(1e6, "kilometer ** 2"), (0.0, "meter ** 2")],
    "volume": [(1.0, "meter ** 3"), (0.0, "liter")],
}


def display(value: float, base_unit: str, dimension: str | None) -> str:
    """A base-unit magnitude in a unit a reader knows ("96.6 km", "340 days", "12,000,000 USD")."""
    for threshold, unit in _DISPLAY.get(dimension or "", []):
        if abs(value) >= threshold:
            try:
                return format_measure(convert(value, base_unit, unit), unit)
            except UnitError:
                break
    return f"{format_number(value)} {base_unit}"


def format_number(value: float, digits: int = 3) -> str:
    """A figure for a message: three significant digits, thousands separated ("96.6", "1,235")."""
    if value == 0:
        return "0"
    if abs(value) >= 10 ** digits:
        return f"{value:,.0f}"
    text = f"{value:.{digits}g}"
    if "e" in text:
        text = f"{value:,.{max(digits - 1, 0)}f}"
    return text
