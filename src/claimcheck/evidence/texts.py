"""Source texts → :class:`SourceFact` records, through the same extraction as an article.

A press release or an earlier article is parsed like the article under check; what its
FactSheet says becomes evidence with the sentence that says it: the full names of the
people it names, its quantities, dated events, attribute claims and records. The kinds
then compare article facts with these exactly as with fact-sheet facts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from ..facts import Citation, FactSheet, SourceFact
from .values import interval

if TYPE_CHECKING:  # pragma: no cover
    from .loader import SourceText

__all__ = ["text_facts", "facts_from_sheet"]

ALL_FAMILIES = frozenset({"entities", "quantities", "terms", "times", "claims", "records"})


def text_facts(texts: Iterable["SourceText"], model: str | None = None) -> list[SourceFact]:
    """Parse source texts (together, with ``nlp.pipe``) and turn their facts into evidence."""
    from ..extract import ExtractOptions, extract_facts
    from ..nlp import analyse_many

    texts = list(texts)
    out: list[SourceFact] = []
    parsed = analyse_many((t.document.analysis for t in texts), model)
    for text, chunks in zip(texts, parsed):
        sheet = extract_facts(text.document, chunks, ExtractOptions(families=ALL_FAMILIES),
                              article_date=text.meta.date, article_date_source="front matter")
        out.extend(facts_from_sheet(sheet, text.citation()))
    return out


def facts_from_sheet(sheet: FactSheet, citation: Citation) -> list[SourceFact]:
    """The evidence one extracted source text gives (indexes 0..n-1)."""
    out: list[SourceFact] = []

    def add(**fields) -> None:
        sentence = fields.pop("sentence_index", None)
        if sentence is not None and 0 <= sentence < len(sheet.sentences):
            s = sheet.sentences[sentence].span
            fields.update(sentence=s.text.strip(), sentence_line=s.line)
        out.append(SourceFact(index=len(out), citation=citation, origin="text", **fields))

    _names(sheet, add)
    _records(sheet, add)
    _quantities(sheet, add)
    _attributes(sheet, add)
    _dates(sheet, add)
    return out


def _names(sheet: FactSheet, add) -> None:
    """Each person named in full: the name is the fact ("Andrea Iervolino")."""
    for entity in sheet.entities:
        if entity.label != "PERSON":
            continue
        full = [m for m in sheet.entity_mentions(entity) if m.given and m.surname]
        if not full:
            continue
        first = full[0]
        add(entity=first.name, entity_type="person", aliases=sorted(set(entity.aliases)),
            property="name", value=first.name, sentence_index=first.sentence)


def _records(sheet: FactSheet, add) -> None:
    for r in sheet.records:
        if r.negated or r.hedged:
            continue
        holder = r.holder
        if r.holder_entity is not None and r.holder_entity < len(sheet.entities):
            holder = sheet.entities[r.holder_entity].name
        when = r.set_earliest if r.tense == "past" or r.set_earliest else None
        fields: dict = {}
        if r.number is not None and r.unit:
            from .values import parse_measure

            m = parse_measure(r.number, r.unit)
            if m:
                fields.update(number=m.number, unit=m.unit, dimension=m.dimension,
                              base_value=m.base_value, base_unit=m.base_unit)
        add(entity=r.title, entity_type="record", property="record", value=r.value or "",
            holder=holder, valid_from=when, sentence_index=r.sentence, **fields)


def _quantities(sheet: FactSheet, add) -> None:
    for q in sheet.quantities:
        if q.comparative:
            continue
        low, high = interval(q.value, low=q.low, high=q.high, qualifier=q.qualifier, tolerance=0.0)
        subject = q.subject or ""
        if q.subject_entity is not None and q.subject_entity < len(sheet.entities):
            subject = sheet.entities[q.subject_entity].name
        add(entity=subject, entity_type=None, property=q.cue or q.dimension or "quantity",
            value=q.span.text, number=q.value, unit=q.unit, dimension=q.dimension,
            base_value=q.base_value, base_unit=q.base_unit,
            low=None if low == float("-inf") or low == q.value else low,
            high=None if high == float("inf") or high == q.value else high,
            cumulative=q.cumulative, sentence_index=q.sentence)


def _attributes(sheet: FactSheet, add) -> None:
    for c in sheet.claims:
        if not (c.attribute and c.value) or c.negated or c.modality not in ("asserted", "confirmed"):
            continue
        subject = c.subject
        if c.subject_entity is not None and c.subject_entity < len(sheet.entities):
            subject = sheet.entities[c.subject_entity].name
        add(entity=subject, property=c.attribute, value=c.value, sentence_index=c.sentence)


def _dates(sheet: FactSheet, add) -> None:
    for t in sheet.times:
        if t.kind not in ("date", "year") or t.earliest is None or not (t.anchor or t.verb):
            continue
        precision = "day" if t.earliest == t.latest else ("year" if t.kind == "year" else "month")
        anchor = t.anchor or ""
        if t.anchor_entity is not None and t.anchor_entity < len(sheet.entities):
            anchor = sheet.entities[t.anchor_entity].name
        add(entity=anchor, property=t.verb or "date", value=t.span.text, date_value=t.earliest,
            date_precision=precision, sentence_index=t.sentence)
