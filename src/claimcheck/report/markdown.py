"""Markdown: a review document to paste into a ticket or a pull request."""

from __future__ import annotations

from ..facts import Report
from .excerpt import excerpt

__all__ = ["render"]


def _cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def render(report: Report, color: bool = False) -> str:
    s = report.summary
    out = ["# claimcheck report", ""]
    out.append(f"{s.files} file(s), {s.findings} finding(s)"
               + (f", {s.suppressed} suppressed" if s.suppressed else "") + ".")
    out.append("")
    if s.by_rule:
        out += ["| rule | findings |", "|---|---:|"]
        out += [f"| `{rule}` | {n} |" for rule, n in s.by_rule.items()]
        out.append("")
    for fr in report.files:
        out.append(f"## {_cell(fr.path)}")
        out.append("")
        if fr.article_date:
            out.append(f"Article date: {fr.article_date.isoformat()} ({fr.article_date_source}).")
            out.append("")
        if fr.error:
            out += [f"**Error:** {_cell(fr.error)}", ""]
        for note in fr.notes:
            out += [f"_Note: {note}_", ""]
        if not fr.findings and not fr.error:
            out += ["No findings.", ""]
        for i, f in enumerate(fr.findings, 1):
            out.append(f"### {i}. {f.severity.value}: {_cell(f.message)}")
            out.append("")
            out.append(f"Rule `{f.rule}` ({f.kind}), id `{f.id}`.")
            out.append("")
            for span in f.evidence:
                before, mid, after = excerpt(fr.text, span.start, span.end)
                body = f"{before}**{mid}**{after}" if fr.text is not None else f"**{span.text}**"
                out.append(f"> line {span.line}, column {span.column}: {_cell(body)}")
                out.append(">")
            if out[-1] == ">":
                out.pop()
            out.append("")
            out.append(f.explanation)
            out.append("")
    return "\n".join(out).rstrip() + "\n"
