"""Renderers: one module per format, each a function of a :class:`Report`.

``RENDERERS`` maps a format name to ``render(report, color=False) -> str``.
"""

from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable

from ..facts import FileReport, Report, Summary, ToolInfo
from . import html, json_report, line, markdown, sarif, text
from .excerpt import excerpt

__all__ = ["RENDERERS", "render", "build_report", "excerpt"]

RENDERERS: dict[str, Callable[..., str]] = {
    "text": text.render,
    "json": json_report.render,
    "markdown": markdown.render,
    "html": html.render,
    "sarif": sarif.render,
    "line": line.render,
}


def render(report: Report, fmt: str, color: bool = False) -> str:
    return RENDERERS[fmt](report, color=color)


def build_report(files: Iterable[FileReport], tool: ToolInfo) -> Report:
    """Assemble file reports and count them up."""
    files = list(files)
    findings = [f for fr in files for f in fr.findings]
    summary = Summary(
        files=len(files),
        findings=len(findings),
        suppressed=sum(len(fr.suppressed) for fr in files),
        errors=sum(1 for fr in files if fr.error),
        by_severity=dict(Counter(f.severity.value for f in findings)),
        by_rule=dict(sorted(Counter(f.rule for f in findings).items())),
    )
    return Report(tool=tool, files=files, summary=summary)
