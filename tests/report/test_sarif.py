"""report/sarif.py: SARIF 2.1.0 structure, one result per finding, a region per span."""

import json

import jsonschema
import pytest

from conftest import run_cli
from sample_reports import NAMES_TEXT, file_report, names_report, report

from claimcheck.facts import FileReport
from claimcheck.report import render

# The parts of the SARIF 2.1.0 schema (sarif-schema-2.1.0.json, OASIS) that a consumer
# relies on: required properties, types and enumerations, transcribed rather than fetched.
_REGION = {
    "type": "object",
    "required": ["startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength"],
    "properties": {
        "startLine": {"type": "integer", "minimum": 1},
        "startColumn": {"type": "integer", "minimum": 1},
        "endLine": {"type": "integer", "minimum": 1},
        "endColumn": {"type": "integer", "minimum": 1},
        "charOffset": {"type": "integer", "minimum": -1},
        "charLength": {"type": "integer", "minimum": 0},
        "snippet": {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}},
    },
}
_MESSAGE = {"type": "object", "anyOf": [{"required": ["text"]}, {"required": ["id"]}],
            "properties": {"text": {"type": "string"}}}
_ARTIFACT_LOCATION = {"type": "object", "properties": {"uri": {"type": "string", "format": "uri-reference"},
                                                        "index": {"type": "integer", "minimum": -1}}}
SARIF_MINIMAL_SCHEMA = {
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "$schema": {"type": "string", "format": "uri"},
        "version": {"const": "2.1.0"},
        "runs": {"type": "array", "items": {
            "type": "object",
            "required": ["tool"],
            "properties": {
                "tool": {"type": "object", "required": ["driver"], "properties": {"driver": {
                    "type": "object", "required": ["name"],
                    "properties": {"name": {"type": "string"}, "version": {"type": "string"},
                                   "rules": {"type": "array", "uniqueItems": True, "items": {
                                       "type": "object", "required": ["id"],
                                       "properties": {"id": {"type": "string"}, "shortDescription": _MESSAGE,
                                                      "helpUri": {"type": "string", "format": "uri"}}}}}}}},
                "artifacts": {"type": "array", "items": {"type": "object", "properties": {"location": _ARTIFACT_LOCATION}}},
                "invocations": {"type": "array", "items": {"type": "object", "required": ["executionSuccessful"],
                                                           "properties": {"executionSuccessful": {"type": "boolean"}}}},
                "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
                "results": {"type": "array", "items": {
                    "type": "object",
                    "required": ["message"],
                    "properties": {
                        "ruleId": {"type": "string"},
                        "ruleIndex": {"type": "integer", "minimum": -1},
                        "level": {"enum": ["none", "note", "warning", "error"]},
                        "kind": {"enum": ["notApplicable", "pass", "fail", "review", "open", "informational"]},
                        "message": _MESSAGE,
                        "locations": {"type": "array", "items": {"type": "object", "properties": {
                            "id": {"type": "integer", "minimum": -1},
                            "message": _MESSAGE,
                            "physicalLocation": {"type": "object", "required": ["artifactLocation", "region"],
                                                 "properties": {"artifactLocation": _ARTIFACT_LOCATION,
                                                                "region": _REGION}}}}},
                        "partialFingerprints": {"type": "object", "additionalProperties": {"type": "string"}},
                        "suppressions": {"type": "array", "items": {"type": "object", "required": ["kind"]}},
                    },
                }},
            },
        }},
    },
}


def check_sarif(log: dict, texts: dict[str, str], findings_per_file: dict[str, list[dict]]) -> None:
    """Schema structure, then what the schema cannot say: regions point at the evidence."""
    jsonschema.validate(log, SARIF_MINIMAL_SCHEMA)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    uris = [a["location"]["uri"] for a in run["artifacts"]]
    results = [r for r in run["results"] if "suppressions" not in r]
    assert len(results) == sum(len(v) for v in findings_per_file.values())
    expected = [(uri, f) for uri, fs in findings_per_file.items() for f in fs]
    for result, (uri, f) in zip(results, expected):
        assert result["ruleId"] == f["rule"] == rules[result["ruleIndex"]]["id"]
        assert result["partialFingerprints"]["claimcheckFindingId/v1"] == f["id"]
        assert len(result["locations"]) == len(f["evidence"])  # every span, not just the first
        text = texts[uri]
        for loc, span in zip(result["locations"], f["evidence"]):
            phys = loc["physicalLocation"]
            assert uris[phys["artifactLocation"]["index"]] == phys["artifactLocation"]["uri"] == uri
            region = phys["region"]
            start, length = region["charOffset"], region["charLength"]
            assert text[start:start + length] == span["text"] == region["snippet"]["text"]
            lines = text.splitlines(keepends=True)
            assert lines[region["startLine"] - 1][region["startColumn"] - 1:].startswith(span["text"].splitlines()[0])
            end_line = lines[region["endLine"] - 1]
            line_start = sum(len(x) for x in lines[: region["endLine"] - 1])
            assert line_start + region["endColumn"] - 1 == start + length
            assert end_line  # the end line exists


def test_hand_built_report_is_valid_sarif():
    rep = names_report("articles/festival.txt")
    log = json.loads(render(rep, "sarif"))
    assert log["runs"][0]["columnKind"] == "unicodeCodePoints"
    findings = [f.model_dump(mode="json") for f in rep.files[0].findings]
    check_sarif(log, {"articles/festival.txt": NAMES_TEXT}, {"articles/festival.txt": findings})
    levels = {r["ruleId"]: r["level"] for r in log["runs"][0]["results"]}
    assert levels == {"names/name-variants": "warning", "numbers/budget": "error"}


def test_file_errors_and_odd_paths():
    rep = names_report("my articles/día 1.txt")
    rep = report(rep.files[0], FileReport(path="/abs/bad.txt", error="/abs/bad.txt: not valid UTF-8"))
    log = json.loads(render(rep, "sarif"))
    jsonschema.validate(log, SARIF_MINIMAL_SCHEMA)
    run = log["runs"][0]
    assert [a["location"]["uri"] for a in run["artifacts"]] == ["my%20articles/d%C3%ADa%201.txt", "file:///abs/bad.txt"]
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "not valid UTF-8" in invocation["toolExecutionNotifications"][0]["message"]["text"]


def test_suppressed_findings_are_marked_suppressed():
    rep = names_report()
    fr = rep.files[0]
    rep = report(file_report(fr.path, fr.text, fr.findings[:1], suppressed=fr.findings[1:]))
    results = json.loads(render(rep, "sarif"))["runs"][0]["results"]
    assert [("suppressions" in r) for r in results] == [False, True]


@pytest.mark.model
def test_seed_article_sarif_passes_structural_validation(seed_path):
    r = run_cli("check", str(seed_path), "--format", "sarif")
    assert r.returncode == 1, r.stderr
    log = json.loads(r.stdout)
    findings = json.loads(run_cli("check", str(seed_path), "--format", "json").stdout)["files"][0]["findings"]
    assert findings
    text = seed_path.read_text(encoding="utf-8")
    uri = log["runs"][0]["artifacts"][0]["location"]["uri"]
    check_sarif(log, {uri: text}, {uri: findings})
