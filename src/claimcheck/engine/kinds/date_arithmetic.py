"""Kind ``date-arithmetic``: dates, ages, durations and anniversaries that do not add up.

## What it does
Does the arithmetic that the article leaves to the reader and reports where it fails,
with the numbers. Five sub-checks, chosen with ``checks`` (the shipped rules use one
each, so each can be switched off or given its own severity):

* ``anniversary``: an anniversary's ordinal against the event's year and the year it is
  spoken of ("the 100th anniversary of the 1946 video approaches" in 2025: 1946 + 100 =
  2046, 21 years ahead);
* ``elapsed``: "two years ago", "last year", "next year" against an explicit year of the
  same event;
* ``age``: a person's ages and birth year against each other and the article's date;
* ``duration``: "three years later", "four years after the 2016 vote", "predated … by
  nearly a decade" against the difference of the two dates;
* ``tense``: "will open in 2024" in an article of 2025, "was released in 2027" in an
  article of 2025.

## Why is this bad?
Readers check such sums in their heads, and a wrong one makes them doubt the rest.
They are also the errors most easily made when a story is updated or re-dated.

## Known problems
Events are linked only on strong evidence (a year inside the phrase, one clause, or the
same head noun and another content word), so many real errors pass unseen. Everything
that counts from "now" needs the article's date (``--date``, front matter, a dateline or
the config); without it those checks are made only where the text itself gives the
year, and the report lists the rest. Historical narration in the present tense ("In
1969, Apollo 11 lands …") can mislead the tense check; quoted speech is skipped there.

## Example
Flagged: ``The first video from space was taken in October 1946. As the 100th
anniversary of that video approaches, …`` (dated 2025).
Clean: ``The first flight took place in 1946; the 80th anniversary of the flight is next
year.`` (dated 2025).

## Options
``checks``: which sub-checks run (default all). ``approaching_years``: how far ahead an
anniversary may be while it "approaches" or is "upcoming" (default 3). ``compare_ages``:
whether the age check also reports two current ages of one person ("Ortega, 47" …
"Ortega, 44"); the shipped rule leaves that to ``claims/attribute-conflict``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import ClassVar, Iterator, Literal

from pydantic import Field

from ...facts import FactSheet, Hit
from .base import RuleSpec

__all__ = ["DateArithmetic"]

CheckName = Literal["anniversary", "elapsed", "age", "duration", "tense"]
CHECK_NAMES: tuple[str, ...] = ("anniversary", "elapsed", "age", "duration", "tense")  # date_checks.CHECKS order


@lru_cache(maxsize=1)  # an import statement per call pays the import machinery on every article
def _checks():
    """The sub-check modules, imported on first use: `rules list` need not load them."""
    from .date_checks import CHECKS

    return CHECKS


class DateArithmetic(RuleSpec):
    """Reports time arithmetic that fails: anniversaries, elapsed time, ages, durations, tense."""

    name: ClassVar[str] = "date-arithmetic"
    needs: ClassVar[frozenset[str]] = frozenset({"entities", "times"})
    placeholders: ClassVar[tuple[str, ...]] = (
        "expression", "stated", "computed", "difference", "event", "person", "year", "article_date",
    )

    kind: Literal["date-arithmetic"] = "date-arithmetic"
    checks: list[CheckName] = Field(default_factory=lambda: list(CHECK_NAMES), min_length=1)
    approaching_years: int = Field(default=3, ge=0, le=25)
    compare_ages: bool = Field(
        default=True,
        description="age: also report two current ages of one person (claims/attribute-conflict does too).",
    )

    def check(self, facts: FactSheet) -> Iterator[Hit]:
        for name in dict.fromkeys(self.checks):
            module = _checks()[name]
            if name == "anniversary":
                yield from module.check(facts, self.approaching_years)
            elif name == "age":
                yield from module.check(facts, self.compare_ages)
            else:
                yield from module.check(facts)

    def unchecked_without_date(self, facts: FactSheet) -> list[str]:
        """What could not be checked because the article's date is unknown."""
        if facts.article_date is not None:
            return []
        out: list[str] = []
        for name in dict.fromkeys(self.checks):
            out.extend(f"{name}: {item}" for item in _checks()[name].unchecked(facts))
        return out
