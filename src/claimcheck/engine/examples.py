"""Run a rule file's own examples (LanguageTool style): each is a test of the rule.

An example passes when the rule reports exactly ``expect`` findings on its text (if given)
and every text in ``flags`` lies inside some finding's evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..document import document_from_text
from ..facts import Finding
from .kinds import Example, RuleSpec
from .run import run_rules

__all__ = ["ExampleResult", "run_examples", "judge_example", "failure_report"]


@dataclass
class ExampleResult:
    rule: str
    index: int
    example: Example
    findings: list[Finding] = field(default_factory=list)
    problem: str | None = None
    line: int | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def judge_example(example: Example, findings: list[Finding]) -> str | None:
    """What is wrong with these findings for this example, or None when it passes."""
    problems = []
    if example.expect is not None and len(findings) != example.expect:
        got = "; ".join(f"{f.message} [{', '.join(repr(s.text) for s in f.evidence)}]" for f in findings) or "nothing"
        problems.append(f"expected {example.expect} finding(s), found {len(findings)}: {got}")
    for flag in example.flags:
        if not any(flag in s.text for f in findings for s in f.evidence):
            problems.append(f"expected a finding covering {flag!r}, none does")
    return "; ".join(problems) or None


def run_examples(rule: RuleSpec, model: str | None = None) -> list[ExampleResult]:
    """Run every example of one rule through the whole pipeline (needs the spaCy model)."""
    from ..api import facts_for_document
    from ..nlp import analyse

    results = []
    lines = getattr(rule, "_example_lines", []) or []
    probe = rule.model_copy(update={"enabled": True})
    for i, example in enumerate(rule.examples):
        fmt = "md" if example.format in ("md", "markdown") else "txt"
        document = document_from_text(example.text, f"{rule.id}#example{i + 1}", fmt)
        chunks = analyse(document.analysis, model)
        facts = facts_for_document(document, chunks, [probe], article_date=example.date)
        quotes = list(zip(document._quote_starts, document._quote_ends))
        findings = run_rules([probe], facts, quotes)
        results.append(ExampleResult(rule.id, i, example, findings, judge_example(example, findings),
                                     lines[i] if i < len(lines) else None))
    return results


def failure_report(result: ExampleResult, path: str | None = None) -> str:
    """A failing example for a person: where it is, its text, what was expected and found."""
    from .authoring import example_outcome

    where = f" ({path}:{result.line})" if path and result.line else (f" ({path})" if path else "")
    text = " ".join(result.example.text.split())
    found = [f"{f.message} [{', '.join(repr(s.text) for s in f.evidence)}]" for f in result.findings]
    lines = [f"FAIL {result.rule}, example {result.index + 1}{where}",
             f"  text:     {text[:300]}{'…' if len(text) > 300 else ''}",
             f"  expected: {example_outcome(result.example)}",
             f"  found:    {found[0] if found else 'nothing'}"]
    lines += [f"            {f}" for f in found[1:]]
    lines.append(f"  problem:  {result.problem}")
    return "\n".join(lines)
