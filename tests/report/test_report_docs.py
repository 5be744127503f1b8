"""docs/report-format.md describes every field of the JSON report's schema."""

import re

from conftest import ROOT

from claimcheck.report.json_report import json_schema

DOC = ROOT / "docs" / "report-format.md"


def _sections() -> dict[str, set[str]]:
    """Heading word (Report, ToolInfo, …) → the fields its table lists."""
    out: dict[str, set[str]] = {}
    current = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^### (\w+)", line)
        if heading:
            current = heading.group(1)
            out[current] = set()
        row = re.match(r"^\| `(\w+)` \|", line)
        if row and current:
            out[current].add(row.group(1))
    return out


def test_every_schema_field_is_documented_in_its_section():
    schema = json_schema()
    sections = _sections()
    models = {"Report": schema, **{name: d for name, d in schema["$defs"].items() if "properties" in d}}
    for name, model in models.items():
        assert name in sections, f"docs/report-format.md has no section for {name}"
        assert set(model["properties"]) == sections[name], name
