"""Counts, ordinals and qualifiers of time phrases: "several" → 3–9, "100th" → 100.

The vocabulary that :mod:`claimcheck.extract.time_phrases` builds its patterns from, and
the small parsers for numbers written as words. Pure functions, no spaCy.
"""

from __future__ import annotations

import re

__all__ = [
    "UNIT_YEARS",
    "QUALIFIERS",
    "VAGUE",
    "ANNIVERSARY_WORDS",
    "JUBILEES",
    "int_word",
    "parse_count",
    "parse_ordinal",
    "anniversary_number",
    "apply_qualifier",
]

# --------------------------------------------------------------------------- vocabulary

UNIT_YEARS = {
    "day": 1 / 365.25, "week": 7 / 365.25, "fortnight": 14 / 365.25, "month": 1 / 12,
    "year": 1.0, "decade": 10.0, "century": 100.0, "millennium": 1000.0,
}
#: qualifier phrase → its class: nearly (just below), about (either side), over, under
QUALIFIERS = {
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "not quite": "nearly", "just shy of": "nearly", "approaching": "nearly", "nigh on": "nearly",
    "about": "about", "around": "about", "roughly": "about", "approximately": "about",
    "some": "about", "circa": "about", "an estimated": "about", "more or less": "about",
    "round about": "about", "give or take": "about",
    "more than": "over", "over": "over", "upwards of": "over", "at least": "over",
    "well over": "over", "in excess of": "over", "just over": "over", "longer than": "over",
    "less than": "under", "under": "under", "fewer than": "under", "up to": "under",
    "at most": "under", "no more than": "under", "within": "under", "shorter than": "under",
}

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a": 1, "an": 1, "a single": 1, "a dozen": 12, "dozen": 12,
    "half a": 0.5, "half an": 0.5, "a half": 0.5, "a quarter": 0.25, "a quarter of a": 0.25,
    "one and a half": 1.5, "a year and a half": 1.5,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
#: vague counts → (low, high); None = no upper bound
VAGUE = {
    "a few": (2, 5), "few": (2, 5), "a couple of": (2, 2), "a couple": (2, 2), "couple of": (2, 2),
    "several": (3, 9), "a number of": (2, 10), "many": (5, None), "dozens of": (24, None),
    "a handful of": (2, 5), "hundreds of": (200, None),
}

_ORD_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19,
}
_ORD_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
             "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
             "thousandth": 1000}
#: words that name an anniversary by itself
ANNIVERSARY_WORDS = {
    "centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200,
    "tercentenary": 300, "tricentennial": 300, "tercentennial": 300, "quadricentennial": 400,
    "sesquicentennial": 150, "sesquicentenary": 150, "semicentennial": 50, "quincentenary": 500,
    "semiquincentennial": 250,
}
#: named jubilees and anniversaries
JUBILEES = {"silver": 25, "ruby": 40, "golden": 50, "gold": 50, "diamond": 60, "sapphire": 65,
            "platinum": 70, "pearl": 30, "coral": 35, "emerald": 55}


# --------------------------------------------------------------------------- numbers


# compiled once: every duration parses its count (re's own cache costs a look-up per call)
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_TENS_UNITS = re.compile(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|eight|nine)")
_HUNDRED = re.compile(r"(?:a|one) hundred")
_EITHER = re.compile(r"(.+?) or (.+)")
_RANGE = re.compile(r"(.+?)\s*(?:-|–|to)\s*(.+)")
_AND_A_HALF = re.compile(r"(.+?) and a half")


def int_word(text: str) -> float | None:
    text = text.strip().lower().replace("‐", "-")
    if _DECIMAL.fullmatch(text):
        return float(text)
    if _THOUSANDS.fullmatch(text):
        return float(text.replace(",", ""))
    if text in _SMALL:
        return float(_SMALL[text])
    if text in _TENS:
        return float(_TENS[text])
    m = _TENS_UNITS.fullmatch(text)
    if m:
        return float(_TENS[m.group(1)] + _SMALL[m.group(2)])
    m = _HUNDRED.fullmatch(text)
    if m:
        return 100.0
    return None


def parse_count(text: str) -> tuple[float, float | None] | None:
    """A count as written → (low, high): "two" → (2, 2), "several" → (3, 9), "a few" → (2, 5)."""
    t = " ".join(text.lower().split())
    if t in VAGUE:
        return VAGUE[t]
    m = _EITHER.fullmatch(t)  # "two or three"
    if m:
        a, b = int_word(m.group(1)), int_word(m.group(2))
        if a is not None and b is not None:
            return (min(a, b), max(a, b))
    m = _RANGE.fullmatch(t)  # "two to three", "3-4"
    if m:
        a, b = int_word(m.group(1)), int_word(m.group(2))
        if a is not None and b is not None and a < b:
            return (a, b)
    m = _AND_A_HALF.fullmatch(t)
    if m:
        a = int_word(m.group(1))
        if a is not None:
            return (a + 0.5, a + 0.5)
    value = int_word(t)
    return (value, value) if value is not None else None


def parse_ordinal(text: str) -> int | None:
    """"100th" → 100, "twenty-fifth" → 25, "first" → 1."""
    t = text.strip().lower().replace("‐", "-")
    m = re.fullmatch(r"(\d+)\s*(?:st|nd|rd|th)", t)
    if m:
        return int(m.group(1))
    if t in _ORD_UNITS:
        return _ORD_UNITS[t]
    if t in _ORD_TENS:
        return _ORD_TENS[t]
    m = re.fullmatch(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](\w+)", t)
    if m and m.group(2) in _ORD_UNITS and _ORD_UNITS[m.group(2)] < 10:
        return _TENS[m.group(1)] + _ORD_UNITS[m.group(2)]
    if re.fullmatch(r"(?:one |a )hundredth", t):
        return 100
    m = re.fullmatch(r"(?:one |a )?hundred(?: and)? (.+)", t)
    if m:
        rest = parse_ordinal(m.group(1))
        return 100 + rest if rest is not None and rest < 100 else None
    return None


def anniversary_number(text: str) -> int | None:
    """The N of an anniversary phrase: "100th anniversary" → 100, "centenary" → 100,
    "silver jubilee" → 25, "the 50th birthday" → None (a birthday is an age)."""
    t = " ".join(text.lower().replace("’", "'").split())
    t = re.sub(r"^the\s+", "", t)
    for word, n in ANNIVERSARY_WORDS.items():
        if re.fullmatch(rf"{word}(?: anniversary| celebrations?| year)?", t):
            return n
    m = re.fullmatch(r"(\w+) (?:jubilee|anniversary|wedding anniversary)", t)
    if m and m.group(1) in JUBILEES:
        return JUBILEES[m.group(1)]
    m = re.fullmatch(r"([\w-]+(?: [\w-]+)?) anniversary", t)
    if m:
        return parse_ordinal(m.group(1))
    return None


def apply_qualifier(low: float, high: float | None, qualifier: str | None) -> tuple[float, float | None]:
    """Widen or cut a count by its qualifier: nearly 10 → 7.5–10, about 10 → 8–12,
    more than 10 → 10–∞, less than 10 → 0–10."""
    cls = QUALIFIERS.get(qualifier or "", None)
    if cls == "nearly":
        return (low * 0.75, high if high is not None else low)
    if cls == "about":
        return (low * 0.8, (high if high is not None else low) * 1.2)
    if cls == "over":
        return (low, None)
    if cls == "under":
        return (0.0, high if high is not None else low)
    return (low, high)
