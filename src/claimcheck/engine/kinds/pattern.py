"""Kind ``pattern``: a construction described with spaCy token or dependency patterns.

## What it does
Flags every stretch of the article that one of the rule's patterns matches. ``patterns``
are spaCy ``Matcher`` token patterns (one mapping per token: ``LOWER``, ``LEMMA``, ``POS``,
``DEP``, ``ENT_TYPE``, ``OP``, ``IN``, ``REGEX`` ...); ``dependency_patterns`` are
``DependencyMatcher`` patterns (``RIGHT_ID``, ``RIGHT_ATTRS``, ``LEFT_ID``, ``REL_OP``)
for words linked in the parse however far apart they stand.

## Why is this bad?
That depends on the rule: the kind lets an editor describe a construction their desk has
learnt to distrust ("probably definitely", an unnamed "sources said") without writing
Python. The rule's ``description`` says why it matters.

## Known problems
Patterns see the small English model's tags and parse, which are wrong now and then;
prefer ``LOWER``/``LEMMA`` over ``POS``/``DEP`` where you can. A pattern matches inside
quoted speech too unless the rule sets ``include_quotes: false``. Overlapping matches of
one rule are reported once, as the longest.

## Example
With ``patterns: [[{LOWER: {IN: [possibly, probably]}}, {LOWER: {IN: [definitely, certainly]}}]]``
flagged: ``The launch will probably definitely slip.``
clean: ``The launch will probably slip.``

## Options
``patterns``: a list of token patterns. ``dependency_patterns``: a list of dependency
patterns. Both are checked against spaCy's own pattern schema when the rule is loaded.
"""

from __future__ import annotations

import difflib
import re
from typing import Any, ClassVar, Iterator, Literal

from pydantic import Field, model_validator

from ...facts import FactSheet, Hit
from .base import RuleSpec

__all__ = ["Pattern"]

TokenPattern = list[dict[str, Any]]


class Pattern(RuleSpec):
    """Flags a construction written as spaCy Matcher/DependencyMatcher patterns."""

    name: ClassVar[str] = "pattern"
    needs: ClassVar[frozenset[str]] = frozenset({"patterns"})
    placeholders: ClassVar[tuple[str, ...]] = ("match", "pattern")
    starter: ClassVar[dict] = {
        "patterns": [[{"LOWER": {"IN": ["possibly", "probably"]}}, {"LOWER": {"IN": ["definitely", "certainly"]}}]],
    }

    kind: Literal["pattern"] = "pattern"
    patterns: list[TokenPattern] = Field(
        default_factory=list,
        description="spaCy Matcher token patterns: a list of patterns, each a list of token mappings.",
    )
    dependency_patterns: list[list[dict[str, Any]]] = Field(
        default_factory=list,
        description="spaCy DependencyMatcher patterns (RIGHT_ID, RIGHT_ATTRS, LEFT_ID, REL_OP).",
    )

    @model_validator(mode="after")
    def _some_pattern(self) -> "Pattern":
        if not self.patterns and not self.dependency_patterns:
            raise ValueError("a pattern rule needs `patterns` or `dependency_patterns`")
        for field in ("patterns", "dependency_patterns"):
            for i, p in enumerate(getattr(self, field)):
                if not p:
                    raise ValueError(f"`{field}[{i}]` is empty; a pattern lists at least one token")
        return self

    def pattern_sets(self) -> list:
        from ...extract.context import PatternSet

        return [PatternSet(self.id, tuple(self.patterns), tuple(self.dependency_patterns), "LONGEST")]

    def check(self, facts: FactSheet) -> Iterator[Hit]:
        why = _first_sentence(self.description)
        for m in facts.patterns:
            if m.rule != self.id:
                continue
            which = ("dependency pattern " + str(m.pattern - len(self.patterns) + 1)
                     if m.pattern >= len(self.patterns) else "pattern " + str(m.pattern + 1))
            words = f" (words: {', '.join(repr(t.text) for t in m.tokens)})" if m.tokens else ""
            yield Hit(
                evidence=[m.span],
                explanation=f"\"{m.span.text}\" (line {m.span.line}) matches {which} of this rule{words}."
                            + (f" {why}" if why else ""),
                values={"match": m.span.text, "pattern": str(m.pattern + 1)},
            )

    # ----------------------------------------------------------------- validation with spaCy

    def deep_errors(self) -> list[tuple[tuple, str]]:
        """Check every pattern against spaCy's schema (imports spaCy)."""
        from spacy.schemas import validate_token_pattern

        problems: list[tuple[tuple, str]] = []
        for i, pattern in enumerate(self.patterns):
            problems += _schema_problems(validate_token_pattern(pattern), ("patterns", i), f"patterns[{i}]")
        for i, pattern in enumerate(self.dependency_patterns):
            problems += _dependency_problems(pattern, i, validate_token_pattern)
        return problems


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    m = re.match(r"(.+?[.!?])(\s|$)", text)
    return m.group(1) if m else text


