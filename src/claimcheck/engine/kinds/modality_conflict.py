"""Kind ``modality-conflict``: one event told with incompatible certainty.

## What it does
Flags the same subject and the same event or plan stated with certainties that cannot
both hold: "Cruise and Liman had announced plans for a space action movie" against
"Cruise and Liman were rumored to be developing a space action movie" (announced vs
rumored), "the studio confirmed the sequel" against "the studio denied the sequel". It
also flags a detail said to be withheld ("details about the director remain under
wraps") that the article states as fact elsewhere ("the film, directed by ...").

## Why is this bad?
A reader cannot tell whether the plan is official or gossip; one of the two sentences
misreports its source, and a correction will have to say which.

One side may name the subject or the object with more detail ("the new budget airline" /
"the new airline"); a contrastive word ("the revised plan") keeps two phrases apart.

## Known problems
The event is matched by its object ("a space action movie") and a family of verbs
(plan, develop, make ...); an article that speaks of two different projects with the same
words is reported. Guards keep quiet for: different or unresolvable subjects (pronouns,
"a rival studio"), quoted speech, questions and conditionals, claims whose certainty
differs only by the same negated cue (that is ``negation-conflict``), and stories that
tell a progression ("had been rumoured ... later confirmed").

## Example
Flagged: ``The studio had announced plans for a space western. ... The studio was
rumored to be developing a space western.``
Clean: ``The studio announced a sequel. A rival studio was rumored to be planning a
sequel, but it denied the report.``

## Options
``cues``: modality → cue words (the built-in lexicon); ``extra_cues``: more cue words
added to it in a rule file. ``conflicts``: the pairs of modalities that cannot both hold.
``event_verbs``: groups of verbs that name one event. ``min_object_words``: how many
content words an unnamed object needs to identify an event. ``topic_verbs``: for
withheld details, the verbs that state each topic.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import ClassVar, Iterator, Literal

from pydantic import Field

from ...extract.modality import MODAL_CUES, cue_index, read_modality
from ...facts import Claim, FactSheet, Hit
from .base import RuleSpec
from .claim_support import (
    UNASSERTED,
    detail_keys,
    pairs,
    quote,
    same_object,
    same_or_detailed_subject,
    sentence_text,
    word_stem,
)

__all__ = ["ModalityConflict"]

_DEFAULT_CONFLICTS = [
    ("announced", "rumored"), ("confirmed", "rumored"), ("planned", "rumored"),
    ("asserted", "rumored"), ("announced", "denied"), ("confirmed", "denied"),
    ("planned", "denied"), ("asserted", "denied"), ("confirmed", "unconfirmed"),
    ("announced", "unconfirmed"),
]
_DEFAULT_EVENT_VERBS = [
    ["plan", "develop", "make", "produce", "prepare", "work", "create", "film", "shoot",
     "build", "launch", "start", "begin"],
    ["buy", "acquire", "purchase", "take"],
    ["sell", "divest"],
    ["join", "sign"],
    ["leave", "quit", "exit", "resign"],
    ["marry", "wed"],
]
_DEFAULT_TOPIC_VERBS = {
    "director": ["direct"],
    "release date": ["release", "premiere"],
    "cast": ["star", "cast"],
    "budget": ["cost"],
    "title": ["title", "call", "name"],
}
_WEAK = frozenset({"rumored", "unconfirmed", "speculated", "denied"})
_EARLY = ("had been", "initially", "earlier", "previously", "originally", "at first", "long been",
          "for months", "for weeks", "for years", "amid")
_LATE = ("later", "eventually", "finally", "since then", " now ", "after months", "after weeks",
         "u-turn", "reversed", "backtrack", "no longer")
_PREPOSITIONS = frozenset({"by", "in", "on", "at", "for", "to", "from", "with", "into"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "that"})
_CERTAIN_FOR_TOPIC = frozenset({"asserted", "confirmed", "announced", "reported"})


# The lookups below depend only on a rule's options: built once per option value, not
# once per article (callers only read them).


def _frozen(lexicon: dict[str, list[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A modality → cues mapping as a hashable key, order kept (later cues win)."""
    return tuple((modality, tuple(words)) for modality, words in lexicon.items())


@lru_cache(maxsize=16)
def _cue_index(cues: tuple, extra_cues: tuple) -> dict[str, str]:
    """cue → modality for the built-in lexicon with a rule's extra cues added."""
    lexicon = {k: list(v) for k, v in cues}
    for modality, words in extra_cues:
        lexicon.setdefault(modality, []).extend(words)
    return cue_index(lexicon)


