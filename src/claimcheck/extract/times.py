"""Time expressions: dates, relative dates, durations, ages, births and anniversaries.

Candidates come from spaCy's DATE/TIME entities plus a few patterns the model misses
("100th anniversary" is only an ORDINAL to it, "centenary" nothing, "Smith, 45," a bare
number). :mod:`claimcheck.extract.time_phrases` says what each phrase means;
:mod:`claimcheck.extract.time_syntax` says what it hangs on. Ages and births are linked
to PERSON mentions (through an apposition, a modifier, the subject of "born", or a
"he"/"she" whose referent is the only person in reach). Relative expressions are placed
in time only when the article's date is known; otherwise they say they need it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..facts import Mention, TimeExpr, trusted
from .context import ExtractContext
from .dateline import find_dateline
from .time_numbers import ANNIVERSARY_WORDS, JUBILEES, QUALIFIERS, anniversary_number, int_word
from .time_people import People, person_for_age, person_for_birth, right_after
from .time_phrases import Phrase, parse_time_phrase, resolve_relative
from .time_syntax import ancestors, content_key, direct_verb, event_keys, governing_verb, is_hedged, tense_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan

    from ..nlp import Chunk
    from .claim_tokens import ChunkView
    from .claim_tokens import TokenView as Token

__all__ = ["extract_times", "find_dateline", "ANNIVERSARY_CUES"]  # find_dateline: see dateline.py

_ORDINAL_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
    r"seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|"
    r"eightieth|ninetieth|(?:one )?hundredth"
)
_ANNIVERSARY_RX = re.compile(
    rf"\b(?:(?:\d+(?:st|nd|rd|th)|{_ORDINAL_WORDS})\s+anniversary"
    rf"|(?:{'|'.join(JUBILEES)})\s+(?:jubilee|anniversary)"
    rf"|(?:{'|'.join(ANNIVERSARY_WORDS)}))\b",
    re.I,
)
_AGE_RX = re.compile(
    r"\b(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:-| )years?(?:-| )old\b"
    r"|\b(?:aged|age)\s+(?P<m>\d{1,3})\b",
    re.I,
)
_ANNIVERSARY_CUE_WORDS = ("anniversar", "jubilee", "centen")  # every _ANNIVERSARY_RX match has one
#: in the lowered text, every _AGE_RX match meets one. Two case-sensitive searches that
#: start with a literal, which the regex engine finds fast (it tries an alternation, or a
#: re.I pattern, at every position); "ſ" is the one letter re.I takes for "s"
_AGE_CUES = (re.compile(r"year[sſ]?[- ]old"), re.compile(r"aged?\s+\d"))
#: _YEAR_TOKEN in running text. The look-behind (no digit before) comes after the first
#: two digits: a leading look-behind makes the regex try every position of the text
_YEAR_IN_TEXT = re.compile(r"(?:1[0-9]|2[01])(?<![0-9]..)[0-9]{2}(?![0-9])")
_PATTERN_TERRITORY = re.compile(r"year[- ]old|years old|\baged?\b|anniversary", re.I)  # the patterns' phrases
_BARE_NUMBER = re.compile(r"\d{1,3}")
_YEAR_TOKEN = re.compile(r"^(1[0-9]{3}|20[0-9]{2}|21[0-9]{2})$")
_YEAR_PREPS = {"in", "since", "until", "till", "by", "from", "during", "before", "after", "through", "circa", "of"}
_REL_FOLLOW = {"ago", "later", "earlier", "after", "before", "back", "since", "hence", "on", "prior", "afterwards"}
_THEN_MARKS = {"when", "while", "until", "since", "before", "after", "as", "once", "if"}
_QUAL_ONE = {q for q in QUALIFIERS if " " not in q}
_QUAL_TWO = {q for q in QUALIFIERS if q.count(" ") == 1}

#: anniversary cue word → when the anniversary falls relative to the reference year
ANNIVERSARY_CUES = {
    "approaches": "future", "approaching": "future", "approach": "future", "nears": "future",
    "nearing": "future", "near": "future", "upcoming": "future", "forthcoming": "future",
    "looming": "future", "looms": "future", "coming": "future", "ahead": "future", "will": "future",
    "next": "future", "eve": "future", "run-up": "future", "lead-up": "future", "countdown": "future",
    "impending": "future", "prepare": "future", "prepares": "future", "preparing": "future",
    "marks": "present", "mark": "present", "marking": "present", "celebrates": "present",
    "celebrate": "present", "celebrating": "present", "commemorates": "present",
    "commemorating": "present", "commemorate": "present", "observes": "present", "this": "present",
    "today": "present", "is": "present", "falls": "present", "honours": "present", "honors": "present",
    "marked": "past", "celebrated": "past", "commemorated": "past", "was": "past", "last": "past",
    "observed": "past", "fell": "past",
}
_STRONG_CUES = {"approaches", "approaching", "nears", "nearing", "upcoming", "marks", "marked", "celebrates",
                "celebrated", "commemorates", "commemorated", "looms", "looming", "forthcoming"}


@dataclass
class _Raw:
    chunk_index: int
    chunk: "Chunk"
    start: int  # character offsets in the chunk's doc
    end: int
    phrase: Phrase
    source: str  # "entity" or "pattern"


# --------------------------------------------------------------------------- candidates


def _extend(view: ChunkView, start_tok: int, end_tok: int) -> tuple[int, int]:
    """Take in a qualifier just before ("nearly" + "a decade") the entity."""
    lower = view.lower_
    if start_tok >= 2 and f"{lower[start_tok - 2]} {lower[start_tok - 1]}" in _QUAL_TWO:
        start_tok -= 2
    elif start_tok >= 1 and lower[start_tok - 1] in _QUAL_ONE and view.pos_[start_tok - 1] != "ADP":
        start_tok -= 1
    return start_tok, end_tok


def _entity_candidates(ci: int, chunk: Chunk, view: ChunkView, ents: "tuple[SpacySpan, ...]") -> list[_Raw]:
    out: list[_Raw] = []
    lower, n_tokens = view.lower_, len(view.text)
    for ent in ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        text = view.range_text(ent.start, ent.end)
        if _PATTERN_TERRITORY.search(text):
            continue  # the patterns take these
        if _BARE_NUMBER.fullmatch(text.strip()):
            if ent.root.dep_ == "appos" and ent.root.head.pos_ == "PROPN" and 0 < int(text) < 120:
                n = float(text)
                out.append(_Raw(ci, chunk, ent.start_char, ent.end_char, Phrase("age", years_low=n, years_high=n), "entity"))
            continue
        s, e = _extend(view, ent.start, ent.end)
        phrase = parse_time_phrase(view.range_text(s, e))
        if phrase is not None and phrase.kind == "duration" and phrase.relation is None and e < n_tokens \
                and lower[e] in _REL_FOLLOW and not (s and view.pos_[s - 1] == "ADP"):
            # "four years after the vote", not "the second time in 15 years after …"
            longer = parse_time_phrase(view.range_text(s, e + 1))
            if longer is not None:
                phrase, e = longer, e + 1
        if phrase is None:
            for i in range(ent.start, ent.end):  # "between 2010 and 2015": each year on its own
                word = view.text[i]
                if _YEAR_TOKEN.match(word):
                    out.append(_Raw(ci, chunk, view.idx[i], view.idx[i] + len(word), parse_time_phrase(word), "entity"))
            continue
        out.append(_Raw(ci, chunk, *view.char_range(s, e), phrase, "entity"))
    return out


def _token_at(view: ChunkView, start: int, end: int) -> int | None:
    """The index of the token spanning exactly the characters start … end, if one does."""
    i = bisect_left(view.idx, start)
    if i < len(view.idx) and view.idx[i] == start and start + len(view.text[i]) == end:
        return i
    return None


def _pattern_candidates(ci: int, chunk: Chunk, view: ChunkView) -> list[_Raw]:
    text = chunk.text
    out: list[_Raw] = []
    # the patterns are long alternations tried at every position: run them only where
    # their literal cue words occur (most articles have none)
    low = text.lower()
    anniversaries = _ANNIVERSARY_RX.finditer(text) if any(w in low for w in _ANNIVERSARY_CUE_WORDS) else ()
    for m in anniversaries:
        n = anniversary_number(m.group(0))
        if n:
            out.append(_Raw(ci, chunk, m.start(), m.end(), Phrase("anniversary", ordinal=n), "pattern"))
    ages = _AGE_RX.finditer(text) if any(cue.search(low) for cue in _AGE_CUES) else ()
    for m in ages:
        raw_n = m.group("n") or m.group("m")
        n = int_word(raw_n)
        if n is None or not 0 < n < 125:
            continue
        out.append(_Raw(ci, chunk, m.start(), m.end(), Phrase("age", years_low=n, years_high=n), "pattern"))
    # years the model did not call DATE: "since 1998", "in 1946". Found in the text, then
    # kept when they are a whole token: cheaper than reading every token's text
    words, lower, n_tokens = view.text, view.lower_, len(view.text)
    for m in _YEAR_IN_TEXT.finditer(text):
        i = _token_at(view, m.start(), m.end())
        if i is None or view.ent_type_[i] in ("DATE", "TIME"):
            continue
        if not i or lower[i - 1] not in _YEAR_PREPS:
            continue
        nxt = i + 1
        if nxt < n_tokens and (view.pos_[nxt] == "NOUN" and view.tag_[nxt] == "NNS" or words[nxt] in ("%", "-")):
            continue  # "in 1500 homes"
        out.append(_Raw(ci, chunk, m.start(), m.end(), parse_time_phrase(words[i]), "pattern"))
    return out


def _dedupe(raws: list[_Raw]) -> list[_Raw]:
    """Overlapping candidates: patterns win over entities, then the longer span."""
    raws = sorted(raws, key=lambda r: (r.chunk_index, r.start, -(r.end - r.start)))
    kept: list[_Raw] = []
    for r in raws:
        clash = next((k for k in kept if k.chunk_index == r.chunk_index and r.start < k.end and k.start < r.end), None)
        if clash is None:
            kept.append(r)
            continue
        if r.source == "pattern" and clash.source == "entity":
            kept[kept.index(clash)] = r
    return sorted(kept, key=lambda r: (r.chunk_index, r.start))


# --------------------------------------------------------------------------- building


def _born_token(root: "Token") -> "Token | None":
    verb = direct_verb(root)
    if verb is not None and verb.lower_ == "born":
        return verb
    if root.dep_ == "pobj" and root.head.head.lower_ == "born":
        return root.head.head
    if root.head.lower_ == "born":
        return root.head
    return None


def _anniversary_parts(span: "SpacySpan", view: ChunkView) -> tuple[str | None, list[str], int, int]:
    """The event an anniversary is of: its text, its keys (head noun first), its range."""
    head = view.token(span.root.i)
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        sub = [t for t in of.subtree if t.i > of.i]
        while sub and (sub[-1].lower_ in ANNIVERSARY_CUES or sub[-1].is_punct):
            sub.pop()  # "of the first space video approaches": the cue is no part of the event
        if sub:
            nouns = [t for t in sub if t.pos_ in ("NOUN", "PROPN") and content_key(t)]
            keys = [content_key(t) for t in sub if content_key(t)]
            if nouns:
                h = content_key(nouns[-1])
                keys = [h] + [k for k in keys if k != h]
            return view.range_text(sub[0].i, sub[-1].i + 1), list(dict.fromkeys(keys)), sub[0].idx, sub[-1].idx + len(sub[-1].text)
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is not None and poss.pos_ in ("NOUN", "PROPN"):
        sub = list(poss.subtree)
        keys = [k for k in (content_key(t) for t in sub) if k]
        return view.range_text(sub[0].i, sub[-1].i + 1).removesuffix("'s").removesuffix("’s"), keys, sub[0].idx, sub[-1].idx + len(sub[-1].text)
    return None, [], span.start_char, span.end_char


def _anniversary_cue(span: "SpacySpan", event_end: int) -> tuple[str | None, str | None]:
    """The word that says when the anniversary is ("approaches", "marks", "marked")."""
    doc = span.doc
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    end_tok = max((t.i for t in sent if t.idx < event_end), default=span.end - 1)
    window = [t for t in sent if span.start - 6 <= t.i <= end_tok + 3 and not (span.start <= t.i < span.end)]
    found = [(t, ANNIVERSARY_CUES[t.lower_]) for t in window if t.lower_ in ANNIVERSARY_CUES]
    strong = [f for f in found if f[0].lower_ in _STRONG_CUES]
    pick = (strong or found)
    if not pick:
        return None, None
    token, when = min(pick, key=lambda f: abs(f[0].i - span.start))
    return token.lower_, when


def _build(ctx: ExtractContext, raw: _Raw, index: int, people: People,
           article_date: date | None) -> tuple[TimeExpr, tuple[int, int]] | None:
    span = raw.chunk.doc.char_span(raw.start, raw.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    view = ctx.view(raw.chunk_index)
    root = view.token(span.root.i)  # the shared view's tokens: a spaCy Token rebuilds its strings per read
    p = raw.phrase
    kind = p.kind
    verb = direct_verb(root)
    clause_verb = governing_verb(root)
    fact_span = ctx.span_of(raw.chunk, span)
    tokens_tense = tense_of(verb) if verb is not None else None
    expr = trusted(
        TimeExpr,
        index=index, span=fact_span, kind=kind, earliest=p.earliest, latest=p.latest,
        years_low=p.years_low, years_high=p.years_high, ordinal=p.ordinal, unit=p.unit,
        granularity=p.granularity, qualifier=p.qualifier, direction=p.direction, relation=p.relation,
        fiscal=p.fiscal, sentence=ctx.sentence_of(raw.chunk_index, root.i), in_quote=ctx.quoted(fact_span),
        verb=verb.lemma_.lower() if verb is not None else None, tense=tokens_tense,
        hedged=is_hedged(root, verb or clause_verb),
        clause=(raw.chunk_index << 20) + clause_verb.i if clause_verb is not None else None,
        preposition=root.head.lower_ if root.dep_ == "pobj" else None,
        keys=event_keys(root, clause_verb, span),
    )
    scope = (raw.start, raw.end)
    if kind in ("date", "year"):
        born = _born_token(root)
        if born is not None:
            expr.kind = "birth"
            who = person_for_birth(raw.chunk, raw.chunk_index, born, people)
            if who is not None:
                expr.anchor, expr.anchor_mention, expr.anchor_entity = who.name, who.index, who.entity
    elif kind == "relative":
        expr.needs_article_date = True
        if article_date is not None:
            got = resolve_relative(p, article_date)
            if got:
                expr.earliest, expr.latest = got
    elif kind == "age":
        who = person_for_age(raw.chunk, raw.chunk_index, root, people)
        if who is not None and _BARE_NUMBER.fullmatch(span.text) and not right_after(ctx, who, fact_span):
            who = None  # "George, 9, Charlotte, 7": a bare number belongs to the name just before it
        if who is not None:
            expr.anchor, expr.anchor_mention, expr.anchor_entity = who.name, who.index, who.entity
        expr.relation = _age_relation(root, span, view)
        expr.needs_article_date = True
    elif kind == "anniversary":
        anchor, keys, s, e = _anniversary_parts(span, view)
        expr.anchor, expr.keys = anchor, keys
        cue, when = _anniversary_cue(span, e)
        expr.verb = cue
        expr.tense = when  # type: ignore[assignment]
        expr.needs_article_date = True
        scope = (s, e)
    elif kind == "duration" and p.relation in ("after", "before", "since"):
        nxt = root.head if root.dep_ == "npadvmod" else None
        prep = nxt if nxt is not None and nxt.lower_ in ("after", "before", "since") else None
        prep = prep or next((view.token(i) for i in range(span.start, span.end)
                             if view.lower_[i] in ("after", "before", "since")), None)
        if prep is not None:
            sub = [t for t in prep.subtree if t.i > prep.i]
            if sub:
                expr.anchor = view.range_text(sub[0].i, sub[-1].i + 1)
                scope = (sub[0].idx, sub[-1].idx + len(sub[-1].text))
                expr.keys = list(dict.fromkeys(k for k in (content_key(t) for t in sub) if k))
    if expr.anchor is None and expr.kind not in ("age", "birth"):
        expr.anchor = _event_anchor(root, clause_verb, span, view)
    return expr, scope


def _age_relation(root: "Token", span: "SpacySpan", view: ChunkView) -> str | None:
    """"at": the age at some other moment ("at 25", "as a six-year-old", "when he was 30",
    "died aged 80"), not now."""
    doc = span.doc
    before = view.lower_[max(span.start - 3, 0):span.start]
    if any(lower in ("at", "as") for lower in before):
        return "at"
    for anc in ancestors(root):
        if any(c.dep_ == "mark" and c.lower_ in _THEN_MARKS for c in anc.children):
            return "at"
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    if any(lemma in ("die", "death", "kill", "murder", "late", "funeral", "obituary")
           for lemma in view.lemma_lower[sent.start:sent.end]):
        return "at"
    return None


def _event_anchor(root: "Token", verb: "Token | None", span: "SpacySpan", view: ChunkView) -> str | None:
    """A short name for the event a date belongs to: the noun it modifies or the verb's subject."""
    if root.dep_ in ("nummod", "compound", "amod", "nmod", "poss") and root.head is not root:
        head = root.head
        # subtrees as token indexes over the columns: no token object per word
        toks = [i for i in view.subtree_ids(head.i)
                if not (span.start <= i < span.end) and view.dep_[i] not in ("relcl", "acl", "punct")]
        if toks and len(toks) <= 10:
            return view.text_of(toks)
        return head.text
    if verb is not None:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            toks = view.subtree_ids(subj.i)
            text = view.range_text(toks[0], toks[-1] + 1) if len(toks) <= 8 else subj.text
            return f"{text} … {verb.text}"
        return verb.text
    return None