_LOC = re.compile(r"^\[pattern(?: -> (\d+))?(?: -> (.*?))?\] (.*)$")


def _known_attributes() -> list[str]:
    from spacy.schemas import TokenPattern as SpacyTokenPattern

    return [f.alias or n for n, f in SpacyTokenPattern.model_fields.items()]


def _schema_problems(messages: list[str], loc: tuple, where: str) -> list[tuple[tuple, str]]:
    """spaCy's ``[pattern -> 0 -> FOO] Extra inputs...`` as plain words, one per token attribute."""
    out: list[tuple[tuple, str]] = []
    seen: set[tuple] = set()
    for msg in messages:
        m = _LOC.match(msg)
        if not m:
            out.append((loc, f"`{where}`: {msg}"))
            continue
        token, path, text = m.group(1), m.group(2), m.group(3)
        attr = path.split(" -> ")[0] if path else None
        key = (token, attr)
        if key in seen:
            continue
        seen.add(key)
        here = loc + ((int(token),) if token is not None else ()) + ((attr,) if attr else ())
        who = f"`{where}`" + (f", token {int(token) + 1}" if token is not None else "")
        if text.startswith("Extra inputs") and attr:
            close = difflib.get_close_matches(attr.upper(), _known_attributes(), n=1)
            hint = f" (did you mean `{close[0]}`?)" if close else ""
            out.append((here, f"{who}: `{attr}` is not a token attribute spaCy knows{hint}"))
        elif text.startswith("Input should be a valid list") and token is None:
            out.append((here, f"{who}: a pattern is a list of token mappings, like [{{LOWER: word}}]"))
        elif text.startswith("Input should be a valid dictionary"):
            out.append((here, f"{who}: each token is a mapping of attributes, like {{LOWER: word}}"))
        else:
            detail = f", `{attr}`" if attr else ""
            out.append((here, f"{who}{detail}: {text}"))
    return out


def _dependency_problems(pattern: list, i: int, validate) -> list[tuple[tuple, str]]:
    from spacy.matcher import DependencyMatcher
    from spacy.vocab import Vocab

    where = f"dependency_patterns[{i}]"
    problems: list[tuple[tuple, str]] = []
    for j, node in enumerate(pattern):
        attrs = node.get("RIGHT_ATTRS") if isinstance(node, dict) else None
        if isinstance(attrs, dict):
            for loc, reason in _schema_problems(validate([attrs]), ("dependency_patterns", i, j, "RIGHT_ATTRS"),
                                                f"{where}[{j}].RIGHT_ATTRS"):
                problems.append((loc, reason.replace(", token 1", "")))
    if problems:
        return problems
    try:
        DependencyMatcher(Vocab(), validate=True).add("check", [pattern])
    except (ValueError, KeyError, TypeError) as exc:
        text = re.sub(r"^\[E\d+\]\s*", "", str(exc).strip()).splitlines()[0]
        problems.append((("dependency_patterns", i), f"`{where}`: {text}"))
    return problems
