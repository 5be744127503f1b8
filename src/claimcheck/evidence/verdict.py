"""What the sources say about one article fact, and the helpers every family shares.

A :class:`Verdict` is supported, conflict, outdated or unknown, with the source fact it
rests on. ``targets`` resolves what an article fact is about to the facts on file;
``timeline_verdict`` compares with the facts valid on the article's date, so a fact whose
validity ended before the article was written makes a claim *outdated*, not false.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from ..extract.entities import fold
from ..facts import FactSheet, SourceFact, Span
from .index import SourceIndex
from .keys import person_parts
from .values import describe_date

__all__ = ["Verdict", "Status", "cite", "valid_at", "held_when", "value_text", "with_status", "targets",
           "sentence_has", "verb_matches", "stem", "timeline_verdict"]

Status = Literal["supported", "conflict", "outdated", "unknown"]


@dataclass
class Verdict:
    """What the sources say about one article fact."""

    status: Status
    family: str  # name, record, quantity, date, attribute, claim, quote
    evidence: list[Span]
    subject: str  # the entity or record, as the article names it
    article_value: str
    source: SourceFact | None = None  # the fact cited (the current one for outdated claims)
    also: list[SourceFact] = field(default_factory=list)  # e.g. the entry the article repeats
    reason: str = ""
    anchored: bool = True  # the article names the source's entity explicitly
    sourced: bool = True  # the fact is about an entity or record the sources cover


def cite(f: SourceFact) -> str:
    """ "Title" (URL, retrieved DATE) and, for a source text, the sentence that says it."""
    c = f.citation
    details = [x for x in (c.url, f"retrieved {c.retrieved.isoformat()}" if c.retrieved else None,
                           f"published {c.published.isoformat()}" if c.published and not c.retrieved else None) if x]
    out = f"\"{c.title}\"" + (f" ({', '.join(details)})" if details else "")
    if f.sentence:
        out += f", line {f.sentence_line}: \"{f.sentence}\"" if f.sentence_line else f": \"{f.sentence}\""
    return out


def valid_at(f: SourceFact, day: date | None) -> bool:
    """True when a fact holds on ``day`` (with no day: when it still holds)."""
    if day is None:
        return f.valid_until is None
    return (f.valid_from is None or f.valid_from <= day) and (f.valid_until is None or day < f.valid_until)


def held_when(f: SourceFact) -> str:
    start = describe_date(f.valid_from) if f.valid_from else "an unknown date"
    return f"from {start} until {describe_date(f.valid_until)}" if f.valid_until else f"since {start}"


def value_text(f: SourceFact) -> str:
    if f.date_value is not None:
        return describe_date(f.date_value, f.date_precision)
    return f.value


def with_status(base: Verdict, status: Status, source: SourceFact | None, also: list | None = None,
          reason: str = "") -> Verdict:
    return Verdict(status, base.family, base.evidence, base.subject, base.article_value, source,
                   list(also or []), reason, base.anchored, base.sourced)



def targets(sheet: FactSheet, index: SourceIndex, entity: int | None, subject: str | None,
             sentence: int, anchored_only: bool = False) -> tuple[list[SourceFact], bool]:
    """Source facts about what a quantity or date is about, and whether the article names it
    as its subject (anchored) or only in the same sentence.

    anchored_only (bool): skip the search of the sentence, for callers that drop what it
        finds (it is the costly part, and its facts are never anchored).
    """
    facts = index.entity_facts(sheet, entity)
    if facts:
        return facts, True
    if subject:
        facts = index.phrase_facts(subject)
        if not facts and subject[:1].isupper():
            g, s = person_parts(subject)
            facts = index.person_facts(g, s) if s else []
        if facts:
            return facts, True
    if anchored_only:
        return [], False
    found: dict[str, list[SourceFact]] = {}  # sheet entity → its facts (aliases name it once)
    for e in index.sentence_entities(sheet, sentence):
        for f in index.entity_facts(sheet, e):
            found.setdefault(f.entity, []).append(f)
    if 0 <= sentence < len(sheet.sentences):
        for key in index.named_in(sheet.sentences[sentence].span.text):
            for f in index.by_key.get(key, []):
                if f not in found.setdefault(f.entity, []):
                    found[f.entity].append(f)
    if len(found) == 1:
        return next(iter(found.values())), False
    return [], False


def stem(word: str) -> str:
    """A crude stem, enough to match a fact's terms with verb lemmas ("retired" ~ "retire")."""
    w = fold(word)
    for suffix in ("ement", "ment", "ing", "ed", "en", "es", "e", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


def verb_matches(verb: str | None, terms: list[str]) -> bool:
    """True when the verb an expression hangs on is one of a fact's terms."""
    return bool(verb) and stem(verb) in {stem(t) for term in terms for t in term.split()}


def sentence_has(sheet: FactSheet, sentence: int, terms: list[str]) -> bool:
    if not terms:
        return True
    if not (0 <= sentence < len(sheet.sentences)):
        return False
    text = " " + " ".join(re.findall(r"\w+", fold(sheet.sentences[sentence].span.text))) + " "
    return any(" " + " ".join(re.findall(r"\w+", fold(t))) + " " in text for t in terms)


def timeline_verdict(base: Verdict, cands: list[SourceFact], matches, day: date | None, said: str) -> Verdict:
    """Compare with the facts valid on the article's date; a match among expired ones is outdated."""
    valid = [f for f in cands if valid_at(f, day)]
    expired = [f for f in cands if f not in valid and f.valid_until is not None and (day is None or f.valid_until <= day)]
    good = [f for f in valid if matches(f)]
    if good:
        return with_status(base, "supported", good[0])
    old = [f for f in expired if matches(f)]
    props = {f.property for f in valid}
    when = f"on the article's date ({day.isoformat()})" if day else "today"
    if old and len(props) == 1:
        cur = valid[-1]
        return with_status(base, "outdated", cur, [old[-1]],
                     f"{said}, which the source gives for {old[-1].property} {held_when(old[-1])}; {when} it is "
                     f"{value_text(cur)}. Source: {cite(cur)}")
    if len(props) == 1 and len({value_text(f) for f in valid}) == 1:
        f = valid[-1]
        return with_status(base, "conflict", f, [], f"{said}; the source gives {f.property} of {f.entity} as "
                                             f"{value_text(f)}. Source: {cite(f)}")
    return base  # several properties could be meant: the sources cannot decide
