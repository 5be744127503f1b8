"""JSON: the versioned wire format (schema_version "1"); see docs/report-format.md."""

from __future__ import annotations

from ..facts import Report

__all__ = ["render"]


def render(report: Report, color: bool = False) -> str:
    return report.model_dump_json(indent=2) + "\n"
