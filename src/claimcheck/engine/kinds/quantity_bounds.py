"""Kind ``quantity-bounds``: a figure that world knowledge says cannot be what the text claims.

## What it does
Checks figures of one dimension and cue (an altitude: "60 miles above the Earth", "30 km
high") against bounds declared in the rule ("an orbit is at least 160 km up"). With
``terms``, the check applies only when the article claims one of them ("in orbit") about
the same event; without, it applies to every matching figure (speeds above light speed,
ages above 122). The message shows the conversion and the bound: "more than 60 miles
(96.6 km) is below the lowest orbit (160 km)".

## Why is this bad?
Either the figure or the claim is wrong, and a reader who knows the physics stops
trusting the article: 60 miles up is below the Kármán line and far below any orbit.

## Known problems
A figure is flagged only when its whole stated interval misses the bound: precision
first ("62 miles" is 61.5–62.5), then the qualifier: "about X" ±10 %, "up to X" 0–X,
"more than X" X to X·``open_range_factor`` (1.5 by default: a writer with a figure far
above X would give it, so "more than 60 miles" is read as 60–90 miles). Negated terms
("will not reach orbit") never count; hedged ones ("hopes to reach orbit") count only
with ``include_hedged``. Figure and term must share an event (same sentence, a shared
content verb, the same subject, or adjacent sentences when a subject is a pronoun), so a
rocket stage's altitude and a satellite's orbit in one launch report can still meet.
``unless`` words (the Moon, Mars) in either sentence take the pair out.

## Example
Flagged: ``It flew 30 km high. Once in orbit, the crew filmed the sunrise.``
Clean: ``The station orbits about 400 km above the Earth.``

## Options
``terms`` (canonical term → phrases; lemmas match too), ``quantity`` (``dimension``,
``cues``, ``subject_words``, ``subject_labels``), ``bounds`` (``min``/``max`` as "160 km",
read by pint when the rule loads), ``include_hedged``, ``open_range_factor``,
``approx_tolerance``, ``unless``, ``sentence_window``.
"""

from __future__ import annotations

import re
from typing import ClassVar, Iterator

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from ...extract.context import TermList
from ...facts import FactSheet, Hit, Quantity, TermFact
from ...units import (
    UnitError,
    convert,
    dimension_of,
    format_measure,
    format_number,
    parse_measure,
    to_base,
    unit_label,
)
from ._figures import interval, qualifier_kind, same_event
from .base import RuleSpec, quick_load

__all__ = ["QuantityBounds", "QuantitySelector", "Bounds"]


class QuantitySelector(BaseModel):
    """Which figures a rule looks at."""

    model_config = ConfigDict(extra="forbid")

    dimension: str = Field(description="length, speed, time, mass, … (pint's dimension of the bound)")
    cues: list[str] = Field(default_factory=list, description="What is measured; empty: any cue.")
    subject_words: list[str] = Field(default_factory=list,
                                     description="Head nouns the figure must be about (woman, man, …).")
    subject_labels: list[str] = Field(default_factory=list, description="Entity labels it may be about (PERSON).")

    @field_validator("cues", "subject_words")
    @classmethod
    def _lower(cls, values: list[str]) -> list[str]:
        return [v.lower().strip() for v in values if v.strip()]


