"""One line per finding, ``path:line:col: severity rule: message``: for editors and grep.

The compiler-style form that Vim's quickfix list, Emacs' compilation mode and VS Code's
problem matchers read. The location is the first evidence span; the other spans follow the
message as ``(also at L:C, L:C)``, so one finding stays one line.
"""

from __future__ import annotations

from ..facts import Finding, Report

__all__ = ["render", "format_line"]


def render(report: Report, color: bool = False) -> str:
    lines = [format_line(fr.path, f) for fr in report.files for f in fr.findings]
    return "".join(line + "\n" for line in lines)


def format_line(path: str, f: Finding) -> str:
    """The finding as one line; newlines in the message become spaces."""
    first = f.evidence[0] if f.evidence else None
    line, column = (first.line, first.column) if first else (1, 1)
    message = " ".join(f.message.split())
    others = [f"{s.line}:{s.column}" for s in f.evidence[1:]]
    if others:
        message += f" (also at {', '.join(others)})"
    return f"{path}:{line}:{column}: {f.severity.value} {f.rule}: {message}"
