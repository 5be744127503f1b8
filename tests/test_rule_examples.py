"""Every shipped rule file's examples run as tests (LanguageTool / proselint style)."""

import pytest

from claimcheck.engine.examples import run_examples
from claimcheck.engine.loader import load_rules

RULES = load_rules().rules


def test_every_rule_has_positive_and_negative_examples():
    for rule in RULES:
        assert any((e.expect or 0) > 0 or e.flags for e in rule.examples), f"{rule.id}: no example that must be flagged"
        assert any(e.expect == 0 for e in rule.examples), f"{rule.id}: no example with expect: 0"


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_examples(rule):
    failures = [f"example {r.index + 1} (line {r.line}): {r.problem}" for r in run_examples(rule) if not r.ok]
    assert not failures, "\n".join(failures)
