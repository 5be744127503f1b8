"""extract/times.py: the cheap scans that stand in for slower ones find the same things.

The cue and year regexes are written for speed (case-sensitive on the lowered text, the
look-behind after the first digits); these tests pin them to the plain forms they replace.
"""

import re

import pytest

from claimcheck.extract.times import _AGE_CUE, _AGE_RX, _YEAR_IN_TEXT

#: the plain forms, as first written
PLAIN_AGE_CUE = re.compile(r"years?[- ]old|\bage", re.I)
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
        assert _AGE_CUE.search(text.lower())
        assert PLAIN_AGE_CUE.search(text)


@pytest.mark.parametrize("text", TEXTS)
def test_years_in_text_are_the_plain_pattern_s(text):
    assert [m.span() for m in _YEAR_IN_TEXT.finditer(text)] == [m.span() for m in PLAIN_YEAR.finditer(text)]