def extract_times(ctx: ExtractContext, mentions: list[Mention], article_date: date | None = None) -> list[TimeExpr]:
    """Every checkable time expression of the article, linked to events and people.

    ctx (ExtractContext): the parsed article.
    mentions (list[Mention]): PERSON/ORG mentions (ages and births are linked to these).
    article_date (date | None): places relative expressions in time when known.
    RETURNS (list[TimeExpr]): in text order; ``refers_to`` links an anniversary or an
    "N years after …" to the year inside its phrase, and an age to a year in its clause.
    """
    people = People(ctx, mentions)
    raws: list[_Raw] = []
    for ci, chunk in ctx.iter_chunks():
        if not len(chunk.doc):
            continue
        view = ctx.view(ci)
        raws.extend(_entity_candidates(ci, chunk, view, ctx.ents(ci)))
        raws.extend(_pattern_candidates(ci, chunk, view))
    exprs: list[TimeExpr] = []
    scopes: list[tuple[int, int, int, int, int]] = []  # chunk, own start/end, phrase start/end
    for raw in _dedupe(raws):
        if raw.phrase is None:
            continue
        built = _build(ctx, raw, len(exprs), people, article_date)
        if built is None:
            continue
        expr, (s, e) = built
        exprs.append(expr)
        scopes.append((raw.chunk_index, raw.start, raw.end, s, e))
    _link(exprs, scopes)
    return exprs


def _link(exprs: list[TimeExpr], scopes: list) -> None:
    """refers_to: the dated expression inside an anniversary's or an "after …" phrase, and
    the year of the clause an age is stated in ("In 1990, Smith, 25, …")."""
    dated = [i for i, x in enumerate(exprs) if x.kind in ("date", "year") and x.earliest]
    for i, x in enumerate(exprs):
        ci, _, _, s, e = scopes[i]
        if x.kind == "anniversary" or (x.kind == "duration" and x.relation in ("after", "before", "since")):
            inside = [j for j in dated if scopes[j][0] == ci and s <= scopes[j][1] and scopes[j][2] <= e and j != i]
            if inside:
                x.refers_to = inside[0]
        elif x.kind == "age" and x.clause is not None:
            same = [j for j in dated if exprs[j].clause == x.clause and exprs[j].preposition in ("in", "on", None)
                    and exprs[j].verb is not None]
            if len(same) == 1:
                x.refers_to = same[0]
