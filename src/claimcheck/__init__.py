"""claimcheck: find where a news article contradicts itself or its sources.

The public API::

    from claimcheck import check_file, check_text, load_rules
    report = check_text("Andrea Iervolino produces it. Domenico Iervolino said so.")
    for finding in report.findings:
        print(finding.message, [s.text for s in finding.evidence])
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import check_documents, check_file, check_text
from .document import Document, InputError, document_from_text, load_document
from .engine.loader import RuleLoadError, RuleSet, load_rules
from .facts import (
    Claim,
    Entity,
    FactSheet,
    FileReport,
    Finding,
    Mention,
    Quantity,
    Report,
    Sentence,
    Severity,
    Span,
    TermFact,
    TimeExpr,
)
from .nlp import ModelError

__all__ = [
    "__version__",
    "check_text",
    "check_file",
    "check_documents",
    "load_rules",
    "load_document",
    "document_from_text",
    "Document",
    "InputError",
    "ModelError",
    "RuleLoadError",
    "RuleSet",
    "Claim",
    "Entity",
    "FactSheet",
    "FileReport",
    "Finding",
    "Mention",
    "Quantity",
    "Report",
    "Sentence",
    "Severity",
    "Span",
    "TermFact",
    "TimeExpr",
]
