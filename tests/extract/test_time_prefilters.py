"""extract/times.py: the cheap scans that stand in for slower ones find the same things.

The cue and year regexes are written for speed (case-sensitive on the lowered text, the
look-behind after the first digits); these tests pin them to the plain forms they replace,
and check that the time-phrase prefilters (a digit, a unit word) only skip what could not match.
"""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract import time_phrases as tp
from claimcheck.extract.times import _AGE_CUES, _AGE_RX, _YEAR_IN_TEXT

#: the plain forms, as first written
PLAIN_AGE_CUE = re.compile(r"years?[- ]old|\bage", re.IGNORECASE)
PLAIN_YEAR = re.compile(r"(?<![0-9])(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})(?![0-9])")

TEXTS = [
    "Smith, 45, said", "a 45-year-old man", "FORTY-FIVE YEARS OLD", "Aged 80, she", "age\t12",
    "the agency's agenda", "at age seven", "Years Old", "yearſ old", "six-year old", "he is 9 year-old",
    "in 1999.", "12345", "a1999b", "x2019", "2019-20", "21999", "(1066)", "2200 and 2199", "3001",
    "19 99", "between 2010 and 2015", "٢٠١٩ and 2019", "İage 5", "percentage 45",
]


@pytest.mark.parametrize("text", TEXTS)
def test_age_cue_is_met_wherever_the_age_pattern_matches(text):
    # the cue only gates the pattern: it must be met wherever the pattern matches
    if _AGE_RX.search(text):
        assert any(cue.search(text.lower()) for cue in _AGE_CUES)
        assert PLAIN_AGE_CUE.search(text)


@pytest.mark.parametrize("text", TEXTS)
def test_years_in_text_are_the_plain_pattern_s(text):
    assert [m.span() for m in _YEAR_IN_TEXT.finditer(text)] == [m.span() for m in PLAIN_YEAR.finditer(text)]


# ----------------------------------------------------------------- time phrases

_WORDS = ["the", "a", "two", "several", "nearly", "more than", "last", "next", "past", "first", "ago", "later",
          "after", "since", "long", "and a half", "or", "to", "days", "week", "fortnights", "months", "year", "yrs",
          "decades", "century", "millennia", "years", "march", "spring", "late", "mid", "fy", "1990s", "2019",
          "21st", "3", "12", "-", ",", "of", "friday", "annual", "19th century", "2019-20", "2023-03-22"]
_PHRASES = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5).map(" ".join)
_ABSOLUTE = [tp._ISO_DATE, tp._MONTH_DAY_YEAR, tp._DAY_MONTH_YEAR, tp._MONTH_YEAR, tp._SEASON_YEAR, tp._YEAR,
             tp._YEAR_RANGE, tp._DECADE, tp._CENTURY]
_COUNTED = [tp._COUNTED, tp._COUNTED_LONG, tp._BARE_PLURAL, tp._WINDOW]


@given(_PHRASES)
def test_a_phrase_without_a_digit_matches_no_absolute_date(t):
    if not tp._DIGIT.search(t):
        rest = t[m.end():] if (m := tp._FISCAL.match(t)) else t
        assert not any(p.fullmatch(rest) for p in _ABSOLUTE)


@given(_PHRASES)
def test_a_phrase_without_a_unit_matches_no_duration(t):
    if not tp._UNIT_WORD.search(t):
        assert not any(p.fullmatch(t) for p in _COUNTED)
