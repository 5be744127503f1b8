"""Future tense for a date already past at the article's date, and past tense for a future one.

"The probe will land in 2024" in an article of 2025 speaks of the past as the future;
"the film was released in 2027" in an article of 2025 reports the future as done. Only
dates that modify the verb directly ("in 2027", "on March 3, 2024") count, and only
plain statements: plans, schedules, forecasts, conditionals, modals, deadlines ("by
2030", "until 2027"), fiscal years and quoted speech are left alone.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Iterator

from ....facts import FactSheet, Hit, TimeExpr
from .common import quote

__all__ = ["check", "unchecked"]

#: past-tense verbs that report a plan or a schedule, not a done deed
_PLANNING = {
    "set", "schedule", "slate", "plan", "expect", "due", "announce", "delay", "postpone", "push",
    "move", "reschedule", "extend", "approve", "sign", "agree", "award", "book", "budget",
    "earmark", "allocate", "forecast", "predict", "project", "target", "aim", "commit", "pledge",
    "promise", "vow", "renew", "confirm", "unveil", "say", "tell", "propose", "pencil", "reserve",
    "order", "vote", "decide", "rule", "estimate", "warn", "hope", "want", "intend", "bring",
}
_GRACE = timedelta(days=31)


def _candidates(facts: FactSheet) -> list[TimeExpr]:
    return [x for x in facts.times if x.kind in ("date", "year") and x.verb and x.tense in ("past", "future")
            and not x.hedged and not x.fiscal and not x.in_quote and x.relation != "range"
            and x.preposition in (None, "in", "on", "during") and x.earliest and x.latest
            and x.verb not in _PLANNING]


def _floor(facts: FactSheet) -> TimeExpr | None:
    """The latest year the article itself reports as past: it was written after that."""
    past = [x for x in _candidates(facts) if x.tense == "past"]
    return max(past, key=lambda x: x.latest, default=None)


def check(facts: FactSheet) -> Iterator[Hit]:
    today = facts.article_date
    if today is None:
        yield from _check_by_text(facts)
        return
    for x in _candidates(facts):
        if x.tense == "future" and x.latest < today - _GRACE:
            problem = f"the future tense (“will {x.verb}”) is used for {x.span.text}, which had passed"
        elif x.tense == "past" and x.earliest > today + _GRACE:
            problem = f"the past tense (“{x.verb}”) reports {x.span.text} as done, which was still to come"
        else:
            continue
        yield Hit(
            evidence=[x.span],
            explanation=f"The article is dated {today.isoformat()}: {problem}.",
            values={"expression": x.span.text, "stated": x.tense or "", "computed": today.isoformat(),
                    "difference": "", "event": x.anchor or "", "person": "", "year": str(x.earliest.year),
                    "article_date": today.isoformat()},
        )


def _check_by_text(facts: FactSheet) -> Iterator[Hit]:
    """Without a date: a future event dated before a year the text reports as past."""
    floor = _floor(facts)
    if floor is None:
        return
    for x in _candidates(facts):
        if x.tense == "future" and x.latest.year < floor.earliest.year:
            yield Hit(
                evidence=[x.span, floor.span],
                explanation=(f"The article reports {quote(floor)} as past, so it was written in "
                             f"{floor.earliest.year} or later, yet it says {x.span.text} “will {x.verb}”."),
                values={"expression": x.span.text, "stated": "future", "computed": str(floor.earliest.year),
                        "difference": "", "event": x.anchor or "", "person": "", "year": str(x.earliest.year),
                        "article_date": ""},
            )


def unchecked(facts: FactSheet) -> list[str]:
    if facts.article_date is not None:
        return []
    floor = _floor(facts)
    found = [x for x in _candidates(facts) if x.tense == "future"
             and (floor is None or x.latest.year >= floor.earliest.year)]
    if not found:
        return []
    shown = ", ".join(quote(x) for x in found[:4]) + (" …" if len(found) > 4 else "")
    return [f"whether {shown} (future tense) had already passed"]
