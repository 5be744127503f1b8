"""What a time expression hangs on in the parse: its verb, tense, hedges, event words.

Small functions over the tokens of a chunk's shared column view
(:class:`claimcheck.extract.claim_tokens.TokenView`, which answers like a spaCy Token but
reads plain lists), used by :mod:`claimcheck.extract.times`. They read the dependency
parse and return plain values (lemmas, flags), so the fact model stays free of spaCy objects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan

    from .claim_tokens import ChunkView
    from .claim_tokens import TokenView as Token

__all__ = [
    "governing_verb",
    "direct_verb",
    "tense_of",
    "is_hedged",
    "event_keys",
    "content_key",
    "ancestors",
    "TIME_WORDS",
    "PLAN_WORDS",
]

#: words that say "planned, not done": a date under them is not an asserted fact
PLAN_WORDS = {
    "plan", "expect", "hope", "schedule", "aim", "intend", "propose", "want", "seek", "target",
    "project", "forecast", "predict", "estimate", "anticipate", "goal", "deadline", "promise",
    "pledge", "vow", "slate", "due", "poise", "prepare", "consider", "could", "would",
    "might", "may", "should", "must", "can", "if", "unless", "whether", "until", "likely",
    "projection", "outlook", "hopeful", "bid", "try", "attempt", "agree", "commit",
    "proposal", "timeline", "roadmap", "strategy", "need", "call", "urge",
}
MODALS = {"could", "would", "might", "may", "should", "must", "can", "ought", "'d"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
FUTURE_FRAMES = {"go", "set", "schedule", "due", "slate", "poise", "expect", "plan", "aim", "intend"}
#: words about time itself, useless for telling events apart
TIME_WORDS = {
    "year", "month", "week", "day", "decade", "century", "time", "ago", "later", "earlier",
    "today", "yesterday", "tomorrow", "now", "then", "anniversary", "jubilee", "centenary",
    "centennial", "old", "age", "aged", "born", "bear", "last", "next", "this", "past",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "spring", "summer", "autumn", "fall", "winter",
    "approach", "near", "mark", "celebrate", "commemorate", "be", "have", "do", "say", "tell",
    "make", "get", "go", "come", "take", "give", "see", "know", "think", "also", "first",
    "new", "more", "other", "such", "own", "many", "much", "few", "several", "some", "one",
}
_CONTENT_POS = {"NOUN", "PROPN", "ADJ", "VERB"}
_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "parataxis", "csubj", "xcomp"}


def content_key(token: "Token") -> str | None:
    """The linking key of a content word, or None for function and time words."""
    return _key_at(token.view, token.i)


def _key_at(view: ChunkView, i: int) -> str | None:
    """content_key of token i, read from the columns (no token object needed)."""
    if view.pos_[i] not in _CONTENT_POS or view.is_stop[i] or view.like_num[i]:
        return None
    lemma = view.lemma_lower[i].strip(".'’")
    # isalpha first: the usual all-letters lemma needs no scan for a letter
    if len(lemma) < 3 or lemma in TIME_WORDS or not (lemma.isalpha() or any(c.isalpha() for c in lemma)):
        return None
    return lemma


def ancestors(token: Token) -> Iterator[Token]:
    """The token's heads up to the sentence root, as spaCy's ``Token.ancestors``."""
    for _ in range(len(token.view.text)):  # spaCy's bound: no endless walk on a malformed parse
        if token.head is token:
            return
        token = token.head
        yield token


def governing_verb(token: "Token", limit: int = 10) -> "Token | None":
    """The nearest verb above a token (the clause it belongs to)."""
    t = token
    for _ in range(limit):
        if t.pos_ in ("VERB", "AUX") and t is not token:
            return t
        if t.head is t:
            return t if t.pos_ in ("VERB", "AUX") else None
        t = t.head
    return None


def direct_verb(root: "Token") -> "Token | None":
    """The verb a time expression modifies directly: "released in 2027" (through one
    preposition), "left last year" (npadvmod), not "the 2016 vote" (a noun's modifier)."""
    t = root
    if t.dep_ == "pobj" and t.head.dep_ in ("prep", "agent"):
        t = t.head
    elif t.dep_ in ("advmod",) and t.head.dep_ == "prep":
        t = t.head
    if t.dep_ in ("prep", "npadvmod", "tmod", "advmod", "obl", "nmod:tmod", "dobj", "attr", "pcomp") \
            and t.head.pos_ in ("VERB", "AUX"):
        return t.head
    if t.dep_ == "prep" and t.head.dep_ == "prep" and t.head.head.pos_ in ("VERB", "AUX"):
        return t.head.head  # "from March to May"
    return None


def _aux(verb: "Token") -> list["Token"]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def tense_of(verb: "Token") -> str | None:
    """past, present or future for a verb with its auxiliaries; None for conditionals."""
    auxes = _aux(verb)
    lowers = {a.lower_ for a in auxes}
    if lowers & FUTURE_AUX:
        return "future"
    if lowers & MODALS:
        return None
    if verb.dep_ == "xcomp" and verb.head.lemma_ in FUTURE_FRAMES:
        head_aux = {a.tag_ for a in _aux(verb.head)} | {verb.head.tag_}
        if head_aux & {"VBZ", "VBP"}:
            return "future"  # "is set to open", "is going to launch"
        if head_aux & {"VBD"}:
            return None  # "was set to open": a plan seen from the past
        if {a.lower_ for a in _aux(verb.head)} & FUTURE_AUX:
            return "future"
    tags = {a.tag_ for a in auxes}
    if verb.tag_ == "VBD" or "VBD" in tags:
        return "past"
    if verb.tag_ == "VBN" and lowers & {"has", "have", "'s", "'ve"}:
        return "present"  # the present perfect speaks from now ("it has been ten years since")
    if verb.tag_ in ("VBZ", "VBP") or tags & {"VBZ", "VBP"}:
        return "present"
    return None


def is_hedged(token: "Token", verb: "Token | None") -> bool:
    """True when the statement is planned, conditional, modal or reported as a target."""
    if verb is not None:
        if {a.lower_ for a in _aux(verb)} & MODALS:
            return True
        for anc in [verb, *ancestors(verb)]:
            if anc.lemma_.lower() in PLAN_WORDS or anc.lower_ in PLAN_WORDS:
                return True
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in anc.children):
                return True
    for anc in ancestors(token):
        if anc.pos_ in ("NOUN", "PROPN") and anc.lemma_.lower() in PLAN_WORDS:
            return True
        if anc.pos_ in ("VERB", "AUX"):
            break
    return False


def _clause_ids(view: ChunkView, verb: int) -> list[int]:
    """The verb and its dependents (token indexes), without descending into other clauses."""
    dep, pos = view.dep_, view.pos_
    stack = [verb]
    out: list[int] = []
    while stack:
        i = stack.pop()
        out.append(i)
        for c in view.kids(i):
            if dep[c] in _CLAUSE_DEPS or (dep[c] == "conj" and pos[c] in ("VERB", "AUX")):
                continue
            stack.append(c)
    return out


def event_keys(root: "Token", verb: "Token | None", exclude: "SpacySpan") -> list[str]:
    """Content lemmas of the event a time expression dates: the clause of its verb, or
    the noun phrase it modifies ("the 1969 Moon landing" → moon, landing)."""
    view = root.view
    if verb is None or root.dep_ in ("nummod", "compound", "amod", "nmod", "poss"):
        head = root.head if root.head is not root else root
        ids = view.subtree_ids(head.i)
    else:
        ids = _clause_ids(view, verb.i)
    keys: list[str] = []
    for i in ids:
        if exclude.start <= i < exclude.end:
            continue
        k = _key_at(view, i)
        if k and k not in keys:
            keys.append(k)
    return keys
