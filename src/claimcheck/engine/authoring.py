"""Writing rules: starter files (``rules new``), rule pages (``rules show``, ``explain``).

Everything is generated from the kind's class (see :mod:`claimcheck.engine.kinddoc`), so a
kind added tomorrow, or by a plugin, gets a starter file and a page without edits here.
"""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

from ..facts import Severity
from .kinddoc import Param, inline, kind_params, kind_sections, kind_summary
from .kinds import Example, RuleSpec

__all__ = ["RULE_ID", "check_rule_id", "rule_file_for", "starter_rule", "show_rule", "explain_rule",
           "explain_kind", "example_outcome"]

RULE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)*$")


def check_rule_id(rule_id: str) -> str | None:
    """Why ``rule_id`` cannot name a rule file, or None when it can."""
    if not RULE_ID.match(rule_id):
        return (f"{rule_id!r} is not a rule id: use lower-case words with - or _, and / between "
                "folders, like house/unnamed-sources")
    return None


def rule_file_for(rule_id: str, folder: str | Path) -> Path:
    return Path(folder) / f"{rule_id}.yaml"


# --------------------------------------------------------------------------- rules new


def _placeholder(param: Param, schema_type: str) -> object:
    """A value of the right shape for a required parameter the kind gives no starter for."""
    if schema_type.startswith("list"):
        return []
    if schema_type.startswith(("number", "whole number")):
        return 0
    if schema_type.startswith("true or false"):
        return False
    if schema_type.startswith("mapping"):
        return {}
    return "TODO"


def _comment(text: str, indent: str = "") -> list[str]:
    return [f"{indent}# {line}".rstrip() for line in textwrap.wrap(text, 88 - len(indent))] if text else []


def starter_rule(rule_id: str, cls: type[RuleSpec]) -> str:
    """A commented starter rule file for a kind: every parameter with its type, default and
    meaning, and two examples to fill in (one to flag, one that is fine)."""
    placeholders = ", ".join("{" + p + "}" for p in cls.placeholders)
    message = "TODO: say what is wrong" + (f", e.g. with {placeholders}" if placeholders else "")
    out = [f"# {rule_id}: TODO: say in one line what this rule flags.",
           *_comment(f"Kind `{cls.name}`: {kind_summary(cls)} See `claimcheck explain {cls.name}`."),
           "# Test it with `claimcheck rules test` (it runs the examples at the end).",
           f"kind: {cls.name}",
           "severity: warning                # info, warning or error",
           f"message: {json.dumps(message, ensure_ascii=False)}",
           "description: >",
           "  TODO: what the rule flags and why it matters, in a sentence or two for the editor",
           "  who reads the report.",
           "# link: https://example.org/style-guide#this-rule",
           "# include_quotes: true           # false: ignore findings entirely inside quoted speech"]
    params = kind_params(cls)
    if params:
        out += ["", f"# Parameters of `{cls.name}` (commented ones show their default):"]
    for p in params:
        out += _comment(f"{p.description or 'See the kind documentation.'} ({p.type})")
        if p.name in cls.starter:
            out.append(f"{p.name}: {inline(cls.starter[p.name])}")
        elif p.required:
            out.append(f"{p.name}: {inline(_placeholder(p, p.type))}     # TODO: required")
        else:
            out.append(f"# {p.name}: {inline(p.default)}")
    out += ["",
            "examples:",
            "  # A text the rule must flag: `expect` is how many findings, `flags` the words",
            "  # a finding must cover.",
            "  - text: \"TODO: write a sentence this rule must flag.\"",
            "    expect: 1",
            "  # A similar text that is fine:",
            "  - text: \"TODO: write a similar sentence that is fine.\"",
            "    expect: 0",
            ""]
    return "\n".join(out)


# --------------------------------------------------------------------------- rules show


def example_outcome(example: Example) -> str:
    """What an example asks for, in words."""
    if example.expect == 0:
        return "must not be flagged"
    parts = []
    if example.expect is not None:
        parts.append(f"{example.expect} finding{'s' if example.expect != 1 else ''}")
    if example.flags:
        parts.append("covering " + ", ".join(repr(f) for f in example.flags))
    return "must be flagged: " + " ".join(parts)


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(" ".join(text.split()), 88, initial_indent=indent, subsequent_indent=indent)


