"""What the quantity kinds share: how far a stated figure may stretch, and what "the same
event" means for a figure and a term.

A figure is read as an interval in base units (:func:`interval`):

* its written precision first: "62 miles" is 61.5–62.5 miles (half the last digit);
* then its qualifier: "about/nearly X" ±``approx`` (10 %), "up to/less than X" 0…X,
  "more than/at least X" X…∞ (``open_factor`` None) or X…X·``open_factor``. The bounds
  kind passes a finite factor: news writers pick the round figure just below the truth,
  so "more than 60 miles" means "60-odd", not "anything above 60" (an article that meant
  400 km would say so);
* ranges ("100–120 km") keep both ends.
"""

from __future__ import annotations

import math

from ...extract.figures import QUALIFIERS
from ...facts import Quantity, TermFact

__all__ = ["qualifier_kind", "interval", "same_event", "subject_key", "LIGHT_VERBS", "PRONOUNS"]

_QUALIFIER_KIND = {" ".join(k): v for k, v in QUALIFIERS.items()}
LIGHT_VERBS = {"be", "have", "do", "say", "make", "get", "take", "will", "go", "come", "tell",
               "add", "report", "include", "accord", "give", "put", "set", "see", "become", "use"}
PRONOUNS = {"it", "he", "she", "they", "this", "that", "which", "who", "we", "i", "you", "its",
            "them", "him", "her", "these", "those", "one"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their",
                "our", "my", "your", "not", "all", "some"}


def qualifier_kind(qualifier: str | None) -> str | None:
    """"min", "max" or "approx" for a qualifier as written, None when exact."""
    if not qualifier:
        return None
    return _QUALIFIER_KIND.get(qualifier.lower(), "approx")


def _scale(q: Quantity) -> float:
    """Base units per written unit (0 when unknown, e.g. for offset units)."""
    if q.dimension == "temperature" or not q.value:
        return 0.0
    return (q.base_value or 0.0) / q.value


def interval(q: Quantity, open_factor: float | None = None, approx: float = 0.1) -> tuple[float, float]:
    """The base-unit interval a stated figure allows (see the module docstring).

    q (Quantity): the figure. open_factor (float | None): how far "more than X" reaches
    (X·factor); None for no limit. approx (float): the relative slack of "about X".
    RETURNS (tuple[float, float]): low and high, in ``q.base_unit``.
    """
    base = q.base_value if q.base_value is not None else q.value
    lo = q.base_low if q.base_low is not None else base
    hi = q.base_high if q.base_high is not None else base
    half_step = (q.step or 0.0) / 2 * abs(_scale(q))
    lo, hi = lo - half_step, hi + half_step
    kind = qualifier_kind(q.qualifier)
    if kind == "min":
        hi = math.inf if open_factor is None else max(hi, (q.base_high or base) * open_factor)
    elif kind == "max":
        lo = min(0.0, lo)
    elif kind == "approx":
        lo, hi = lo - abs(lo) * approx, hi + abs(hi) * approx
    return lo, hi


def subject_key(text: str | None) -> str | None:
    """A subject's head word, lower case, None for pronouns ("The project" → "project")."""
    if not text:
        return None
    words = [w for w in text.lower().replace("’s", "").replace("'s", "").split() if w not in _DETERMINERS]
    if not words or words[-1] in PRONOUNS:
        return None
    return " ".join(words)


def same_event(q: Quantity, t: TermFact, window: int = 1) -> bool:
    """True when a figure and a term mention plausibly speak of one event.

    Same sentence; or a shared content verb in their clauses ("filmed 60 miles above …"
    / "filmed in orbit"); or the same subject (entity or head noun); or sentences at most
    ``window`` apart when one subject is unknown or a pronoun ("It flew 30 km high. Once
    in orbit, …").
    """
    if q.sentence == t.sentence:
        return True
    if (set(q.verbs) - LIGHT_VERBS) & (set(t.verbs) - LIGHT_VERBS):
        return True
    if q.subject_entity is not None and q.subject_entity == t.subject_entity:
        return True
    qs, ts = subject_key(q.subject), subject_key(t.subject)
    if qs and ts and qs == ts:
        return True
    return abs(q.sentence - t.sentence) <= window and (qs is None or ts is None)
