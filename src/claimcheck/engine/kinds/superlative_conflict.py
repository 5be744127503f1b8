"""Kind ``superlative-conflict``: two different subjects each called "the first" (or "the
only", "the longest") of the very same class.

## What it does
Flags two named subjects that the article both calls "the first feature film shot in
orbit", or both "the only studio with a launch licence". Each superlative keeps its
scope, every word that restricts it (possessors such as "Hollywood's", nationalities,
"by a NASA astronaut", "to win the prize"), and only identical scopes are compared.

## Why is this bad?
Only one thing can be the first, the only or the longest of a class; one of the two
sentences is wrong, or its scope is missing a qualifier.

## Known problems
Two phrasings of one class ("feature-length" / "full-length") are not matched, so some
real conflicts are missed. Guards keep quiet for: different scopes ("Hollywood's first
film shot in space" vs "the first feature film shot in space"; "the first Russian ..."
vs "the first ..."), one subject named twice (shared entity or name), unnamed subjects
("the film"), "one of the first", "for the first time", sequence words ("the first
half"), quoted speech, negations, and for records other than firsts, different tenses
("was the largest" then "is the largest").

## Example
Flagged: ``Orbit Nine, the first feature film shot in orbit, opens today. ... Skyward,
the first feature film shot in orbit, premiered in May.``
Clean: ``Orbit Nine is Hollywood's first film shot in orbit. Skyward was the first
feature film shot in orbit.``

## Options
``superlatives``: the words compared (default: every superlative the extractor reads).
``timeless``: superlatives whose truth does not change with time (tense is ignored).
"""

from __future__ import annotations

from collections import defaultdict
from typing import ClassVar, Iterator, Literal

from pydantic import Field

from ...facts import Claim, FactSheet, Hit
from .base import RuleSpec
from .claim_support import UNASSERTED, quote, same_subject

__all__ = ["SuperlativeConflict"]


class SuperlativeConflict(RuleSpec):
    """Flags two different subjects claimed "the first/only/longest" of the same class."""

    name: ClassVar[str] = "superlative-conflict"
    needs: ClassVar[frozenset[str]] = frozenset({"entities", "claims"})
    placeholders: ClassVar[tuple[str, ...]] = ("superlative", "scope", "first", "second")

    kind: Literal["superlative-conflict"] = "superlative-conflict"
    superlatives: list[str] = Field(default_factory=list)
    timeless: list[str] = Field(default_factory=lambda: ["first", "last"])

    def check(self, facts: FactSheet) -> Iterator[Hit]:
        wanted = {w.lower() for w in self.superlatives}
        groups: dict[tuple[str, tuple[str, ...]], list[Claim]] = defaultdict(list)
        for c in facts.claims:
            if c.kind != "superlative" or not c.superlative or c.in_quote or c.negated:
                continue
            if c.modality in UNASSERTED or not c.subject_named or not c.scope:
                continue
            if wanted and c.superlative not in wanted:
                continue
            groups[(c.superlative, tuple(c.scope))].append(c)
        for (word, _scope), members in groups.items():
            members.sort(key=lambda c: c.index)
            first = members[0]
            for other in members[1:]:
                if self._same(first, other):
                    continue
                if word not in self.timeless and first.tense != other.tense:
                    continue
                yield self._hit(word, first, other)
                break

    @staticmethod
    def _same(a: Claim, b: Claim) -> bool:
        if same_subject(a, b):
            return True
        sa, sb = a.subject.lower(), b.subject.lower()
        return sa in sb or sb in sa

    def _hit(self, word: str, a: Claim, b: Claim) -> Hit:
        explanation = (f"{quote(a)} is said of {a.subject}, and {quote(b)} of {b.subject}: "
                       f"only one can be the {word} of the same class.")
        return Hit(evidence=[a.subject_span or a.span, a.span, b.subject_span or b.span, b.span],
                   explanation=explanation,
                   values={"superlative": word, "scope": a.span.text, "first": a.subject, "second": b.subject})
