"""The words figures are read with: qualifiers and how they bound a figure, the words that
make a figure a reference or a change, and what is never a quantity (ordinals, names)."""

from __future__ import annotations

__all__ = [
    "QUALIFIERS", "MAX_QUALIFIER_TOKENS", "COMPARATIVE_BEFORE", "COMPARATIVE_PAIRS", "ORDINAL_SUFFIXES",
    "ORDINAL_WORDS", "SKIP_ENTITY_LABELS", "RANGE_JOINERS", "RATE_WORDS", "PAST_POINT", "SINGLE_LETTER_UNITS",
]

# Qualifiers before a figure, as written → how they bound it (see engine/kinds/_figures.py).
QUALIFIERS: dict[tuple[str, ...], str] = {}
for _phrase in ("more than", "over", "at least", "in excess of", "upwards of", "above", "just over",
                "well over", "a minimum of", "no less than", "not less than", "well above", "beyond",
                "exceeding", "more than about"):
    QUALIFIERS[tuple(_phrase.split())] = "min"
for _phrase in ("up to", "less than", "fewer than", "under", "at most", "below", "as many as",
                "as much as", "no more than", "not more than", "a maximum of", "just under",
                "well under", "well below", "within"):
    QUALIFIERS[tuple(_phrase.split())] = "max"
for _phrase in ("about", "around", "roughly", "approximately", "approx", "some", "an estimated",
                "estimated", "circa", "c.", "almost exactly", "something like", "of about",
                "of around", "of some", "an approximate", "close to", "nearly", "almost",
                "just about", "getting on for", "the best part of"):
    QUALIFIERS[tuple(_phrase.split())] = "approx"
MAX_QUALIFIER_TOKENS = max(len(k) for k in QUALIFIERS)

# Words just before a figure that make it a reference or a difference, not the value itself.
COMPARATIVE_BEFORE = {"from", "than", "versus", "vs", "vs.", "against", "another", "extra",
                      "additional", "further", "by"}
COMPARATIVE_PAIRS = {("compared", "with"), ("compared", "to"), ("up", "from"), ("down", "from"), ("as", "against")}
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                 "ninth", "tenth", "eleventh", "twelfth", "hundredth", "thousandth", "millionth"}
SKIP_ENTITY_LABELS = {"ORG", "GPE", "PRODUCT", "WORK_OF_ART", "LAW", "FAC", "EVENT", "LOC",
                      "NORP", "LANGUAGE", "ORDINAL"}
RANGE_JOINERS = {"-", "–", "—", "to"}
RATE_WORDS = {"year", "month", "week", "day", "hour", "annum", "head", "person", "game", "night"}
PAST_POINT = {"ago", "earlier", "before", "later", "previously", "since"}
SINGLE_LETTER_UNITS = {"m", "p", "k", "m."}
