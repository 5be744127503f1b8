"""Term facts: mentions of the terms rules declare ("in orbit", "supersonic"), with polarity.

Each term list is compiled once into two spaCy PhraseMatchers, one on LOWER (the phrase
as written, any case) and one on LEMMA (so "orbit" also finds "orbits" and "orbiting");
overlapping matches of one list keep the longest. Each mention is then placed in its
clause and marked:

* **negated** when its clause denies it: a ``neg`` child of the governing verb or of a
  verb it depends on ("will not reach orbit", "never reached orbit", "failed to reach
  orbit"), "no orbit", "without reaching orbit". A negated quantifier on the subject does
  not count: "not all scenes will be filmed in orbit" still says some will;
* **hedged** when it is only possible or planned: a modal ("could reach orbit"), a plan
  verb above it ("hopes to reach orbit") or a condition ("if it reaches orbit").

"sub-orbital" and "non-orbital" are not mentions of "orbital".
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from ..facts import Mention, TermFact
from .context import ExtractContext, TermList
from .quantities import EntityIndex, entity_of
from .quantity_context import clause_verbs, governing_verb, phrase, subject_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token
    from spacy.vocab import Vocab

__all__ = ["extract_terms", "polarity", "HEDGE_MODALS", "HEDGE_VERBS", "NEGATIVE_VERBS"]

HEDGE_MODALS = {"could", "might", "may", "would", "should", "can", "ca"}
HEDGE_VERBS = {"plan", "hope", "aim", "want", "seek", "try", "intend", "propose", "dream", "wish",
               "attempt", "consider", "hop", "would", "could", "aspire", "bid", "mull", "explore"}
NEGATIVE_VERBS = {"fail", "miss", "lack", "avoid", "abandon", "cancel", "scrap", "refuse", "deny"}
CONDITION_MARKS = {"if", "whether", "unless"}
NEGATING_PREFIXES = {"sub", "non", "pre", "near", "quasi", "semi", "anti"}

_CACHE: dict[tuple, tuple["PhraseMatcher", "PhraseMatcher", dict[int, tuple[str, str]]]] = {}


def _key(vocab: "Vocab", lists: Iterable[TermList]) -> tuple:
    return (id(vocab),) + tuple((tl.name, tuple(sorted((k, tuple(v)) for k, v in tl.terms.items())))
                                for tl in lists)


@lru_cache(maxsize=1)
def _blank_tokenizer():
    """English tokenization for the phrases of term lists (the loaded model's rules)."""
    import spacy

    return spacy.blank("en").tokenizer


def _tokenize(text: str) -> list[str]:
    return [t.text for t in _blank_tokenizer()(text)]


def _matchers(vocab: "Vocab", lists: tuple[TermList, ...]):
    """Two PhraseMatchers (LOWER, LEMMA) for these term lists, built once per vocab."""
    key = _key(vocab, lists)
    cached = _CACHE.get(key)
    if cached:
        return cached
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    lower = PhraseMatcher(vocab, attr="LOWER")
    lemma = PhraseMatcher(vocab, attr="LEMMA")
    labels: dict[int, tuple[str, str]] = {}
    for tl in lists:
        for term, phrases in tl.terms.items():
            label = f"{tl.name}\x1f{term}"
            labels[vocab.strings.add(label)] = (tl.name, term)
            docs_lower, docs_lemma = [], []
            for p in dict.fromkeys(phrases or (term,)):
                words = _tokenize(p.lower())
                if not words:
                    continue
                docs_lower.append(Doc(vocab, words=words))
                docs_lemma.append(Doc(vocab, words=words, lemmas=words))
            lower.add(label, docs_lower)
            lemma.add(label, docs_lemma)
    _CACHE[key] = (lower, lemma, labels)
    return _CACHE[key]


def extract_terms(ctx: ExtractContext, lists: tuple[TermList, ...], mentions: Iterable[Mention] = ()) -> list[TermFact]:
    """Every mention of a declared term, with its polarity, in text order.

    ctx (ExtractContext): the parsed article. lists (tuple[TermList, ...]): the rules' term lists.
    RETURNS (list[TermFact]): one fact per mention and list.
    """
    if not lists:
        return []
    entity_at = EntityIndex(mentions)
    out: list[TermFact] = []
    for ci, chunk in ctx.iter_chunks():
        doc = chunk.doc
        if len(doc) == 0:
            continue
        lower, lemma, labels = _matchers(doc.vocab, lists)
        has_lemmas = doc.has_annotation("LEMMA")
        found = list(lower(doc)) + (list(lemma(doc)) if has_lemmas else [])
        for (list_name, term), start, end in _longest(found, labels):
            span = doc[start:end]
            if _prefixed(span):
                continue
            negated, hedged, cue = polarity(span)
            verb = governing_verb(span.root)
            subj = subject_of(verb)
            fact_span = ctx.span_of(chunk, span)
            sentence = ctx.sentence_of(ci, start)
            out.append(TermFact(
                index=len(out), span=fact_span, term=term, list_name=list_name,
                negated=negated, hedged=hedged, cue=cue, verbs=clause_verbs(verb),
                subject=phrase(subj) if subj is not None else None,
                subject_entity=entity_of(ctx, chunk, subj, entity_at),
                sentence=sentence,
                in_quote=ctx.quoted(fact_span) or ctx.sentences[sentence].in_quote,
            ))
    return out


def _longest(found, labels) -> list[tuple[tuple[str, str], int, int]]:
    """Per list, drop matches inside a longer one ("orbit" inside "in orbit")."""
    by_list: dict[str, list[tuple[int, int, str]]] = {}
    for match_id, start, end in found:
        name, term = labels[match_id]
        by_list.setdefault(name, []).append((start, end, term))
    out = []
    for name, items in by_list.items():
        items = sorted(set(items), key=lambda x: (-(x[1] - x[0]), x[0]))
        kept: list[tuple[int, int, str]] = []
        for s, e, term in items:
            if all(e <= ks or s >= ke for ks, ke, _ in kept):
                kept.append((s, e, term))
        out.extend(((name, term), s, e) for s, e, term in kept)
    out.sort(key=lambda x: (x[1], x[0][0]))
    return out


def _prefixed(span: "SpacySpan") -> bool:
    """"sub-orbital": a prefix joined by a hyphen makes it another word."""
    doc, s = span.doc, span.start
    return s >= 2 and doc[s - 1].text in {"-", "‐"} and doc[s - 2].lower_ in NEGATING_PREFIXES


def polarity(span: "SpacySpan") -> tuple[bool, bool, str | None]:
    """(negated, hedged, cue word) of a mention from its clause."""
    root = span.root
    for c in root.children:
        if (c.dep_ == "det" and c.lower_ == "no") or c.dep_ == "neg":
            return True, False, c.text
    verb = governing_verb(root)
    t = root
    while verb is not None and t.i != verb.i:
        if t.lower_ == "without":
            return True, False, t.text
        t = t.head
    if verb is not None and verb.head.lower_ == "without":
        return True, False, verb.head.text  # "without reaching orbit"
    hedge: str | None = None
    v: "Token | None" = verb
    for _ in range(4):
        if v is None:
            break
        for c in v.children:
            if c.dep_ == "neg":
                return True, False, c.text
            if c.dep_ == "aux" and c.lower_ in HEDGE_MODALS and hedge is None:
                hedge = c.text
            if c.dep_ == "mark" and c.lower_ in CONDITION_MARKS and hedge is None:
                hedge = c.text
        lemma = v.lemma_.lower()
        if lemma in NEGATIVE_VERBS and v.i != (verb.i if verb is not None else -1):
            return True, False, v.text
        if lemma in HEDGE_VERBS and v is not verb and hedge is None:
            hedge = v.text
        if v.dep_ in {"xcomp", "ccomp"} and v.head.i != v.i and v.head.pos_ in {"VERB", "AUX", "NOUN"}:
            v = v.head
            if v.pos_ == "NOUN":
                if v.lemma_.lower() in HEDGE_VERBS | {"plan", "hope", "ambition", "aim", "bid", "dream"} and hedge is None:
                    hedge = v.text
                break
        else:
            break
    return False, hedge is not None, hedge
