"""What a figure measures and of what: its cue, thing, subject, clause verbs, date and flags.

Read from the dependency parse around a :class:`~.figures.Figure`:

* the **thing**: the noun the figure modifies ("the $15m *budget*", "a 10-inch *knife*"),
  the noun it is the value of ("a *budget* of $12m", "the *budget* is $12m") or the subject
  of a value verb ("the *project* costs $12m");
* the **cue**: a dimension word or place right after it ("30 km *high*", "60 miles *above
  the Earth*"), else the thing, else the governing verb ("*costs* $12m", "*reached* 62 miles");
* the **subject**: an owner of the thing ("Smith's deal", "the deal for Smith") or the
  subject of the governing verb, followed up xcomp chains ("The project is set to be
  filmed 60 miles above…" → "The project");
* the **verbs** of its clause (the event), a **date** tied to the clause, and whether the
  figure is a total ("in total") or a change ("rose 7%").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..units import UNIT_WORDS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

    from .claim_tokens import ChunkView, TokenView
    from .figures import Figure

__all__ = ["FigureContext", "describe", "clause_verbs", "governing_verb", "subject_of", "phrase"]

MODIFIER_DEPS = {"compound", "nmod", "amod", "nummod", "quantmod", "npadvmod"}
SIZE_WORDS = {"high", "tall", "long", "wide", "deep", "thick", "away", "old", "across", "apart",
              "aloft", "up", "down", "underground", "underwater", "offshore", "inland", "distant",
              "overhead", "heavy", "large", "big", "in"}
PLACE_PREPOSITIONS = {"above", "below", "beneath", "under", "over", "into", "across", "off", "beyond",
                      "from", "up", "down", "along", "behind", "ahead", "north", "south", "east", "west",
                      "inside", "outside", "underneath", "within"}
# verbs whose subject has the value ("the project costs $12m"); agents ("raised", "spent") do not
VALUE_VERBS = {"cost", "total", "value", "price", "weigh", "measure", "stand", "amount", "worth", "run"}
CHANGE_VERBS = {"rise", "fall", "grow", "increase", "decrease", "drop", "climb", "jump", "slip",
                "decline", "cut", "gain", "lose", "surge", "soar", "plunge", "slump", "shrink",
                "slide", "dip", "rocket", "tumble", "fell", "boost", "reduce", "lift", "raise"}
CUMULATIVE_WORDS = {"total", "totals", "totalled", "totaled", "combined", "altogether", "overall",
                    "cumulative", "cumulatively", "together", "aggregate"}
CUMULATIVE_PAIRS = {("in", "all"), ("all", "told"), ("so", "far"), ("to", "date"), ("between", "them"),
                    ("in", "total")}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
VERB_LINKS = {"xcomp", "ccomp", "advcl", "conj", "relcl", "acl", "pcomp"}
PRONOUNS = {"it", "he", "she", "they", "this", "that", "which", "who", "we", "i", "you", "its"}
CONTEXT_WINDOW = 6  # tokens either side searched for "in total" and the like
WORDS_WINDOW = 10  # tokens either side whose content lemmas describe the figure
_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}
_DULL = {"be", "have", "do", "say", "make", "get", "take", "will", "would", "could", "may", "year",
         "month", "week", "day", "time", "last", "new", "other", "more", "less", "also", "tell", "add"}


@dataclass
class FigureContext:
    cue: str | None = None
    thing: "Token | None" = None
    thing_phrase: str | None = None
    modifiers: list[str] = field(default_factory=list)
    determiner: str | None = None
    subject: "Token | None" = None
    verbs: list[str] = field(default_factory=list)
    time: str | None = None
    cumulative: bool = False
    change: bool = False
    context: list[str] = field(default_factory=list)


def phrase(tok: "Token", max_len: int = 6) -> str:
    """The noun phrase a token heads, as written (at most ``max_len`` tokens, no relative clause)."""
    doc = tok.doc
    start = tok.left_edge.i
    if tok.i - start >= max_len:
        start = tok.i
        while start > 0 and doc[start - 1].dep_ in {"compound", "amod", "det", "poss"} \
                and doc[start - 1].head.i >= start:
            start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].dep_ in {"compound", "flat"} and doc[end].head.i == tok.i:
        end += 1
    if end + 1 < len(doc) and doc[end].dep_ == "prep" and doc[end].head.i == tok.i \
            and doc[end].lower_ in {"at", "of", "for", "in"}:
        obj = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
        if obj is not None and obj.i - tok.i <= max_len:
            end = obj.i + 1  # "Profits at Barclaycard"
    return doc[start:end].text


def thing_phrase(tok: "Token", skip: range) -> tuple[str, list[str]]:
    """Lemma phrase of a noun with its compound nouns ("marketing budget"), and its adjectives
    ("annual", "new") apart: compounds name another kind of thing, adjectives often only describe."""
    compounds, adjectives = [], []
    for c in tok.children:
        if c.i >= tok.i or c.i in skip or c.like_num or c.lower_ in UNIT_WORDS:
            continue
        if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}:
            compounds.append(c.lemma_.lower())
        elif c.dep_ in {"amod", "compound"} and c.pos_ in {"ADJ", "VERB", "NOUN", "PROPN"}:
            adjectives.append(c.lemma_.lower())
    return " ".join(compounds + [tok.lemma_.lower()]), adjectives


def count_phrase(doc: "Doc", fig: "Figure") -> str:
    """The counted noun with the words between number and noun ("three other freed detainees")."""
    words = [t.lemma_.lower() for t in doc[fig.start:fig.anchor + 1]
             if t.pos_ in {"NOUN", "ADJ", "PROPN", "VERB"} and not t.like_num and t.i > fig.start]
    return " ".join(words) or (fig.unit or "")


def governing_verb(tok: "Token") -> "Token | None":
    """The nearest verb above a token in the parse (or the sentence root)."""
    t = tok
    for _ in range(10):
        if t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ == "ROOT"):
            return t
        if t.head.i == t.i:
            return t if t.pos_ in {"VERB", "AUX"} else None
        t = t.head
    return None


def clause_verbs(verb: "Token | None", limit: int = 5) -> list[str]:
    """Lemmas of a verb and the verbs linked to it (xcomp, advcl, conj …), governing first."""
    if verb is None:
        return []
    out = [verb.lemma_.lower()]
    t = verb
    for _ in range(3):  # up: "set to be filmed" → set
        if t.dep_ in VERB_LINKS and t.head.i != t.i and t.head.pos_ in {"VERB", "AUX"}:
            t = t.head
            out.append(t.lemma_.lower())
        else:
            break
    for c in verb.children:  # down: "spend 20 minutes filming" → film
        if c.dep_ in VERB_LINKS and c.pos_ == "VERB":
            out.append(c.lemma_.lower())
    seen: list[str] = []
    for v in out:
        if v not in seen:
            seen.append(v)
    return seen[:limit]


def subject_of(verb: "Token | None") -> "Token | None":
    """The subject of a verb, following xcomp/conj chains up when the verb has none."""
    t = verb
    for _ in range(4):
        if t is None:
            return None
        for c in t.children:
            if c.dep_ in SUBJECT_DEPS:
                return c
        if t.dep_ in {"xcomp", "conj", "advcl", "ccomp"} and t.head.i != t.i:
            t = t.head
        else:
            return None
    return None


def _thing(view: "ChunkView", fig: "Figure", root: "TokenView") -> tuple["TokenView | None", bool]:
    """The noun the figure belongs to, and whether it is the subject of a value verb."""
    head = root.head
    if fig.kind == "count":
        return view.token(fig.anchor), False
    if head.i != root.i and head.i >= fig.end and head.pos_ == "NOUN" and root.dep_ in MODIFIER_DEPS:
        return head, False  # the £5m deal, a 10-inch knife
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head, False  # a budget of $12m
    if root.dep_ == "appos" and head.pos_ == "NOUN":
        return head, False  # its budget, $12m,
    if root.dep_ in {"attr", "acomp", "dobj", "npadvmod"} and head.pos_ in {"AUX", "VERB"} \
            and (head.lemma_ == "be" or head.lemma_.lower() in VALUE_VERBS):
        subj = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and subj.pos_ == "NOUN":
            return subj, head.lemma_ != "be"  # the budget is $12m; the project costs $12m
    return None, False


def _owner(thing: "Token", skip: range) -> "Token | None":
    """"Smith's deal", "the deal for Smith", "the budget of the film"."""
    for c in thing.children:
        if c.dep_ == "poss" and c.lower_ not in PRONOUNS:
            return c
    for c in thing.children:
        if c.dep_ == "prep" and c.lower_ in {"for", "of", "with", "from", "by"}:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in {"PROPN", "NOUN"} and not obj.like_num and obj.i not in skip:
                return obj
    if thing.dep_ == "pobj" and thing.head.lower_ == "of" and thing.head.head.pos_ == "NOUN":
        owner = thing.head.head  # a veteran of four space flights → veteran → Kelly
        if owner.dep_ == "appos" and owner.head.pos_ == "PROPN":
            return owner.head
        return owner
    if thing.dep_ == "appos" and thing.head.pos_ == "PROPN":
        return thing.head
    return None


def _cue(view: "ChunkView", fig: "Figure", thing: "TokenView | None", verb: "TokenView | None",
         by_verb: bool) -> str | None:
    if fig.cue:
        return fig.cue
    if fig.end < len(view.text):
        nxt = view.token(fig.end)
        low = nxt.lower_
        if low in PLACE_PREPOSITIONS and nxt.pos_ in {"ADP", "ADV"}:
            obj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.i - nxt.i <= 4:
                return " ".join(view.lower_[nxt.i:obj.i + 1])
            return low
        if low in SIZE_WORDS and nxt.pos_ in {"ADJ", "ADV"}:
            return low
    if thing is not None and fig.kind != "count" and not by_verb:
        return thing.lemma_.lower()
    if verb is not None:
        return verb.lemma_.lower()
    return None


_DATE_ENTS = "claimcheck.date_ents"


def _date_ents(doc: "Doc", sent) -> list:
    """The DATE entities of a sentence. ``Span.ents`` walks every entity of the chunk and
    ``doc.ents`` builds them all anew, once per figure: quadratic in a dense text. The
    chunk's DATE entities are listed once (kept in ``doc.user_data``) and bisected."""
    cached = doc.user_data.get(_DATE_ENTS)
    if cached is None:
        ents = [e for e in doc.ents if e.label_ == "DATE"]
        cached = doc.user_data[_DATE_ENTS] = ([e.start for e in ents], ents)
    starts, ents = cached
    out = []
    for ent in ents[bisect_left(starts, sent.start):]:
        if ent.start >= sent.end:
            break
        if ent.end <= sent.end:
            out.append(ent)
    return out


