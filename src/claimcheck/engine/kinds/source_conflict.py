"""Kind ``source-conflict``: an article fact that a trusted source contradicts, or that has
gone out of date.

## What it does
Compares the article's facts with the evidence under ``sources/`` (fact sheets and
source texts) about the same entity and property: record claims (holder, value, date
set), full names of people a source text names, quantities, dates, attributes, and
statements a source text makes about the same subject (one side negated, or antonyms). A
match is silent; a value the source contradicts is reported with the source's title, URL
and value, and for a source text the sentence that says it. Validity dates count: a
claim that was true when its fact held but not on the article's date is reported as
*outdated* (a lower severity), not as false.

## Why is this bad?
An article can be perfectly consistent with itself and still wrong about the world: a
record that has since been broken, a producer's given name that the press release spells
differently. An editor wants those caught before publication, with the source to check.

## Known problems
Only facts the extractors connect to an entity on file are compared; a quantity is
compared only when exactly one sourced property fits its unit (and the words the fact
sheet lists for it), so two candidate properties mean silence, not a guess. A source text
that names two people with one surname ("Anna and Marco Rossi") decides nothing about
that surname. Without an article date (``--date``, front matter, a dateline) a claim is
judged against the latest fact on file.

## Example
With the shipped sources and ``--date 2025-06-01``, flagged (outdated): ``Kelly holds the
record for the longest single spaceflight by a NASA astronaut—340 days, set in March
2016.``
Clean: ``Frank Rubio holds the record for the longest single spaceflight by a NASA
astronaut, 371 days.``

## Options
``families``: the fact families to compare (names, records, quantities, dates, attributes,
statements).
``outdated_severity``: the severity of a claim that has gone out of date.
``tolerance``: a relative tolerance for article numbers (default: half a unit of the last
written digit, "about" ±10%).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Iterator, Literal

from pydantic import Field

from ...facts import FactSheet, Hit, Severity
from ._evidence import evidence
from .base import RuleSpec

if TYPE_CHECKING:  # pragma: no cover
    from ...evidence.verdicts import Verdict

__all__ = ["SourceConflict", "FAMILIES", "TRUST_SEVERITY"]

FAMILIES = ("names", "records", "quantities", "dates", "attributes", "statements")
Family = Literal["names", "records", "quantities", "dates", "attributes", "statements"]
# a less trusted source can lower a finding's severity, never raise it
TRUST_SEVERITY = {"high": Severity.error, "medium": Severity.warning, "low": Severity.info}


class SourceConflict(RuleSpec):
    """Flags article facts that a source contradicts, and claims that are out of date."""

    name: ClassVar[str] = "source-conflict"
    needs: ClassVar[frozenset[str]] = frozenset({"entities", "quantities", "times", "claims", "records", "sources"})
    placeholders: ClassVar[tuple[str, ...]] = ("subject", "article_value", "source_value", "source", "url", "status")

    kind: Literal["source-conflict"] = "source-conflict"
    families: list[Family] = Field(default_factory=lambda: list(FAMILIES))
    outdated_severity: Severity = Severity.warning
    tolerance: float | None = Field(default=None, gt=0, lt=1)

    def check(self, facts: FactSheet) -> Iterator[Hit]:
        SourceIndex, judge = evidence()  # imported on first use: `rules list` need not load it
        index = SourceIndex.of(facts)
        for v in judge(facts, index, frozenset(self.families), self.tolerance):
            if v.status in ("conflict", "outdated") and v.source is not None:
                yield self._hit(v)

    def _hit(self, v: Verdict) -> Hit:
        src = v.source
        assert src is not None
        severity = TRUST_SEVERITY[src.citation.trust]
        if v.status == "outdated" and self.outdated_severity.rank < severity.rank:
            severity = self.outdated_severity
        return Hit(
            evidence=v.evidence,
            explanation=v.reason[:1].upper() + v.reason[1:],
            severity=severity,
            values={
                "subject": v.subject,
                "article_value": v.article_value,
                "source_value": f"{src.value} ({src.holder})" if src.holder else src.value,
                "source": src.citation.title,
                "url": src.citation.url or "",
                "status": "Out of date" if v.status == "outdated" else "Contradicted",
            },
        )
