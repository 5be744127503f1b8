"""A stated time between two dated events against the difference of their dates.

Three shapes are read, all within one clause or one pair of sentences:

* "N years after/before <an event with a year>" with the clause's own year: "In 2019,
  four years after the 2016 referendum" → 2019 − 2016 = 3, not 4;
* "N years later/earlier" opening a statement with its own year, counted from the last
  year written before it: "She founded it in 2001. Five years later, in 2008, …";
* "predated/preceded/followed … by N years" between the two years of one sentence.

Stated durations are intervals ("nearly a decade" 7.5–10 years, "a decade" 8–12); the
computed one is an interval too (years, months or days as written). A miss within 15%
(or one year) is info: "nearly a decade" for 1946 → 1957 reads as loose, not wrong.
"""

from __future__ import annotations

from typing import Iterator

from ....extract.time_numbers import UNIT_YEARS
from ....facts import FactSheet, Hit, Severity, TimeExpr
from .common import dated, fmt_years, quote, single_year, years_between

__all__ = ["check", "unchecked"]

_ORDER_VERBS = {"predate", "precede", "antedate", "postdate", "follow", "outlast", "outlive", "trail"}


def _clause_year(facts: FactSheet, d: TimeExpr, years: list[TimeExpr], exclude: set[int]) -> TimeExpr | None:
    same = [y for y in years if y.clause == d.clause and y.index not in exclude and y.verb is not None
            and y.preposition in (None, "in", "on", "during")]
    return same[0] if len({single_year(y) for y in same}) == 1 else None


def _pairs(facts: FactSheet) -> Iterator[tuple[TimeExpr, TimeExpr, TimeExpr]]:
    """(duration, earlier event, later event) for each readable shape."""
    years = dated(facts)
    for d in facts.times:
        if d.kind != "duration" or d.years_low is None or d.clause is None or d.hedged:
            continue
        if d.relation in ("after", "before", "since") and d.refers_to is not None:
            other = facts.times[d.refers_to]
            if single_year(other) is None:
                continue
            own = _clause_year(facts, d, years, {other.index})
            if own is not None:
                yield (d, own, other) if d.relation == "before" else (d, other, own)
        elif d.relation in ("later", "earlier") and d.refers_to is None:
            own = _clause_year(facts, d, years, set())
            if own is None or not 0 <= own.span.start - d.span.end <= 40:
                continue  # "Five years later, in 2009": the year follows; "in 2001 and … a year later" is one event
            before = [y for y in years if y.span.end <= d.span.start and d.sentence - 1 <= y.sentence <= d.sentence
                      and y.index != own.index]
            if not before:
                continue
            prev = before[-1]
            yield (d, prev, own) if d.relation == "later" else (d, own, prev)
        elif d.preposition == "by" and d.verb in _ORDER_VERBS:
            same = [y for y in years if y.sentence == d.sentence]
            if len(same) == 2 and single_year(same[0]) != single_year(same[1]):
                a, b = sorted(same, key=lambda y: y.earliest)
                yield d, a, b


def _since_now(facts: FactSheet) -> Iterator[tuple[TimeExpr, TimeExpr]]:
    """"It has been 20 years since the 2003 invasion", "Twenty years after the 2003
    invasion, Iraq is …": no other year in a present-tense clause, so counted to now."""
    years = dated(facts)
    for d in facts.times:
        if (d.kind == "duration" and d.relation in ("since", "after") and d.refers_to is not None
                and not d.hedged and d.years_low is not None and d.tense == "present"
                and single_year(facts.times[d.refers_to]) is not None
                and _clause_year(facts, d, years, {d.refers_to}) is None):
            yield d, facts.times[d.refers_to]


def check(facts: FactSheet) -> Iterator[Hit]:
    yield from _check_pairs(facts)
    if facts.article_date is None:
        return
    today = facts.article_date
    for d, then in _since_now(facts):
        low, high = years_between(then.latest, today), years_between(then.earliest, today)
        s_low, s_high = _tolerant(d)
        if low <= (s_high if s_high is not None else float("inf")) and s_low <= high:
            continue
        miss = s_low - high if high < s_low else low - s_high
        computed = today.year - single_year(then)
        yield Hit(
            evidence=[d.span, then.span],
            explanation=(f"{today.year} − {single_year(then)} = {computed} years from {quote(then)} to the "
                         f"article's date ({today.isoformat()}); “{d.span.text}” means {_stated(d.years_low, d.years_high)}."),
            severity=Severity.info if miss <= max(1.0, 0.15 * (s_high or s_low)) else None,
            values={"expression": d.span.text, "stated": _stated(d.years_low, d.years_high), "computed": fmt_years(computed),
                    "difference": f"{miss:.1f}", "event": d.anchor or "", "person": "", "year": str(today.year),
                    "article_date": today.isoformat()},
        )


def unchecked(facts: FactSheet) -> list[str]:
    if facts.article_date is not None:
        return []
    return [f"{quote(d)} from {quote(then)} to the article's date" for d, then in _since_now(facts)]


def _tolerant(d: TimeExpr) -> tuple[float, float | None]:
    """The stated interval, an exact count widened by rounding: "four years" is 3.5–4.5."""
    low, high = d.years_low or 0.0, d.years_high
    if d.qualifier is None and high == low and d.unit in ("year", "month", "week", "day"):
        half = UNIT_YEARS[d.unit] / 2
        return max(low - half, 0.0), high + half
    return low, high


def _stated(s_low: float, s_high: float | None) -> str:
    if s_high == s_low:
        return fmt_years(s_low)
    return f"{fmt_years(s_low)} or more" if s_high is None else f"{fmt_years(s_low)}–{fmt_years(s_high)}"


def _check_pairs(facts: FactSheet) -> Iterator[Hit]:
    for d, early, late in _pairs(facts):
        low = max(years_between(early.latest, late.earliest), 0.0)
        high = years_between(early.earliest, late.latest)
        s_low, s_high = _tolerant(d)
        if s_high is not None and s_high < s_low:
            continue
        if low <= (s_high if s_high is not None else float("inf")) and s_low <= high:
            continue
        miss = s_low - high if high < s_low else low - s_high
        stated = _stated(d.years_low, d.years_high)
        computed = single_year(late) - single_year(early)
        explanation = (
            f"{single_year(late)} − {single_year(early)} = {computed} year{'s' if computed != 1 else ''} "
            f"between {quote(early)} and {quote(late)}"
            + (f" (at least {fmt_years(low)}, at most {fmt_years(high)} with the months given)"
               if early.granularity != "year" or late.granularity != "year" else "")
            + f"; “{d.span.text}” means {stated}."
        )
        small = miss <= max(1.0, 0.15 * (s_high or s_low))
        yield Hit(
            evidence=[d.span, early.span, late.span],
            explanation=explanation,
            severity=Severity.info if small else None,
            values={"expression": d.span.text, "stated": stated, "computed": fmt_years(computed),
                    "difference": f"{miss:.1f}", "event": d.anchor or "", "person": "",
                    "year": str(single_year(late)),
                    "article_date": facts.article_date.isoformat() if facts.article_date else ""},
        )
