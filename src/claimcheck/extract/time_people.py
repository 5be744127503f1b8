"""Whose age or birth a time expression states: PERSON mentions found through the parse.

An age belongs to the name it is in apposition to ("Marchetti, 52," — the name right
before the number), the person it modifies ("45-year-old John Okafor", "Smith, aged
45"), or the subject of its clause ("she is 45 years old"); a birth to the subject of
"born". "he"/"she" resolve only when exactly one person is in reach (this sentence and
the previous one): no guess between two people.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property
from typing import TYPE_CHECKING

from ..facts import Mention, Span
from .context import ExtractContext

if TYPE_CHECKING:  # pragma: no cover
    from ..nlp import Chunk
    from .claim_tokens import TokenView as Token  # the chunk view's tokens (see times.py)

__all__ = ["People", "person_for_age", "person_for_birth", "right_after"]


class People:
    """PERSON mentions by position, and he/she resolved to the only person in reach."""

    def __init__(self, ctx: ExtractContext, mentions: list[Mention]):
        self.ctx = ctx
        self._mentions = mentions

    # sorted on first use: most articles state no age or birth, and never ask
    @cached_property
    def persons(self) -> list[Mention]:
        return sorted((m for m in self._mentions if m.label == "PERSON"), key=lambda m: m.span.start)

    @cached_property
    def starts(self) -> list[int]:
        return [m.span.start for m in self.persons]

    def _offset(self, chunk: "Chunk", token: "Token") -> int:
        return self.ctx.span_of(chunk, token).start

    def at(self, chunk: "Chunk", token: "Token") -> Mention | None:
        pos = self._offset(chunk, token)
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and self.persons[i].span.start <= pos < self.persons[i].span.end:
            return self.persons[i]
        return None

    def of(self, chunk: "Chunk", token: "Token", ci: int) -> Mention | None:
        """The person a token stands for: itself, an apposition, or a resolvable pronoun."""
        found = self.at(chunk, token)
        if found:
            return found
        if token.lower_ in ("he", "she", "him", "her"):
            return self.pronoun(chunk, token, ci)
        if token.dep_ == "appos":
            found = self.at(chunk, token.head)
            if found:
                return found
        for c in token.children:
            if c.dep_ in ("appos", "compound") and (found := self.at(chunk, c)):
                return found
        return None

    def pronoun(self, chunk: "Chunk", token: "Token", ci: int) -> Mention | None:
        pos = self._offset(chunk, token)
        sent = self.ctx.sentence_of(ci, token.i)
        near = [m for m in self.persons if m.span.start < pos and sent - 1 <= m.sentence <= sent]
        people = {(m.entity if m.entity is not None else m.surname or m.name) for m in near}
        return near[-1] if len(people) == 1 else None


def person_for_age(chunk: "Chunk", ci: int, root: "Token", people: People) -> Mention | None:
    """Who an age belongs to: "Smith, 45", "45-year-old John Smith", "Smith, a 45-year-old
    teacher", "Smith, aged 45", "she is 45 years old"."""
    t = root
    for _ in range(4):
        found = people.of(chunk, t, ci) if t is not root else people.at(chunk, t)
        if found:
            return found
        if t.pos_ in ("VERB", "AUX"):
            verb = t
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and verb.dep_ == "conj":  # "… was born in 1970 and is 50 years old"
                subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return people.of(chunk, subj, ci) if subj is not None else None
        if t.head is t:
            break
        t = t.head
    return None


def person_for_birth(chunk: "Chunk", ci: int, born: "Token", people: People) -> Mention | None:
    subj = next((c for c in born.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subj is not None:
        if subj.lower_ in ("who", "that") and born.dep_ == "relcl":
            return people.of(chunk, born.head, ci)
        return people.of(chunk, subj, ci)
    if born.dep_ in ("acl", "relcl", "amod", "appos"):
        return people.of(chunk, born.head, ci)
    return None


def right_after(ctx: ExtractContext, who: Mention, span: Span) -> bool:
    """True when only a comma stands between the name and the expression ("Smith, 45")."""
    between = ctx.document.text[who.span.end:span.start]
    return who.span.end <= span.start and re.fullmatch(r"\s*,\s*", between) is not None
