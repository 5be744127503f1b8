"""Kind ``unsupported-claim``: a check-worthy claim about an entity on file that no source
supports or contradicts.

## What it does
Lists, for the editor's to-verify list, the claims worth checking (a number, a record, a
first or other superlative, a quoted attribution) that are about a person, organisation,
record or thing the sources cover, but that no fact sheet or source text confirms or
contradicts. Informational by default.

## Why is this bad?
When sources cover an entity, a claim about it that the sources cannot confirm is the
one most likely to be new, misremembered or invented; it deserves a second look before
publication. Claims about entities nobody has put on file are not listed: that would be
every sentence of the article.

## Known problems
A claim can be true and simply missing from the sources; this kind says "not verified",
never "false". Quantities are listed only when the article makes the entity their
subject, not when they merely share a sentence with it. Numbers about a sheet entity in
units the sheet has no fact for are listed, which can be noisy for people with long
biographies: add the facts to the sheet, or lower ``max_per_subject``.

## Example
With a sheet for Scott Kelly that lists his flights, flagged: ``Kelly made 23
spacewalks.`` (no fact on file).
Clean: ``Kelly flew four space flights.`` (the sheet says four).

## Options
``claims``: which claims are check-worthy: numbers, records, firsts, quotes (the default),
and, when the source texts are the article's own material (a wire story being rewritten),
names (people named in full whom no source text names) and text-numbers (quantities no
source text states); those two are noisy against sources that cover only part of a story.
``max_per_subject``: at most this many findings about one entity.
"""

from __future__ import annotations

from collections import Counter
from typing import ClassVar, Iterator, Literal

from pydantic import Field

from ...facts import FactSheet, Hit, Severity
from ._evidence import evidence
from .base import RuleSpec

__all__ = ["UnsupportedClaim"]

Worthy = Literal["numbers", "records", "firsts", "quotes", "names", "text-numbers"]
_FAMILY = {"quantity": "numbers", "record": "records", "claim": "firsts", "quote": "quotes", "name": "names"}
_WHAT = {"quantity": "number", "record": "record", "claim": "superlative", "quote": "quotation", "name": "name"}


class UnsupportedClaim(RuleSpec):
    """Lists check-worthy claims about sourced entities that no source confirms."""

    name: ClassVar[str] = "unsupported-claim"
    needs: ClassVar[frozenset[str]] = frozenset({"entities", "quantities", "claims", "records", "sources"})
    placeholders: ClassVar[tuple[str, ...]] = ("subject", "claim", "what")

    kind: Literal["unsupported-claim"] = "unsupported-claim"
    severity: Severity = Severity.info
    claims: list[Worthy] = Field(default_factory=lambda: ["numbers", "records", "firsts", "quotes"])
    max_per_subject: int = Field(default=3, ge=1)

    def check(self, facts: FactSheet) -> Iterator[Hit]:
        SourceIndex, judge = evidence()  # imported on first use: `rules list` need not load it
        index = SourceIndex.of(facts)
        wanted = set(self.claims)
        per_subject: Counter[str] = Counter()
        for v in judge(facts, index, frozenset({"records", "quantities", "claims", "names"})):
            family = "text-numbers" if v.family == "quantity" and not v.anchored else _FAMILY.get(v.family)
            if v.status != "unknown" or not v.sourced or family not in wanted:
                continue
            per_subject[v.subject] += 1
            if per_subject[v.subject] > self.max_per_subject:
                continue
            what = _WHAT[v.family]
            if v.family == "name":
                explanation = f"No source text names {v.article_value}. Verify the name, or add the source that gives it."
            elif family == "text-numbers":
                explanation = (f"No source text gives {v.article_value} (nor the same amount in other units). "
                               "Verify it, or add the source that gives it.")
            else:
                explanation = (f"The sources cover {v.subject}, but none of them confirms or contradicts this "
                               f"{what} (\"{v.article_value}\"). Verify it, or add the fact to sources/.")
            yield Hit(
                evidence=v.evidence,
                explanation=explanation,
                values={"subject": v.subject, "claim": v.article_value, "what": what},
            )