def show_rule(rule: RuleSpec) -> str:
    """Everything about one rule: common fields, parameters (set or default), examples."""
    cls = type(rule)
    out = [rule.id,
           f"  kind         {rule.name}: {kind_summary(cls)}",
           f"  severity     {Severity(rule.severity).value}",
           f"  enabled      {'yes' if rule.enabled else 'no'}",
           f"  file         {rule.path or '-'}",
           f"  message      {rule.message}",
           f"  link         {rule.link or '-'}",
           f"  quotes       {'checked' if rule.include_quotes else 'ignored (include_quotes: false)'}"]
    if rule.description:
        out += ["  description", _wrap(rule.description, "    ")]
    params = kind_params(cls)
    if params:
        out.append("parameters")
        width = max(len(p.name) for p in params)
        for p in params:
            value = getattr(rule, p.name, None)
            mark = "" if p.required or value != p.default else "   (default)"
            out.append(f"  {p.name:<{width}}  {inline(value)}{mark}")
    out.append(f"examples ({len(rule.examples)})")
    lines = getattr(rule, "_example_lines", []) or []
    for i, ex in enumerate(rule.examples):
        where = f" (line {lines[i]})" if i < len(lines) and lines[i] else ""
        extra = "".join(f", {k} {v}" for k, v in (("date", ex.date), ("format", ex.format if ex.format != "txt" else None)) if v)
        out.append(f"  {i + 1}. {example_outcome(ex)}{extra}{where}")
        out.append(_wrap(ex.text, "     "))
        if ex.note:
            out.append(_wrap(f"note: {ex.note}", "     "))
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- explain


def _section(title: str, body: str) -> list[str]:
    return [f"## {title}", body.strip(), ""] if body and body.strip() else []


def explain_kind(cls: type[RuleSpec]) -> str:
    """The kind's documentation page, with its parameter list."""
    sections = kind_sections(cls)
    out = [f"# {cls.name}", "", kind_summary(cls), ""]
    for title in ("What it does", "Why is this bad?", "Known problems", "Example"):
        out += _section(title, sections.get(title, ""))
    params = kind_params(cls)
    if params:
        out += ["## Options"]
        out += [f"- {p.name} ({p.type}; {'required' if p.required else 'default ' + p.default_text})"
                + (f": {p.description}" if p.description else "") for p in params]
        out.append("")
    if cls.placeholders:
        out += ["Message placeholders: " + ", ".join("{" + p + "}" for p in cls.placeholders), ""]
    return "\n".join(out).rstrip() + "\n"


def explain_rule(rule: RuleSpec) -> str:
    """A rule's page, ruff style: what it flags, why, an example, its options."""
    cls = type(rule)
    sections = kind_sections(cls)
    state = "on" if rule.enabled else "off"
    out = [f"# {rule.id}", "",
           f"Kind `{rule.name}`, severity {Severity(rule.severity).value}, {state}. Message: {rule.message}", ""]
    out += _section("What it flags", rule.description or kind_summary(cls))
    out += _section("How it works", sections.get("What it does", ""))
    out += _section("Why is this bad?", sections.get("Why is this bad?", ""))
    out += _section("Known problems", sections.get("Known problems", ""))
    flagged = [e for e in rule.examples if e.expect != 0]
    clean = [e for e in rule.examples if e.expect == 0]
    if flagged or clean:
        out.append("## Example")
        for title, items in (("Flagged", flagged[:2]), ("Fine", clean[:2])):
            for e in items:
                cover = f" (flags {', '.join(repr(f) for f in e.flags)})" if e.flags else ""
                out += [f"{title}{cover}:", _wrap(e.text, "    ")]
        out.append("")
    params = kind_params(cls)
    if params:
        out.append("## Options")
        out += [f"- {p.name} = {inline(getattr(rule, p.name, None))}" + (f": {p.description}" if p.description else "")
                for p in params]
        out.append("")
    if rule.link:
        out += ["## References", rule.link, ""]
    if rule.path:
        out += [f"Defined in {rule.path}."]
    return "\n".join(out).rstrip() + "\n"
