"""extract/numbers.py: number words and digits, with the step used as rounding tolerance."""

import pytest

from claimcheck.extract.numbers import parse_number


@pytest.mark.parametrize("words, value, step", [
    (["60"], 60, 1),
    (["sixty"], 60, 1),
    (["twenty", "-", "five"], 25, 1),
    (["one", "hundred", "and", "fifty"], 150, 1),
    (["1.5", "million"], 1_500_000, 100_000),
    (["3,700"], 3700, 1),
    (["1.13bn"], 1_130_000_000, 10_000_000),
    (["12", "m"], 12_000_000, 1_000_000),
    (["12", "m."], 12_000_000, 1_000_000),
    (["a", "dozen"], 12, 1),
    (["half", "a", "million"], 500_000, 500_000),
    (["96.6"], 96.6, 0.1),
])
def test_parse_number(words, value, step):
    parsed = parse_number(words)
    assert parsed.value == pytest.approx(value)
    assert parsed.step == pytest.approx(step)


@pytest.mark.parametrize("words", [["2004", "60"], ["a"], ["orbit"], []])
def test_not_a_number(words):
    assert parse_number(words) is None
