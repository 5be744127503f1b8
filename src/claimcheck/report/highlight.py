"""Cut an article into segments for highlighting, where evidence spans may overlap.

Several findings can point at the same words (a name in a name conflict and in a date
conflict). An element cannot be half inside two marks, so the text is cut at every span
boundary; each segment then lists every span that covers it, and a renderer marks it once
with all of them. One sweep over the boundaries: cost grows with the spans, not their square.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from ..facts import Finding, Span

__all__ = ["Segment", "SpanRef", "segments", "span_end"]

_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class SpanRef:
    """Evidence span ``index`` of the finding with key ``finding``, and its severity rank."""

    finding: str
    index: int
    rank: int

    @property
    def token(self) -> str:
        return f"{self.finding}:{self.index}"


@dataclass
class Segment:
    """A stretch of text and the evidence spans that cover it (none for plain text)."""

    text: str
    covering: list[SpanRef] = field(default_factory=list)
    starting: list[SpanRef] = field(default_factory=list)

    @property
    def findings(self) -> list[str]:
        """Keys of the findings covering the segment, each once, in first-seen order."""
        return list(dict.fromkeys(r.finding for r in self.covering))

    @property
    def rank(self) -> int:
        return max((r.rank for r in self.covering), default=-1)


def usable(text: str | None, span: Span) -> bool:
    """A span can be highlighted when it is non-empty and points at its text."""
    return (text is not None and 0 <= span.start < span.end <= len(text)
            and text[span.start:span.end] == span.text)


def segments(text: str, findings: Iterable[tuple[str, Finding]]) -> list[Segment]:
    """The text cut at every evidence boundary.

    findings (Iterable[tuple[str, Finding]]): each finding with the key the renderer uses
        for it (unique within the text).
    RETURNS (list[Segment]): consecutive segments whose texts join to ``text``.
    """
    opens: dict[int, list[SpanRef]] = {}
    closes: dict[int, list[SpanRef]] = {}
    for key, finding in findings:
        for i, span in enumerate(finding.evidence):
            if not usable(text, span):
                continue
            ref = SpanRef(key, i, finding.severity.rank)
            opens.setdefault(span.start, []).append(ref)
            closes.setdefault(span.end, []).append(ref)
    cuts = sorted({0, len(text), *opens, *closes})
    active: dict[SpanRef, None] = {}  # insertion-ordered set
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        for ref in closes.get(a, ()):
            active.pop(ref, None)
        starting = opens.get(a, [])
        for ref in starting:
            active[ref] = None
        out.append(Segment(text[a:b], list(active), list(starting)))
    return _merge_plain(out)


def _merge_plain(parts: list[Segment]) -> list[Segment]:
    merged: list[Segment] = []
    for seg in parts:
        if merged and not seg.covering and not merged[-1].covering:
            merged[-1].text += seg.text
        else:
            merged.append(seg)
    return merged


def span_end(span: Span) -> tuple[int, int]:
    """1-based line and column just after the span's last character (SARIF's endColumn)."""
    breaks = list(_BREAK.finditer(span.text))
    if not breaks:
        return span.line, span.column + len(span.text)
    return span.line + len(breaks), len(span.text) - breaks[-1].end() + 1
