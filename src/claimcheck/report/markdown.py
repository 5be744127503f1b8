"""Markdown: a review document to paste into a ticket or a pull request.

A summary table first (severities, rules, and files when there are several), then each
file's findings: the message, the rule, every evidence span quoted in its line with the
line and column, and the explanation. Article text is escaped, so a ``*`` or ``<b>`` in an
article shows as written instead of turning into formatting.
"""

from __future__ import annotations

import re

from ..facts import FileReport, Finding, Report
from .excerpt import excerpt

__all__ = ["render", "escape"]

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
SEVERITY_ORDER = ("error", "warning", "info")


def escape(s: str) -> str:
    """Text shown as written: Markdown and inline-HTML characters backslash-escaped."""
    return _SPECIAL.sub(r"\\\1", s.replace("\r", "").replace("\n", " "))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def render(report: Report, color: bool = False) -> str:
    out = ["# claimcheck report", ""]
    out += _summary(report)
    for fr in report.files:
        out += _file(fr, several=len(report.files) > 1)
    return "\n".join(out).rstrip() + "\n"


def _summary(report: Report) -> list[str]:
    s, tool = report.summary, report.tool
    line = f"{_plural(s.files, 'file')} checked, {_plural(s.findings, 'finding')}"
    if s.suppressed:
        line += f", {s.suppressed} suppressed"
    if s.errors:
        line += f", {_plural(s.errors, 'file error')}"
    out = [line + ".", ""]
    used = [f"claimcheck {tool.version}"]
    if tool.model:
        used.append(f"model `{tool.model}`")
    used.append(_plural(tool.rules, "rule") + (f" (digest `{tool.rules_digest}`)" if tool.rules_digest else ""))
    out += [" · ".join(used), ""]
    if s.findings:
        out += ["| severity | findings |", "|---|---:|"]
        out += [f"| {sev} | {s.by_severity[sev]} |" for sev in SEVERITY_ORDER if s.by_severity.get(sev)]
        out.append("")
        kinds = {f.rule: f.kind for fr in report.files for f in fr.findings}
        out += ["| rule | kind | findings |", "|---|---|---:|"]
        out += [f"| `{rule}` | {kinds.get(rule, '')} | {n} |" for rule, n in s.by_rule.items()]
        out.append("")
    if len(report.files) > 1:
        out += ["| file | article date | findings | status |", "|---|---|---:|---|"]
        for fr in report.files:
            day = fr.article_date.isoformat() if fr.article_date else "–"
            status = "error" if fr.error else ("to review" if fr.findings else "clean")
            out.append(f"| {escape(fr.path)} | {day} | {len(fr.findings)} | {status} |")
        out.append("")
    return out


def _file(fr: FileReport, several: bool) -> list[str]:
    out = [f"## {escape(fr.path)}", ""]
    if fr.article_date:
        out += [f"Article date: {fr.article_date.isoformat()} (from {fr.article_date_source}).", ""]
    if fr.error:
        out += [f"**Error:** {escape(fr.error)}", ""]
    for note in fr.notes:
        out += [f"_Note: {escape(note)}_", ""]
    if not fr.findings and not fr.error:
        out += ["No findings.", ""]
    for i, f in enumerate(fr.findings, 1):
        out += _finding(i, f, fr.text)
    if fr.suppressed:
        out += [f"_{_plural(len(fr.suppressed), 'finding')} suppressed in the article._", ""]
    return out


def _finding(i: int, f: Finding, text: str | None) -> list[str]:
    out = [f"### {i}. {f.severity.value}: {escape(f.message)}", ""]
    rule = f"Rule `{f.rule}` ({f.kind}) · id `{f.id}`"
    if f.link:
        rule += f" · [about this rule]({f.link})"
    out += [rule + ".", ""]
    for span in f.evidence:
        if text is not None and text[span.start:span.end] == span.text:
            before, mid, after = excerpt(text, span.start, span.end)
            body = f"{escape(before)}**{escape(mid)}**{escape(after)}"
        else:
            body = f"**{escape(span.text)}**"
        out += [f"> line {span.line}, column {span.column}: {body}", ">"]
    if out[-1] == ">":
        out.pop()
    out.append("")
    if f.explanation:
        out += [escape(f.explanation), ""]
    return out
