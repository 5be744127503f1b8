"""The common part of every rule: what a rule file may say whatever its kind.

A rule kind is a subclass of :class:`RuleSpec` that adds its parameters (pydantic fields,
defaults live only there) and implements :meth:`RuleSpec.check`. A rule file is an
instance of a kind. Kinds read the :class:`FactSheet` only and return :class:`Hit`
objects; the engine turns hits into findings (severity, message, stable id, suppression).
"""

from __future__ import annotations

import string
import datetime as dt
from typing import ClassVar, Iterator

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from ...facts import FactSheet, Hit, Severity

__all__ = ["RuleSpec", "Example", "message_fields", "quick_load", "QUICK_LOAD"]

#: the validation context of a quick load (``rules list``): validators that need a heavy
#: library (pint for units) skip their check; ``check`` and ``rules test`` load fully
QUICK_LOAD = {"quick": True}


def quick_load(info) -> bool:
    """True when a rule is validated for a quick listing (see QUICK_LOAD)."""
    return bool(info.context and info.context.get("quick"))


class Example(BaseModel):
    """A test case shipped inside a rule file (LanguageTool style).

    ``expect`` is the number of findings this rule must report on ``text``; ``flags`` lists
    texts that some finding's evidence must cover (each must appear in the evidence).
    """

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    expect: int | None = Field(default=None, ge=0)
    flags: list[str] = Field(default_factory=list)
    date: dt.date | None = None
    format: str = "txt"
    note: str | None = None

    @model_validator(mode="after")
    def _expect_or_flags(self) -> "Example":
        if self.expect is None:
            if not self.flags:
                raise ValueError("an example needs `expect` (how many findings) or `flags` (what they must cover)")
            self.expect = None
        if self.expect == 0 and self.flags:
            raise ValueError("`expect: 0` with `flags` cannot both hold")
        return self


def message_fields(template: str) -> set[str]:
    """The {placeholders} a message template uses."""
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


class RuleSpec(BaseModel):
    """Fields every rule file has; kinds add their own parameters."""

    model_config = ConfigDict(extra="forbid")

    kind: str
    id: str = ""
    severity: Severity = Severity.warning
    message: str
    description: str = ""
    link: str | None = None
    enabled: bool = True
    include_quotes: bool = Field(
        default=True,
        description="Report hits whose evidence lies entirely inside quoted speech.",
    )
    examples: list[Example] = Field(default_factory=list)

    # set by the loader, not by the file
    path: str | None = Field(default=None, exclude=True)
    _example_lines: list[int] = PrivateAttr(default_factory=list)

    #: the kind's name in rule files
    name: ClassVar[str] = ""
    #: the fact families the kind reads (extraction runs only what loaded rules need)
    needs: ClassVar[frozenset[str]] = frozenset()
    #: the placeholders a message may use
    placeholders: ClassVar[tuple[str, ...]] = ()
    #: parameter values `claimcheck rules new` writes into a starter file (else from the schema)
    starter: ClassVar[dict] = {}

    @field_validator("message")
    @classmethod
    def _known_placeholders(cls, value: str) -> str:
        try:
            used = message_fields(value)
        except ValueError as exc:
            raise ValueError(f"message template is malformed ({exc}); write literal braces as {{{{ }}}}") from None
        unknown = sorted(used - set(cls.placeholders))
        if unknown:
            allowed = ", ".join("{" + p + "}" for p in cls.placeholders) or "none"
            raise ValueError(f"message uses unknown placeholder(s) {', '.join('{' + u + '}' for u in unknown)}; this kind offers {allowed}")
        return value

    def check(self, facts: FactSheet) -> Iterator[Hit]:  # pragma: no cover - abstract
        raise NotImplementedError

    def unchecked_without_date(self, facts: FactSheet) -> list[str]:
        """What this rule could not check because the article's date is unknown (for the
        report's note); kinds that count from "now" override it."""
        return []

    def term_lists(self) -> list:
        """Term lists this rule wants extracted as term facts (see quantity kinds)."""
        return []

    def pattern_sets(self) -> list:
        """spaCy patterns this rule wants matched at extraction (see the pattern kind)."""
        return []

    def variant_groups(self) -> list[tuple[str, ...]]:
        """Forms this rule declares to be one term ("adviser", "advisor"; see term-variants)."""
        return []

    def deep_errors(self) -> list[tuple[tuple, str]]:
        """Checks that need a heavy library (spaCy's pattern schema): (location, reason) pairs.

        The loader runs them unless a quick load was asked for (``rules list``).
        """
        return []
