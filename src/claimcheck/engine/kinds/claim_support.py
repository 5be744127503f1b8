"""What the claim kinds share: who a claim is about, grouping, and how to quote a claim.

Two claims are about the same subject when they share an entity, or, for subjects that
are no entity, when their definite noun phrases have the same lemmas ("the studio" and
"The studio"). Pronouns and indefinite phrases ("a rival studio") match nothing.
Grouping by subject first keeps every kind linear in the number of claims.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Iterator

from ...facts import Claim, FactSheet

__all__ = [
    "subject_keys",
    "same_subject",
    "group_by_subject",
    "pairs",
    "quote",
    "sentence_text",
    "UNASSERTED",
]

#: modalities that do not state anything as fact
UNASSERTED = frozenset({"question", "hypothetical"})


def subject_keys(claim: Claim) -> list[str]:
    """The keys a claim's subject is filed under: its entities and its noun phrase."""
    keys = [f"e{e}" for e in claim.subject_entities]
    if not keys and claim.subject_entity is not None:
        keys.append(f"e{claim.subject_entity}")
    if claim.subject_key:  # a name the tagger missed once still matches its other mentions
        keys.append(f"k:{claim.subject_key}")
    return keys


def same_subject(a: Claim, b: Claim) -> bool:
    """True when two claims speak of one subject (shared entity or same definite phrase)."""
    return bool(set(subject_keys(a)) & set(subject_keys(b)))


def group_by_subject(claims: Iterable[Claim]) -> dict[str, list[Claim]]:
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        for key in subject_keys(c):
            groups[key].append(c)
    return groups


def _signature(c: Claim) -> tuple:
    """What a comparison reads of a claim, besides where it stands."""
    return (c.kind, c.predicate, c.object_key, c.negated, c.tense, c.time, tuple(c.qualifiers),
            c.modality, c.attribute, c.value, c.superlative, tuple(c.scope))


def _representatives(members: list[Claim]) -> list[Claim]:
    """At most two claims (from different sentences) per signature, in text order.

    Two claims with the same signature never conflict with each other, so the rest add
    nothing but cost: an archive that repeats one statement 16,000 times would otherwise
    make 128 million pairs. Cost now grows with the number of *different* claims.
    """
    kept: dict[tuple, list[Claim]] = {}
    for c in sorted(members, key=lambda c: c.index):
        same = kept.setdefault(_signature(c), [])
        if len(same) < 2 and all(x.sentence != c.sentence for x in same):
            same.append(c)
    return sorted((c for cs in kept.values() for c in cs), key=lambda c: c.index)


def pairs(groups: dict[str, list[Claim]]) -> Iterator[tuple[Claim, Claim]]:
    """Each unordered pair of claims that share a group, once, in text order (repeats of
    one claim collapsed, see _representatives)."""
    seen: set[tuple[int, int]] = set()
    for members in groups.values():
        if len(members) < 2:
            continue  # most groups hold one claim: no pair, no need to sort or sign it
        members = _representatives(members)
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                key = (a.index, b.index)
                if key not in seen:
                    seen.add(key)
                    yield a, b


def quote(claim: Claim) -> str:
    """ '"had announced plans for a film" (line 11)'."""
    return f"\"{claim.span.text}\" (line {claim.span.line})"


def sentence_text(facts: FactSheet, claim: Claim) -> str:
    """The text of the sentence a claim stands in ("" when the sheet has no sentences)."""
    if 0 <= claim.sentence < len(facts.sentences):
        return facts.sentences[claim.sentence].span.text
    return ""
