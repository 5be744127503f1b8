"""Article facts judged against source facts: supported, conflict, outdated or unknown.

One function per fact family; each resolves an article fact to the source facts about the
same entity and property (through :class:`SourceIndex`), then compares values with the
article date in view: a fact whose validity ended before the article was written makes a
claim *outdated*, not false. Both source kinds read these verdicts: ``source-conflict``
reports conflicts and outdated claims, ``unsupported-claim`` the check-worthy unknowns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterator, Literal

from ..extract.entities import fold, is_initial, name_key
from ..facts import FactSheet, Quantity, RecordClaim, SourceFact, Span
from .index import SourceIndex
from .keys import person_parts, phrase_key, same_person
from .values import date_bounds, describe_date, interval, overlaps, parse_measure

__all__ = ["Verdict", "judge", "cite", "valid_at"]

Status = Literal["supported", "conflict", "outdated", "unknown"]
_NUMBER_TEXT = re.compile(r"\d[\d,]*(?:\.\d+)?")


@dataclass
class Verdict:
    """What the sources say about one article fact."""

    status: Status
    family: str  # name, record, quantity, date, attribute
    evidence: list[Span]
    subject: str  # the entity or record, as the article names it
    article_value: str
    source: SourceFact | None = None  # the fact cited (the current one for outdated claims)
    also: list[SourceFact] = field(default_factory=list)  # e.g. the entry the article repeats
    reason: str = ""
    anchored: bool = True  # the article names the source's entity explicitly
    sourced: bool = True  # the fact is about an entity or record the sources cover


def judge(sheet: FactSheet, index: SourceIndex, families: frozenset[str] | None = None,
          tolerance: float | None = None) -> Iterator[Verdict]:
    """Every verdict the sources allow on this article, family by family."""
    families = families or frozenset({"names", "records", "quantities", "dates", "attributes", "claims"})
    if not index:
        return
    if "records" in families:
        yield from judge_records(sheet, index, tolerance)
    if "names" in families:
        yield from judge_names(sheet, index)
    if "quantities" in families:
        yield from judge_quantities(sheet, index, tolerance)
    if "dates" in families:
        yield from judge_dates(sheet, index)
    if "attributes" in families:
        yield from judge_attributes(sheet, index)
    if "claims" in families:
        yield from judge_claims(sheet, index)


# --------------------------------------------------------------------------- citations


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


def _when(f: SourceFact) -> str:
    start = describe_date(f.valid_from) if f.valid_from else "an unknown date"
    return f"from {start} until {describe_date(f.valid_until)}" if f.valid_until else f"since {start}"


def _value_text(f: SourceFact) -> str:
    if f.date_value is not None:
        return describe_date(f.date_value, f.date_precision)
    return f.value


# --------------------------------------------------------------------------- numbers


@dataclass(frozen=True)
class _Number:
    """An article number as an interval in base units, with the key of its unit."""

    low: float
    high: float
    unit_key: str | None
    text: str


def _count_key(noun: str | None) -> str:
    """ "space flights", "missions" → "count:spaceflight" (synonyms folded like record titles)."""
    return "count:" + " ".join(sorted(phrase_key(noun or ""))) if noun else "count:"


def _unit_key(unit: str | None, number: float = 1.0) -> str | None:
    if not unit:
        return None
    m = parse_measure(number, unit)
    if m is None:
        return None
    return _count_key(m.base_unit) if m.dimension == "count" else m.base_unit


def _article_number(number: float, unit: str | None, text: str, *, low=None, high=None,
                    qualifier: str | None = None, tolerance: float | None = None) -> _Number | None:
    m = parse_measure(number, unit)
    if m is None:
        return None
    digits = _NUMBER_TEXT.search(text or "")
    w = parse_measure(digits.group(0)) if digits else None
    decimals, zeros = (w.decimals, w.trailing_zeros) if w else (0, 0)
    lo, hi = interval(number, low=low, high=high, qualifier=qualifier, tolerance=tolerance,
                      decimals=decimals, trailing_zeros=zeros)
    factor = m.base_value / m.number if m.number else 1.0
    key = _count_key(m.base_unit) if m.dimension == "count" else m.base_unit
    if m.dimension == "number":
        key = None
    return _Number(lo * factor, hi * factor, key, text)


def _fact_interval(f: SourceFact) -> tuple[float, float] | None:
    if f.number is None:
        return None
    base = f.base_value if f.base_value is not None else f.number
    factor = base / f.number if f.number else 1.0
    if f.low is not None or f.high is not None:
        lo = f.low * factor if f.low is not None else float("-inf")
        hi = f.high * factor if f.high is not None else float("inf")
        return lo, hi
    slack = abs(base) * (f.tolerance or 1e-9)
    return base - slack, base + slack


def _fact_unit_key(f: SourceFact) -> str | None:
    if f.number is None:
        return None
    if f.dimension == "count":
        return _count_key(f.base_unit or f.unit)
    if f.base_unit:
        return f.base_unit
    return _unit_key(f.unit, f.number)


def _matches(n: _Number, f: SourceFact) -> bool:
    iv = _fact_interval(f)
    return iv is not None and overlaps((n.low, n.high), iv)


# --------------------------------------------------------------------------- records


def judge_records(sheet: FactSheet, index: SourceIndex, tolerance: float | None = None) -> Iterator[Verdict]:
    day = sheet.article_date
    for r in sheet.records:
        if r.negated or r.hedged:
            continue
        holder = _holder_name(sheet, r)
        entries = sorted(index.record_facts(r.title), key=lambda f: (f.valid_from or date.min, f.index))
        evidence = [r.holder_span, r.title_span] + ([r.value_span] if r.value_span else [])
        value_text = f"{r.value} ({holder})" if r.value else holder
        base = Verdict("unknown", "record", evidence, r.title, value_text)
        if not entries:
            base.sourced = index.holder_has_sheet(sheet, r.holder_entity, holder)
            base.subject = f"{holder}: {r.title}"
            yield base
            continue
        number = (_article_number(r.number, r.unit, r.value or "", tolerance=tolerance)
                  if r.number is not None else None)
        g, s = person_parts(holder)
        by_holder = [e for e in entries if e.holder and same_person(g, s, *person_parts(e.holder))]
        by_value = [e for e in entries if number is not None and _matches(number, e)]
        both = [e for e in by_holder if number is None or e in by_value]
        current = _current(entries, day)
        yield _record_verdict(base, r, holder, entries, current, by_holder, by_value, both, day)


def _holder_name(sheet: FactSheet, r: RecordClaim) -> str:
    if r.holder_entity is not None and 0 <= r.holder_entity < len(sheet.entities):
        return sheet.entities[r.holder_entity].name
    return r.holder


def _current(entries: list[SourceFact], day: date | None) -> SourceFact | None:
    valid = [e for e in entries if valid_at(e, day)]
    return valid[-1] if valid else None


def _record_verdict(base: Verdict, r: RecordClaim, holder: str, entries, current, by_holder, by_value,
                    both, day) -> Verdict:
    said = f"the article says {holder}" + (f" with {r.value}" if r.value else "")
    when = f"on the article's date ({day.isoformat()})" if day else "today (the article has no date; give --date)"
    cur = (f"the record is {current.value} ({current.holder}, {_when(current)})" if current else None)
    if r.tense == "present":
        if current is not None and current in both:
            return _with(base, "supported", current)
        if both:
            old = both[-1]
            if current is not None and (old.valid_until is not None and (day is None or old.valid_until <= day)):
                reason = (f"{said}, which was the record {_when(old)}; {when} {cur}. "
                          f"Source: {cite(current)}" + (f"; earlier record: {cite(old)}" if old.citation != current.citation else ""))
                return _with(base, "outdated", current, [old], reason)
            if day is not None and old.valid_from is not None and day < old.valid_from:
                reason = f"{said}, but that record was only set {_when(old)}, after the article's date. Source: {cite(old)}"
                return _with(base, "conflict", old, [], reason)
        if by_holder and r.value:
            own = by_holder[-1]
            reason = f"{said}, but the source gives {own.value} for {own.holder}"
            if current is not None and current is not own:
                reason += f"; {when} {cur}"
            return _with(base, "conflict", current or own, [own], reason + f". Source: {cite(own)}")
        if current is not None:
            reason = f"{said}; {when} {cur}. Source: {cite(current)}"
            return _with(base, "conflict", current, [], reason)
        return base
    # past tense: "set the record in 2016", "broke the record": a historical claim
    if both:
        e = both[-1]
        if r.set_earliest and e.valid_from and not (
                r.set_earliest - timedelta(days=31) <= e.valid_from <= (r.set_latest or r.set_earliest) + timedelta(days=31)):
            reason = (f"{said}, set {r.set_span.text if r.set_span else r.set_earliest}; the source dates that record "
                      f"{_when(e)}. Source: {cite(e)}")
            return _with(base, "conflict", e, [], reason)
        return _with(base, "supported", e)
    if by_holder and r.value:
        own = by_holder[-1]
        return _with(base, "conflict", own, [], f"{said}, but the source gives {own.value} for {own.holder}. Source: {cite(own)}")
    if by_value and not by_holder:
        other = by_value[-1]
        return _with(base, "conflict", other, [],
                     f"{said}, but the source credits {other.value} to {other.holder} ({_when(other)}). Source: {cite(other)}")
    earliest = entries[0].valid_from
    if r.set_earliest and earliest and r.set_earliest >= earliest and not by_holder:
        holders = ", ".join(sorted({e.holder for e in entries if e.holder}))
        return _with(base, "conflict", entries[-1], [],
                     f"{said}, but the source's record history since {describe_date(earliest)} lists only {holders}. "
                     f"Source: {cite(entries[-1])}")
    return base


def _with(base: Verdict, status: Status, source: SourceFact | None, also: list | None = None,
          reason: str = "") -> Verdict:
    return Verdict(status, base.family, base.evidence, base.subject, base.article_value, source,
                   list(also or []), reason, base.anchored, base.sourced)


# --------------------------------------------------------------------------- names


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
            yield _with(base, "supported", sources[0])  # the surname alone: cannot contradict
            continue
        match = [f for f in full if same_person(first.given, first.surname, *person_parts(f.value))]
        if match:
            yield _with(base, "supported", match[0])
            continue
        if len(givens) > 1:
            yield base  # a family in the source: it cannot say which one is meant
            continue
        f = full[0]
        lines = ", ".join(str(m.span.line) for m in mentions)
        base.subject = first.surname or first.name
        yield _with(base, "conflict", f, [],
                    f"The article names \"{first.name}\" (line {lines}); the source names \"{f.value}\" "
                    f"and no other {first.surname}. Source: {cite(f)}")


# --------------------------------------------------------------------------- quantities


def _targets(sheet: FactSheet, index: SourceIndex, entity: int | None, subject: str | None,
             sentence: int) -> tuple[list[SourceFact], bool]:
    """Source facts about what a quantity or date is about, and whether the article names it
    as its subject (anchored) or only in the same sentence."""
    facts = index.entity_facts(sheet, entity)
    if facts:
        return facts, True
    if subject:
        facts = index.phrase_facts(subject)
        if not facts:
            g, s = person_parts(subject)
            facts = index.person_facts(g, s) if s and subject[:1].isupper() else []
        if facts:
            return facts, True
    found: list[list[SourceFact]] = []
    for e in {m.entity for m in sheet.mentions if m.sentence == sentence and m.entity is not None}:
        fs = index.entity_facts(sheet, e)
        if fs:
            found.append(fs)
    if 0 <= sentence < len(sheet.sentences):
        for key in index.named_in(sheet.sentences[sentence].span.text):
            found.append(list(index.by_key.get(key, [])))
    if len(found) == 1:
        return found[0], False
    return [], False


def _sentence_has(sheet: FactSheet, sentence: int, terms: list[str]) -> bool:
    if not terms:
        return True
    if not (0 <= sentence < len(sheet.sentences)):
        return False
    text = " " + " ".join(re.findall(r"\w+", fold(sheet.sentences[sentence].span.text))) + " "
    return any(" " + " ".join(re.findall(r"\w+", fold(t))) + " " in text for t in terms)


def judge_quantities(sheet: FactSheet, index: SourceIndex, tolerance: float | None = None) -> Iterator[Verdict]:
    """Quantities against the facts on file about their subject, else against the
    quantities the source texts state in the same unit."""
    day = sheet.article_date
    by_unit: dict[str | None, list[SourceFact]] = {}
    for f in index.text_numbers:
        by_unit.setdefault(_fact_unit_key(f), []).append(f)
    for q in sheet.quantities:
        if q.comparative:
            continue
        number = _quantity_number(q, tolerance)
        if number is None or number.unit_key is None:
            continue
        facts, anchored = _targets(sheet, index, q.subject_entity, q.subject, q.sentence)
        if facts:
            cands = [f for f in facts if _fact_unit_key(f) == number.unit_key
                     and _sentence_has(sheet, q.sentence, f.terms) and (f.cumulative or not q.cumulative)]
            base = Verdict("unknown", "quantity", [q.span], facts[0].entity, q.span.text, anchored=anchored)
            if cands:
                yield _timeline_verdict(base, cands, lambda f: _matches(number, f), day, _quantity_reason(q))
                continue
            if anchored:
                yield base
                continue
        if index.text_numbers:
            yield _text_quantity(q, number, by_unit.get(number.unit_key, []))


def _text_quantity(q: Quantity, number: _Number, same_unit: list[SourceFact]) -> Verdict:
    """A quantity against the source texts' quantities in its unit: a match supports it; a
    different value for the same measure (cue) and subject contradicts it."""
    base = Verdict("unknown", "quantity", [q.span], q.subject or q.span.text, q.span.text, anchored=False)
    good = [f for f in same_unit if _matches(number, f)]
    if good:
        return _with(base, "supported", good[0])
    if not q.cue:
        return base
    cue = phrase_key(q.cue)
    same = [f for f in same_unit if cue and phrase_key(f.property) == cue and _same_subject(q, f)]
    if not same or len({f.value for f in same}) != 1:
        return base
    f = same[0]
    return _with(base, "conflict", f, [], f"{_quantity_reason(q)}; the source gives {f.value} "
                                          f"({q.cue}{', ' + f.entity if f.entity else ''}). Source: {cite(f)}")


def _same_subject(q: Quantity, f: SourceFact) -> bool:
    """Both name a subject and share a content word, or neither names one."""
    a, b = phrase_key(q.subject or ""), phrase_key(f.entity or "")
    return bool(a & b) if a and b else not a and not b


def _quantity_number(q: Quantity, tolerance: float | None) -> _Number | None:
    unit = q.unit
    if unit and parse_measure(q.value, unit) is None and q.base_unit:
        unit = q.base_unit
    return _article_number(q.value, unit or q.base_unit, q.span.text, low=q.low, high=q.high,
                           qualifier=q.qualifier, tolerance=tolerance)


def _quantity_reason(q: Quantity) -> str:
    return f"The article gives {q.span.text}" + (f" ({q.qualifier})" if q.qualifier and q.qualifier not in q.span.text else "")


def _timeline_verdict(base: Verdict, cands: list[SourceFact], matches, day: date | None, said: str) -> Verdict:
    """Compare with the facts valid on the article's date; a match among expired ones is outdated."""
    valid = [f for f in cands if valid_at(f, day)]
    expired = [f for f in cands if f not in valid and f.valid_until is not None and (day is None or f.valid_until <= day)]
    good = [f for f in valid if matches(f)]
    if good:
        return _with(base, "supported", good[0])
    old = [f for f in expired if matches(f)]
    props = {f.property for f in valid}
    when = f"on the article's date ({day.isoformat()})" if day else "today"
    if old and len(props) == 1:
        cur = valid[-1]
        return _with(base, "outdated", cur, [old[-1]],
                     f"{said}, which the source gives for {old[-1].property} {_when(old[-1])}; {when} it is "
                     f"{_value_text(cur)}. Source: {cite(cur)}")
    if len(props) == 1 and len({_value_text(f) for f in valid}) == 1:
        f = valid[-1]
        return _with(base, "conflict", f, [], f"{said}; the source gives {f.property} of {f.entity} as "
                                             f"{_value_text(f)}. Source: {cite(f)}")
    return base  # several properties could be meant: the sources cannot decide


