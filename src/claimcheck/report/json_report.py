"""JSON: the versioned wire format (schema_version "1"); see docs/report-format.md."""

from __future__ import annotations

import json

from pydantic_core import PydanticSerializationError

from ..facts import Report

__all__ = ["render"]


def render(report: Report, color: bool = False) -> str:
    try:
        return report.model_dump_json(indent=2) + "\n"
    except PydanticSerializationError:
        # text given to the API as a str may hold lone surrogates, which UTF-8 cannot carry:
        # JSON can, as \ud800 escapes
        return json.dumps(report.model_dump(mode="json"), indent=2) + "\n"