def _time(doc: "Doc", fig: "Figure", sent, anchors: set[int]) -> str | None:
    for ent in _date_ents(doc, sent):
        if ent.start < fig.end and fig.start < ent.end:
            continue
        head = ent.root.head
        if head.i in anchors or (head.dep_ == "prep" and head.head.i in anchors):
            return ent.text.lower()
    return None


def _cumulative(view: "ChunkView", fig: "Figure", sent) -> bool:
    lo = max(sent.start, fig.start - CONTEXT_WINDOW)
    hi = min(sent.end, fig.end + CONTEXT_WINDOW)
    prev = ""
    for low in view.lower_[lo:hi]:
        if low in CUMULATIVE_WORDS or (prev, low) in CUMULATIVE_PAIRS:
            return True
        prev = low
    return False


def _content_words(view: "ChunkView", fig: "Figure", sent) -> list[str]:
    """Content lemmas near the figure in its sentence: what a restatement would repeat
    (read from the chunk's columns: a spaCy Token per word would cost more than the test)."""
    lo = max(sent.start, fig.start - WORDS_WINDOW)
    hi = min(sent.end, fig.end + WORDS_WINDOW)
    pos, is_stop, like_num, lemmas = view.pos_, view.is_stop, view.like_num, view.lemma_lower
    out: list[str] = []
    for i in range(lo, hi):
        if fig.start <= i < fig.end or pos[i] not in _CONTENT_POS or is_stop[i] or like_num[i]:
            continue
        lemma = lemmas[i]
        if lemma in _DULL or lemma in UNIT_WORDS or len(lemma) < 3 or not lemma.isalpha() or lemma in out:
            continue
        out.append(lemma)
    return out


