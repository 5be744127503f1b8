"""The article's statements against what source texts state about the same subject.

"The authorities have found evidence of poison" against a source that says they "have
found no evidence of poison": the same subject (a person by surname, an organisation by
name, else the subject's lemmas), predicate and object, one side negated; or the same
claim with antonym predicates ("support"/"oppose"). The comparison is the
``negation-conflict`` kind's, applied across documents; a source statement that says the
same thing supports the article's and wins over a contradicting one.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from ..engine.kinds.negation_conflict import _CHANGE_WORDS, NegationConflict
from ..facts import Claim, FactSheet, SourceFact
from .index import SourceIndex
from .keys import claim_subject_keys
from .texts import STATED
from .verdict import Verdict, cite, with_status

__all__ = ["judge_statements"]


def _opposites() -> dict[str, set[str]]:
    groups = NegationConflict.model_fields["antonyms"].default_factory()
    out: dict[str, set[str]] = defaultdict(set)
    for group in groups:
        for w in group:
            out[w].update(x for x in group if x != w)
    return out


def judge_statements(sheet: FactSheet, index: SourceIndex) -> Iterator[Verdict]:
    if not index.statements:
        return
    opposite = _opposites()
    for a in sheet.claims:
        if a.kind != "event" or a.in_quote or a.modality not in STATED:
            continue
        if any(w in a.span.text.lower() for w in _CHANGE_WORDS):
            continue
        cands: list[SourceFact] = []
        for key in claim_subject_keys(a, sheet):
            cands.extend(f for f in index.statements.get(key, []) if f not in cands)
        if not cands:
            continue
        base = Verdict("unknown", "statement", [a.span], a.subject, a.span.text, anchored=False)
        same = [f for f in cands if _same(a, f.claim)]
        if same:
            yield with_status(base, "supported", same[0])
            continue
        for f in cands:
            how = _opposed(a, f.claim, opposite)
            if how:
                what = ("says the opposite" if how == "antonym" else
                        "states it without the negation" if a.negated else "denies it")
                yield with_status(base, "conflict", f, [],
                                  f"The article says \"{a.span.text}\"; the source {what}. Source: {cite(f)}")
                break


def _comparable(a: Claim, b: Claim) -> bool:
    return (a.tense is None or b.tense is None or a.tense == b.tense) and NegationConflict._same_circumstances(a, b)


def _same(a: Claim, b: Claim | None) -> bool:
    return (b is not None and _comparable(a, b) and a.predicate == b.predicate
            and a.object_key == b.object_key and a.negated == b.negated)


def _opposed(a: Claim, b: Claim | None, opposite: dict[str, set[str]]) -> str | None:
    if b is None or not _comparable(a, b):
        return None
    return NegationConflict._opposed(a, b, opposite)
