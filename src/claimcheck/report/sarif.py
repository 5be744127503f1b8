"""SARIF 2.1.0: the format code-scanning services read (GitHub, GitLab, Azure DevOps).

One result per finding; every evidence span is a location with a full region (line and
column range, character offset and length, the quoted text), so a viewer can show each
place. Columns and offsets count Unicode code points, as Python strings do; the run says
so with ``columnKind``. Suppressed findings are results with an in-source suppression.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import quote

from ..facts import FileReport, Finding, Report, Span
from .highlight import span_end

__all__ = ["render", "to_sarif", "SARIF_VERSION", "SARIF_SCHEMA"]

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def render(report: Report, color: bool = False) -> str:
    return json.dumps(to_sarif(report), indent=2, ensure_ascii=False) + "\n"


def to_sarif(report: Report) -> dict:
    """The SARIF log of a report, as a JSON-ready dict."""
    rules = _rules(report)
    index = {r["id"]: i for i, r in enumerate(rules)}
    artifacts = [{"location": {"uri": file_uri(fr.path)}} for fr in report.files]
    results = []
    for n, fr in enumerate(report.files):
        for f in fr.findings:
            results.append(_result(f, n, fr, index))
        for f in fr.suppressed:
            results.append({**_result(f, n, fr, index), "suppressions": [{"kind": "inSource"}]})
    notifications = [
        {"level": "error", "message": {"text": fr.error},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": file_uri(fr.path), "index": n}}}]}
        for n, fr in enumerate(report.files) if fr.error
    ]
    tool = report.tool
    driver = {
        "name": tool.name,
        "version": tool.version,
        "semanticVersion": tool.version,
        "rules": rules,
        "properties": {"model": tool.model, "rulesEnabled": tool.rules,
                       "rulesDigest": tool.rules_digest},
    }
    run = {
        "tool": {"driver": driver},
        "artifacts": artifacts,
        "results": results,
        "invocations": [{"executionSuccessful": not notifications,
                         "toolExecutionNotifications": notifications}],
        "columnKind": "unicodeCodePoints",
        "properties": {"reportSchemaVersion": report.schema_version},
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def _rules(report: Report) -> list[dict]:
    """A reportingDescriptor for each rule that has a result, sorted by id."""
    seen: dict[str, Finding] = {}
    for fr in report.files:
        for f in [*fr.findings, *fr.suppressed]:
            seen.setdefault(f.rule, f)
    out = []
    for rule_id in sorted(seen):
        f = seen[rule_id]
        descriptor = {
            "id": rule_id,
            "name": f.kind,
            "shortDescription": {"text": f"claimcheck rule {rule_id} (kind {f.kind})"},
            "properties": {"kind": f.kind},
        }
        if f.link:
            descriptor["helpUri"] = f.link
        out.append(descriptor)
    return out


def _result(f: Finding, file_index: int, fr: FileReport, rule_index: dict[str, int]) -> dict:
    text = f.message if not f.explanation else f"{f.message}\n{f.explanation}"
    return {
        "ruleId": f.rule,
        "ruleIndex": rule_index[f.rule],
        "level": LEVEL[f.severity.value],
        "message": {"text": text},
        "locations": [_location(s, i, fr.path, file_index) for i, s in enumerate(f.evidence)],
        "partialFingerprints": {"claimcheckFindingId/v1": f.id},
        "properties": {"kind": f.kind, "severity": f.severity.value},
    }


def _location(span: Span, i: int, path: str, file_index: int) -> dict:
    end_line, end_column = span_end(span)
    return {
        "id": i,
        "physicalLocation": {
            "artifactLocation": {"uri": file_uri(path), "index": file_index},
            "region": {
                "startLine": span.line,
                "startColumn": span.column,
                "endLine": end_line,
                "endColumn": end_column,
                "charOffset": span.start,
                "charLength": span.end - span.start,
                "snippet": {"text": span.text},
            },
        },
        "message": {"text": f"evidence {i + 1}: {span.text}"},
    }


def file_uri(path: str) -> str:
    """A URI reference for a report path: relative paths stay relative (SARIF consumers
    resolve them against the checkout), absolute ones become file: URIs."""
    if PureWindowsPath(path).drive:
        return PureWindowsPath(path).as_uri()
    posix = path.replace("\\", "/")
    if PurePosixPath(posix).is_absolute():
        return PurePosixPath(posix).as_uri()
    return quote(posix, safe="/-._~")
