"""Source texts → :class:`SourceFact` records, through the same extraction as an article.

A press release or an earlier article is parsed like the article under check; what its
FactSheet says becomes evidence with the sentence that says it: the full names of the
people it names, its quantities, dated events, attribute claims and records. The kinds
then compare article facts with these exactly as with fact-sheet facts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

from ..extract.entities import fold
from ..facts import Citation, FactSheet, SourceFact
from .keys import claim_subject_keys
from .values import format_number, interval, parse_measure, parse_number

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from .loader import SourceText

__all__ = ["text_facts", "document_facts", "facts_from_sheet"]

_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\r?\n.*?\r?\n---[ \t]*(\r?\n|\Z)", re.S)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
_NUMBER = re.compile(r"(?<![\w.,-])\d[\d,]*(?:\.\d+)?(?![\w-])")
ALL_FAMILIES = frozenset({"entities", "quantities", "terms", "times", "claims", "records"})


def text_facts(texts: Iterable["SourceText"], model: str | None = None) -> list[SourceFact]:
    """Parse source texts (together, with ``nlp.pipe``) and turn their facts into evidence."""
    texts = list(texts)
    per_text = document_facts([t.document for t in texts], [t.citation() for t in texts],
                              [t.meta.date for t in texts], model)
    return [f for facts in per_text for f in facts]


def document_facts(documents: list["Document"], citations: list[Citation], dates: list | None = None,
                   model: str | None = None) -> list[list[SourceFact]]:
    """The evidence each of several loaded documents gives, parsed together.

    documents (list[Document]): the source texts. citations (list[Citation]): one each.
    dates (list[date | None]): their publication dates (for relative dates in them).
    RETURNS (list[list[SourceFact]]): one list per document, indexes 0..n-1 in each.
    """
    from ..extract import ExtractOptions, extract_facts
    from ..nlp import analyse_many

    dates = dates or [None] * len(documents)
    out: list[list[SourceFact]] = []
    parsed = analyse_many((d.analysis for d in documents), model)
    for document, chunks, citation, day in zip(documents, parsed, citations, dates):
        sheet = extract_facts(document, chunks, ExtractOptions(families=ALL_FAMILIES),
                              article_date=day, article_date_source="front matter" if day else None)
        out.append(facts_from_sheet(sheet, citation))
    return out


def facts_from_sheet(sheet: FactSheet, citation: Citation) -> list[SourceFact]:
    """The evidence one extracted source text gives (indexes 0..n-1)."""
    out: list[SourceFact] = []

    def add(**fields) -> None:
        sentence = fields.pop("sentence_index", None)
        if sentence is not None and 0 <= sentence < len(sheet.sentences):
            s = sheet.sentences[sentence].span
            text = _FRONT_MATTER.sub("", s.text, count=1)  # the first sentence's span starts at the file's top
            skipped = s.text[: len(s.text) - len(text)].count("\n")
            fields.update(sentence=_clean_sentence(text), sentence_line=s.line + skipped + _leading_lines(text))
        out.append(SourceFact(index=len(out), citation=citation, origin="text", **fields))

    _names(sheet, add)
    _vocabulary(sheet, add)
    _records(sheet, add)
    _quantities(sheet, add)
    _attributes(sheet, add)
    _statements(sheet, add)
    _dates(sheet, add)
    return out


def _clean_sentence(text: str) -> str:
    """One line, without a quotation mark left dangling by the sentence splitter."""
    text = " ".join(text.split())
    for q in ('"', "“", "”", "'"):
        if text.count(q) == 1 and (text.startswith(q) or text.endswith(q)):
            text = text.strip(q).strip()
    return text


def _leading_lines(text: str) -> int:
    return text[: len(text) - len(text.lstrip())].count("\n")


def _names(sheet: FactSheet, add) -> None:
    """Each person named: the name is the fact ("Andrea Iervolino"; a bare surname when the
    text never gives the full name, which supports but cannot contradict)."""
    for entity in sheet.entities:
        if entity.label != "PERSON":
            continue
        mentions = sheet.entity_mentions(entity)
        full = [m for m in mentions if m.given and m.surname]
        first = full[0] if full else mentions[0] if mentions else None
        if first is None:
            continue
        add(entity=first.name, entity_type="person", aliases=sorted(set(entity.aliases)),
            property="name", value=first.name, sentence_index=first.sentence)


def _vocabulary(sheet: FactSheet, add) -> None:
    """The capitalised words of the text, folded: a name whose every word the source uses is
    not "unsupported" even when the model tagged it differently there."""
    texts = [_FRONT_MATTER.sub("", s.span.text, count=1) for s in sheet.sentences]
    words = sorted({fold(w) for t in texts for w in _CAPITALISED.findall(t)})
    if words:
        add(entity="", property="vocabulary", value=" ".join(words))
    numbers = sorted({format_number(n) for t in texts for n in _numbers(t)})
    if numbers:
        add(entity="", property="numbers", value=" ".join(numbers))


def _numbers(text: str):
    """Every number written in digits on its own ("50", "1,000"; not "CoV-2" or "G7")."""
    for m in _NUMBER.finditer(text):
        n = parse_number(m.group(0).rstrip(".,"))
        if n is not None:
            yield n


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
            m = parse_measure(r.number, r.unit)
            if m:
                fields.update(number=m.number, unit=m.unit, dimension=m.dimension,
                              base_value=m.base_value, base_unit=m.base_unit)
        add(entity=r.title, entity_type="record", property="record", value=r.value or "",
            holder=holder, valid_from=when, sentence_index=r.sentence, **fields)


def _quantities(sheet: FactSheet, add) -> None:
    """Every number the text states, comparisons included ("up from 870" states 870), in
    the same normal form as fact sheets (``values.parse_measure``)."""
    for q in sheet.quantities:
        low, high = interval(q.value, low=q.low, high=q.high, qualifier=q.qualifier, tolerance=0.0)
        subject = q.subject or ""
        if q.subject_entity is not None and q.subject_entity < len(sheet.entities):
            subject = sheet.entities[q.subject_entity].name
        m = parse_measure(q.value, q.unit) if q.unit else None
        norm = (dict(dimension=m.dimension, base_value=m.base_value, base_unit=m.base_unit) if m else
                dict(dimension=q.dimension, base_value=q.base_value, base_unit=q.base_unit))
        add(entity=subject, entity_type=None, property=q.cue or q.dimension or "quantity",
            value=q.span.text, number=q.value, unit=q.unit, **norm,
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


def _precision(earliest, latest) -> str | None:
    """day, month or year when [earliest, latest] is exactly one of them; else None."""
    latest = latest or earliest
    if earliest == latest:
        return "day"
    if (earliest.year, earliest.month, earliest.day) == (latest.year, 1, 1) and (latest.month, latest.day) == (12, 31):
        return "year"
    if earliest.day == 1 and (earliest.year, earliest.month) == (latest.year, latest.month):
        return "month"
    return None


STATED = ("asserted", "confirmed", "announced", "reported")


def _statements(sheet: FactSheet, add) -> None:
    """What the text states happened or is so, for comparison with the article's claims."""
    for c in sheet.claims:
        if c.kind != "event" or c.in_quote or c.modality not in STATED:
            continue
        keys = claim_subject_keys(c, sheet)
        if keys:
            add(entity=c.subject, entity_type="claim", aliases=keys, property="statement",
                value=c.span.text, claim=c, sentence_index=c.sentence)


def _dates(sheet: FactSheet, add) -> None:
    for t in sheet.times:
        if t.kind not in ("date", "year") or t.earliest is None or not (t.anchor or t.verb):
            continue
        precision = _precision(t.earliest, t.latest)
        if precision is None:
            continue
        anchor = t.anchor or ""
        if t.anchor_entity is not None and t.anchor_entity < len(sheet.entities):
            anchor = sheet.entities[t.anchor_entity].name
        add(entity=anchor, property=t.verb or "date", value=t.span.text, date_value=t.earliest,
            date_precision=precision, sentence_index=t.sentence)
