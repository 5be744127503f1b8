"""Kind ``negation-conflict``: one claim asserted and denied for the same subject and time.

## What it does
Flags two statements that say the same thing of the same subject, with the same object
and the same qualifiers (time, place, manner), where one is negated: "The northern leg
was turned back to local control in 1945" against "The northern leg was not turned back
to local control in 1945"; "The studio confirmed the sequel" against "The studio has not
confirmed the sequel". Optionally, a pair of antonyms counts as a negation ("supported
the bid" / "opposed the bid").

## Why is this bad?
The reader is told that something happened and that it did not; at most one can be true.

One side may name the subject or the object with more detail: "The festival board in
Kelham approved the screening" against "The festival board did not approve the
screening"; "approved the £40m rail link between Leeds and York on Wednesday" against
"did not approve the £40m rail link". A contrastive word ("the revised plan", "the
second phase") keeps two phrases apart.

## Known problems
Only near-identical statements are compared, so a denial phrased differently is missed.
Guards keep quiet for: different or unresolvable subjects (pronouns, "some analysts"),
different objects, qualifiers that do not include each other ("did not score in the first
half ... scored in the second"), two different stated times, different tenses (a change
over time), "no longer", "not only ... but", quoted speech, questions, conditionals,
hedged claims, and two halves of one sentence. The statement may add circumstances:
"was not opened" against "was opened in 1987 after a decade of planning" is reported; a
denial that adds one ("was not invented in Italy" against "was invented by 1910") is not,
as it leaves the statement standing.

## Example
Flagged: ``Constant k filters were invented by George Campbell. ... Constant k filters
were not invented by George Campbell.``
Clean: ``The striker did not score in the first half. The striker scored in the second
half.``

## Options
``antonyms``: groups of verbs or adjectives whose members deny each other; an empty list
turns antonyms off. ``modalities``: the certainties compared (hedged claims are not).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import ClassVar, Iterator, Literal

from pydantic import Field

from ...facts import Claim, FactSheet, Hit
from .base import RuleSpec
from .claim_support import (
    detail_keys,
    pairs,
    quote,
    same_object,
    same_or_detailed_subject,
    sentence_text,
)

__all__ = ["NegationConflict"]

_DEFAULT_ANTONYMS = [
    ["support", "oppose"], ["accept", "reject"], ["approve", "reject"], ["win", "lose"],
    ["allow", "ban"], ["allow", "forbid"], ["include", "exclude"], ["succeed", "fail"],
    ["agree", "disagree"], ["confirm", "deny"], ["admit", "deny"], ["possible", "impossible"],
    ["legal", "illegal"], ["superior", "inferior"], ["guilty", "innocent"], ["alive", "dead"],
    ["true", "false"], ["present", "absent"], ["married", "single"], ["friend", "enemy"],
]
_CHANGE_WORDS = ("no longer", "anymore", "any more", "not yet", "yet to", "still not", "not only",
                 "not just", "not merely", "not all", "not always")
# one scan of the lowered text finds any of the words (a substring test per word lowered it each time)
_CHANGE_PATTERN = re.compile("|".join(re.escape(w) for w in _CHANGE_WORDS))


def _time(claim: Claim) -> str:
    """The stated time, lower case, one space between words ("on\nFriday" = "on Friday")."""
    return " ".join((claim.time or "").lower().split())


def _qualifiers(claim: Claim, other_time: str) -> set[str]:
    """A claim's qualifier keys, without its time when only it states one (an undated
    statement is a general one: "on Wednesday" is compared as a time, above)."""
    own = _time(claim)
    if not own or other_time:
        return set(claim.qualifiers)
    return {q for q in claim.qualifiers if not all(word in own for word in q.split())}


def _detail_note(a: Claim, b: Claim) -> str:
    """Says which phrase one side tells with more detail, when the two differ."""
    told = []
    if a.subject_key != b.subject_key and not set(a.subject_entities) & set(b.subject_entities):
        told.append(f'"{a.subject}" / "{b.subject}"')
    if a.object_key != b.object_key:
        told.append("the object")
    return f" (one side tells {' and '.join(told)} with more detail)" if told else ""


def _own_cue(claim: Claim) -> bool:
    """ "has not confirmed X": the claim's verb is its own (negated) modal cue."""
    return (claim.modal_cue or "").removeprefix("not ") == claim.predicate


@lru_cache(maxsize=16)
def _opposites(antonyms: tuple[tuple[str, ...], ...]) -> dict[str, set[str]]:
    """word → the words that deny it; built once per antonym list, not once per article
    (callers only read it)."""
    opposite: dict[str, set[str]] = defaultdict(set)
    for group in antonyms:
        for w in group:
            opposite[w].update(x for x in group if x != w)
    return dict(opposite)