def describe(doc: "Doc", fig: "Figure", view: "ChunkView") -> FigureContext:
    """The context of one figure in its parsed chunk (``view``: the chunk's columns)."""
    span = doc[fig.start:fig.end]
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    # the parse around the figure is walked on the shared view's tokens (a spaCy Token
    # per read costs more): the thing, the verbs and the owner are view tokens
    root = view.token(span.root.i)
    thing, by_verb = _thing(view, fig, root)
    verb = governing_verb(root)
    skip = range(fig.start, fig.end)
    ctx = FigureContext(thing=thing, verbs=clause_verbs(verb))
    if thing is not None:
        if fig.kind == "count":
            ctx.thing_phrase = count_phrase(doc, fig)
        else:
            ctx.thing_phrase, ctx.modifiers = thing_phrase(thing, skip)
        ctx.determiner = next((c.lower_ for c in thing.children if c.dep_ in {"det", "poss"} and c.i < thing.i), None)
    ctx.cue = _cue(view, fig, thing, verb, by_verb)
    owner = _owner(thing, skip) if thing is not None else None
    if owner is None and fig.cue == "age" and fig.start >= 2 and doc[fig.start - 1].text == ",":
        owner = view.token(fig.start - 2)  # "Marchetti, 52,"
    if owner is None:
        subj = subject_of(verb)
        if subj is not None and not (fig.start <= subj.i < fig.end) and (thing is None or subj.i != thing.i):
            owner = subj
    ctx.subject = owner
    # a date on the verb dates the figure only when the figure is the verb's own argument:
    # in "the £1.3bn offer was rejected in December" December dates the rejection
    anchors = {root.i} | ({thing.i} if thing is not None else ({verb.i} if verb is not None else set()))
    ctx.time = _time(doc, fig, sent, anchors)
    ctx.cumulative = _cumulative(view, fig, sent)
    ctx.context = _content_words(view, fig, sent)
    ctx.change = verb is not None and verb.lemma_.lower() in CHANGE_VERBS and fig.unit == "percent" \
        and root.dep_ in {"npadvmod", "dobj", "advmod"}
    return ctx
