"""Small readings of the dependency parse that every claim extractor shares.

Subjects (through control, coordination and relative clauses), noun-phrase keys, tense,
negation and the modifiers of a predicate. Each function looks at a handful of tokens
around one word, so extraction stays linear in the length of the article.

The tokens are :class:`.claim_tokens.TokenView` s (as the claim readers build them):
they answer like spaCy tokens, and the noun-phrase, lemma and subtree readings here
also use their chunk's columns (``tok.view``) to skip building tokens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = [
    "INDEFINITE_DETERMINERS",
    "subject_of",
    "np_tokens",
    "np_key",
    "np_key_of_ids",
    "np_token_ids",
    "is_indefinite",
    "is_negated",
    "tense_of",
    "content_lemma",
    "qualifier_keys",
    "expand_conjuncts",
    "FUTURE_AUX",
]

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass")
#: determiners that introduce a new, unspecified referent: "a rival studio" is not "the studio"
INDEFINITE_DETERMINERS = frozenset({
    "a", "an", "another", "some", "any", "no", "each", "every", "many", "few", "several",
    "other", "one", "such", "most", "all", "both", "either", "neither", "certain", "various",
    "numerous", "more", "less", "fewer", "what", "which", "whatever", "much", "enough",
})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
#: subtrees that do not belong to a compact noun phrase
_NP_CUT = frozenset({"relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "prep", "dep",
                     "parataxis"})
#: adverbs that never change what a claim says ("also", "gradually")
NEUTRAL_ADVERBS = frozenset({
    "also", "still", "even", "just", "far", "much", "really", "actually", "indeed", "gradually",
    "originally", "initially", "later", "eventually", "ever", "too", "as", "well", "all",
    "at", "any", "however", "though", "nonetheless", "nevertheless", "then", "now", "so",
    "immediately", "quickly", "soon", "already", "further", "simply", "certainly", "clearly",
    "there", "here", "yet", "thus", "therefore", "meanwhile", "instead", "again", "once",
})


def expand_conjuncts(tok: "Token") -> list["Token"]:
    """A token and the tokens coordinated with it ("Cruise and Liman")."""
    return [tok, *tok.conjuncts]


def subject_of(verb: "Token", depth: int = 0) -> "Token | None":
    """The subject of a predicate, looked for through control, coordination and relatives.

    verb (Token): a verb or copula.
    RETURNS (Token | None): the subject's head; for a relative clause the antecedent noun
        ("Liman, who had announced ..." → Liman); None when the parse gives none.
    """
    if depth > 4:
        return None
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return child
    dep = verb.dep_
    if dep == "relcl":
        return None  # "the film that critics praised": the antecedent is the object
    if dep in ("xcomp", "conj", "acomp") and verb.head.i != verb.i:
        return subject_of(verb.head, depth + 1)
    if dep == "acl" and verb.head.pos_ == "NOUN":
        # "plans to make a film": the planner is the subject of the verb governing "plans"
        governor = verb.head.head
        if governor.i != verb.head.i and governor.pos_ in ("VERB", "AUX"):
            return subject_of(governor, depth + 1)
    return None


def np_tokens(head: "Token", keep_prep: bool = True) -> list["Token"]:
    """The tokens of a compact noun phrase: modifiers and (optionally) the head's
    prepositional complements, without relative clauses, appositions, coordination or
    punctuation ("details about the director" keeps "about the director"; "a film in
    2019" drops the date, which is a qualifier, not part of the thing)."""
    return list(map(head.view.token, np_token_ids(head, keep_prep)))


def np_token_ids(head: "Token", keep_prep: bool = True) -> list[int]:
    """The indexes of :func:`np_tokens`, ascending, read from the chunk's columns (callers
    that need only offsets or lemmas build no token)."""
    out: list[int] = []
    _walk_np(head.view, head.i, True, keep_prep, out)
    out.sort()
    return out


def _walk_np(view, i: int, top: bool, keep_prep: bool, out: list[int]) -> None:
    """Collect the noun phrase below token i into ``out`` (a module function rather than a
    nested one: a recursive closure is a reference cycle, left for the cyclic GC)."""
    out.append(i)
    deps = view.dep_
    for child in view.kids(i):
        dep = deps[child]
        if dep == "prep":
            if keep_prep and top and not view.subtree_has_entity(child, ("DATE", "TIME")):
                out.append(child)
                for c in view.kids(child):
                    if deps[c] in ("pobj", "pcomp"):
                        _walk_np(view, c, False, keep_prep, out)
            continue
        if dep in _NP_CUT:
            continue
        _walk_np(view, child, False, keep_prep, out)


def content_lemma(tok: "Token") -> str | None:
    """The lowercase lemma of a content word, or None for function words and punctuation
    (see :meth:`.claim_tokens.ChunkView.content_lemma`)."""
    return tok.view.content_lemma(tok.i)


def np_key(tokens: Iterable["Token"]) -> str | None:
    """Lemmas of the content words of a phrase in text order: "the Constant k filters" →
    "constant k filter"; None when nothing is left."""
    words = [w for w in (content_lemma(t) for t in tokens) if w and w not in NEUTRAL_ADVERBS]
    return " ".join(words) or None


def np_key_of_ids(view, ids: Iterable[int]) -> str | None:
    """:func:`np_key` of the tokens at these indexes of a chunk view."""
    words = [w for w in map(view.content_lemma, ids) if w and w not in NEUTRAL_ADVERBS]
    return " ".join(words) or None


def is_indefinite(head: "Token") -> bool:
    """True for pronouns and for phrases that introduce a new referent ("a rival studio",
    "some analysts"); such subjects cannot be matched with any other claim."""
    if head.pos_ == "PRON" or head.lower_ in INDEFINITE_DETERMINERS:
        return True
    view = head.view
    deps, lower = view.dep_, view.lower_
    for k in view.kids(head.i):  # read from the columns: no child token is built
        if deps[k] in ("det", "predet", "amod", "nummod") and lower[k] in INDEFINITE_DETERMINERS:
            return True
        if deps[k] == "nummod" and head.pos_ == "NOUN":
            return True  # "two films"
    return False


def is_negated(tok: "Token") -> "Token | None":
    """The negation word of a predicate ("not", "n't", "never"), ignoring "not only",
    "not just", "not merely" (which add rather than deny)."""
    for child in tok.children:
        if child.dep_ == "neg" or (child.lower_ == "never" and child.dep_ in ("advmod", "neg")):
            nxt = child.nbor(1) if child.i + 1 < len(child.doc) else None
            if nxt is not None and nxt.lower_ in ("only", "just", "merely", "simply", "necessarily", "all"):
                continue
            return child
    return None


def tense_of(verb: "Token") -> str | None:
    """past, present or future, from auxiliaries and the verb's own morphology (read
    from the chunk's columns: no token is built for the auxiliaries)."""
    view = verb.view
    deps, lower, tags = view.dep_, view.lower_, view.tag_
    auxes = [k for k in view.kids(verb.i) if deps[k] in ("aux", "auxpass")]
    for k in auxes:
        if lower[k] in FUTURE_AUX or lower[k] == "going":
            return "future"
    for k in auxes:
        if view.is_past(k) or view.lemma_[k] == "have":
            return "past"  # "have": present perfect, done by now
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ in ("VBZ", "VBP", "VBG"):
        return "present"
    for k in auxes:
        if tags[k] in ("VBZ", "VBP"):
            return "present"
    return None


def qualifier_keys(verb: "Token", skipped: set[int]) -> list[str]:
    """Lemma keys of the predicate's other modifiers (time, place, manner), sorted.

    Two statements with different qualifiers ("in the first half" / "in the second
    half") are different claims, so negation needs these to agree. ``skipped``: indexes of
    the tokens the claim reads elsewhere (subject, object, cue words).
    """
    view = verb.view
    keys: list[str] = []
    for child in verb.children:
        if child.i in skipped or child.dep_ in ("aux", "auxpass", "neg", "punct", "cc", "mark",
                                                "nsubj", "nsubjpass", "dobj", "attr", "acomp",
                                                "conj", "ccomp", "xcomp", "advcl", "relcl",
                                                "csubj", "expl", "parataxis", "dep", "prt",
                                                "intj", "meta"):
            continue
        if child.dep_ == "advmod" and child.lower_ in NEUTRAL_ADVERBS:
            continue
        lemmas = map(view.content_lemma, view.subtree_ids(child.i))  # no token built for the subtree
        words = [w for w in lemmas if w and w not in NEUTRAL_ADVERBS]
        if words:
            keys.append(" ".join(words))
    return sorted(keys)
