"""Article numbers as intervals in base units, and whether a source value falls inside.

A written number admits half a unit of its last digit (see ``values.interval``), a
qualifier widens or opens it; a source fact admits its ``low``/``high`` range or its
tolerance. Units compare through a key: the SI base unit, or the counted noun folded like
record titles ("space flights" and "missions" are both ``count:spaceflight``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..facts import Quantity, SourceFact
from .keys import phrase_key
from .values import interval, overlaps, parse_measure

__all__ = ["Number", "count_key", "unit_key", "article_number", "fact_interval", "fact_unit_key", "matches",
           "quantity_number"]

_NUMBER_TEXT = re.compile(r"\d[\d,]*(?:\.\d+)?")


@dataclass(frozen=True)
class Number:
    """An article number as an interval in base units, with the key of its unit."""

    low: float
    high: float
    unit_key: str | None
    text: str


def count_key(noun: str | None) -> str:
    """ "space flights", "missions" → "count:spaceflight" (synonyms folded like record titles)."""
    return "count:" + " ".join(sorted(phrase_key(noun or ""))) if noun else "count:"


def unit_key(unit: str | None, number: float = 1.0) -> str | None:
    if not unit:
        return None
    m = parse_measure(number, unit)
    if m is None:
        return None
    return count_key(m.base_unit) if m.dimension == "count" else m.base_unit


def article_number(number: float, unit: str | None, text: str, *, low=None, high=None,
                    qualifier: str | None = None, tolerance: float | None = None) -> Number | None:
    m = parse_measure(number, unit)
    if m is None:
        return None
    digits = _NUMBER_TEXT.search(text or "")
    w = parse_measure(digits.group(0)) if digits else None
    decimals, zeros = (w.decimals, w.trailing_zeros) if w else (0, 0)
    lo, hi = interval(number, low=low, high=high, qualifier=qualifier, tolerance=tolerance,
                      decimals=decimals, trailing_zeros=zeros)
    factor = m.base_value / m.number if m.number else 1.0
    key = count_key(m.base_unit) if m.dimension == "count" else m.base_unit
    if m.dimension == "number":
        key = None
    return Number(lo * factor, hi * factor, key, text)


def fact_interval(f: SourceFact) -> tuple[float, float] | None:
    if f.number is None:
        return None
    base = f.base_value if f.base_value is not None else f.number
    factor = base / f.number if f.number else 1.0
    if f.low is not None or f.high is not None:
        lo = f.low * factor if f.low is not None else float("-inf")
        hi = f.high * factor if f.high is not None else float("inf")
        return lo, hi
    slack = abs(base) * (f.tolerance or 1e-9)
    return base - slack, base + slack


def fact_unit_key(f: SourceFact) -> str | None:
    """The key of a source value's unit, from its unit as written (sheets and texts alike)."""
    if f.number is None:
        return None
    return unit_key(f.unit, f.number) if f.unit else None


def matches(n: Number, f: SourceFact) -> bool:
    iv = fact_interval(f)
    return iv is not None and overlaps((n.low, n.high), iv)


def quantity_number(q: Quantity, tolerance: float | None) -> Number | None:
    unit = q.unit
    if unit and parse_measure(q.value, unit) is None and q.base_unit:
        unit = q.base_unit
    return article_number(q.value, unit or q.base_unit, q.span.text, low=q.low, high=q.high,
                           qualifier=q.qualifier, tolerance=tolerance)
