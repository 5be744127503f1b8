"""Terminal report: findings grouped by file, each span quoted with line:column.

Rendered with rich; without colour (a pipe, NO_COLOR, a file) it is plain, readable text.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from ..facts import FileReport, Report
from .excerpt import excerpt

__all__ = ["render"]

STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}


def render(report: Report, color: bool = False, width: int | None = None) -> str:
    buf = io.StringIO()
    # plain output never wraps or crops (one line per item, good for grep); a terminal
    # wraps at its own width
    if width is None and not color:
        width = 100_000
    console = Console(file=buf, force_terminal=color, no_color=not color, width=width,
                      highlight=False, emoji=False, soft_wrap=False)
    for fr in report.files:
        _file(console, fr)
    s = report.summary
    parts = [f"{s.findings} finding{'s' if s.findings != 1 else ''}"]
    parts += [f"{n} {sev}" for sev, n in sorted(s.by_severity.items())]
    if s.suppressed:
        parts.append(f"{s.suppressed} suppressed")
    if s.errors:
        parts.append(f"{s.errors} file error{'s' if s.errors != 1 else ''}")
    console.print(Text(f"{s.files} file{'s' if s.files != 1 else ''} checked: " + ", ".join(parts), style="bold"))
    return buf.getvalue()


def _file(console: Console, fr: FileReport) -> None:
    header = Text(fr.path, style="bold underline")
    if fr.article_date:
        header.append(f"  (article date {fr.article_date.isoformat()} from {fr.article_date_source})", style="dim")
    console.print(header)
    if fr.error:
        console.print(Text(f"  error: {fr.error}", style="bold red"))
    for note in fr.notes:
        console.print(Text(f"  note: {note}", style="dim"))
    if not fr.findings and not fr.error:
        console.print(Text("  no findings", style="green"))
    for f in fr.findings:
        first = f.evidence[0] if f.evidence else None
        where = f"{first.line}:{first.column}" if first else "-"
        line = Text(f"  {where:>7}  ")
        line.append(f.severity.value, style=STYLE[f.severity.value])
        line.append(f"  {f.message}  ")
        line.append(f"[{f.rule}]", style="dim")
        console.print(line)
        for span in f.evidence:
            before, mid, after = excerpt(fr.text, span.start, span.end)
            t = Text(f"           {span.line}:{span.column}".ljust(20) + "│ ")
            if fr.text is None:
                t.append(f"«{span.text}»", style="bold")
            else:
                t.append(before)
                t.append("«", style="dim")
                t.append(mid, style="bold reverse" if console.is_terminal else "bold")
                t.append("»", style="dim")
                t.append(after)
            console.print(t, overflow="fold")
        console.print(Text("           " + f.explanation, style="italic"), overflow="fold")
        console.print(Text(f"           id {f.id}", style="dim"))
    console.print()
