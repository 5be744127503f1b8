"""Apply rules to a FactSheet: the shared work no kind should repeat.

The engine asks each enabled rule for hits, drops hits that lie entirely in quoted speech
when the rule says so, fills in severity and message, gives each finding a stable id, and
sorts findings by position. Suppressions and severity overrides hook in here too.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Iterable

from ..facts import FactSheet, Finding, Hit, Severity, Span
from .kinds import RuleSpec
from .suppress import Suppressions

__all__ = ["run_rules", "finding_id", "format_message", "apply_suppressions"]


class _Keep(dict):
    """format_map helper: unknown placeholders stay as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def format_message(template: str, values: dict[str, str]) -> str:
    try:
        return template.format_map(_Keep(values))
    except (ValueError, IndexError, AttributeError):
        return template


def finding_id(rule_id: str, evidence: list[Span]) -> str:
    """A stable id: the rule and the evidence texts, not their offsets (edits elsewhere in
    the file do not change it)."""
    key = rule_id + "\x1f" + "\x1f".join(s.text for s in evidence)
    # surrogatepass: a str from the API may hold lone surrogates, and they get an id too
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def _in_quotes(span: Span, quotes: list[tuple[int, int]]) -> bool:
    return any(s <= span.start and span.end <= e for s, e in quotes)


def run_rules(rules: Iterable[RuleSpec], facts: FactSheet,
              quotes: list[tuple[int, int]] | None = None) -> list[Finding]:
    """Run every enabled rule over one FactSheet.

    rules (Iterable[RuleSpec]): the rules to apply (disabled ones are skipped).
    facts (FactSheet): the article's facts.
    quotes (list[tuple[int, int]]): quoted stretches of the original text, for the guard.
    RETURNS (list[Finding]): findings sorted by position, ids unique.
    """
    quotes = quotes or []
    findings: list[Finding] = []
    for rule in rules:
        if not rule.enabled:
            continue
        for hit in rule.check(facts):
            if not rule.include_quotes and hit.evidence and all(_in_quotes(s, quotes) for s in hit.evidence):
                continue
            findings.append(_finding(rule, hit))
    findings.sort(key=lambda f: (f.evidence[0].start if f.evidence else 0, f.rule, f.id))
    counts: Counter[str] = Counter()
    for f in findings:
        counts[f.id] += 1
        if counts[f.id] > 1:
            f.id = f"{f.id}-{counts[f.id]}"
    return findings


def _finding(rule: RuleSpec, hit: Hit) -> Finding:
    severity = rule.severity
    if hit.severity is not None and hit.severity.rank < severity.rank:
        severity = hit.severity
    evidence = sorted(hit.evidence, key=lambda s: (s.start, s.end))
    return Finding(
        id=finding_id(rule.id, evidence),
        rule=rule.id,
        kind=rule.name,
        severity=Severity(severity),
        message=format_message(rule.message, hit.values),
        explanation=hit.explanation,
        evidence=evidence,
        link=rule.link,
    )


def apply_suppressions(findings: list[Finding], suppressions: Suppressions | None) -> tuple[list[Finding], list[Finding]]:
    """Split findings into (reported, suppressed); a suppressed one says why in ``suppressed_by``.

    Severity overrides and rule switches from the configuration are applied to the rules
    before they run (:func:`claimcheck.config.apply_config`); inline comments and the
    baseline act here, on the findings, so nothing is dropped without being counted.
    """
    if suppressions is None:
        return findings, []
    kept: list[Finding] = []
    suppressed: list[Finding] = []
    for f in findings:
        why = suppressions.reason(f)
        if why:
            f.suppressed_by = why
            suppressed.append(f)
        else:
            kept.append(f)
    return kept, suppressed
