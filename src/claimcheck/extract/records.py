"""Record claims: "Kelly holds the record for the longest single spaceflight by a NASA
astronaut—340 days, set in March 2016".

Read from the dependency parse around the noun "record": the verb that governs it (hold,
set, break; "is held by"; "remains the record holder") gives the holder and the tense, the
"for …" phrase with its superlative gives the record's title, and the sentence gives the
value (a number with a unit pint knows) and the date it was set. A pronoun holder ("He
holds the record") is left out: without coreference it cannot be checked.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import TYPE_CHECKING

from ..facts import Mention, RecordClaim
from .context import ExtractContext

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ..nlp import Chunk

__all__ = ["extract_records"]

HOLD_VERBS = {"hold", "set", "break", "own", "claim", "keep", "retain", "have", "smash", "beat",
              "establish", "earn", "take", "regain", "extend", "achieve", "shatter", "eclipse"}
STANDING_VERBS = {"hold", "own", "keep", "retain", "have"}  # present tense: a standing record
BE_VERBS = {"be", "remain", "become", "stay"}
HEDGE_AUX = {"will", "would", "could", "may", "might", "should", "can", "must", "shall"}
HEDGE_HEADS = {"expect", "set", "plan", "hope", "aim", "try", "seek", "attempt", "want", "bid", "likely", "poise"}
SUPERLATIVE_WORDS = {"first", "last", "most", "least", "fewest", "only"}
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


def extract_records(ctx: ExtractContext, mentions: list[Mention]) -> list[RecordClaim]:
    """Every record claim with a named holder, in text order."""
    out: list[RecordClaim] = []
    for ci, chunk in ctx.iter_chunks():
        view = ctx.view(ci)  # the words read from columns; a spaCy Token only for a "record"
        for i in [i for i, (lemma, pos) in enumerate(zip(view.lemma_lower, view.pos_))
                  if lemma == "record" and pos == "NOUN"]:
            claim = _record(ctx, ci, chunk, chunk.doc[i], mentions, len(out))
            if claim is not None:
                out.append(claim)
    return out


def _record(ctx: ExtractContext, ci: int, chunk: "Chunk", record: "Token", mentions: list[Mention],
            index: int) -> RecordClaim | None:
    noun = record
    if record.dep_ == "compound" and record.head.lemma_.lower() in {"holder", "setter", "breaker"}:
        noun = record.head
    title_root = _for_object(noun)
    if title_root is None and noun.dep_ == "dobj":  # "broke the record for …": "for" hangs on the verb
        title_root = _for_object(noun.head)
    if title_root is None:
        return None
    title_tokens = _title_tokens(title_root)
    superlative = next((t for t in title_tokens if t.tag_ in ("JJS", "RBS") or t.lower_ in SUPERLATIVE_WORDS), None)
    if superlative is None:
        return None
    verb, holder = _holder(noun)
    if holder is None or holder.pos_ != "PROPN":
        return None
    holder_span = _holder_span(holder)
    scope = [t for t in record.children if t.dep_ in ("compound", "amod", "nmod") and t.i < record.i]
    title_words = [t.text for t in scope] + [t.text for t in title_tokens]
    title_span = ctx.span(chunk, min(t.idx for t in [*scope, record, *title_tokens]),
                          max(t.idx + len(t.text) for t in title_tokens))
    sent = record.sent
    value = _value(sent, {t.i for t in title_tokens} | {t.i for t in holder_span})
    when = _set_date(sent, value)
    tense, hedged, negated = _mood(verb, noun)
    span = ctx.span(chunk, sent.start_char, sent.end_char)
    h_span = ctx.span_of(chunk, holder_span)
    return RecordClaim(
        index=index,
        span=_strip(ctx, chunk, sent),
        holder=h_span.text,
        holder_span=h_span,
        holder_entity=_entity_of(mentions, h_span),
        title=" ".join(title_words),
        title_span=title_span,
        superlative=superlative.lower_,
        value=value[0].text if value else None,
        value_span=ctx.span_of(chunk, value[0]) if value else None,
        number=value[1] if value else None,
        unit=value[2] if value else None,
        set_earliest=when[1] if when else None,
        set_latest=when[2] if when else None,
        set_span=ctx.span_of(chunk, when[0]) if when else None,
        tense=tense,
        negated=negated,
        hedged=hedged,
        sentence=ctx.sentence_of(ci, record.i),
        in_quote=ctx.quoted(span),
    )


def _for_object(tok: "Token") -> "Token | None":
    return next((c for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"
                 for c in p.children if c.dep_ == "pobj"), None)


def _title_tokens(root: "Token") -> list["Token"]:
    """The record's title: the "for" object and its modifiers, without appositions or clauses."""
    drop = {"appos", "relcl", "acl", "punct", "advcl", "cc", "conj"}
    keep: list["Token"] = []

    def walk(t: "Token") -> None:
        keep.append(t)
        for c in t.children:
            if c.dep_ not in drop and not (c.like_num and c.dep_ == "nummod"):
                walk(c)

    walk(root)
    keep.sort(key=lambda t: t.i)
    while keep and keep[0].dep_ == "det":
        keep.pop(0)
    # a contiguous stretch only: stop at the first gap
    out = [keep[0]] if keep else []
    for t in keep[1:]:
        if t.i != out[-1].i + 1:
            break
        out.append(t)
    return out


