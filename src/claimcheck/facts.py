"""The typed fact model: the one contract between every stage.

document → nlp → extract produce a :class:`FactSheet`; rule kinds read it and return
:class:`Hit` objects; the engine turns hits into :class:`Finding` records; renderers read a
:class:`Report`. Nothing here knows about spaCy, so every kind is testable with a
hand-built FactSheet.

All offsets are character offsets into the *decoded original file* (``Document.text``),
so ``text[span.start:span.end] == span.text`` holds for every span, Markdown included.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

__all__ = [
    "SCHEMA_VERSION",
    "Severity",
    "Span",
    "Sentence",
    "Mention",
    "Entity",
    "Quantity",
    "TermFact",
    "TimeExpr",
    "Claim",
    "FactSheet",
    "Hit",
    "Finding",
    "FileReport",
    "ToolInfo",
    "Summary",
    "Report",
]

SCHEMA_VERSION = "1"


class _Model(BaseModel):
    """Strict base: a misspelt field fails loudly (as spaCy's pattern schemas do)."""

    model_config = ConfigDict(extra="forbid")


class Severity(str, Enum):
    """How serious a finding is; ordered info < warning < error."""

    info = "info"
    warning = "warning"
    error = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class Span(_Model):
    """A stretch of the original file: offsets, 1-based line and column, and its text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    line: int = Field(ge=1)
    column: int = Field(ge=1)
    text: str

    model_config = ConfigDict(extra="forbid", frozen=True)


class Sentence(_Model):
    """One sentence of the article, with the facts' sentence numbers pointing here."""

    index: int
    span: Span
    paragraph: int = 0
    in_quote: bool = False


# --------------------------------------------------------------------------- entities


class Mention(_Model):
    """One occurrence of a name in the text.

    ``given``/``surname``/``titles`` come from name parsing ("Retired NASA astronaut Scott
    Kelly" → titles ["retired", "nasa", "astronaut"], given "Scott", surname "Kelly").
    ``relatives`` marks a mention whose context says it is a relative of someone else with
    the same surname ("his brother Mark"), and ``nickname`` a quoted nickname.
    """

    index: int
    span: Span
    label: str  # PERSON, ORG, ...
    model_label: str | None = None  # what the model said, when the extractor corrected it
    name: str  # the name as written, markup removed
    given: str | None = None
    middle: list[str] = Field(default_factory=list)
    surname: str | None = None
    titles: list[str] = Field(default_factory=list)
    sentence: int = 0
    in_quote: bool = False
    relative_cue: str | None = None
    coordinated_with: list[int] = Field(default_factory=list)  # mention indexes in one "A and B"
    entity: int | None = None


class Entity(_Model):
    """A group of mentions taken to be one person or organisation."""

    index: int
    label: str
    name: str  # the longest full form seen
    mentions: list[int] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)


# --------------------------------------------------------------------------- quantities and terms


class Quantity(_Model):
    """A number with a unit or a counted noun, normalised.

    ``value``/``low``/``high`` are in ``unit`` as written (``low``/``high`` only for ranges
    such as "100–120 km"); ``step`` is the size of the last written digit ("62" → 1,
    "1.5 million" → 100,000), the rounding a comparison must allow. ``base_value``/
    ``base_unit`` are the pint-normalised magnitude: SI base units for physical quantities,
    the currency code for money (currencies are never converted into each other), the
    counted noun for counts. ``qualifier`` is the hedge as written, lower case ("more
    than", "about", "up to"). ``cue`` says what is measured ("above the earth", "altitude",
    "high", "budget", "cost"); ``thing`` is the lemma phrase of the noun the figure belongs
    to with its compound nouns ("budget", "marketing budget", "space flight"), ``modifiers``
    that noun's adjectives ("annual", "new"); ``subject`` the noun phrase or entity it is
    about; ``verbs`` the lemmas of its clause's verbs, governing verb first (the event).
    ``time`` is a date phrase attached to the same clause ("last year", "in 2016").
    """

    index: int
    span: Span
    value: float
    low: float | None = None
    high: float | None = None
    step: float | None = None
    unit: str | None = None
    dimension: str | None = None  # length, time, mass, speed, area, currency, count, ratio, ...
    base_value: float | None = None
    base_low: float | None = None
    base_high: float | None = None
    base_unit: str | None = None
    qualifier: str | None = None
    cue: str | None = None  # what is measured: "above the earth", "altitude", "high", "cost"
    thing: str | None = None  # lemma phrase of the noun the figure belongs to: "budget", "marketing budget"
    modifiers: list[str] = Field(default_factory=list)  # the thing's adjectives: "annual", "new"
    determiner: str | None = None  # the thing's determiner: "the", "a", "its" (a new thing or a known one)
    subject: str | None = None  # the noun phrase or entity the quantity is about
    subject_entity: int | None = None
    verbs: list[str] = Field(default_factory=list)  # clause verb lemmas, governing verb first
    time: str | None = None  # "last year", "in 2016": a date the figure is tied to
    context: list[str] = Field(default_factory=list)  # content lemmas near it: what a restatement repeats
    sentence: int = 0
    in_quote: bool = False
    comparative: bool = False  # "up from", "compared with", "than", "another": a reference figure
    cumulative: bool = False  # "in total", "combined", "altogether"


