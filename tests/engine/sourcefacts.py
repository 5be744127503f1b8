"""Hand-built facts for the source kinds' tests (no model, no files)."""

from __future__ import annotations

from datetime import date

from claimcheck.evidence.values import parse_measure
from claimcheck.facts import Citation, Entity, FactSheet, Mention, RecordClaim, Sentence, SourceFact, Span

CITE = Citation(title="Reference", url="https://example.org/ref", retrieved=date(2025, 1, 1))


def span(text: str, start: int = 0, line: int = 1) -> Span:
    return Span(start=start, end=start + len(text), line=line, column=1, text=text)


def fact(entity: str, prop: str, value, *, index=0, unit=None, entity_type="thing", trust="high",
         origin="sheet", sentence=None, **kw) -> SourceFact:
    fields = {}
    if isinstance(value, date):
        fields.update(date_value=value, date_precision=kw.pop("precision", "day"))
        value = value.isoformat()
    else:
        m = parse_measure(value, unit)
        if m is not None:
            fields.update(number=m.number, unit=m.unit, dimension=m.dimension, base_value=m.base_value,
                          base_unit=m.base_unit)
    fields.update(kw)
    return SourceFact(index=index, entity=entity, entity_type=entity_type, property=prop, value=str(value),
                      citation=CITE.model_copy(update={"trust": trust}), origin=origin, sentence=sentence, **fields)


def numbered(*facts: SourceFact) -> list[SourceFact]:
    return [f.model_copy(update={"index": i}) for i, f in enumerate(facts)]


def record_history() -> list[SourceFact]:
    title = "longest single spaceflight by a NASA astronaut"
    aliases = ["longest US spaceflight"]
    return numbered(
        fact(title, "record", "340 days", entity_type="record", holder="Scott Kelly", aliases=aliases,
             valid_from=date(2016, 3, 1), valid_until=date(2022, 3, 15)),
        fact(title, "record", "355 days", entity_type="record", holder="Mark Vande Hei", aliases=aliases,
             valid_from=date(2022, 3, 15), valid_until=date(2023, 9, 11)),
        fact(title, "record", "371 days", entity_type="record", holder="Frank Rubio", aliases=aliases,
             valid_from=date(2023, 9, 11)),
    )


def person(i: int, name: str, start: int, *, entity=None, sentence=0, line=1, cue=None) -> Mention:
    words = name.split()
    given, surname = (words[0], words[-1]) if len(words) > 1 else (None, words[0])
    return Mention(index=i, span=span(name, start, line), label="PERSON", name=name, given=given,
                   surname=surname, sentence=sentence, entity=entity, relative_cue=cue)


def entities(mentions: list[Mention]) -> list[Entity]:
    out: dict[int, Entity] = {}
    for m in mentions:
        if m.entity is None:
            continue
        e = out.setdefault(m.entity, Entity(index=m.entity, label=m.label, name=m.name))
        e.mentions.append(m.index)
        if len(m.name) > len(e.name):
            e.name = m.name
        if m.name not in e.aliases:
            e.aliases.append(m.name)
    return [out[k] for k in sorted(out)]


def record(holder: str, title: str, value: str | None, *, tense="present", holder_entity=None,
           set_earliest=None, set_latest=None, hedged=False) -> RecordClaim:
    text = f"{holder} holds the record for the {title}" + (f", {value}" if value else "")
    number = unit = None
    if value:
        number, unit = float(value.split()[0]), value.split()[1]
    start = text.index(title)
    return RecordClaim(
        index=0, span=span(text), holder=holder, holder_span=span(holder), holder_entity=holder_entity,
        title=title, title_span=span(title, start), superlative=title.split()[0], value=value,
        value_span=span(value, text.index(value)) if value else None, number=number, unit=unit,
        set_earliest=set_earliest, set_latest=set_latest or set_earliest,
        set_span=span(str(set_earliest.year), 0) if set_earliest else None, tense=tense, hedged=hedged)


def sheet_of(*, sources=(), mentions=(), records=(), quantities=(), times=(), claims=(), sentences=(),
             day: date | None = date(2025, 6, 1)) -> FactSheet:
    mentions = list(mentions)
    sents = [Sentence(index=i, span=span(t, 0, i + 1)) for i, t in enumerate(sentences)]
    return FactSheet(path="t", article_date=day, sentences=sents, mentions=mentions, entities=entities(mentions),
                     records=list(records), quantities=list(quantities), times=list(times),
                     claims=list(claims), sources=list(sources))
