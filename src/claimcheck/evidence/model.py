"""What a file under sources/ may say: fact sheets (YAML) and source-text front matter.

Flexible in, strict out: a sheet writes values as people do ("371 days", 4 with a unit,
2016-04-01, "2023-09") and the loader turns them into :class:`claimcheck.facts.SourceFact`
records. Unknown fields are errors, so a misspelt ``valid_untill`` fails loudly.

A fact sheet::

    entity: Scott Kelly
    type: person
    aliases: [Scott J. Kelly]
    source: {title: "...", url: "https://...", retrieved: 2025-06-01}
    facts:
      - property: spaceflights
        value: 4
        unit: spaceflight
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, field_validator, model_validator

from .values import parse_measure, parse_when

__all__ = ["CitationSpec", "FactSpec", "SheetSpec", "TextMeta", "ENTITY_TYPES", "TRUST_LEVELS"]

ENTITY_TYPES = ("person", "org", "record", "place", "work", "event", "thing")
TRUST_LEVELS = ("high", "medium", "low")

Value = dt.date | int | float | str


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class CitationSpec(_Spec):
    """The source of a fact: enough for an editor to find it again."""

    title: str = Field(min_length=1)
    url: str | None = None
    retrieved: dt.date | None = None
    published: dt.date | None = None
    trust: Literal["high", "medium", "low"] = "high"

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value


class FactSpec(_Spec):
    """One property of the sheet's entity, with its value and when it holds."""

    property: str = Field(min_length=1)
    value: Value
    kind: Literal["auto", "number", "date", "text"] = "auto"  # "date" for a bare year: 1999
    unit: str | None = None
    low: Value | None = None
    high: Value | None = None
    tolerance: float | None = Field(default=None, gt=0, lt=1)
    terms: list[str] = Field(default_factory=list)
    value_aliases: list[str] = Field(default_factory=list)
    cumulative: bool = False
    holder: str | None = None
    valid_from: Value | None = Field(default=None, validation_alias=AliasChoices("valid_from", "valid-from"))
    valid_until: Value | None = Field(default=None, validation_alias=AliasChoices("valid_until", "valid-until"))
    source: CitationSpec | None = None
    note: str | None = None

    @field_validator("valid_from", "valid_until")
    @classmethod
    def _when(cls, value):
        if value is None:
            return None
        parsed = parse_when(value)
        if parsed is None:
            raise ValueError("must be a date: YYYY-MM-DD, YYYY-MM or YYYY")
        return parsed[0]

    @model_validator(mode="after")
    def _consistent(self) -> "FactSpec":
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValueError("`valid_until` is before `valid_from`")
        for bound in ("low", "high"):
            raw = getattr(self, bound)
            if raw is not None and parse_measure(raw, self.unit) is None:
                raise ValueError(f"`{bound}` must be a number (with a unit), got {raw!r}")
        if (self.low is not None or self.high is not None) and parse_measure(self.value, self.unit) is None:
            raise ValueError("`low`/`high` need a numeric `value`")
        if self.unit and isinstance(self.value, str) and parse_measure(self.value, self.unit) is None:
            raise ValueError(f"`unit` is given but the value {self.value!r} is not a number")
        return self


class SheetSpec(_Spec):
    """A fact sheet: one entity (a person, a record, a place…) and what is known about it."""

    entity: str = Field(min_length=1)
    type: Literal["person", "org", "record", "place", "work", "event", "thing"] = "thing"
    aliases: list[str] = Field(default_factory=list)
    description: str | None = None
    source: CitationSpec | None = None
    facts: list[FactSpec] = Field(min_length=1)

    @model_validator(mode="after")
    def _cited(self) -> "SheetSpec":
        if self.source is None:
            missing = [i for i, f in enumerate(self.facts) if f.source is None]
            if missing:
                raise ValueError(
                    f"fact(s) {', '.join(str(i + 1) for i in missing)} have no `source`; give one "
                    "per fact or a `source:` for the whole sheet (title, url, retrieved)")
        return self


class TextMeta(_Spec):
    """The front matter of a source text (.txt or .md)."""

    title: str = Field(min_length=1)
    url: str | None = None
    date: dt.date | None = None
    retrieved: dt.date | None = None
    trust: Literal["high", "medium", "low"] = "medium"
    author: str | None = None
    publisher: str | None = None
    note: str | None = None

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return CitationSpec._url(value)
