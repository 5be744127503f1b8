"""Plain-text listings for ``claimcheck sources list`` and ``claimcheck sources show``."""

from __future__ import annotations

from ..facts import SourceFact
from .values import format_number
from .loader import SheetFile, SourceSet, SourceText

__all__ = ["list_lines", "show_lines"]


def list_lines(sources: SourceSet) -> list[str]:
    """One line per source: id, type, entity or title, facts, file."""
    rows = [(s.id, s.spec.type, s.spec.entity, f"{len(s.facts)} fact{'s' if len(s.facts) != 1 else ''}", s.path)
            for s in sources.sheets]
    rows += [(t.id, "text", t.meta.title, f"trust {t.meta.trust}", t.path) for t in sources.texts]
    if not rows:
        return ["no sources"]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    return ["  ".join(c.ljust(w) for c, w in zip(r[:4], widths)) + "  " + r[4] for r in rows]


def show_lines(item: SheetFile | SourceText) -> list[str]:
    """A source in full: what it is about, its facts with validity and citations."""
    if isinstance(item, SourceText):
        m = item.meta
        out = [f"{item.id}  (source text, trust {m.trust})", f"  title: {m.title}"]
        out += [f"  {k}: {v}" for k, v in (("url", m.url), ("date", m.date), ("retrieved", m.retrieved)) if v]
        out.append(f"  file: {item.path}")
        words = len(item.document.analysis.split())
        out.append(f"  {words} words; its facts come from extraction when an article is checked")
        return out
    spec = item.spec
    out = [f"{item.id}  ({spec.type})", f"  entity: {spec.entity}"]
    if spec.aliases:
        out.append(f"  aliases: {', '.join(spec.aliases)}")
    out.append(f"  file: {item.path}")
    for f in item.facts:
        out.extend(_fact_lines(f))
    return out


def _fact_lines(f: SourceFact) -> list[str]:
    value = f.value + (f" (held by {f.holder})" if f.holder else "")
    if f.low is not None or f.high is not None:
        lo = format_number(f.low) if f.low is not None else "…"
        hi = format_number(f.high) if f.high is not None else "…"
        value += f" [range {lo}–{hi}{' ' + f.unit if f.unit else ''}]"
    when = []
    if f.valid_from:
        when.append(f"from {f.valid_from.isoformat()}")
    if f.valid_until:
        when.append(f"until {f.valid_until.isoformat()}")
    lines = [f"  - {f.property}: {value}" + (f"  ({' '.join(when)})" if when else "")]
    c = f.citation
    cite = c.title + (f" <{c.url}>" if c.url else "") + (f", retrieved {c.retrieved.isoformat()}" if c.retrieved else "")
    lines.append(f"      source: {cite}" + (f"  [line {c.line}]" if c.line else ""))
    return lines
