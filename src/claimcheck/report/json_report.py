"""JSON: the versioned wire format (schema_version "1"); see docs/report-format.md."""

from __future__ import annotations

import json

from pydantic_core import PydanticSerializationError

from ..facts import Report

__all__ = ["render", "json_schema"]

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def render(report: Report, color: bool = False) -> str:
    try:
        return report.model_dump_json(indent=2) + "\n"
    except PydanticSerializationError:
        # text given to the API as a str may hold lone surrogates, which UTF-8 cannot carry:
        # JSON can, as \ud800 escapes
        return json.dumps(report.model_dump(mode="json"), indent=2) + "\n"


def json_schema() -> dict:
    """The JSON Schema of the report, generated from the pydantic models (what
    ``claimcheck schema`` prints; docs/report-format.md describes each field)."""
    schema = Report.model_json_schema(mode="serialization")
    return {"$schema": JSON_SCHEMA_DIALECT, "title": "claimcheck report", **{k: v for k, v in schema.items() if k != "title"}}
