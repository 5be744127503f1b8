"""Kind ``attribute-conflict``: one person given two values of a single-valued attribute.

## What it does
Flags a person whose nationality, age or a count about them disagrees between two
places ("Scott Kelly, a veteran of four space flights" ... "Kelly, a veteran of three
space flights"; "the Italian producer" ... "the Brazilian producer"), a person given two
roles of which only one can hold (a group in ``exclusive_roles``), and two different
people each named the holder of a post only one can hold ("head of Space11").

## Why is this bad?
A person has one age and one count of flights at a time; a company has one chief
executive. One of the two sentences is wrong.

## Known problems
Values are compared as written: "Italian-Canadian" is compatible with "Italian" and with
"Canadian" (a shared part), and the groups in ``compatible`` make more values agree
("British" and "Scottish"). Roles are compared only when listed, since most roles combine
(a producer can also be an entrepreneur). Guards keep quiet for: mentions not linked to
one entity, quoted speech, negated copulas, hedged counts ("more than four"), ages one
year apart (a birthday), and posts qualified as former, acting, new or deputy.

## Example
Flagged: ``Lena Ortiz, a Chilean climber, ... Ortiz, an Argentine climber, ...``
Clean: ``Andrea Iervolino, an Italian-Canadian producer and entrepreneur ... the Italian
producer Andrea Iervolino``

## Options
``attributes``: which attributes to compare (nationality, age, count, role, post).
``compatible``: groups of values that do not conflict. ``exclusive_roles``: groups of
roles of which a person holds one. ``single_holder_roles``: posts one person holds per
organisation.
"""

from __future__ import annotations

from collections import defaultdict
from typing import ClassVar, Iterator, Literal

from pydantic import Field

from ...facts import Claim, FactSheet, Hit
from .base import RuleSpec
from .claim_support import quote

__all__ = ["AttributeConflict"]

_DEFAULT_COMPATIBLE = [
    ["british", "english", "scottish", "welsh", "northern irish", "uk"],
    ["american", "us"],
    ["dutch", "netherlands"],
    ["irish", "northern irish"],
    ["korean", "south korean"],
]
_DEFAULT_EXCLUSIVE = [
    ["goalkeeper", "striker"],
]
_DEFAULT_SINGLE_HOLDER = ["head", "chief executive", "ceo", "chairman", "chairwoman", "president",
                          "prime minister", "captain", "editor", "chancellor", "mayor", "governor"]
_TEMPORARY = frozenset({"former", "ex", "retired", "late", "new", "then", "acting", "interim",
                        "outgoing", "incoming", "future", "deputy", "vice", "assistant", "co",
                        "associate", "honorary", "caretaker", "designate", "elect", "previous",
                        "one-time", "erstwhile", "once"})


class AttributeConflict(RuleSpec):
    """Flags one person given two values of a single-valued attribute."""

    name: ClassVar[str] = "attribute-conflict"
    needs: ClassVar[frozenset[str]] = frozenset({"entities", "claims"})
    placeholders: ClassVar[tuple[str, ...]] = ("subject", "attribute", "first", "second")

    kind: Literal["attribute-conflict"] = "attribute-conflict"
    attributes: list[Literal["nationality", "age", "count", "role", "post"]] = Field(
        default_factory=lambda: ["nationality", "age", "count", "role", "post"])
    compatible: list[list[str]] = Field(default_factory=lambda: [list(g) for g in _DEFAULT_COMPATIBLE])
    exclusive_roles: list[list[str]] = Field(default_factory=lambda: [list(g) for g in _DEFAULT_EXCLUSIVE])
    single_holder_roles: list[str] = Field(default_factory=lambda: list(_DEFAULT_SINGLE_HOLDER))
    max_age_gap: int = Field(default=1, ge=0)

    def check(self, facts: FactSheet) -> Iterator[Hit]:
        claims = [c for c in facts.claims if c.kind == "attribute" and not c.in_quote and not c.negated
                  and c.subject_entity is not None and c.attribute and c.value]
        by_entity: dict[tuple[int, str], list[Claim]] = defaultdict(list)
        for c in claims:
            family = "count" if c.attribute.startswith("count:") else c.attribute
            if family in self.attributes:
                by_entity[(c.subject_entity, c.attribute)].append(c)
        for (_, attribute), members in by_entity.items():
            members.sort(key=lambda c: c.index)
            hit = self._first_conflict(attribute, members)
            if hit is not None:
                yield hit
        if "post" in self.attributes:
            yield from self._posts(claims)

    def _first_conflict(self, attribute: str, members: list[Claim]) -> Hit | None:
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if self._conflict(attribute, a, b):
                    return self._hit(attribute, a, b)
        return None

    def _conflict(self, attribute: str, a: Claim, b: Claim) -> bool:
        va, vb = a.value or "", b.value or ""
        if va == vb:
            return False
        if attribute == "nationality":
            return not self._compatible_nationality(va, vb)
        if attribute == "age":
            try:
                return abs(float(va) - float(vb)) > self.max_age_gap
            except ValueError:
                return False
        if attribute.startswith("count:"):
            return not a.qualifiers and not b.qualifiers
        if attribute == "role":
            if set(a.qualifiers) & _TEMPORARY or set(b.qualifiers) & _TEMPORARY:
                return False
            wa, wb = va.split(" of ")[0].split(), vb.split(" of ")[0].split()
            if not wa or not wb:
                return False
            ra, rb = wa[-1], wb[-1]
            return any(ra in g and rb in g and ra != rb for g in self.exclusive_roles)
        return False

    def _compatible_nationality(self, a: str, b: str) -> bool:
        parts_a, parts_b = set(a.split("-")), set(b.split("-"))
        if parts_a & parts_b:
            return True
        for group in self.compatible:
            g = set(group)
            if parts_a & g and parts_b & g:
                return True
        return False

    def _posts(self, claims: list[Claim]) -> Iterator[Hit]:
        """Two different people each the holder of a post only one can hold."""
        holders: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            if c.attribute != "role" or not c.object or set(c.qualifiers) & _TEMPORARY:
                continue
            post = (c.value or "").split(" of ")[0]
            if post in self.single_holder_roles:
                holders[c.value or ""].append(c)
        for value, members in holders.items():
            members.sort(key=lambda c: c.index)
            first = members[0]
            other = next((c for c in members[1:] if c.subject_entity != first.subject_entity
                          and c.tense == first.tense), None)
            if other is not None:
                yield Hit(
                    evidence=[first.subject_span or first.span, first.span, other.subject_span or other.span, other.span],
                    explanation=(f"{quote(first)} is said of {first.subject} and {quote(other)} of "
                                 f"{other.subject}; one person holds this post at a time."),
                    values={"subject": f"{first.subject} / {other.subject}", "attribute": value,
                            "first": first.subject, "second": other.subject},
                )

    def _hit(self, attribute: str, a: Claim, b: Claim) -> Hit:
        label = attribute.replace("count:", "number of ") + ("s" if attribute.startswith("count:") else "")
        explanation = (f"{a.subject}'s {label} is \"{a.value}\" in {quote(a)} but \"{b.value}\" in "
                       f"{quote(b)}; a person has one {label if not attribute.startswith('count:') else 'count'} at a time.")
        return Hit(evidence=[a.subject_span or a.span, a.value_span or a.span, b.subject_span or b.span, b.value_span or b.span],
                   explanation=explanation,
                   values={"subject": a.subject, "attribute": label, "first": a.value or "", "second": b.value or ""})
