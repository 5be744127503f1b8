"""Time counted from the article's date against an explicit year of the same event.

"two years ago, in 2021," in an article of 2025: two years before 2025 is 2023, not
2021. "Next year's 2024 games" in 2025 likewise. The relative expression is compared
with a year written in the same clause (both dating one verb), or, for "N years ago",
with the year of the same event told again in another sentence (the same verb and two
more shared content words).
"ago" is counted in calendar years with a year's slack (said in January of something
from December); "last year"/"next year" are exact.
"""

from __future__ import annotations

from typing import Iterator

from ....facts import FactSheet, Hit, Severity, TimeExpr
from .common import dated, link_event, plural, quote, single_year

__all__ = ["check", "unchecked"]

_RELATIONS = ("ago", "calendar", "from now")


def _candidates(facts: FactSheet) -> list[TimeExpr]:
    return [x for x in facts.times if x.kind == "relative" and x.relation in _RELATIONS
            and (x.relation != "calendar" or x.unit == "year") and x.years_low is not None]


def _partner(facts: FactSheet, r: TimeExpr, years: list[TimeExpr]) -> TimeExpr | None:
    """The explicit year of the same event: same clause, else a strongly linked event."""
    if r.clause is not None and r.verb is not None:
        same = [y for y in years if y.clause == r.clause and y.verb is not None
                and y.preposition in (None, "in", "on", "during")]
        if len({single_year(y) for y in same}) == 1:
            return same[0]
        if same:
            return None
    if r.relation != "ago" or r.years_high is None or r.hedged or r.verb is None or len(r.keys) < 3:
        return None
    # across sentences only one event told twice: the same verb and two more shared words
    others = [y for y in years if y.sentence != r.sentence and not y.hedged and y.verb == r.verb]
    return link_event(r.keys, others, min_score=3, head=r.verb)


def check(facts: FactSheet) -> Iterator[Hit]:
    if facts.article_date is None:
        return
    years = dated(facts)
    for r in _candidates(facts):
        if r.earliest is None or r.latest is None:
            continue
        y = _partner(facts, r, years)
        if y is None:
            continue
        year = single_year(y)
        lo, hi = r.earliest.year, r.latest.year
        if lo <= year <= hi:
            continue
        miss = lo - year if year < lo else year - hi
        slack = 1 if r.relation in ("ago", "from now") and r.qualifier is None else 0
        if r.relation in ("ago", "from now") and r.years_high is None:
            slack = 1
        if miss <= slack:
            continue
        a = facts.article_date.year
        span = f"{lo}" if lo == hi else f"{lo}–{hi}"
        explanation = (
            f"The article is dated {facts.article_date.isoformat()}: “{r.span.text}” is {span}"
            + (f" ({a} − {r.years_low:g} = {a - int(r.years_low)})" if r.relation == "ago" and r.years_low == r.years_high else "")
            + f", but {quote(y)} dates the same event {year}: {plural(miss, 'year')} apart."
        )
        yield Hit(
            evidence=[r.span, y.span],
            explanation=explanation,
            severity=Severity.info if miss <= slack + 1 and r.relation != "calendar" else None,
            values={"expression": r.span.text, "stated": span, "computed": str(year), "difference": str(miss),
                    "event": r.anchor or "", "person": "", "year": str(year),
                    "article_date": facts.article_date.isoformat()},
        )


def unchecked(facts: FactSheet) -> list[str]:
    if facts.article_date is not None:
        return []
    years = dated(facts)
    out = []
    loose = []
    for r in _candidates(facts):
        y = _partner(facts, r, years)
        if y is not None:
            out.append(f"{quote(r)} against {quote(y)}")
        else:
            loose.append(r)
    if loose:
        shown = ", ".join(quote(r) for r in loose[:4]) + (" …" if len(loose) > 4 else "")
        out.append(f"{plural(len(loose), 'relative date')} not placed in time ({shown})")
    return out
