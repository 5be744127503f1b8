"""A readable listing of a FactSheet, for ``claimcheck extract --format text``."""

from __future__ import annotations

from ..facts import FactSheet, Quantity, TermFact
from ..units import display

__all__ = ["render_facts"]


def _where(span) -> str:
    return f"{span.line}:{span.column}"


def _quantity_line(q: Quantity) -> str:
    """"7:49  'more than 55 miles' = 88.5 km  length, more than, cue 'above the earth', …"""
    value = display(q.base_value, q.base_unit or "", q.dimension) if q.base_value is not None else "?"
    if q.base_low is not None and q.base_high is not None:
        low, high = (display(v, q.base_unit or "", q.dimension) for v in (q.base_low, q.base_high))
        value = f"{low} – {high}"
    details = [q.dimension or "?"]
    for label, field in (("", q.qualifier), ("cue", q.cue), ("thing", q.thing), ("subject", q.subject),
                         ("date", q.time)):
        if field:
            details.append(f"{label} {field!r}" if label else field)
    if q.verbs:
        details.append("verbs " + "/".join(q.verbs))
    details.extend(flag for flag, on in (("comparative", q.comparative), ("total", q.cumulative),
                                          ("quoted", q.in_quote)) if on)
    return f"  {_where(q.span):>7}  {q.span.text!r} = {value}  " + ", ".join(details)


def _term_line(t: TermFact) -> str:
    state = "negated" if t.negated else "hedged" if t.hedged else "claimed"
    if t.cue:
        state += f" ({t.cue!r})"
    extra = f", subject {t.subject!r}" if t.subject else ""
    quoted = ", quoted" if t.in_quote else ""
    return f"  {_where(t.span):>7}  {t.span.text!r}  {t.term} [{t.list_name}] {state}{extra}{quoted}"


def render_facts(facts: FactSheet) -> str:
    out = [f"{facts.path}: {len(facts.sentences)} sentences"]
    if facts.article_date:
        out.append(f"article date: {facts.article_date.isoformat()} ({facts.article_date_source})")
    else:
        out.append("article date: unknown")
    if facts.entities:
        out.append("")
        out.append(f"entities ({len(facts.entities)}):")
        for e in facts.entities:
            ms = facts.entity_mentions(e)
            where = ", ".join(_where(m.span) for m in ms[:8]) + (" …" if len(ms) > 8 else "")
            out.append(f"  {e.label:<7} {e.name}  ×{len(ms)}  [{where}]")
    unlinked = [m for m in facts.mentions if m.entity is None]
    if unlinked:
        out.append("")
        out.append("ambiguous mentions (more than one entity fits):")
        for m in unlinked:
            out.append(f"  {_where(m.span):>7}  {m.span.text}")
    relabelled = [m for m in facts.mentions if m.model_label]
    if relabelled:
        out.append("")
        out.append("labels corrected:")
        for m in relabelled:
            out.append(f"  {_where(m.span):>7}  {m.span.text}: {m.model_label} → {m.label}")
    if facts.quantities:
        out.append("")
        out.append(f"quantities ({len(facts.quantities)}):")
        out.extend(_quantity_line(q) for q in facts.quantities)
    if facts.terms:
        out.append("")
        out.append(f"terms ({len(facts.terms)}):")
        out.extend(_term_line(t) for t in facts.terms)
    for title, items in (("times", facts.times), ("pattern matches", facts.patterns),
                         ("word forms", facts.forms), ("records", facts.records)):
        if items:
            out.append("")
            out.append(f"{title} ({len(items)}):")
            for it in items:
                fields = it.model_dump(exclude={"index", "span", "sentence", "tokens"}, exclude_defaults=True)
                detail = ", ".join(f"{k}={v}" for k, v in fields.items() if not k.endswith("_span"))
                out.append(f"  {_where(it.span):>7}  {it.span.text!r}  {detail}")
    if facts.claims:
        out.append("")
        out.append(f"claims ({len(facts.claims)}):")
        out.extend(f"  {_where(c.span):>7}  {_claim_line(c)}" for c in facts.claims)
    return "\n".join(out) + "\n"


def _claim_line(c) -> str:
    """One claim: who — what — how sure — who says so."""
    subject = c.subject + (f" [entity {','.join(map(str, c.subject_entities))}]" if c.subject_entities else "")
    if c.kind == "attribute":
        what = f"{c.attribute} = {c.value}"
    elif c.kind == "superlative":
        what = f"the {c.superlative} of [{' '.join(c.scope)}]"
    elif c.kind == "secrecy":
        what = f"withholds the {c.topic}"
    else:
        what = ("NOT " if c.negated else "") + c.predicate + (f" {c.object}" if c.object else "")
    parts = [f"{c.kind:<11}", subject, "—", what]
    how = c.modality + (f" (\"{c.modal_cue}\")" if c.modal_cue else "")
    parts.append(f"| {how}")
    if c.tense:
        parts.append(f"| {c.tense}")
    if c.attribution:
        parts.append(f"| per {c.attribution}")
    if c.in_quote:
        parts.append("| in quotes")
    return " ".join(parts) + f"  «{c.span.text}»"