def _holder(noun: "Token") -> tuple["Token | None", "Token | None"]:
    """The governing verb and the holder's head token."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in HOLD_VERBS:
        return head, _subject(head)
    if noun.dep_ == "nsubjpass" and head.lemma_.lower() in HOLD_VERBS:
        agent = next((c for c in head.children if c.dep_ == "agent"), None)
        return head, next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if noun.dep_ == "attr" and head.lemma_.lower() in BE_VERBS:  # "X is the record holder"
        return head, _subject(head)
    if noun.dep_ == "appos":  # "Kelly, the record holder for …"
        return None, noun.head
    return None, None


def _subject(verb: "Token") -> "Token | None":
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        return verb.head
    if subj is None and verb.dep_ == "conj":
        return _subject(verb.head)
    if subj is None and verb.dep_ in ("acl", "relcl"):
        return verb.head
    return subj


def _holder_span(holder: "Token") -> "SpacySpan":
    doc = holder.doc
    for ent in doc.ents:
        if ent.start <= holder.i < ent.end:
            return ent
    start = holder.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i >= start and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return doc[start:holder.i + 1]


def _value(sent: "SpacySpan", taken: set[int]) -> tuple["SpacySpan", float, str] | None:
    """The first number-with-unit in the sentence that is not part of the title or holder."""
    from ..evidence.values import convert, parse_number

    for tok in sent:
        if tok.i in taken or not tok.like_num or tok.dep_ != "nummod":
            continue
        unit = tok.head
        if unit.i <= tok.i or unit.i in taken:
            continue
        number = parse_number(tok.text)
        if number is None or convert(number, unit.text.lower()) is None:
            continue
        if _is_year_like(tok):
            continue
        return sent.doc[tok.i:unit.i + 1], number, unit.text.lower()
    return None


def _is_year_like(tok: "Token") -> bool:
    return bool(_YEAR.fullmatch(tok.text)) and tok.head.lower_ not in {"days", "years", "hours", "km", "miles"}


def _set_date(sent: "SpacySpan", value) -> tuple["SpacySpan", date, date] | None:
    """The DATE entity with a year in the sentence (not the value): when the record was set."""
    avoid = set(range(value[0].start, value[0].end)) if value else set()
    for ent in sent.ents:
        if ent.label_ != "DATE" or avoid & set(range(ent.start, ent.end)):
            continue
        if ent.root.head.lower_ in {"until", "till", "before", "to", "through"}:
            continue  # the end of a record, not when it was set
        bounds = _parse_date(ent.text)
        if bounds:
            return ent, bounds[0], bounds[1]
    return None


def _parse_date(text: str) -> tuple[date, date] | None:
    """ "March 2016" → (2016-03-01, 2016-03-31); "2016" → the year; "1 March 2016" → the day."""
    m = _YEAR.search(text)
    if not m:
        return None
    year = int(m.group(1))
    words = re.findall(r"[A-Za-z]+|\d+", text)
    month = next((_MONTHS[w.lower()] for w in words if w.lower() in _MONTHS), None)
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    day = next((int(w) for w in words if w.isdigit() and 1 <= int(w) <= 31 and len(w) <= 2), None)
    last = calendar.monthrange(year, month)[1]
    if day and day <= last:
        return date(year, month, day), date(year, month, day)
    return date(year, month, 1), date(year, month, last)


def _mood(verb: "Token | None", noun: "Token") -> tuple[str, bool, bool]:
    """(tense, hedged, negated): a standing record or a past event; modals and negation."""
    if verb is None:
        return "present", False, False
    lemma = verb.lemma_.lower()
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    hedged = any(a.lemma_.lower() in HEDGE_AUX for a in aux) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in HEDGE_HEADS)
    negated = any(c.dep_ == "neg" for c in verb.children)
    present_form = verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in aux)
    if lemma in STANDING_VERBS | BE_VERBS and present_form:
        return "present", hedged, negated
    if noun.dep_ == "nsubjpass" and lemma == "hold" and present_form:
        return "present", hedged, negated
    if verb.tag_ == "VB" and not aux:
        return "present", hedged, negated
    return "past", hedged, negated


def _entity_of(mentions: list[Mention], span) -> int | None:
    for m in mentions:
        if m.span.start < span.end and span.start < m.span.end:
            return m.entity
    return None


def _strip(ctx: ExtractContext, chunk: "Chunk", sent: "SpacySpan"):
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.end_char - (len(text) - len(text.rstrip()))
    return ctx.span(chunk, start, end)
