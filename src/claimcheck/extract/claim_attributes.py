"""Attribute claims about a named person or organisation, from appositives, titles and copulas.

"Andrea Iervolino, an Italian-Canadian film producer and entrepreneur" gives nationality
"italian-canadian" and roles "film producer", "entrepreneur"; "Kelly, a veteran of four
space flights" gives ``count:flight`` = 4; "Marchetti, 52," gives age 52; "Russian
filmmaker Klim Shipenko" gives nationality and role from the title; "X is the head of
Space11" and "As head of Space11, X ..." give the role "head of space11".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from ..facts import Claim
from .claim_parse import is_negated, tense_of
from .demonyms import is_demonym
from .entities import RELATIVE_CUES
from .numbers import parse_number

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from .claims import ClaimReader

__all__ = ["attribute_claims", "STATUS_WORDS", "number_value"]

#: modifiers that put a role in another time or standing: not the role held now
STATUS_WORDS = frozenset({
    "former", "ex", "retired", "late", "new", "then", "acting", "interim", "outgoing",
    "incoming", "future", "current", "deputy", "vice", "assistant", "co", "associate",
    "honorary", "caretaker", "designate", "elect", "previous", "one-time", "erstwhile",
    "now", "once", "longtime", "long-time",
})
#: nouns that describe but are not roles
NOT_ROLES = frozenset({
    "man", "woman", "person", "people", "one", "member", "fan", "friend", "veteran", "figure",
    "year", "day", "time", "part", "kind", "type", "sort", "lot", "number", "group", "team",
    "name", "father", "mother", "son", "daughter", "boy", "girl", "child", "kid", "guy",
    "lady", "gentleman", "native", "resident", "citizen", "local", "favourite", "favorite",
    "source", "spokesman", "spokeswoman", "spokesperson", "official", "representative",
})
_COUNT_HEADS = frozenset({"veteran", "winner", "champion", "holder"})
_AGE = re.compile(r"^(\d{1,3})-year-old$")


def number_value(tok: "Token") -> float | None:
    """The value of a number token ("four", "4", "1,200"), or None (the figures' reader)."""
    parsed = parse_number([tok.text])
    return parsed.value if parsed is not None else None


def attribute_claims(reader: "ClaimReader", sent: "SpacySpan") -> Iterator[Claim]:
    """Attribute claims for every named person in one sentence."""
    heads: dict[int, "Token"] = {}
    for i in reader.mentioned_in(sent):
        index = reader.token_mention[i]
        mention = reader.mentions[index]
        if mention.label != "PERSON":
            continue
        tok = reader.view.token(i)
        if tok.head.i not in reader.token_mention or reader.token_mention[tok.head.i] != index or tok.head.i == tok.i:
            heads.setdefault(index, tok)
    seen: set[tuple[int, str, int]] = set()
    for index, head in heads.items():
        mention = reader.mentions[index]
        for desc, via, copula in _descriptors(reader, head, index):
            for claim in _read_descriptor(reader, mention, head, desc, via, copula):
                key = (index, claim.attribute or "", claim.value_span.start if claim.value_span else 0)
                if key not in seen:
                    seen.add(key)
                    yield claim


def _descriptors(reader: "ClaimReader", head: "Token", index: int) -> Iterator[tuple["Token", str, "Token | None"]]:
    """Nouns (or adjectives, numbers) that describe the named head, and how they attach."""
    in_name = lambda t: reader.token_mention.get(t.i) == index  # noqa: E731
    texts, is_punct = reader.view.text, reader.view.is_punct  # columns: no spaCy Token per look
    for child in head.children:
        if child.dep_ == "appos":
            lo = min(head.i, child.i)
            if lo + 1 < len(texts) and texts[lo + 1] in (";", ":", "-", "–", "—", "(", ")"):
                continue  # "actor - Jamie Foxx; actress - ...": a list, not an apposition
            yield child, "appos", None
            for conj in child.conjuncts:
                yield conj, "appos", None
            for t in child.subtree:  # "a veteran of four flights and now a public speaker"
                if t.dep_ == "conj" and t.pos_ == "NOUN" and t.i != child.i and any(
                        c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
                    yield t, "appos", None
        elif child.dep_ in ("compound", "amod") and not in_name(child) and child.i < head.i and not any(
                is_punct[child.i + 1:head.i]):  # "actor - Jamie Foxx" is a list
            if _noun_like(child) or (child.pos_ == "ADJ" and is_demonym(child.text)) or _AGE.match(child.text.lower()):
                yield child, "title", None
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        yield head.head, "appos", None
    if head.dep_ == "nsubj" and head.head.lemma_ == "be":
        for child in head.head.children:
            if child.dep_ in ("attr", "acomp"):
                yield child, "copula", head.head
    if head.dep_ in ("nsubj", "nsubjpass"):
        verb = head.head
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i < head.i:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN":
                        yield pobj, "as", None


def _read_descriptor(reader: "ClaimReader", mention, head: "Token", desc: "Token", via: str,
                     copula: "Token | None") -> Iterator[Claim]:
    negated = copula is not None and is_negated(copula) is not None
    tense = tense_of(copula) if copula is not None else None
    base = dict(index=0, kind="attribute", subject=mention.name, subject_span=mention.span,
                subject_entity=mention.entity,
                subject_entities=[mention.entity] if mention.entity is not None else [],
                subject_named=True, predicate="be", negated=negated, tense=tense,
                sentence=reader.sentence_of(desc), in_quote=reader.quoted(desc))
    status = sorted({c.lower_ for c in desc.children if c.lower_ in STATUS_WORDS})
    # nationality: a hyphen group of demonyms before the noun, or the word itself
    for group in _hyphen_groups(desc):
        words = [t.text.lower() for t in group if t.pos_ != "PUNCT"]
        if words and all(is_demonym(w) for w in words):
            yield Claim(**base, span=reader.span(group), attribute="nationality",
                        value="-".join(words), value_span=reader.span(group), qualifiers=status)
    if is_demonym(desc.text) and desc.pos_ in ("ADJ", "PROPN", "NOUN") and via in ("copula", "title"):
        yield Claim(**base, span=reader.span(desc), attribute="nationality", value=desc.text.lower(),
                    value_span=reader.span(desc), qualifiers=status)
        return
    # age: "Marchetti, 52," or "the 52-year-old"
    age = _AGE.match(desc.text.lower())
    if desc.pos_ == "NUM" and via == "appos":
        if not _comma_bounded(desc) or desc.i - 2 != head.i:
            return  # "Barczewski (9-8-8—25)" is a score; in "Charlotte, 7, and Louis, 4" the 4 is Louis's
        value = number_value(desc)
        if value is not None and 1 <= value <= 120 and desc.ent_type_ not in ("MONEY", "PERCENT", "QUANTITY", "TIME"):
            yield Claim(**base, span=reader.span(desc), attribute="age", value=str(int(value)),
                        value_span=reader.span(desc))
        return
    if age:
        yield Claim(**base, span=reader.span(desc), attribute="age", value=age.group(1),
                    value_span=reader.span(desc))
        return
    lemma = desc.lemma_.lower()
    # counts: "a veteran of four space flights", "winner of three titles"
    if lemma in _COUNT_HEADS:
        for prep in desc.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    num = next((c for c in pobj.children if c.dep_ == "nummod"), None)
                    value = number_value(num) if num is not None else None
                    if pobj.dep_ == "pobj" and value is not None:
                        hedge = [c for c in num.children if c.dep_ in ("quantmod", "advmod")]
                        toks = [num, *[c for c in pobj.children if c.dep_ in ("compound", "amod")], pobj]
                        yield Claim(**base, span=reader.span(toks), attribute=f"count:{pobj.lemma_.lower()}",
                                    value=str(int(value)), value_span=reader.span(num),
                                    qualifiers=[h.lower_ for h in hedge])
        return
    if not _noun_like(desc) or lemma in NOT_ROLES or lemma in RELATIVE_CUES or not desc.is_alpha:
        return
    if via == "copula" and not _role_like(desc):
        return  # "Having Kelly on board is an honour": not a role
    if desc.ent_type_ and desc.ent_type_ not in ("ORG", "NORP"):
        return
    compounds = [c for c in desc.children if c.dep_ == "compound" and c.i < desc.i and c.pos_ == "NOUN"]
    value = " ".join([*[c.lower_ for c in compounds], lemma])
    toks = [*compounds, desc]
    org = None
    for prep in desc.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "at"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            if pobj is not None:
                org = pobj.text.lower()
                toks.extend([prep, pobj])
    if org:
        value = f"{value} of {org}"
    yield Claim(**base, span=reader.span(toks), attribute="role", value=value,
                value_span=reader.span(toks), object=org, qualifiers=status)


def _comma_bounded(tok: "Token") -> bool:
    """ "Marchetti, 52, said": an age stands alone between commas (or a comma and the end)."""
    texts = tok.view.text
    before = texts[tok.i - 1] if tok.i > 0 else ""
    after = texts[tok.i + 1] if tok.i + 1 < len(texts) else "."
    return before == "," and after in (",", ".", ";")


def _noun_like(tok: "Token") -> bool:
    """A common noun, or a title noun the tagger took for a verb ("astronaut Scott Kelly")."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "VERB" and tok.tag_ in ("VB", "VBP") and tok.dep_ == "compound")


_ROLE_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee", "naut")
ROLE_NOUNS = frozenset({
    "head", "chief", "president", "minister", "captain", "ceo", "chairman", "chairwoman",
    "chair", "coach", "leader", "boss", "secretary", "governor", "mayor", "senator", "judge",
    "editor", "founder", "owner", "star", "actor", "actress", "host", "pilot", "cosmonaut",
    "astronaut", "journalist", "surgeon", "doctor", "nurse", "lawyer", "architect", "ambassador",
    "general", "colonel", "officer", "detective", "inspector", "professor", "principal",
    "vice-president", "heir", "champion", "chef", "poet", "novelist", "candidate", "nominee",
})


def _role_like(tok: "Token") -> bool:
    """Copulas describe much besides roles ("is an honour"); keep nouns that name one."""
    lemma = tok.lemma_.lower()
    return lemma in ROLE_NOUNS or lemma.endswith(_ROLE_SUFFIXES)


def _hyphen_groups(desc: "Token") -> Iterator[list["Token"]]:
    """Runs of modifiers before a noun joined by hyphens: "Italian - Canadian" → one group."""
    mods = sorted((c for c in desc.children if c.dep_ in ("amod", "compound", "nmod") and c.i < desc.i),
                  key=lambda t: t.i)
    view = desc.view  # columns and view tokens, not a spaCy Token per look
    texts, heads, token = view.text, view.heads, view.token
    used: set[int] = set()
    for mod in mods:
        if mod.i in used:
            continue
        group = [mod]
        j = mod.i
        while j + 2 < desc.i and texts[j + 1] in ("-", "–") and (heads[j + 2] == desc.i or heads[j + 2] in {g.i for g in group}):
            group.extend([token(j + 1), token(j + 2)])
            j += 2
        k = mod.i
        while k - 2 >= 0 and texts[k - 1] in ("-", "–") and k - 2 not in used and (
                heads[k - 2] == desc.i or heads[k - 2] in {g.i for g in group}):
            group = [token(k - 2), token(k - 1), *group]
            k -= 2
        used.update(t.i for t in group)
        yield group
