"""What every date-arithmetic check shares: years of expressions, reference years, links.

A *reference year* is the year a statement is made from: a year written in the same
clause ("In 2019, the city marked …"), a relative one placed by the article date ("next
year marks …"), or the article's date itself. Events are linked across sentences only
on strong evidence: the head noun of one event's description and at least one more
content word must recur ("the first space video" … "the first video ever taken in space").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ....facts import FactSheet, Span, TimeExpr

__all__ = ["single_year", "dated", "Reference", "reference_year", "link_event", "fmt_years",
           "quote", "plural"]


def single_year(x: TimeExpr) -> int | None:
    """The year an absolute expression names, when it names exactly one."""
    if x.kind not in ("date", "year", "birth") or x.fiscal or not x.earliest or not x.latest:
        return None
    return x.earliest.year if x.earliest.year == x.latest.year else None


def dated(facts: FactSheet) -> list[TimeExpr]:
    """Absolute dates and years (not fiscal years, not ranges)."""
    return [x for x in facts.times if x.kind in ("date", "year") and single_year(x) is not None
            and x.relation != "range"]


@dataclass
class Reference:
    """The year a statement is made from, and how we know it."""

    year: int
    how: str  # "the article is dated 2025-06-01", "the sentence says 2019"
    evidence: Span | None = None
    from_text: bool = False  # the text itself pins it (no article date needed)


def reference_year(facts: FactSheet, x: TimeExpr, exclude: set[int] = frozenset()) -> Reference | None:
    """The year statement ``x`` is made from: its clause's own year, a relative year in the
    clause placed by the article date, or the article's year."""
    if x.clause is not None:
        same = [y for y in facts.times if y.clause == x.clause and y.index != x.index and y.index not in exclude
                and y.verb is not None and y.preposition in (None, "in", "on", "during")]
        years = {single_year(y) for y in same if y.kind in ("date", "year") and single_year(y)}
        if len(years) == 1:
            y = next(y for y in same if single_year(y) in years)
            return Reference(years.pop(), f"the sentence dates it {y.span.text}", y.span, True)
        rel = [y for y in same if y.kind == "relative" and y.relation == "calendar" and y.unit == "year"]
        if len(rel) == 1 and rel[0].earliest and facts.article_date:
            r = rel[0]
            return Reference(r.earliest.year, f"“{r.span.text}” is {r.earliest.year} for an article dated "
                             f"{facts.article_date.isoformat()}", r.span)
    if facts.article_date:
        return Reference(facts.article_date.year, f"the article is dated {facts.article_date.isoformat()}")
    return None


def link_event(keys: list[str], candidates: list[TimeExpr], min_score: int = 2,
               head: str | None = None) -> TimeExpr | None:
    """The one dated expression whose event shares the most content words with ``keys``.

    ``head`` (the event's head noun) must be shared when given. Ties between different
    years, or no candidate reaching ``min_score``, give None: no link rather than a guess.
    """
    want = set(keys)
    if not want:
        return None
    scored = []
    for c in candidates:
        have = set(c.keys)
        if head and head not in have:
            continue
        score = len(want & have)
        if score >= min_score:
            scored.append((score, c))
    if not scored:
        return None
    best = max(s for s, _ in scored)
    top = [c for s, c in scored if s == best]
    if len({single_year(c) for c in top}) != 1:
        return None
    return top[0]


def fmt_years(value: float) -> str:
    """11.0 → "11 years", 0.93 → "340 days", 1.5 → "1.5 years"."""
    if value < 1:
        days = round(value * 365.25)
        return f"{days} day{'s' if days != 1 else ''}"
    if abs(value - round(value)) < 0.05:
        n = int(round(value))
        return f"{n} year{'s' if n != 1 else ''}"
    return f"{value:.1f} years"


def quote(x: TimeExpr) -> str:
    return f"“{x.span.text}” (line {x.span.line})"


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def years_between(a: date, b: date) -> float:
    return (b - a).days / 365.25
