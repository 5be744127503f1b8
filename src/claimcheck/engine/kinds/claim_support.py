"""What the claim kinds share: who a claim is about, grouping, and how to quote a claim.

Two claims are about the same subject when they share an entity, or, for subjects that
are no entity, when their definite noun phrases have the same lemmas ("the studio" and
"The studio"). Pronouns and indefinite phrases ("a rival studio") match nothing.
Grouping by subject first keeps every kind linear in the number of claims.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable, Iterator

from ...facts import Claim, FactSheet

__all__ = [
    "subject_keys",
    "detail_keys",
    "same_subject",
    "same_or_detailed_subject",
    "same_thing",
    "same_object",
    "word_stem",
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


#: modifiers that tell two things of one kind apart: "the revised plan" is not "the plan"
CONTRASTIVE = frozenset({
    "new", "old", "former", "original", "revised", "amended", "updated", "earlier", "later",
    "previous", "next", "last", "latest", "final", "first", "second", "third", "fourth", "other",
    "another", "different", "separate", "rival", "second-half", "first-half", "draft", "interim",
    "temporary", "permanent", "partial", "full", "initial", "early", "late", "current", "future",
    "past", "annual", "proposed", "alternative", "smaller", "larger", "bigger", "main",
    # keys hold lemmas: "revised" is read as "revise"
    "revise", "amend", "update", "propose", "modify", "modified", "replacement", "extra", "additional",
})


def word_stem(word: str) -> str:
    """A key word without a plural -s: the tagger reads a sentence-initial "Ministers" as a
    name (kept as written) and "ministers" elsewhere as a noun (lemma "minister")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def _words(key: str) -> set[str]:
    return {word_stem(w) for w in key.split()}


_POSSESSIVE = re.compile(r"(?i)^(?:his|her|its|their|our|my|your)\b|\w['\u2019]s?\b")


def same_thing(key_a: str | None, head_a: str | None, key_b: str | None, head_b: str | None,
               text_a: str | None = None, text_b: str | None = None) -> bool:
    """Two noun phrases name one thing: the same key, or one adds detail to the other ("the
    merger" / "the £65m merger of Helixa and Corvane", "the festival board" / "the festival
    board in Kelham"). Detail means: the same head noun, every word of the shorter phrase in
    the longer one, no contrastive word added ("the plan" / "the revised plan"), and no
    possessor on either side ("her time" / "Claxton's time": keys drop the pronoun)."""
    if key_a == key_b:
        return key_a is not None
    if not (key_a and key_b and head_a and head_b) or word_stem(head_a) != word_stem(head_b):
        return False
    if any(t and _POSSESSIVE.search(t) for t in (text_a, text_b)):
        return False
    wa, wb = _words(key_a), _words(key_b)
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return short <= long_ and not (long_ - short) & CONTRASTIVE


def same_object(a: Claim, b: Claim) -> bool:
    """Two claims' objects name one thing (the same key, or :func:`same_thing`)."""
    return a.object_key == b.object_key or same_thing(a.object_key, a.object_head, b.object_key,
                                                      b.object_head, a.object, b.object)


def detail_keys(claim: Claim) -> list[str]:
    """:func:`subject_keys` plus the head of a subject that is no entity ("h:board"), so that
    "the festival board" and "the festival board in Kelham" meet; callers confirm a pair met
    that way with :func:`same_or_detailed_subject`."""
    keys = subject_keys(claim)
    if claim.subject_key and claim.subject_head and not claim.subject_entities:
        keys.append(f"h:{word_stem(claim.subject_head)}")
    return keys


def same_or_detailed_subject(a: Claim, b: Claim) -> bool:
    """One subject, or one definite phrase that adds detail to the other."""
    return same_subject(a, b) or (
        not a.subject_entities and not b.subject_entities
        and same_thing(a.subject_key, a.subject_head, b.subject_key, b.subject_head, a.subject, b.subject))


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
