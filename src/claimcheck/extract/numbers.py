"""Numbers as news writes them: "60", "3,700", "sixty", "twenty-five", "1.5 million", "$2bn".

:func:`parse_number` reads the words of one number (spaCy tokens, lower case) and returns
its value and its *step*: the size of the last written digit ("62" → 1, "1.5 million" →
100,000), which the kinds use as rounding tolerance. Pure functions, no spaCy.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..units import MAGNITUDES

__all__ = ["ParsedNumber", "parse_number", "NUMBER_WORDS", "is_number_word", "GLUED"]

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
NUMBER_WORDS = frozenset(ONES) | frozenset(TENS) | frozenset(SCALES) | {"dozen"}

# "1.13bn", "5m", "30k" when the tokenizer keeps the suffix on the number
GLUED = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(bn|m|mn|k|tn|trn|million|billion|trillion)$", re.I)
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


class ParsedNumber(NamedTuple):
    value: float
    step: float  # size of the last written digit: the rounding a reader must allow


def is_number_word(word: str) -> bool:
    return word.lower() in NUMBER_WORDS


def _digits(text: str) -> ParsedNumber | None:
    if not _DIGITS.match(text):
        return None
    plain = text.replace(",", "")
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    return ParsedNumber(float(plain), 10.0 ** -decimals)


def parse_number(words: list[str]) -> ParsedNumber | None:
    """The value of the words of one number, or None when they are not one.

    words (list[str]): tokens, e.g. ["1.5", "million"], ["twenty", "-", "five"], ["a", "dozen"].
    RETURNS (ParsedNumber): value and step ("1.5 million" → 1,500,000 and 100,000).
    """
    words = [w.lower() for w in words if w not in {"-", "and", "‐"}]
    words = [w[:-1] if w.endswith(".") and w[:-1] in MAGNITUDES else w for w in words]  # "$12m." ends a sentence
    if not words:
        return None
    total = 0.0
    current: float | None = None
    step = 1.0
    for i, w in enumerate(words):
        glued = GLUED.match(w)
        if glued:
            base = _digits(glued.group(1))
            if base is None:
                return None
            factor = MAGNITUDES[glued.group(2).lower()]
            current = (current or 0) + base.value * factor
            step = base.step * factor
            continue
        d = _digits(w)
        if d is not None:
            if current is not None:
                return None  # two numbers side by side: "2004 60"
            current, step = d.value, d.step
            continue
        if w in ("a", "an") and i + 1 < len(words) and (words[i + 1] in SCALES or words[i + 1] == "dozen"):
            if current is None:
                current = 1.0
            continue
        if w == "half" and i + 1 < len(words):
            current = 0.5
            step = 0.5
            continue
        if w in ONES:
            current = (current or 0) + ONES[w]
            step = 1.0
        elif w in TENS:
            current = (current or 0) + TENS[w]
            step = 1.0
        elif w == "dozen":
            current = (current if current is not None else 1.0) * 12
            step = 1.0
        elif w in SCALES or w in MAGNITUDES:
            factor = SCALES.get(w) or MAGNITUDES[w]
            base = current if current is not None else (1.0 if w in SCALES else None)
            if base is None:
                return None
            if factor >= 1000:
                total += base * factor
                step = step * factor
                current = None
            else:
                current = base * factor
                step = step * factor
        else:
            return None
    value = total + (current or 0.0)
    return ParsedNumber(value, step)
