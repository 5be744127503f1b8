"""Record claims against record histories: who held which record, with what value, when.

A present-tense claim ("holds") must match the entry valid on the article's date; a match
with an earlier entry is *outdated*; a wrong value for the holder, or a holder the history
does not list, is a conflict. A past-tense claim ("set", "broke") is history: the entry
must exist, and the date given must fall within a month of the entry's start.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Iterator

from ..facts import FactSheet, RecordClaim, SourceFact
from .index import SourceIndex
from .keys import person_parts, same_person
from .numbers import article_number, matches
from .values import describe_date
from .verdict import Verdict, cite, held_when, valid_at, with_status

__all__ = ["judge_records"]


def judge_records(sheet: FactSheet, index: SourceIndex, tolerance: float | None = None) -> Iterator[Verdict]:
    day = sheet.article_date
    for r in sheet.records:
        if r.negated or r.hedged:
            continue
        holder = _holder_name(sheet, r)
        entries = sorted(index.record_facts(r.title), key=lambda f: (f.valid_from or date.min, f.index))
        evidence = [r.holder_span, r.title_span] + ([r.value_span] if r.value_span else [])
        value_text = f"{r.value} ({holder})" if r.value else holder
        base = Verdict("unknown", "record", evidence, r.title, value_text)
        if not entries:
            base.sourced = index.holder_has_sheet(sheet, r.holder_entity, holder)
            base.subject = f"{holder}: {r.title}"
            yield base
            continue
        number = (article_number(r.number, r.unit, r.value or "", tolerance=tolerance)
                  if r.number is not None else None)
        g, s = person_parts(holder)
        by_holder = [e for e in entries if e.holder and same_person(g, s, *person_parts(e.holder))]
        by_value = [e for e in entries if number is not None and matches(number, e)]
        both = [e for e in by_holder if number is None or e in by_value]
        current = _current(entries, day)
        yield _record_verdict(base, r, holder, entries, current, by_holder, by_value, both, day)


def _holder_name(sheet: FactSheet, r: RecordClaim) -> str:
    if r.holder_entity is not None and 0 <= r.holder_entity < len(sheet.entities):
        return sheet.entities[r.holder_entity].name
    return r.holder


def _current(entries: list[SourceFact], day: date | None) -> SourceFact | None:
    valid = [e for e in entries if valid_at(e, day)]
    return valid[-1] if valid else None


def _record_verdict(base: Verdict, r: RecordClaim, holder: str, entries, current, by_holder, by_value,
                    both, day) -> Verdict:
    said = f"the article says {holder}" + (f" with {r.value}" if r.value else "")
    when = f"on the article's date ({day.isoformat()})" if day else "today (the article has no date; give --date)"
    cur = (f"the record is {current.value} ({current.holder}, {held_when(current)})" if current else None)
    if r.tense == "present":
        if current is not None and current in both:
            return with_status(base, "supported", current)
        if both:
            old = both[-1]
            if current is not None and (old.valid_until is not None and (day is None or old.valid_until <= day)):
                reason = (f"{said}, which was the record {held_when(old)}; {when} {cur}. "
                          f"Source: {cite(current)}" + (f"; earlier record: {cite(old)}" if old.citation != current.citation else ""))
                return with_status(base, "outdated", current, [old], reason)
            if day is not None and old.valid_from is not None and day < old.valid_from:
                reason = f"{said}, but that record was only set {held_when(old)}, after the article's date. Source: {cite(old)}"
                return with_status(base, "conflict", old, [], reason)
        if by_holder and r.value:
            own = by_holder[-1]
            reason = f"{said}, but the source gives {own.value} for {own.holder}"
            if current is not None and current is not own:
                reason += f"; {when} {cur}"
            return with_status(base, "conflict", current or own, [own], reason + f". Source: {cite(own)}")
        if current is not None:
            reason = f"{said}; {when} {cur}. Source: {cite(current)}"
            return with_status(base, "conflict", current, [], reason)
        return base
    # past tense: "set the record in 2016", "broke the record": a historical claim
    if both:
        e = both[-1]
        if r.set_earliest and e.valid_from and not (
                r.set_earliest - timedelta(days=31) <= e.valid_from <= (r.set_latest or r.set_earliest) + timedelta(days=31)):
            reason = (f"{said}, set {r.set_span.text if r.set_span else r.set_earliest}; the source dates that record "
                      f"{held_when(e)}. Source: {cite(e)}")
            return with_status(base, "conflict", e, [], reason)
        return with_status(base, "supported", e)
    if by_holder and r.value:
        own = by_holder[-1]
        return with_status(base, "conflict", own, [], f"{said}, but the source gives {own.value} for {own.holder}. Source: {cite(own)}")
    if by_value and not by_holder:
        other = by_value[-1]
        return with_status(base, "conflict", other, [],
                     f"{said}, but the source credits {other.value} to {other.holder} ({held_when(other)}). Source: {cite(other)}")
    earliest = entries[0].valid_from
    if r.set_earliest and earliest and r.set_earliest >= earliest and not by_holder:
        holders = ", ".join(sorted({e.holder for e in entries if e.holder}))
        return with_status(base, "conflict", entries[-1], [],
                     f"{said}, but the source's record history since {describe_date(earliest)} lists only {holders}. "
                     f"Source: {cite(entries[-1])}")
    return base
