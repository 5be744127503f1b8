"""Anniversary ordinals against the event's year and the year they are spoken of.

"the 100th anniversary of the first space video approaches" with the video dated 1946:
1946 + 100 = 2046. In an article of 2025 the anniversary is 21 years away, too far for
"approaches". The cue word sets the slack: "approaches"/"upcoming"/"next" allow the
anniversary up to ``approaching_years`` ahead, "marks"/"celebrates" the reference year
give or take one, "marked"/"celebrated" any year up to the next one.
"""

from __future__ import annotations

from typing import Iterator

from ....facts import FactSheet, Hit, Severity, TimeExpr
from .common import dated, link_event, plural, quote, reference_year, single_year

__all__ = ["check", "unchecked"]

_WHEN_TEXT = {"future": "is still ahead", "present": "falls in that year", "past": "has passed",
              None: "is current"}


def _event(facts: FactSheet, a: TimeExpr) -> TimeExpr | None:
    if a.refers_to is not None:
        x = facts.times[a.refers_to]
        return x if single_year(x) else None
    if not a.keys:
        return None
    candidates = [x for x in dated(facts) if x.clause != a.clause]
    return link_event(a.keys, candidates, min_score=2, head=a.keys[0])


def _band(when: str | None, ahead: int) -> tuple[int, int]:
    """Allowed (anniversary year − reference year) for a cue."""
    if when == "future":
        return 0, ahead
    if when == "present":
        return -1, 1
    if when == "past":
        return -200, 1
    return -1, ahead


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _describe(gap: int) -> str:
    if gap > 0:
        return f"{plural(gap, 'year')} before the anniversary"
    if gap < 0:
        return f"the anniversary was {plural(-gap, 'year')} earlier"
    return "the anniversary year itself"


def check(facts: FactSheet, approaching_years: int) -> Iterator[Hit]:
    for a in facts.times:
        if a.kind != "anniversary" or not a.ordinal:
            continue
        event = _event(facts, a)
        if event is None:
            continue
        ref = reference_year(facts, a, exclude={event.index})
        if ref is None:
            continue
        year = single_year(event)
        due = year + a.ordinal
        gap = due - ref.year
        low, high = _band(a.tense, approaching_years)
        if low <= gap <= high:
            continue
        miss = low - gap if gap < low else gap - high
        cue = f"“{a.verb}”" if a.verb else "the sentence"
        explanation = (
            f"{year} + {a.ordinal} = {due}; {ref.how}: {_describe(gap)}. "
            f"{cue.capitalize() if not a.verb else cue} says the anniversary {_WHEN_TEXT[a.tense]}"
            + (f" (within {plural(approaching_years, 'year')})" if a.tense == "future" else "")
            + f". The event's year comes from {quote(event)}."
        )
        evidence = [a.span, event.span] + ([ref.evidence] if ref.evidence else [])
        yield Hit(
            evidence=evidence,
            explanation=explanation,
            severity=Severity.info if miss <= 1 else None,
            values={"expression": a.span.text, "stated": _ordinal(a.ordinal), "computed": str(due),
                    "difference": str(gap), "event": a.anchor or event.anchor or "", "person": "",
                    "year": str(ref.year), "article_date": facts.article_date.isoformat() if facts.article_date else ""},
        )


def unchecked(facts: FactSheet) -> list[str]:
    """Anniversaries whose event year is known but whose reference year needs the article date."""
    out = []
    for a in facts.times:
        if a.kind != "anniversary" or not a.ordinal:
            continue
        event = _event(facts, a)
        if event is None or reference_year(facts, a, exclude={event.index}) is not None:
            continue
        year = single_year(event)
        out.append(f"{quote(a)}: {year} + {a.ordinal} = {year + a.ordinal}, not compared with the year of writing")
    return out
