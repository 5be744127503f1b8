"""The public door: the names claimcheck exports are pinned (httpx's test_exported_members)."""

import claimcheck


def test_exported_members_are_pinned():
    assert set(claimcheck.__all__) == {
        "__version__", "check_text", "check_file", "check_documents", "load_rules",
        "load_document", "document_from_text", "Document", "InputError", "ModelError",
        "RuleLoadError", "RuleSet", "Claim", "Entity", "FactSheet", "FileReport", "Finding",
        "Mention", "Quantity", "Report", "Sentence", "Severity", "Span", "TermFact", "TimeExpr",
    }
    for name in claimcheck.__all__:
        assert hasattr(claimcheck, name), name