class NegationConflict(RuleSpec):
    """Flags the same claim asserted and negated for one subject and time."""

    name: ClassVar[str] = "negation-conflict"
    needs: ClassVar[frozenset[str]] = frozenset({"entities", "claims"})
    placeholders: ClassVar[tuple[str, ...]] = ("subject", "claim")

    kind: Literal["negation-conflict"] = "negation-conflict"
    antonyms: list[list[str]] = Field(default_factory=lambda: [list(g) for g in _DEFAULT_ANTONYMS])
    modalities: list[str] = Field(default_factory=lambda: ["asserted", "confirmed", "announced", "reported",
                                                           "planned"])

    def check(self, facts: FactSheet) -> Iterator[Hit]:
        allowed = set(self.modalities)
        opposite = _opposites(tuple(tuple(group) for group in self.antonyms))
        groups: dict[str, list[Claim]] = defaultdict(list)
        for c in facts.claims:
            if c.kind != "event" or c.in_quote or (c.modality not in allowed and not _own_cue(c)):
                continue
            if _CHANGE_PATTERN.search(c.span.text.lower()):
                continue
            for key in detail_keys(c):
                groups[key].append(c)
        seen: set[frozenset[int]] = set()
        for a, b in pairs(groups):
            if a.sentence == b.sentence or a.tense != b.tense or not self._same_circumstances(a, b):
                continue
            if not same_or_detailed_subject(a, b):
                continue  # met by the head noun only ("the board" / "the board in Leeds" do meet)
            how = self._opposed(a, b, opposite)
            if how is None or (how == "negation" and not self._denial_is_general(a, b)):
                continue
            key = frozenset((a.sentence, b.sentence))
            if key in seen or self._change_in_sentence(facts, a, b):
                continue
            seen.add(key)
            yield self._hit(a, b, how)

    @staticmethod
    def _same_circumstances(a: Claim, b: Claim) -> bool:
        """No two different times, and the qualifiers of one side include the other's: one
        side may add detail ("in 1987 after a decade of planning" / "in 1987"; an undated
        denial is a general one), but "in the first half" / "in the second half" differ.
        A time one side states is compared as a time, not again as a qualifier."""
        ta, tb = _time(a), _time(b)
        if ta and tb and ta != tb:
            return False
        qa, qb = _qualifiers(a, tb), _qualifiers(b, ta)
        return qa <= qb or qb <= qa

    @staticmethod
    def _denial_is_general(a: Claim, b: Claim) -> bool:
        """The denial adds no circumstance: "was not opened" denies "was opened in 1987",
        but "was not invented in Italy" leaves "was invented by 1910" standing."""
        yes, no = (a, b) if not a.negated else (b, a)
        return _qualifiers(no, _time(yes)) <= _qualifiers(yes, _time(no))

    @staticmethod
    def _opposed(a: Claim, b: Claim, opposite: dict[str, set[str]]) -> str | None:
        """ "negation" when one of two identical claims is negated; "antonym" when the
        predicates (or copula complements) are antonyms and the rest agrees."""
        # a copula's complement is what is said ("is a great song" / "is not a song"): no
        # detail may differ there
        one_object = a.object_key == b.object_key or ("be" not in (a.predicate, b.predicate)
                                                      and same_object(a, b))
        if a.predicate == b.predicate and one_object:
            if a.negated != b.negated and (a.object_key or a.qualifiers):
                return "negation"
            return None
        if a.negated != b.negated:
            return None
        if one_object and b.predicate in opposite.get(a.predicate, ()) and (a.object_key or a.qualifiers):
            return "antonym"
        if a.predicate == b.predicate == "be" and a.object_key and b.object_key:
            wa, wb = a.object_key.split(), b.object_key.split()
            if len(wa) == len(wb) and sum(x != y for x, y in zip(wa, wb)) == 1:
                x, y = next((x, y) for x, y in zip(wa, wb) if x != y)
                if y in opposite.get(x, ()):
                    return "antonym"
        return None

    @staticmethod
    def _change_in_sentence(facts: FactSheet, a: Claim, b: Claim) -> bool:
        text = (sentence_text(facts, a) + " " + sentence_text(facts, b)).lower()
        return any(w in text for w in ("no longer", "anymore", "any more", "used to"))

    def _hit(self, a: Claim, b: Claim, how: str) -> Hit:
        subject = a.subject if len(a.subject) <= len(b.subject) else b.subject
        if how == "negation":
            yes, no = (a, b) if not a.negated else (b, a)
            explanation = (f"{quote(yes)} states it and {quote(no)} denies it, for the same subject "
                           f"({subject}), object and circumstances{_detail_note(a, b)}.")
        else:
            explanation = (f"{quote(a)} and {quote(b)} say opposite things "
                           f"(\"{a.predicate if a.predicate != 'be' else a.object_key}\" vs "
                           f"\"{b.predicate if b.predicate != 'be' else b.object_key}\") of {subject}.")
        return Hit(evidence=[a.span, b.span], explanation=explanation,
                   values={"subject": subject, "claim": a.span.text})