class Bounds(BaseModel):
    """The allowed interval, each end a measure pint reads ("160 km", "Mach 5")."""

    model_config = ConfigDict(extra="forbid")

    min: str | None = None
    max: str | None = None
    name_min: str = Field(default="the lowest value", description="Words for the lower bound in messages.")
    name_max: str = Field(default="the highest value", description="Words for the upper bound in messages.")

    @field_validator("min", "max")
    @classmethod
    def _parses(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None or quick_load(info):
            return None if value is None else str(value)
        try:
            parse_measure(value)
        except UnitError as exc:
            raise ValueError(str(exc)) from None
        return str(value)

    @model_validator(mode="after")
    def _one_dimension(self, info: ValidationInfo) -> "Bounds":
        if self.min is None and self.max is None:
            raise ValueError("bounds need `min`, `max` or both")
        if quick_load(info):
            return self
        dims = {dimension_of(parse_measure(v)[1]) for v in (self.min, self.max) if v is not None}
        if len(dims) > 1:
            raise ValueError(f"`min` and `max` measure different things ({', '.join(sorted(dims))})")
        return self


class QuantityBounds(RuleSpec):
    """A figure outside the bounds world knowledge sets for what the text claims."""

    name: ClassVar[str] = "quantity-bounds"
    needs: ClassVar[frozenset[str]] = frozenset({"entities", "quantities", "terms"})
    placeholders: ClassVar[tuple[str, ...]] = ("quantity", "converted", "bound", "term", "relation", "limit")

    terms: dict[str, list[str]] = Field(default_factory=dict,
                                        description="Canonical term → phrases; empty: check every figure.")
    quantity: QuantitySelector = Field(description=(
        "Which figures: `dimension` (length, speed, time …), `cues` (what is measured: "
        "\"above the earth\", \"altitude\"), `subject_words` / `subject_labels` (whom it is about)."))
    bounds: Bounds = Field(description=(
        "`min` and/or `max` as pint reads them (\"160 km\", \"Mach 5\"), with `name_min` / "
        "`name_max` for messages."))
    include_hedged: bool = Field(default=False,
                                 description="Count hedged mentions (\"hopes to reach orbit\") as claims.")
    open_range_factor: float = Field(default=1.5, ge=1.0, description=(
        "How far \"more than X\" reaches: up to X × this factor."))
    approx_tolerance: float = Field(default=0.1, ge=0.0, lt=1.0, description="The slack of \"about X\" (±10 %).")
    unless: list[str] = Field(default_factory=list,
                              description="Words that, in the figure's or the term's sentence, take the pair out.")
    sentence_window: int = Field(default=1, ge=0, description=(
        "How many sentences apart a figure and a term may be linked when a subject is unknown or a pronoun."))

    @model_validator(mode="after")
    def _dimension_matches(self, info: ValidationInfo) -> "QuantityBounds":
        if quick_load(info):
            return self
        for v in (self.bounds.min, self.bounds.max):
            if v is not None:
                dim = dimension_of(parse_measure(v)[1])
                if dim != self.quantity.dimension:
                    raise ValueError(f"bound {v!r} is a {dim}, but `quantity.dimension` is {self.quantity.dimension!r}")
        return self

    def term_lists(self) -> list[TermList]:
        if not self.terms:
            return []
        return [TermList(self.id, {k: tuple(v) for k, v in self.terms.items()})]

    # ----------------------------------------------------------------- checking

    def check(self, facts: FactSheet) -> Iterator[Hit]:
        claimed = [t for t in facts.terms if t.list_name == self.id and not t.negated
                   and (self.include_hedged or not t.hedged)]
        if self.terms and not claimed:
            return
        limits = self._limits()
        unless = None
        if self.unless:
            unless = re.compile(r"\b(" + "|".join(re.escape(w.lower()) for w in self.unless) + r")\b")
        for q in facts.quantities:
            if q.comparative or not self._selected(q, facts):
                continue
            lo, hi = interval(q, self.open_range_factor, self.approx_tolerance)
            for side, (bound_base, bound_text) in limits.items():
                if side == "min" and not hi < bound_base:
                    continue
                if side == "max" and not lo > bound_base:
                    continue
                partners = [t for t in claimed if same_event(q, t, self.sentence_window)
                            and not self._excluded(facts, unless, q, t)] if self.terms else []
                if self.terms and not partners:
                    continue
                if not self.terms and unless and self._excluded(facts, unless, q, None):
                    continue
                yield self._hit(q, partners, side, bound_text, lo, hi)
                break

    def _limits(self) -> dict[str, tuple[float, str]]:
        out = {}
        for side, text in (("min", self.bounds.min), ("max", self.bounds.max)):
            if text is not None:
                value, unit = parse_measure(text)
                out[side] = (to_base(value, unit).value, text)
        return out

    def _selected(self, q: Quantity, facts: FactSheet) -> bool:
        sel = self.quantity
        if q.dimension != sel.dimension or q.base_value is None:
            return False
        if sel.cues and not _cue_matches(q.cue, sel.cues):
            return False
        if sel.subject_words or sel.subject_labels:
            # "a 400-year-old trail": with a thing, the thing is what the figure describes
            about = [q.thing] if q.thing else [q.subject]
            label = None
            if not q.thing and q.subject_entity is not None and q.subject_entity < len(facts.entities):
                label = facts.entities[q.subject_entity].label
            heads = {w.lower().split()[-1] for w in about if w and w.split()}
            heads |= {h.rstrip("s") for h in heads}
            if not ((label and label in sel.subject_labels) or heads & set(sel.subject_words)):
                return False
        return True

    def _excluded(self, facts: FactSheet, unless, q: Quantity, t: TermFact | None) -> bool:
        if unless is None:
            return False
        for i in {q.sentence, t.sentence if t is not None else q.sentence}:
            if i < len(facts.sentences) and unless.search(facts.sentences[i].span.text.lower()):
                return True
        return False

    def _hit(self, q: Quantity, partners: list[TermFact], side: str, bound_text: str,
             lo: float, hi: float) -> Hit:
        value, unit = parse_measure(bound_text)
        shown = convert(q.base_value or 0.0, q.base_unit or "", unit)
        converted = format_measure(shown, unit)
        bound = format_measure(value, unit)
        reading = _reading(q, convert(lo, q.base_unit or "", unit), convert(hi, q.base_unit or "", unit), unit,
                           self.open_range_factor)
        relation = "below" if side == "min" else "above"
        limit = self.bounds.name_min if side == "min" else self.bounds.name_max
        term = partners[0].span.text if partners else ""
        parts = [f"{q.span.text!r} = {converted}", reading,
                 f"{limit} is {bound}, so the figure is {relation} it"]
        if partners:
            where = ", ".join(f"{t.span.text!r} (line {t.span.line})" for t in partners[:3])
            parts.append(f"the text claims {where}")
        return Hit(
            evidence=[q.span] + [t.span for t in partners[:2]],
            explanation="; ".join(parts) + ".",
            values={"quantity": q.span.text, "converted": converted, "bound": bound, "term": term,
                    "relation": relation, "limit": limit},
        )


def _cue_matches(cue: str | None, cues: list[str]) -> bool:
    if not cue:
        return False
    cue = cue.lower()
    return any(cue == c or cue.startswith(c + " ") for c in cues)


def _reading(q: Quantity, lo: float, hi: float, unit: str, factor: float) -> str:
    """How the figure was read, in words ("read as 96.6–145 km: 'more than' reaches 1.5×")."""
    kind = qualifier_kind(q.qualifier)
    label = unit_label(unit)
    span = f"{format_number(max(lo, 0.0))}–{format_number(hi)} {label}"
    if kind == "min":
        return f"read as {span} ('{q.qualifier}' is taken to reach at most {format_number(factor)}× the figure)"
    if kind == "max":
        return f"read as at most {format_number(hi)} {label} ('{q.qualifier}')"
    if kind == "approx":
        return f"read as {span} ('{q.qualifier}')"
    return f"read as {span} (allowing for rounding)"