@lru_cache(maxsize=16)
def _conflict_pairs(conflicts: tuple[tuple[str, ...], ...]) -> frozenset[frozenset[str]]:
    return frozenset(frozenset(p) for p in conflicts)


@lru_cache(maxsize=16)
def _verb_groups(event_verbs: tuple[tuple[str, ...], ...]) -> dict[str, int]:
    """verb → the number of its event group."""
    return {v: i for i, group in enumerate(event_verbs) for v in group}


class ModalityConflict(RuleSpec):
    """Flags one event stated with incompatible certainty (announced vs rumored)."""

    name: ClassVar[str] = "modality-conflict"
    needs: ClassVar[frozenset[str]] = frozenset({"entities", "claims"})
    placeholders: ClassVar[tuple[str, ...]] = ("subject", "event", "first", "second")

    kind: Literal["modality-conflict"] = "modality-conflict"
    cues: dict[str, list[str]] = Field(default_factory=lambda: {k: list(v) for k, v in MODAL_CUES.items()})
    extra_cues: dict[str, list[str]] = Field(default_factory=dict)
    conflicts: list[tuple[str, str]] = Field(default_factory=lambda: list(_DEFAULT_CONFLICTS))
    event_verbs: list[list[str]] = Field(default_factory=lambda: [list(g) for g in _DEFAULT_EVENT_VERBS])
    min_object_words: int = Field(default=2, ge=1)
    topic_verbs: dict[str, list[str]] = Field(default_factory=lambda: {k: list(v) for k, v in _DEFAULT_TOPIC_VERBS.items()})
    check_withheld: bool = True

    def _index(self) -> dict[str, str]:
        return _cue_index(_frozen(self.cues), _frozen(self.extra_cues))

    def check(self, facts: FactSheet) -> Iterator[Hit]:
        index = self._index()
        modality = {c.index: self._modality(c, index) for c in facts.claims}
        yield from self._event_conflicts(facts, modality, index)
        if self.check_withheld:
            yield from self._withheld(facts, modality)

    @staticmethod
    def _modality(claim: Claim, index: dict[str, str]) -> str:
        if claim.modality in UNASSERTED or claim.modality == "undisclosed":
            return claim.modality
        return read_modality(claim.cues, index)[0]

    # ----------------------------------------------------------------- events

    def _event_conflicts(self, facts: FactSheet, modality: dict[int, str], index: dict[str, str]) -> Iterator[Hit]:
        groups: dict[str, list[Claim]] = defaultdict(list)
        for c in facts.claims:
            if c.kind != "event" or c.in_quote or modality[c.index] in UNASSERTED or not self._identifies(c):
                continue
            # filed by subject and the object's head noun: "a new airline" and "a new budget
            # airline" meet, and _same_object below decides whether they name one thing
            head = word_stem(c.object_head) if c.object_head else c.object_key
            for key in detail_keys(c):
                groups[f"{key}|{head}"].append(c)
        conflicts = _conflict_pairs(tuple(tuple(p) for p in self.conflicts))
        verb_group = _verb_groups(tuple(tuple(group) for group in self.event_verbs))
        reported: set[frozenset[int]] = set()
        for a, b in pairs(groups):
            ma, mb = modality[a.index], modality[b.index]
            if ma == mb or frozenset((ma, mb)) not in conflicts or a.sentence == b.sentence:
                continue
            if a.negated != b.negated or not self._same_event(a, b, index, verb_group):
                continue
            if a.object_key != b.object_key and not self._same_object(a, b):
                continue
            if not same_or_detailed_subject(a, b):
                continue
            if self._same_cue_negated(a, b):
                continue
            if self._progression(facts, a, b, ma, mb):
                continue
            pair_key = frozenset((a.sentence, b.sentence))
            if pair_key in reported:
                continue
            reported.add(pair_key)
            yield self._hit(a, b, ma, mb)

    def _identifies(self, claim: Claim) -> bool:
        """An object names an event when it has enough words or a capitalised name."""
        if not claim.object_key:
            return False
        if len(claim.object_key.split()) >= self.min_object_words:
            return True
        words = (claim.object or "").split()
        return any(w[:1].isupper() for w in words[1:] or words)

    def _same_object(self, a: Claim, b: Claim) -> bool:
        """One object told with more detail on one side ("a new airline" / "a new budget
        airline"); the shorter must identify an event by its words alone (a bare name, as in
        "tips Idowu for gold" / "kept Idowu", names a person, not an event)."""
        shorter = min(a.object_key or "", b.object_key or "", key=len)
        return (len(shorter.split()) >= self.min_object_words
                and same_object(a, b))

    @staticmethod
    def _same_event(a: Claim, b: Claim, index: dict[str, str], verb_group: dict[str, int]) -> bool:
        if a.predicate == b.predicate or a.predicate in index or b.predicate in index:
            return True
        ga, gb = verb_group.get(a.predicate), verb_group.get(b.predicate)
        return ga is not None and ga == gb

    @staticmethod
    def _same_cue_negated(a: Claim, b: Claim) -> bool:
        """ "confirmed" vs "has not confirmed": the same cue, once negated."""
        plain = {c.removeprefix("not ") for c in a.cues} & {c.removeprefix("not ") for c in b.cues}
        return any(("not " + c in a.cues) != ("not " + c in b.cues) for c in plain)

    @staticmethod
    def _progression(facts: FactSheet, a: Claim, b: Claim, ma: str, mb: str) -> bool:
        """A story told in order is no contradiction: a rumour that came first ("had been
        rumoured", "initially"), a confirmation that came later ("finally confirmed"), or a
        denial that reversed a statement ("later denied"). A rumour told as later than an
        announcement is still reported."""
        weak, strong = (a, b) if ma in _WEAK else (b, a)
        weak_text = f"{weak.span.text} {sentence_text(facts, weak)}".lower()
        strong_text = f"{strong.span.text} {sentence_text(facts, strong)}".lower()
        if any(w in weak_text for w in _EARLY) or any(w in strong_text for w in _LATE):
            return True
        weak_modality = ma if weak is a else mb
        return weak_modality == "denied" and any(w in weak_text for w in _LATE)

    def _hit(self, a: Claim, b: Claim, ma: str, mb: str) -> Hit:
        subject = a.subject if len(a.subject_entities) >= len(b.subject_entities) else b.subject
        event = a.object or b.object or a.predicate
        cue_a = f" (\"{a.modal_cue}\")" if a.modal_cue else ""
        cue_b = f" (\"{b.modal_cue}\")" if b.modal_cue else ""
        explanation = (
            f"{quote(a)} presents it as {ma}{cue_a}, but {quote(b)} presents it as {mb}{cue_b}. "
            f"Both speak of {subject} and {event}; one of them misstates how certain it is."
        )
        return Hit(evidence=[a.span, b.span], explanation=explanation,
                   values={"subject": subject, "event": event, "first": ma, "second": mb})

    # ----------------------------------------------------------------- withheld details

    def _withheld(self, facts: FactSheet, modality: dict[int, str]) -> Iterator[Hit]:
        secrets = [c for c in facts.claims if c.kind == "secrecy" and c.topic and not c.in_quote]
        if not secrets:
            return
        by_verb: dict[str, str] = {v: topic for topic, verbs in self.topic_verbs.items() for v in verbs}
        stated: dict[str, list[Claim]] = defaultdict(list)
        for c in facts.claims:
            if c.kind != "event" or c.in_quote or c.negated or modality[c.index] not in _CERTAIN_FOR_TOPIC:
                continue
            topic = by_verb.get(c.predicate)
            if topic and self._about_the_story(c, topic):
                stated[topic].append(c)
            elif c.predicate == "be" and c.subject_key in self.topic_verbs:
                stated[c.subject_key].append(c)
        for secret in secrets:
            for c in stated.get(secret.topic or "", []):
                if c.sentence == secret.sentence:
                    continue
                yield Hit(
                    evidence=[secret.cue_span or secret.span, c.span],
                    explanation=(f"Line {secret.span.line} says the {secret.topic} is not known "
                                 f"(\"{secret.modal_cue}\"), but {quote(c)} states it."),
                    values={"subject": secret.subject, "event": secret.topic or "",
                            "first": "undisclosed", "second": modality[c.index]},
                )
                break

    @staticmethod
    def _about_the_story(claim: Claim, topic: str) -> bool:
        """A statement about the article's own work, not a named other one ("released
        The Challenge in 2023" is about another film), and dated when it is a date."""
        obj = claim.object or ""
        words = obj.split()
        if words and words[0].lower() in _PREPOSITIONS:
            if claim.subject_named:  # passive: the work is the subject
                return False
        elif any(w[:1].isupper() for w in words[1:]) or (
                words and words[0][:1].isupper() and words[0].lower() not in _DETERMINERS):
            return False
        if topic == "release date" and not claim.time:
            return False
        return True
