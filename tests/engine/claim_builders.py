"""Hand-built claims for the claim kinds' unit tests (no model)."""

from claimcheck.facts import Claim, FactSheet, Span


def span(text: str, start: int, line: int = 1) -> Span:
    return Span(start=start, end=start + len(text), line=line, column=1, text=text)


def claim(text: str, start: int, *, line: int = 1, sentence: int | None = None, **fields) -> Claim:
    """A claim whose span is ``text`` at ``start``; other fields as given."""
    fields.setdefault("subject", "someone")
    fields.setdefault("predicate", "be")
    subject_span = fields.pop("subject_at", None)
    if subject_span is not None:
        fields["subject_span"] = span(fields["subject"], subject_span, line)
    return Claim(index=0, span=span(text, start, line), sentence=line if sentence is None else sentence,
                 **fields)


def sheet(*claims: Claim) -> FactSheet:
    numbered = []
    for i, c in enumerate(claims):
        c.index = i
        numbered.append(c)
    return FactSheet(path="t", claims=numbered)