class TermFact(_Model):
    """A mention of a term that a rule declared ("in orbit", "supersonic").

    ``negated`` marks a mention the text denies ("will not reach orbit"); ``hedged`` one it
    does not assert ("could reach orbit", "hopes to reach orbit"); ``cue`` is the word that
    made it so. ``verbs``/``subject`` place it in its clause, as for quantities.
    """

    index: int
    span: Span
    term: str  # the canonical term from the rule's list
    list_name: str  # which term list it came from
    negated: bool = False  # "will not reach orbit": mentioned but not claimed
    hedged: bool = False  # "could reach orbit", "plans to": not asserted as fact
    cue: str | None = None  # the negation or hedge word
    verbs: list[str] = Field(default_factory=list)
    subject: str | None = None
    subject_entity: int | None = None
    sentence: int = 0
    in_quote: bool = False


# --------------------------------------------------------------------------- time


class TimeExpr(_Model):
    """A temporal expression resolved to an interval of years (or dates) where possible.

    ``kind`` is one of date, year, relative, duration, age, birth, anniversary.
    ``earliest``/``latest`` bound the date it denotes (for date/year/relative/birth);
    ``years_low``/``years_high`` bound a duration or age in years; ``ordinal`` is the
    anniversary number. ``anchor`` says what it is attached to (event noun or entity).
    """

    index: int
    span: Span
    kind: Literal["date", "year", "relative", "duration", "age", "birth", "anniversary"]
    earliest: date | None = None
    latest: date | None = None
    years_low: float | None = None
    years_high: float | None = None
    ordinal: int | None = None
    qualifier: str | None = None  # nearly, about, more than, over
    direction: Literal["past", "future"] | None = None
    anchor: str | None = None
    anchor_entity: int | None = None
    verb: str | None = None  # governing verb lemma ("approaches", "marks")
    tense: Literal["past", "present", "future"] | None = None
    sentence: int = 0
    in_quote: bool = False
    needs_article_date: bool = False


# --------------------------------------------------------------------------- claims


class Claim(_Model):
    """A subject–predicate–object statement from the parse, with how sure it is."""

    index: int
    span: Span
    subject: str
    subject_entity: int | None = None
    predicate: str  # lemma of the main verb, or "be" for copulas/appositives
    object: str | None = None
    attribute: str | None = None  # for attribute claims: the property ("nationality", "role")
    value: str | None = None  # for attribute claims: the value ("Italian-Canadian")
    negated: bool = False
    tense: Literal["past", "present", "future"] | None = None
    modality: str = "asserted"  # asserted, confirmed, announced, planned, reported, rumored, denied, speculated
    modal_cue: str | None = None
    attribution: str | None = None
    superlative: str | None = None  # first, only, longest, ...
    scope: list[str] = Field(default_factory=list)  # qualifiers of a superlative
    time: str | None = None
    place: str | None = None
    sentence: int = 0
    in_quote: bool = False


# --------------------------------------------------------------------------- the sheet


class FactSheet(_Model):
    """Everything extracted from one article; the only input a rule kind gets."""

    path: str
    text_length: int = 0
    title: str | None = None
    article_date: date | None = None
    article_date_source: str | None = None  # "--date", "front matter", "dateline", "config"
    sentences: list[Sentence] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    terms: list[TermFact] = Field(default_factory=list)
    times: list[TimeExpr] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)

    def entity_mentions(self, entity: Entity) -> list[Mention]:
        """The mentions of one entity, in text order."""
        return [self.mentions[i] for i in entity.mentions]


# --------------------------------------------------------------------------- findings


class Hit(_Model):
    """What a rule kind returns: evidence and the values its message template may use.

    The engine adds rule id, severity and a stable id to make a :class:`Finding`.
    """

    evidence: list[Span]
    explanation: str
    values: dict[str, str] = Field(default_factory=dict)
    severity: Severity | None = None  # a kind may lower the rule's severity for a weak hit


class Finding(_Model):
    """One reported inconsistency."""

    id: str
    rule: str
    kind: str
    severity: Severity
    message: str
    explanation: str
    evidence: list[Span]
    link: str | None = None


class FileReport(_Model):
    """The findings of one file. The original text rides along privately for renderers
    that show context (it is never serialised)."""

    path: str
    article_date: date | None = None
    article_date_source: str | None = None
    notes: list[str] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    suppressed: list[Finding] = Field(default_factory=list)
    error: str | None = None

    _text: str | None = PrivateAttr(default=None)

    @property
    def text(self) -> str | None:
        """The decoded original text, when the report was made from it."""
        return self._text

    def with_text(self, text: str | None) -> "FileReport":
        self._text = text
        return self


class ToolInfo(_Model):
    name: str = "claimcheck"
    version: str
    model: str | None = None
    rules: int = 0


class Summary(_Model):
    files: int = 0
    findings: int = 0
    suppressed: int = 0
    errors: int = 0
    by_severity: dict[str, int] = Field(default_factory=dict)
    by_rule: dict[str, int] = Field(default_factory=dict)


class Report(_Model):
    """The JSON report contract (schema_version "1")."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    tool: ToolInfo
    files: list[FileReport] = Field(default_factory=list)
    summary: Summary = Field(default_factory=Summary)
