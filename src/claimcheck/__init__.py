"""claimcheck: find where a news article contradicts itself or its sources.

The public API::

    from claimcheck import check_file, check_text, load_rules
    report = check_text("Andrea Iervolino produces it. Domenico Iervolino said so.")
    for finding in report.findings:
        print(finding.message, [s.text for s in finding.evidence])
"""

from __future__ import annotations

__version__ = "0.1.0"

# The names below are imported on first use (PEP 562), so that `claimcheck --version` and
# `claimcheck rules list` do not pay for the whole library (pint, every kind, the evidence).
_LAZY = {
    "check_documents": "api", "check_file": "api", "check_text": "api",
    "Document": "document", "InputError": "document", "document_from_text": "document",
    "load_document": "document",
    "RuleLoadError": "engine.loader", "RuleSet": "engine.loader", "load_rules": "engine.loader",
    "Claim": "facts", "Entity": "facts", "FactSheet": "facts", "FileReport": "facts", "Finding": "facts",
    "Mention": "facts", "Quantity": "facts", "Report": "facts", "Sentence": "facts", "Severity": "facts",
    "Span": "facts", "TermFact": "facts", "TimeExpr": "facts",
    "ModelError": "nlp",
}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


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
