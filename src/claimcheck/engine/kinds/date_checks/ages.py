"""A person's ages and birth year must agree with each other and with the article's date.

Every statement becomes an interval of birth years: "born in 1968" → 1968; "Marchetti,
52," in an article of 2025 → born 1972 or 1973 (the birthday may not have come yet); "In
1990, Smith, 25, …" → 1964–1965. Two statements about one person (the same entity, or
the same mention through "she was born …") whose intervals do not meet are reported, one
year apart as info. Ages at a death or at an unnamed moment ("at 25") are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ....facts import FactSheet, Hit, Severity, TimeExpr
from .common import plural, quote, single_year

__all__ = ["check", "unchecked"]


@dataclass
class _Obs:
    expr: TimeExpr
    low: int  # earliest birth year
    high: int
    how: str


def _person(x: TimeExpr) -> tuple | None:
    if x.anchor_entity is not None:
        return ("e", x.anchor_entity)
    if x.anchor_mention is not None:
        return ("m", x.anchor_mention)
    return None


def _age(x: TimeExpr) -> int | None:
    return int(x.years_low) if x.years_low is not None and x.years_low == x.years_high else None


def _born(x: TimeExpr, n: int, year: int, when: str) -> str:
    return (f"{quote(x)} {when} means born in {year - n - 1} or {year - n} "
            f"({year} − {n} − 1 to {year} − {n})")


def _observations(facts: FactSheet) -> tuple[dict[tuple, list[_Obs]], list[tuple[TimeExpr, TimeExpr]]]:
    """Birth-year intervals per person, and the (age, birth) pairs the article date would settle."""
    people: dict[tuple, list[_Obs]] = {}
    current: dict[tuple, list[TimeExpr]] = {}
    for x in facts.times:
        key = _person(x)
        if key is None:
            continue
        if x.kind == "birth" and single_year(x):
            b = single_year(x)
            people.setdefault(key, []).append(_Obs(x, b, b, f"{quote(x)} says born in {b}"))
        elif x.kind == "age" and _age(x) is not None:
            n = _age(x)
            if x.refers_to is not None and single_year(facts.times[x.refers_to]):
                ref = facts.times[x.refers_to]
                r = single_year(ref)
                people.setdefault(key, []).append(_Obs(x, r - n - 1, r - n, _born(x, n, r, f"in {r}")))
            elif x.relation is None:
                current.setdefault(key, []).append(x)
    waiting: list[tuple[TimeExpr, TimeExpr]] = []
    for key, ages in current.items():
        if facts.article_date is not None:
            a = facts.article_date.year
            for x in ages:
                n = _age(x)
                people.setdefault(key, []).append(_Obs(
                    x, a - n - 1, a - n, _born(x, n, a, f"on {facts.article_date.isoformat()}")))
        else:
            # without a date, current ages can still be compared with each other
            for x in ages:
                n = _age(x)
                people.setdefault(key, []).append(_Obs(x, -n - 1, -n, f"{quote(x)} is {n} now"))
            births = [o for o in people.get(key, []) if o.expr.kind == "birth"]
            waiting.extend((ages[0], o.expr) for o in births)
    return people, waiting


def _compare(obs: list[_Obs], relative: bool) -> Iterator[tuple[_Obs, _Obs, int]]:
    """Each statement against the first birth statement (else the first age)."""
    births = [o for o in obs if o.expr.kind == "birth"]
    base = births[0] if births else obs[0]
    for o in obs:
        if o is base or (o.low <= base.high and base.low <= o.high):
            continue
        yield base, o, (base.low - o.high if o.high < base.low else o.low - base.high)


def check(facts: FactSheet, compare_ages: bool = True) -> Iterator[Hit]:
    """``compare_ages``: also report two current ages of one person (no birth year involved)."""
    people, _ = _observations(facts)
    for key, obs in people.items():
        for relative in (False, True):
            group = [o for o in obs if (o.high <= 0) == relative]
            if len(group) < 2:
                continue
            for base, o, miss in _compare(group, relative):
                both_ages = base.expr.kind == "age" and o.expr.kind == "age" and base.expr.refers_to is None \
                    and o.expr.refers_to is None
                if (relative or both_ages) and not compare_ages:
                    continue
                if relative or both_ages:
                    gap = abs(int(base.expr.years_low or 0) - int(o.expr.years_low or 0))
                    who = o.expr.anchor or base.expr.anchor or "one person"
                    explanation = (f"{quote(base.expr)} and {quote(o.expr)} give {who} two ages "
                                   f"{plural(gap, 'year')} apart in the same article.")
                else:
                    explanation = f"{o.how}, but {base.how}: {plural(miss, 'year')} apart."
                    if base.expr.kind == "birth" and o.expr.refers_to is None and facts.article_date:
                        a = facts.article_date.year
                        explanation += (f" Born in {base.low}, {o.expr.anchor or 'the person'} would be "
                                        f"{a - base.low - 1} or {a - base.low}, not {int(o.expr.years_low or 0)}.")
                who = o.expr.anchor or base.expr.anchor or ""
                yield Hit(
                    evidence=[base.expr.span, o.expr.span],
                    explanation=explanation,
                    severity=Severity.info if miss <= 1 and not (relative or both_ages) else None,
                    values={"expression": o.expr.span.text, "stated": base.expr.span.text,
                            "computed": f"{o.low}–{o.high}" if not relative else o.expr.span.text,
                            "difference": str(miss), "event": "", "person": who, "year": str(base.low),
                            "article_date": facts.article_date.isoformat() if facts.article_date else ""},
                )


def unchecked(facts: FactSheet) -> list[str]:
    if facts.article_date is not None:
        return []
    _, waiting = _observations(facts)
    return [f"{quote(age)} against {quote(birth)}" + (f" ({age.anchor})" if age.anchor else "")
            for age, birth in waiting]
