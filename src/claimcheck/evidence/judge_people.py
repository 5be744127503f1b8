"""People and claims about them: names against the names source texts give, and
superlatives ("the first …") and quotations about entities on file.

Sources rarely say "X was not the first", so superlatives and quotations are supported or
unknown, never contradicted.
"""

from __future__ import annotations

from typing import Iterator

from ..extract.entities import fold, is_initial, name_key
from ..facts import FactSheet
from .index import SourceIndex
from .keys import person_parts, phrase_key, same_person
from .verdict import Verdict, cite, targets, with_status

__all__ = ["judge_names", "judge_claims", "FIRSTS"]


def judge_names(sheet: FactSheet, index: SourceIndex) -> Iterator[Verdict]:
    """A person's full name against the full names a source text gives for that surname."""
    groups: dict[tuple[str, str], list] = {}
    relatives: set[str] = set()
    for m in sheet.mentions:
        if m.label != "PERSON" or not m.surname:
            continue
        if m.relative_cue or m.coordinated_with:
            relatives.add(name_key(m.surname))
        if m.given and not is_initial(m.given):
            groups.setdefault((name_key(m.surname), name_key(m.given)), []).append(m)
    any_names = bool(index.names)
    for (surname, _), mentions in groups.items():
        if surname in relatives:
            continue
        first = mentions[0]
        base = Verdict("unknown", "name", [m.span for m in mentions], first.name, first.name)
        sources = index.text_names(first.surname)
        if not sources:
            words = [fold(w) for w in first.name.replace("-", " ").split()]
            if any_names and not all(w in index.vocabulary for w in words):
                yield base  # source texts name people, but not this one
            continue
        full = [f for f in sources if person_parts(f.value)[0] and not is_initial(person_parts(f.value)[0])]
        givens: list[str] = []
        for f in full:
            g = person_parts(f.value)[0]
            if not any(same_person(g, "x", h, "x") for h in givens):
                givens.append(g)
        if not givens:
            yield with_status(base, "supported", sources[0])  # the surname alone: cannot contradict
            continue
        match = [f for f in full if same_person(first.given, first.surname, *person_parts(f.value))]
        if match:
            yield with_status(base, "supported", match[0])
            continue
        if len(givens) > 1:
            yield base  # a family in the source: it cannot say which one is meant
            continue
        f = full[0]
        lines = ", ".join(str(m.span.line) for m in mentions)
        base.subject = first.surname or first.name
        yield with_status(base, "conflict", f, [],
                    f"The article names \"{first.name}\" (line {lines}); the source names \"{f.value}\" "
                    f"and no other {first.surname}. Source: {cite(f)}")



FIRSTS = {"first", "only", "last", "largest", "biggest", "longest", "highest", "fastest", "oldest",
          "youngest", "most", "least", "smallest", "earliest"}


def judge_claims(sheet: FactSheet, index: SourceIndex) -> Iterator[Verdict]:
    """Superlatives and quoted attributions about entities on file. Sources rarely say
    "X was not the first", so these are supported or unknown, never contradicted."""
    texts = [f for f in index.facts if f.origin == "text" and f.sentence]
    for c in sheet.claims:
        if c.negated or c.modality in ("planned", "speculated", "rumored", "denied"):
            continue
        if c.superlative and fold(c.superlative) in FIRSTS:
            facts, anchored = targets(sheet, index, c.subject_entity, c.subject, c.sentence, anchored_only=True)
            if not anchored:
                continue
            words = phrase_key(" ".join([c.superlative, c.object or "", *c.scope]))
            rec = [f for f in index.facts if f.entity_type == "record" and phrase_key(f.entity) <= words
                   and f.holder and phrase_key(f.holder) & phrase_key(c.subject)]
            base = Verdict("unknown", "claim", [c.span], facts[0].entity if facts else c.subject, c.span.text)
            yield with_status(base, "supported", rec[0]) if rec else base
        elif c.attribution and c.in_quote:
            g, s = person_parts(c.attribution)
            facts = index.person_facts(g, s)
            if not facts:
                continue
            quote = fold(c.object or c.span.text)
            said = [f for f in texts if quote and quote[:60] in fold(f.sentence or "")]
            base = Verdict("unknown", "quote", [c.span], facts[0].entity, c.span.text)
            yield with_status(base, "supported", said[0]) if said else base
