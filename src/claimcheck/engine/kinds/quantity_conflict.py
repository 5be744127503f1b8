"""Kind ``quantity-conflict``: one property of one thing stated with different values.

## What it does
Groups figures by what they measure: dimension, base unit or currency, and the thing
they belong to with its modifiers ("budget", "annual budget", "knife"); counts also by
the entity they are about. Within a group, two figures whose stated intervals do not
overlap after unit conversion are reported: "a budget of $12m" … "the $15m budget";
"a 5-inch knife" … "the 10-inch knife".

## Why is this bad?
At most one of the figures is right, and readers (and corrections) need to know which.

## Known problems
Figures are compared as intervals (see ``_figures.interval``): rounding to the last
written digit, "about" ±10 %, "more than X" open above, ranges as written, so "about 100
km" and "62 miles" agree. Guards: reference figures ("up from $9m", "compared with",
"than", "another £5m", percentage changes) are skipped; totals ("in total", "combined")
are compared only with totals; figures tied to different dates ("last year"), different
subjects or owners ("Smith's deal", "the deal for Jones") or in quoted speech are not
compared; a later figure introduced as new ("a £12m deal" after "the £5m deal") is taken
to be another thing. Two deals of one club, both called "the deal", still meet.

## Example
Flagged: ``She raised a budget of $12m. … The $15m budget covers two flights.``
Clean: ``The project costs $12m in total, up from $9m last year.``

## Options
``dimensions`` (which dimensions this rule compares), ``require_subject_entity`` (only
figures about a named entity: for counts), ``ignore_things`` (nouns too vague to key on),
``approx_tolerance``, ``conversion_tolerance`` (slack when two units were converted),
``compare_quotes``, ``max_sentence_gap``.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import ClassVar, Iterator

from pydantic import Field

from ...facts import FactSheet, Hit, Quantity
from ...units import CURRENCY_WORDS, UNIT_WORDS, format_number, unit_label
from ._figures import LIGHT_VERBS, interval, subject_key
from .base import RuleSpec

__all__ = ["QuantityConflict", "GENERIC_THINGS"]

GENERIC_THINGS = [
    "figure", "amount", "sum", "total", "number", "one", "lot", "way", "time", "level", "rate",
    "share", "part", "record", "average", "increase", "rise", "fall", "drop", "cut", "gain",
    "growth", "change", "difference", "jump", "boost", "decline", "people", "person",
    "year", "day", "week", "month", "hour", "minute", "second", "season", "game", "match",
    "time", "point", "goal", "run", "stage", "round", "lap", "mile", "case", "vote", "seat",
    # a distance that names a sporting event classifies, it does not measure: "the 200m title"
    "title", "champion", "championship", "race", "event", "final", "world", "gold", "silver",
    "bronze", "medal", "hurdles", "relay", "freestyle", "butterfly", "backstroke", "breaststroke",
    "sprint", "marathon", "heat", "leg", "winner", "specialist", "runner", "swimmer",
]


_UNIT_NOUNS = set(CURRENCY_WORDS) | set(UNIT_WORDS) | {"pound", "euro", "dollar", "rupee", "rouble", "ruble",
                                                      "franc", "peso", "real", "rand", "won", "lira", "krona",
                                                      "krone", "currency", "m", "bn", "million", "billion"}


class QuantityConflict(RuleSpec):
    """The same property of the same thing stated with different values."""

    name: ClassVar[str] = "quantity-conflict"
    needs: ClassVar[frozenset[str]] = frozenset({"entities", "quantities"})
    placeholders: ClassVar[tuple[str, ...]] = ("thing", "what", "values", "first", "second")

    dimensions: list[str] = Field(default_factory=lambda: ["currency"], min_length=1,
                                  description="Which dimensions to compare: currency, length, mass, speed, count …")
    require_subject_entity: bool = Field(default=False, description=(
        "Compare only figures about a named entity, grouped by it (for counts)."))
    ignore_things: list[str] = Field(default_factory=lambda: list(GENERIC_THINGS),
                                     description="Nouns too vague to say two figures are about one thing.")
    approx_tolerance: float = Field(default=0.1, ge=0.0, lt=1.0, description="The slack of \"about X\" (±10 %).")
    conversion_tolerance: float = Field(default=0.02, ge=0.0, lt=1.0, description=(
        "Extra relative slack when the two figures were written in different units."))
    compare_quotes: bool = Field(default=False, description="Compare figures inside quoted speech too.")
    max_sentence_gap: int | None = Field(default=None, ge=0, description=(
        "Compare only figures at most this many sentences apart (none: the whole article)."))
    link_by_context: int | None = Field(default=None, ge=1, description=(
        "Also compare figures that share at least this many content words nearby "
        "(a restatement: \"Deutsche Boerse's £1.3bn offer was rejected\" … \"rejected the £1.5bn offer\")."))
    max_ratio: float = Field(default=20.0, gt=1.0, description=(
        "Figures further apart than this factor are taken to be different kinds of figure "
        "(a price per share and a company's value)."))
    min_context_overlap: float = Field(default=0.25, ge=0.0, le=1.0,
                                       description="… and at least this share of their words (Jaccard).")
    link_by_verb: bool = Field(default=False, description=(
        "Also compare figures with no thing noun that share their governing verb and subject "
        "(\"the party repaid £500,000\" … \"the party had repaid £750,000\")."))

    def check(self, facts: FactSheet) -> Iterator[Hit]:
        groups = [members for members in self._groups(facts).values() if len(members) >= 2]
        if not groups:
            return  # most articles: no two figures of one kind, no paragraph map needed
        paragraphs = {s.index: s.paragraph for s in facts.sentences}
        for members in groups:
            pair = self._first_conflict(members, paragraphs)
            if pair is not None:
                yield self._hit(*pair, members, paragraphs)

    def _groups(self, facts: FactSheet) -> dict[tuple, list[tuple[Quantity, tuple | None]]]:
        """Figures that could conflict, keyed by dimension, unit, total-or-not (and entity),
        each with its anchor (what it is a value of)."""
        ignore = _ignored_words(tuple(self.ignore_things))
        dims = set(self.dimensions)
        groups: dict[tuple, list[tuple[Quantity, tuple | None]]] = defaultdict(list)
        for q in facts.quantities:
            if q.dimension not in dims or q.comparative or q.base_value is None:
                continue
            if q.in_quote and not self.compare_quotes:
                continue
            if self.require_subject_entity and q.subject_entity is None:
                continue
            if q.dimension == "count" and q.value < 1000 and q.value != int(q.value):
                continue  # "7.5 rebounds": an average, not a count
            if _last_word(q.thing) in _UNIT_NOUNS:
                continue  # "80bn rupees ($1.8bn)": a conversion, not a figure of its own
            anchor = self._anchor(q, ignore)
            if anchor is None and not (self.link_by_context and len(q.context) >= self.link_by_context):
                continue
            entity = q.subject_entity if self.require_subject_entity else None
            groups[(q.dimension, q.base_unit, q.cumulative, entity)].append((q, anchor))
        return groups

    def _anchor(self, q: Quantity, ignore: frozenset[str]) -> tuple | None:
        """What the figure is a value of: its thing, else (with ``link_by_verb``) verb and subject."""
        if q.thing and q.thing.split():
            head = q.thing.split()[-1]
            if q.thing in ignore or head in ignore or any(ch.isdigit() for ch in head):
                return None
            return ("thing", q.thing)
        if self.link_by_verb and q.verbs and q.verbs[0] not in LIGHT_VERBS:
            who = q.subject_entity if q.subject_entity is not None else subject_key(q.subject)
            if who is not None:
                return ("verb", q.verbs[0], who)
        return None

    def _linked(self, a: tuple[Quantity, tuple | None], b: tuple[Quantity, tuple | None],
                paragraphs: dict[int, int]) -> str | None:
        """How two figures are known to be about one thing: "noun", "verb", "context", or None."""
        low, high = sorted((abs(a[0].base_value or 0.0), abs(b[0].base_value or 0.0)))
        if low * self.max_ratio < high:
            return None  # "530 pence" a share and "£1.3bn" for the firm: two kinds of figure
        if a[1] is not None and a[1] == b[1]:
            return "noun" if a[1][0] == "thing" else "verb"
        if paragraphs.get(a[0].sentence) == paragraphs.get(b[0].sentence):
            return None  # within one paragraph, shared words mark a change or a comparison
        if self.link_by_context and (a[1] is None or b[1] is None or a[1][0] != b[1][0] or a[1][0] == "verb"):
            shared = set(a[0].context) & set(b[0].context)
            union = set(a[0].context) | set(b[0].context)
            if low * MAX_CONTEXT_RATIO < high:
                return None  # "$25.4bn" and "$76 a share": words alone do not make them one figure
            if len(shared) >= self.link_by_context and len(shared) >= self.min_context_overlap * len(union):
                return "context"
        return None

    def _first_conflict(self, members: list[tuple[Quantity, tuple | None]],
                        paragraphs: dict[int, int]) -> tuple[tuple, tuple, str] | None:
        for j in range(1, len(members)):
            for i in range(j):
                link = self._linked(members[i], members[j], paragraphs)
                a, b = members[i][0], members[j][0]
                if link and self._comparable(a, b) and not self._consistent(a, b):
                    return members[i], members[j], link
        return None

    def _comparable(self, a: Quantity, b: Quantity) -> bool:
        """False when the context says the two figures may be about different things."""
        if a.time != b.time:
            return False  # "last year", "in May": figures of two times
        if a.subject_entity is not None and b.subject_entity is not None and a.subject_entity != b.subject_entity:
            return False
        sa, sb = subject_key(a.subject), subject_key(b.subject)
        if sa and sb and _last_word(sa) != _last_word(sb) and a.subject_entity is None and b.subject_entity is None:
            return False  # two subjects ("the plans" / "the party"); "laser bridges" = "the Lightpointe laser bridges"
        if a.determiner != b.determiner and {a.determiner, b.determiner} & {"his", "her", "their"}:
            return False  # "his 18-yard drive": a person's own thing
        if b.determiner in {"a", "an", "another"}:
            return False  # "… a £12m deal": a new thing is introduced
        if _contrasting(a.modifiers, b.modifiers):
            return False  # "the new rebate" and "the rebate", "the annual budget" and "the budget"
        if a.sentence == b.sentence:
            return False  # one sentence with two values of one thing compares or splits them
        if self.max_sentence_gap is not None and abs(b.sentence - a.sentence) > self.max_sentence_gap:
            return False
        return True

    def _consistent(self, a: Quantity, b: Quantity) -> bool:
        alo, ahi = interval(a, None, self.approx_tolerance)
        blo, bhi = interval(b, None, self.approx_tolerance)
        if a.unit != b.unit:
            slack = self.conversion_tolerance
            alo, ahi = alo * (1 - slack), ahi * (1 + slack)
        return alo < bhi and blo < ahi  # touching intervals (£5m, £6m) are two values

    def _hit(self, first: tuple, second: tuple, link: str, members: list[tuple[Quantity, tuple | None]],
             paragraphs: dict[int, int]) -> Hit:
        a, b = first[0], second[0]
        others = [m[0] for m in members if m[0] is not a and m[0] is not b and self._linked(first, m, paragraphs)
                  and self._comparable(a, m[0]) and not self._consistent(a, m[0])]
        shown = [a, b] + others[:2]
        values = " vs ".join(f"{q.span.text} (line {q.span.line})" for q in shown)
        label = unit_label(a.base_unit or "")
        arithmetic = "; ".join(f"{q.span.text!r} = {format_number(q.base_value or 0.0)} {label}" for q in shown)
        why = {"noun": "same noun and modifiers", "verb": "same verb and subject",
               "context": "the same words around them: " + ", ".join(sorted(set(a.context) & set(b.context))[:6])}[link]
        return Hit(
            evidence=[q.span for q in shown],
            explanation=(f"{arithmetic}: figures for {_what(a)} ({why}; no date, owner or 'new' marker telling "
                         f"them apart) that do not overlap even allowing for rounding and qualifiers."),
            values={"thing": a.thing or "", "what": _what(a), "values": values, "first": a.span.text,
                    "second": b.span.text},
        )


@lru_cache(maxsize=16)
def _ignored_words(ignore_things: tuple[str, ...]) -> frozenset[str]:
    """The nouns no figure is keyed on: a rule's vague things and every unit noun (built
    once per option value, not once per article)."""
    return frozenset({w.lower() for w in ignore_things} | _UNIT_NOUNS)


def _what(q: Quantity) -> str:
    """What the figures measure, for messages: "the budget", "what the party repay(s)"."""
    if q.thing:
        return f"the {q.thing}"
    subject = q.subject or "it"
    return f"what {subject[0].lower() + subject[1:] if subject[:1].isupper() and ' ' in subject else subject} " \
           f"{q.verbs[0] if q.verbs else 'state'}s"


MAX_CONTEXT_RATIO = 4.0  # figures linked by context words only must be within this factor
# adjectives that set one thing apart from another of the same name
CONTRAST_MODIFIERS = {
    "new", "old", "first", "second", "third", "last", "previous", "initial", "original", "revised",
    "final", "annual", "monthly", "weekly", "daily", "yearly", "total", "average", "extra",
    "additional", "further", "latest", "current", "former", "proposed", "planned", "earlier",
    "later", "next", "other", "own", "overall", "combined", "net", "gross", "basic", "minimum",
    "maximum", "top", "starting", "opening", "higher", "lower", "bigger", "smaller", "larger",
    "rival", "separate", "different", "similar", "second-hand", "used", "remaining",
}


def _contrasting(a: list[str], b: list[str]) -> bool:
    """True when the adjectives differ by one that tells two things apart."""
    return bool((set(a) ^ set(b)) & CONTRAST_MODIFIERS)


def _last_word(text: str | None) -> str | None:
    """The head word of a phrase; None for no phrase or one made only of whitespace."""
    words = text.split() if text else None
    return words[-1] if words else None
