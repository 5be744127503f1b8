"""Hand-built facts for kind tests: no model, offsets consistent with a made-up text."""

from claimcheck.facts import FactSheet, Quantity, Sentence, Span, TermFact
from claimcheck.units import to_base


def span(start: int, text: str, line: int = 1) -> Span:
    return Span(start=start, end=start + len(text), line=line, column=start + 1, text=text)


def quantity(index: int, text: str, value: float, unit: str, *, start: int = 0, sentence: int = 0,
             dimension: str | None = None, step: float = 1.0, **fields) -> Quantity:
    if dimension in ("currency", "count"):
        base_value, base_unit, dim = value, fields.pop("base_unit", unit), dimension
    else:
        m = to_base(value, unit)
        base_value, base_unit, dim = m.value, m.unit, m.dimension
    return Quantity(index=index, span=span(start, text, sentence + 1), value=value, unit=unit, step=step,
                    dimension=dim, base_value=base_value, base_unit=base_unit, sentence=sentence, **fields)


def term(index: int, text: str, *, start: int = 0, sentence: int = 0, list_name: str = "physics/orbit-altitude",
         **fields) -> TermFact:
    return TermFact(index=index, span=span(start, text, sentence + 1), term=fields.pop("term", "orbit"),
                    list_name=list_name, sentence=sentence, **fields)


def sheet(quantities=(), terms=(), sentences: int = 3, texts: dict[int, str] | None = None,
          paragraphs: list[int] | None = None) -> FactSheet:
    """Sentences are 100 characters apart, each its own paragraph unless ``paragraphs`` says."""
    texts = texts or {}
    paragraphs = paragraphs or list(range(sentences))
    sents = [Sentence(index=i, span=span(i * 100, texts.get(i, "x"), i + 1), paragraph=paragraphs[i])
             for i in range(sentences)]
    return FactSheet(path="<test>", sentences=sents, quantities=list(quantities), terms=list(terms))