# --------------------------------------------------------------------------- dates


def judge_dates(sheet: FactSheet, index: SourceIndex) -> Iterator[Verdict]:
    for t in sheet.times:
        if t.kind not in ("date", "year") or t.earliest is None or t.tense == "future":
            continue
        facts, anchored = _targets(sheet, index, t.anchor_entity, t.anchor, t.sentence)
        cands = [f for f in facts if f.origin == "sheet" and f.date_value is not None
                 and f.terms and _sentence_has(sheet, t.sentence, f.terms)]
        if not cands:
            continue
        lo, hi = t.earliest, t.latest or t.earliest
        base = Verdict("unknown", "date", [t.span], cands[0].entity, t.span.text, anchored=anchored)

        def matches(f: SourceFact) -> bool:
            a, b = date_bounds(f.date_value, f.date_precision)
            return a <= hi and lo <= b

        yield _timeline_verdict(base, cands, matches, sheet.article_date, f"The article dates it {t.span.text}")


# --------------------------------------------------------------------------- attributes


def judge_attributes(sheet: FactSheet, index: SourceIndex) -> Iterator[Verdict]:
    for c in sheet.claims:
        if not (c.attribute and c.value) or c.negated or c.modality not in ("asserted", "confirmed"):
            continue
        facts, anchored = _targets(sheet, index, c.subject_entity, c.subject, c.sentence)
        if not anchored:
            continue
        prop = fold(c.attribute)
        cands = [f for f in facts if f.origin == "sheet" and f.number is None and f.date_value is None
                 and (fold(f.property) == prop or prop in {fold(t) for t in f.terms})]
        if not cands:
            continue
        base = Verdict("unknown", "attribute", [c.span], cands[0].entity, c.value)
        key = phrase_key(c.value)

        def matches(f: SourceFact) -> bool:
            return any(phrase_key(v) == key or (key and phrase_key(v) <= key) for v in [f.value, *f.value_aliases])

        yield _timeline_verdict(base, cands, matches, sheet.article_date,
                                f"The article gives {c.attribute} \"{c.value}\"")



# --------------------------------------------------------------------------- firsts and quotes


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
            facts, anchored = _targets(sheet, index, c.subject_entity, c.subject, c.sentence)
            if not anchored:
                continue
            words = phrase_key(" ".join([c.superlative, c.object or "", *c.scope]))
            rec = [f for f in index.facts if f.entity_type == "record" and phrase_key(f.entity) <= words
                   and f.holder and phrase_key(f.holder) & phrase_key(c.subject)]
            base = Verdict("unknown", "claim", [c.span], facts[0].entity if facts else c.subject, c.span.text)
            yield _with(base, "supported", rec[0]) if rec else base
        elif c.attribution and c.in_quote:
            g, s = person_parts(c.attribution)
            facts = index.person_facts(g, s)
            if not facts:
                continue
            quote = fold(c.object or c.span.text)
            said = [f for f in texts if quote and quote[:60] in fold(f.sentence or "")]
            base = Verdict("unknown", "quote", [c.span], facts[0].entity, c.span.text)
            yield _with(base, "supported", said[0]) if said else base
