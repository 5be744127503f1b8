"""Quantities, dates and attributes against the facts on file about their subject, and
quantities against what the source texts state in the same unit and measure.
"""

from __future__ import annotations

from typing import Iterator

from ..extract.entities import fold
from ..facts import FactSheet, Quantity, SourceFact
from .index import SourceIndex
from .keys import phrase_key
from .numbers import Number, fact_unit_key, matches, quantity_number
from .values import date_bounds, format_number
from .verdict import Verdict, cite, sentence_has, targets, timeline_verdict, verb_matches, with_status

__all__ = ["judge_quantities", "judge_dates", "judge_attributes"]


def judge_quantities(sheet: FactSheet, index: SourceIndex, tolerance: float | None = None) -> Iterator[Verdict]:
    """Quantities against the facts on file about their subject, else against the
    quantities the source texts state in the same unit."""
    day = sheet.article_date
    by_unit: dict[str | None, list[SourceFact]] = {}
    for f in index.text_numbers:
        by_unit.setdefault(fact_unit_key(f), []).append(f)
    counts = [f for k, fs in by_unit.items() if k and k.startswith("count:") for f in fs]
    record_sentences = {r.sentence for r in sheet.records}
    for q in sheet.quantities:
        if q.comparative or q.sentence in record_sentences:
            continue  # a record's figures are judged with the record
        facts, anchored = targets(sheet, index, q.subject_entity, q.subject, q.sentence)
        if not facts and not index.text_numbers:
            continue  # nothing on file to compare it with: its number need not be read
        number = quantity_number(q, tolerance)
        if number is None or number.unit_key is None:
            continue
        if facts:
            cands = [f for f in facts if fact_unit_key(f) == number.unit_key
                     and sentence_has(sheet, q.sentence, f.terms) and (f.cumulative or not q.cumulative)]
            base = Verdict("unknown", "quantity", [q.span], facts[0].entity, q.span.text, anchored=anchored)
            if cands:
                yield timeline_verdict(base, cands, lambda f: matches(number, f), day, _quantity_reason(q))
                continue
            if anchored:
                yield base
                continue
        if index.text_numbers:
            verdict = _text_quantity(q, number, by_unit.get(number.unit_key, []), counts)
            if verdict.status == "unknown" and number.unit_key.startswith("count:") \
                    and format_number(q.value) in index.numbers_written:
                continue  # the number is in the source, counting something it does not name
            yield verdict


def _text_quantity(q: Quantity, number: Number, same_unit: list[SourceFact], counts: list[SourceFact]) -> Verdict:
    """A quantity against the source texts' quantities in its unit: a match supports it (a
    count also by the same number of something else: "870 cases" and "870 people"); a
    different value for the same measure (cue) and subject contradicts it."""
    base = Verdict("unknown", "quantity", [q.span], q.subject or q.span.text, q.span.text, anchored=False)
    loose = counts if number.unit_key and number.unit_key.startswith("count:") else []
    good = [f for f in same_unit if matches(number, f)] or [f for f in loose if matches(number, f)]
    if good:
        return with_status(base, "supported", good[0])
    if not q.cue:
        return base
    cue = phrase_key(q.cue)
    same = [f for f in same_unit if cue and phrase_key(f.property) == cue and _same_subject(q, f)]
    if not same or len({f.value for f in same}) != 1:
        return base
    f = same[0]
    return with_status(base, "conflict", f, [], f"{_quantity_reason(q)}; the source gives {f.value} "
                                          f"({q.cue}{', ' + f.entity if f.entity else ''}). Source: {cite(f)}")


def _same_subject(q: Quantity, f: SourceFact) -> bool:
    """Both name a subject and share a content word, or neither names one."""
    a, b = phrase_key(q.subject or ""), phrase_key(f.entity or "")
    return bool(a & b) if a and b else not a and not b


def _quantity_reason(q: Quantity) -> str:
    return f"The article gives {q.span.text}" + (f" ({q.qualifier})" if q.qualifier and q.qualifier not in q.span.text else "")


# --------------------------------------------------------------------------- dates


def judge_dates(sheet: FactSheet, index: SourceIndex) -> Iterator[Verdict]:
    """A date against a dated fact about its subject, when the verb it hangs on is one of
    the fact's terms ("released in 2023" / release date), not merely in its sentence
    ("Retired astronaut Kelly … set in March 2016" says nothing of his retirement date)."""
    for t in sheet.times:
        if t.kind not in ("date", "year") or t.earliest is None or t.tense == "future":
            continue
        facts, anchored = targets(sheet, index, t.anchor_entity, t.anchor, t.sentence)
        cands = [f for f in facts if f.origin == "sheet" and f.date_value is not None
                 and f.terms and verb_matches(t.verb, f.terms)]
        if not cands:
            continue
        lo, hi = t.earliest, t.latest or t.earliest
        base = Verdict("unknown", "date", [t.span], cands[0].entity, t.span.text, anchored=anchored)

        def same_date(f: SourceFact) -> bool:
            a, b = date_bounds(f.date_value, f.date_precision)
            return a <= hi and lo <= b

        yield timeline_verdict(base, cands, same_date, sheet.article_date, f"The article dates it {t.span.text}")


# --------------------------------------------------------------------------- attributes


def judge_attributes(sheet: FactSheet, index: SourceIndex) -> Iterator[Verdict]:
    for c in sheet.claims:
        if not (c.attribute and c.value) or c.negated or c.modality not in ("asserted", "confirmed"):
            continue
        facts, anchored = targets(sheet, index, c.subject_entity, c.subject, c.sentence, anchored_only=True)
        if not anchored:
            continue
        prop = fold(c.attribute)
        cands = [f for f in facts if f.origin == "sheet" and f.number is None and f.date_value is None
                 and (fold(f.property) == prop or prop in {fold(t) for t in f.terms})]
        if not cands:
            continue
        base = Verdict("unknown", "attribute", [c.span], cands[0].entity, c.value)
        key = phrase_key(c.value)

        def same_value(f: SourceFact) -> bool:
            return any(phrase_key(v) == key or (key and phrase_key(v) <= key) for v in [f.value, *f.value_aliases])

        yield timeline_verdict(base, cands, same_value, sheet.article_date,
                                f"The article gives {c.attribute} \"{c.value}\"")
