"""Inline suppression comments in Markdown/HTML articles.

    <!-- claimcheck-disable names/name-variants -->      off from here ...
    <!-- claimcheck-enable names/name-variants -->       ... to here (else to the end)
    <!-- claimcheck-disable-next-line terms/* -->        the next line that is not blank
    <!-- claimcheck-disable-line -->                     the line the comment stands on

RULE is a rule id, a glob (``names/*``) or a kind name; several may be given, separated by
spaces or commas; none means every rule. A finding is suppressed when any of its evidence
spans starts where a directive applies. Suppressed findings are kept (and counted) in the
report, not dropped. A directive that names no loaded rule, or an unknown
``claimcheck-...`` word, becomes a note in the report rather than passing silently.
"""

from __future__ import annotations

import difflib
import fnmatch
import re
from dataclasses import dataclass, field
from typing import Iterable

from ..facts import Finding

__all__ = ["Suppressions", "parse_directives", "DIRECTIVES"]

DIRECTIVES = ("disable", "enable", "disable-next-line", "disable-line")
_DIRECTIVE = re.compile(r"^claimcheck-([a-z-]+)(?:\s+(.*))?$", re.S)


@dataclass
class _Region:
    start: int  # original-text offsets
    end: int | None
    rules: tuple[str, ...]
    line: int  # where the directive stands


@dataclass
class Suppressions:
    """Where rules are switched off in one article, and the baseline's accepted ids."""

    regions: list[_Region] = field(default_factory=list)
    lines: dict[int, list[tuple[tuple[str, ...], int]]] = field(default_factory=dict)
    accepted: dict[str, str] = field(default_factory=dict)  # finding id → where it was accepted
    notes: list[str] = field(default_factory=list)

    def reason(self, finding: Finding) -> str | None:
        """Why this finding is suppressed, or None when it is reported."""
        if finding.id in self.accepted:
            return self.accepted[finding.id]
        for span in finding.evidence:
            for rules, line in self.lines.get(span.line, ()):
                if _applies(rules, finding):
                    return f"claimcheck-disable comment on line {line}"
            for r in self.regions:
                if r.start <= span.start and (r.end is None or span.start < r.end) and _applies(r.rules, finding):
                    return f"claimcheck-disable comment on line {r.line}"
        return None


def _applies(rules: tuple[str, ...], finding: Finding) -> bool:
    return not rules or any(fnmatch.fnmatchcase(finding.rule, p) or p == finding.kind for p in rules)


def parse_directives(comments: Iterable, text: str, known_rules: Iterable[str] = (),
                     known_kinds: Iterable[str] = ()) -> Suppressions:
    """Read the claimcheck directives among an article's HTML comments.

    comments: :class:`claimcheck.document.Comment` objects (offsets into ``text``).
    known_rules, known_kinds: what a directive may name; others give a note.
    """
    known_rules, known_kinds = list(known_rules), set(known_kinds)
    out = Suppressions()
    lines = text.splitlines()
    for c in comments:
        m = _DIRECTIVE.match(c.body.strip())
        if not m:
            continue
        verb = m.group(1)
        rules = tuple(p for p in re.split(r"[\s,]+", (m.group(2) or "").strip()) if p)
        if verb not in DIRECTIVES:
            close = difflib.get_close_matches(verb, DIRECTIVES, n=1)
            hint = f" (did you mean claimcheck-{close[0]}?)" if close else ""
            out.notes.append(f"line {c.line}: unknown directive claimcheck-{verb}{hint}; it was ignored")
            continue
        for p in rules:
            if known_rules and p not in known_kinds and not any(fnmatch.fnmatchcase(r, p) for r in known_rules):
                close = difflib.get_close_matches(p, known_rules, n=1)
                hint = f" (did you mean {close[0]}?)" if close else ""
                out.notes.append(f"line {c.line}: claimcheck-{verb} names {p!r}, which matches no rule{hint}")
        end_line = c.line + c.body.count("\n")
        if verb == "disable":
            out.regions.append(_Region(c.end, None, rules, c.line))
        elif verb == "enable":
            open_regions = [r for r in out.regions if r.end is None and (not rules or r.rules == rules)]
            if not open_regions:
                out.notes.append(f"line {c.line}: claimcheck-enable {' '.join(rules)} has no claimcheck-disable to end".replace("  ", " "))
            for r in open_regions:
                r.end = c.start
        elif verb == "disable-line":
            out.lines.setdefault(c.line, []).append((rules, c.line))
        else:  # disable-next-line: the next line that is not blank
            target = end_line + 1
            while target <= len(lines) and not lines[target - 1].strip():
                target += 1
            out.lines.setdefault(target, []).append((rules, c.line))
    return out
