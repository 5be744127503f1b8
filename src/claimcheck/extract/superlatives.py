"""Superlatives and firsts that the text pins on a subject, with their scope.

"The Challenge, the first feature-length fictional film shot in space" → subject "The
Challenge", superlative "first", scope [feature, fictional, film, length, shoot, space].
"Kelly holds the record for the longest single spaceflight by a NASA astronaut" →
subject Kelly, "longest", scope [astronaut, nasa, single, spaceflight]. The scope keeps
every restricting word, possessors included ("Hollywood's first" → "hollywood"), so two
claims conflict only when they speak of the very same class.

Only superlatives tied to a subject count: an apposition, a copula ("X is the first"),
"make X the first", "X became the only", "X holds the record for". "For the first time",
"the first half" and "one of the first" are not claims of this sort.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ..facts import Claim
from .claim_parse import content_lemma, is_negated, tense_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from .claim_tokens import ChunkView
    from .claims import ClaimReader

__all__ = ["superlative_claims", "SEQUENCE_NOUNS"]

EXCLUSIVE = frozenset({"first", "only", "sole", "last"})
#: nouns that count parts of a sequence, not members of a class ("the first half")
SEQUENCE_NOUNS = frozenset({
    "time", "half", "quarter", "round", "day", "week", "month", "year", "stage", "step",
    "part", "leg", "game", "match", "instance", "place", "minute", "hour", "period", "phase",
    "episode", "chapter", "season", "innings", "set", "lap", "edition", "issue", "page",
    "act", "scene", "sign", "thing", "choice", "option", "way", "one", "priority",
})
_INTENSIFIERS = frozenset({"very", "ever", "truly", "really", "so", "far", "by", "arguably",
                           "perhaps", "possibly", "probably", "single", "most", "least"})
#: the words :func:`_superlative_word` reads besides JJS adjectives
_CANDIDATE_WORDS = EXCLUSIVE | {"most", "least"}
_BECOME = frozenset({"be", "become", "remain"})
_MAKE = frozenset({"make", "name", "call", "crown", "declare"})


def _candidates(view: "ChunkView") -> list[int]:
    """The chunk's tokens that :func:`_superlative_word` can accept (a few words and JJS
    adjectives): the others would give None, so they are never built."""
    tags = view.tag_
    return [i for i, low in enumerate(view.lower_) if low in _CANDIDATE_WORDS or tags[i] == "JJS"]


def superlative_claims(reader: "ClaimReader", sent: "SpacySpan") -> Iterator[Claim]:
    """One claim per superlative noun phrase that is tied to a subject."""
    view = reader.view
    for i in reader.candidates_in(_candidates, sent):
        tok = view.token(i)
        word = _superlative_word(tok)
        if word is None:
            continue
        noun = tok.head if tok.dep_ in ("amod", "nummod", "advmod") else tok
        if tok.lower_ in ("most", "least"):
            noun = tok.head.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in SEQUENCE_NOUNS:
            continue
        if not _definite(noun) or _partitive(noun):
            continue
        linked = _subject(noun)
        if linked is None:
            continue
        subject, verb = linked
        if subject.pos_ == "PRON":
            continue
        scope_tokens = _scope_tokens(noun, subject, tok)
        scope = sorted({w for w in (content_lemma(t) for t in scope_tokens) if w and w not in _INTENSIFIERS})
        phrase = sorted([tok, noun, *scope_tokens], key=lambda t: t.i)
        yield Claim(
            index=0,
            span=reader.span(reader.chunk.doc[phrase[0].i:phrase[-1].i + 1]),
            kind="superlative",
            **reader.subject(subject),
            predicate=verb.lemma_.lower() if verb is not None else "be",
            object=" ".join(t.text for t in reader.chunk.doc[phrase[0].i:phrase[-1].i + 1]),
            superlative=word,
            scope=scope,
            negated=verb is not None and is_negated(verb) is not None,
            tense=tense_of(verb) if verb is not None else None,
            sentence=reader.sentence_of(tok),
            in_quote=reader.quoted(tok),
        )


def _superlative_word(tok: "Token") -> str | None:
    low = tok.lower_
    if low in EXCLUSIVE and tok.dep_ in ("amod", "nummod") and tok.head.pos_ in ("NOUN", "PROPN"):
        return low
    if tok.tag_ == "JJS" and tok.dep_ == "amod" and low not in ("most", "least", "best", "latest"):
        return low
    if low in ("most", "least") and tok.dep_ == "advmod" and tok.head.tag_ == "JJ" and tok.head.dep_ == "amod":
        return f"{low} {tok.head.lower_}"
    return None


def _definite(noun: "Token") -> bool:
    """ "the first ...", "Hollywood's first ...", "its only ..."."""
    return any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in noun.children)


def _partitive(noun: "Token") -> bool:
    """ "one of the first", "among the largest", "the first of three"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("of", "among") and head.head.lower_ in (
            "one", "two", "three", "some", "many", "several", "among", "few", "each"):
        return True
    if noun.dep_ == "pobj" and head.lower_ == "among":
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.like_num or g.lower_ in ("many", "several", "two", "three") for g in c.children)
        for c in noun.children)


def _subject(noun: "Token") -> "tuple[Token, Token | None] | None":
    """The subject a superlative is predicated of, and the linking verb."""
    head = noun.head
    if noun.dep_ == "appos" and head.pos_ in ("NOUN", "PROPN"):
        return head, None
    for child in noun.children:  # "the first film shot in space, The Challenge,"
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return child, None
    if noun.dep_ == "attr" and head.lemma_.lower() in _BECOME:
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return (subj, head) if subj is not None else None
    if noun.dep_ in ("oprd", "xcomp", "ccomp") and head.lemma_.lower() in _MAKE:
        obj = next((c for c in head.children if c.dep_ in ("dobj", "nsubj") and c.i < noun.i), None)
        return (obj, head) if obj is not None else None
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "record":
        record = head.head
        if record.dep_ == "dobj" and record.head.lemma_.lower() in ("hold", "set", "break", "own", "have"):
            subj = next((c for c in record.head.children if c.dep_ == "nsubj"), None)
            return (subj, record.head) if subj is not None else None
    return None


def _scope_tokens(noun: "Token", subject: "Token", sup: "Token") -> list["Token"]:
    """Every word that restricts the class: modifiers, possessor, complements; not the
    subject itself or appositions ("—340 days")."""
    cut: set[int] = {subject.i, sup.i, noun.i}
    for t in noun.subtree:
        if (t.dep_ in ("appos", "parataxis") and t.i != noun.i) or t.i == subject.i:
            cut.update(x.i for x in t.subtree)
    out = [t for t in noun.subtree if t.i not in cut and t.dep_ not in ("det", "punct", "cc")]
    return [*out, noun]
