"""A validated fact sheet → :class:`SourceFact` records, values normalised once.

Numbers go through pint (SI base units; an unknown unit is a counted noun), dates keep
their precision ("2023-09" is a month), and anything else is text compared by its folded
form. Each fact carries its citation: its own ``source`` or the sheet's.
"""

from __future__ import annotations

from datetime import date

from ..facts import Citation, SourceFact
from .model import CitationSpec, FactSpec, SheetSpec
from .values import parse_measure, parse_when

__all__ = ["sheet_facts", "citation_of"]


def citation_of(spec: CitationSpec, path: str, line: int | None) -> Citation:
    return Citation(title=spec.title, url=spec.url, retrieved=spec.retrieved, published=spec.published,
                    trust=spec.trust, path=path, line=line)


def sheet_facts(sheet: SheetSpec, path: str, lines: list[int | None] | None = None) -> list[SourceFact]:
    """The facts of one sheet, in file order.

    sheet (SheetSpec): the validated sheet.
    path (str): its file, for citations. lines (list[int]): the line of each fact.
    RETURNS (list[SourceFact]): indexes are 0..n-1; the caller renumbers when it merges.
    """
    lines = lines or []
    out: list[SourceFact] = []
    for i, fact in enumerate(sheet.facts):
        line = lines[i] if i < len(lines) else None
        cite = fact.source or sheet.source
        assert cite is not None  # SheetSpec guarantees it
        out.append(_fact(sheet, fact, len(out), citation_of(cite, path, line)))
    return out


def _fact(sheet: SheetSpec, fact: FactSpec, index: int, citation: Citation) -> SourceFact:
    fields: dict = {}
    value = fact.value
    written = value.isoformat() if isinstance(value, date) else str(value)
    when = _as_date(fact)
    if when is not None:
        fields.update(date_value=when[0], date_precision=when[1])
    else:
        measure = parse_measure(value, fact.unit) if fact.kind in ("auto", "number") else None
        if measure is not None:
            fields.update(number=measure.number, unit=measure.unit, dimension=measure.dimension,
                          base_value=measure.base_value, base_unit=measure.base_unit)
            if fact.unit and not isinstance(value, str):
                plural = measure.number != 1 and measure.dimension == "count" and not fact.unit.endswith("s")
                written = f"{written} {fact.unit}{'s' if plural else ''}"
            for bound in ("low", "high"):
                raw = getattr(fact, bound)
                if raw is not None:
                    b = parse_measure(raw, fact.unit)
                    fields[bound] = _in_unit(b, measure) if b else None
            fields["tolerance"] = fact.tolerance  # None: the sheet's value is exact
    return SourceFact(
        index=index,
        entity=sheet.entity,
        entity_type=sheet.type,
        aliases=list(sheet.aliases),
        property=fact.property,
        terms=list(fact.terms),
        value=written,
        value_aliases=list(fact.value_aliases),
        cumulative=fact.cumulative,
        holder=fact.holder,
        valid_from=fact.valid_from,
        valid_until=fact.valid_until,
        citation=citation,
        origin="sheet",
        **fields,
    )


def _as_date(fact: FactSpec) -> tuple[date, str] | None:
    if fact.kind in ("number", "text"):
        return None
    value = fact.value
    if fact.kind == "date" or isinstance(value, date):
        return parse_when(value)
    if isinstance(value, str) and len(value) in (7, 10) and value[:4].isdigit() and value[4:5] == "-":
        return parse_when(value)
    return None


def _in_unit(bound, measure) -> float:
    """A bound in the value's own unit (sheets may write "370 km" for a value in miles)."""
    if bound.base_unit == measure.base_unit and measure.base_value:
        return bound.base_value * measure.number / measure.base_value
    return bound.number

