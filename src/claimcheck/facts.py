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
from typing import Any, Literal, TypeVar

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
    "PatternMatch",
    "WordForm",
    "RecordClaim",
    "Citation",
    "SourceFact",
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
    """Strict base: a misspelt field fails loudly (as spaCy's pattern schemas do).

    Every instance shares one "fields set" per class. Pydantic otherwise gives each
    instance its own set of the field names it was given (~700 bytes, more than the
    instance itself), and a 1 MB article has some 100,000 facts and spans. Nothing here
    reads which fields were set (no ``exclude_unset``), so every field counts as set."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    def model_post_init(self, context: Any, /) -> None:
        object.__setattr__(self, "__pydantic_fields_set__", _shared_fields(type(self)))


_FIELD_SETS: dict[type, set[str]] = {}


def _shared_fields(cls: type[BaseModel]) -> set[str]:
    """All of a model's field names, one set per class (adding a name to it is a no-op)."""
    fields = _FIELD_SETS.get(cls)
    if fields is None:
        fields = _FIELD_SETS[cls] = set(cls.model_fields)
    return fields


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

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


_new_object = object.__new__
_M = TypeVar("_M", bound=BaseModel)
_set_attribute = object.__setattr__


def offset_span(start: int, end: int, line: int, column: int, text: str) -> Span:
    """A Span from offsets its caller computed and checked, built without validation.

    ``Document`` makes nearly every Span of a run (thousands per article) from its own
    offset map, where the constraints validation would check (offsets ≥ 0, line and
    column ≥ 1, ``text`` the slice) hold by construction; skipping it makes a Span three
    times cheaper (0.6 µs instead of 2 µs). The result is the same frozen model that
    ``Span(...)`` returns. Anything built from outside data goes through ``Span(...)``.
    """
    span = _new_object(Span)
    _set_attribute(span, "__dict__", {"start": start, "end": end, "line": line, "column": column, "text": text})
    _set_attribute(span, "__pydantic_fields_set__", _shared_fields(Span))
    _set_attribute(span, "__pydantic_extra__", None)
    _set_attribute(span, "__pydantic_private__", None)
    return span


#: model → (its fields in order with their defaults, the fields with a default factory,
#: the required field names): what :func:`trusted` fills in
_TEMPLATES: dict[type, tuple[dict[str, Any], tuple[tuple[str, Any], ...], frozenset[str]]] = {}
#: a hook the tests set (tests/extract/test_trusted_facts.py): called with every trusted
#: fact, its class and the values given, to compare it with what validation makes
CHECK_TRUSTED: Any = None


def trusted(cls: type[_M], /, **values: Any) -> _M:
    """A fact from values its extractor built with the declared types, made without validation.

    The extractors make thousands of facts per article (claims, mentions, quantities,
    sentences) from values they typed themselves; validating them again cost ~5% of the
    work after parsing. Field names are still checked (a misspelt or missing one raises
    TypeError, as the strict models do), defaults are filled in as validation would,
    and the result is the same model instance. The caller must pass exact types (a float
    field gets a float, a list field a list of its own): tests run the examples with
    every trusted build compared with ``cls(**values)``.
    """
    template = _TEMPLATES.get(cls) or _template(cls)
    defaults, factories, required = template
    if not (values.keys() <= defaults.keys() and required <= values.keys()):
        unknown = sorted(values.keys() - defaults.keys())
        missing = sorted(required - values.keys())
        raise TypeError(f"{cls.__name__}: unknown fields {unknown}, missing fields {missing}")
    data = defaults.copy()  # in field order: dumps list the fields as validation would
    data.update(values)
    for name, factory in factories:
        if name not in values:
            data[name] = factory()
    fact = _new_object(cls)
    _set_attribute(fact, "__dict__", data)
    _set_attribute(fact, "__pydantic_fields_set__", _shared_fields(cls))
    _set_attribute(fact, "__pydantic_extra__", None)
    _set_attribute(fact, "__pydantic_private__", None)
    if CHECK_TRUSTED is not None:
        CHECK_TRUSTED(fact, cls, values)
    return fact


def _template(cls: type[BaseModel]) -> tuple[dict[str, Any], tuple[tuple[str, Any], ...], frozenset[str]]:
    if cls.__private_attributes__:  # pragma: no cover - no fact model has private state
        raise TypeError(f"{cls.__name__} has private attributes: build it with validation")
    defaults: dict[str, Any] = {}
    factories: list[tuple[str, Any]] = []
    for name, info in cls.model_fields.items():
        if info.default_factory is not None:
            factories.append((name, info.default_factory))
        defaults[name] = None if info.is_required() or info.default_factory is not None else info.default
    required = frozenset(name for name, info in cls.model_fields.items() if info.is_required())
    template = _TEMPLATES[cls] = (defaults, tuple(factories), required)
    return template


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
    """A temporal expression, resolved to an interval where the text allows.

    ``kind``: date (month or day known), year (a year or coarser: "2023", "the 1990s"),
    relative (counted from the article's date: "two years ago", "next year"), duration
    ("340 days", "nearly a decade", "three years later"), age ("Smith, 45,"), birth
    ("born in 1968") or anniversary ("the 100th anniversary", "centenary").

    ``earliest``/``latest`` bound the date it denotes (dates, years, births, and relative
    expressions once the article date is known); ``years_low``/``years_high`` bound a
    duration, an age or a relative offset in years (``years_high`` None: no upper bound);
    vague words are intervals ("several years ago" → 3–9). ``ordinal`` is the anniversary
    number. ``relation`` says how it is counted: ago, from now, calendar ("last year"),
    later, earlier, after, before, since, long ("decade-long"), window ("the past decade"),
    range ("2019-20"). ``preposition`` is the word governing a date ("in", "since", "by").

    What it is attached to: ``anchor`` (the event noun phrase or the person),
    ``anchor_entity``/``anchor_mention`` (a PERSON for ages and births), ``keys`` (content
    lemmas of the event, for linking expressions about one event), ``clause`` (expressions
    under one verb share it), ``refers_to`` (the index of the expression it is measured
    from or dated by: the year in "four years after the 2016 vote", the event year of "the
    40th anniversary of the 1969 landing"). ``verb``/``tense``/``hedged`` describe the
    governing verb ("will open" → future; "could", "plans to" → hedged).
    """

    index: int
    span: Span
    kind: Literal["date", "year", "relative", "duration", "age", "birth", "anniversary"]
    earliest: date | None = None
    latest: date | None = None
    years_low: float | None = None
    years_high: float | None = None
    ordinal: int | None = None
    unit: str | None = None  # day, month, year, decade, ... as written
    granularity: str | None = None  # day, month, season, year, decade, century
    qualifier: str | None = None  # nearly, about, more than, over
    direction: Literal["past", "future"] | None = None
    relation: str | None = None
    preposition: str | None = None
    fiscal: bool = False
    anchor: str | None = None
    anchor_entity: int | None = None
    anchor_mention: int | None = None
    keys: list[str] = Field(default_factory=list)
    clause: int | None = None
    refers_to: int | None = None
    verb: str | None = None  # governing verb lemma, or the cue word ("approaches", "marks")
    tense: Literal["past", "present", "future"] | None = None
    hedged: bool = False
    sentence: int = 0
    in_quote: bool = False
    needs_article_date: bool = False

    @property
    def year_low(self) -> int | None:
        return self.earliest.year if self.earliest else None

    @property
    def year_high(self) -> int | None:
        return self.latest.year if self.latest else None


# --------------------------------------------------------------------------- claims


class Claim(_Model):
    """A statement from the parse: who or what, does or is what, and how sure the text is.

    ``kind`` is "event" (a clause: "Cruise and Liman announced plans for a film"),
    "attribute" (an appositive, title or copula: "Kelly, a veteran of four space flights"),
    "superlative" ("The Challenge, the first feature-length film shot in space") or
    "secrecy" ("details about the cast remain under wraps": ``topic`` says which detail).

    Subjects are compared through ``subject_entities`` (entity indexes, coordination
    included) or else ``subject_key`` (lemmas of a definite noun phrase); a pronoun or an
    indefinite phrase ("a rival studio") has neither and matches nothing.
    ``object_key`` and ``qualifiers`` are lemma keys of the object and of the other
    modifiers (time, place, manner), so kinds can ask "the same claim?" without spaCy;
    ``subject_head`` and ``object_head`` are the lemmas of the phrases' head nouns, so a
    kind can tell "the merger" and "the £65m merger of Helixa" for one thing told twice.
    ``cues`` are the frame words found around the predicate ("announce", "plan",
    "rumor", "reportedly", "according to"); ``modality`` is their reading by the built-in
    lexicon (a kind may re-read ``cues`` with its own).
    """

    index: int
    span: Span  # the clause or phrase the claim was read from
    kind: Literal["event", "attribute", "superlative", "secrecy"] = "event"
    subject: str
    subject_span: Span | None = None
    subject_entity: int | None = None
    subject_entities: list[int] = Field(default_factory=list)
    subject_key: str | None = None
    subject_named: bool = False  # a proper name or a title, not a common noun
    subject_head: str | None = None  # lemma of the subject's head noun (with subject_key only)
    predicate: str  # lemma of the main verb, or "be" for copulas/appositives
    predicate_span: Span | None = None
    object: str | None = None
    object_key: str | None = None
    object_head: str | None = None  # lemma of the object's head noun ("merger" in "the £65m merger of ...")
    attribute: str | None = None  # for attribute claims: the property ("nationality", "role")
    value: str | None = None  # for attribute claims: the value ("Italian-Canadian")
    value_span: Span | None = None
    negated: bool = False
    tense: Literal["past", "present", "future"] | None = None
    modality: str = "asserted"  # asserted, confirmed, announced, planned, reported, rumored, denied,
    # speculated, unconfirmed, undisclosed, hypothetical, question
    modal_cue: str | None = None
    cue_span: Span | None = None
    cues: list[str] = Field(default_factory=list)
    attribution: str | None = None
    attribution_entity: int | None = None
    superlative: str | None = None  # first, only, longest, ...
    scope: list[str] = Field(default_factory=list)  # qualifiers of a superlative
    topic: str | None = None  # the detail a claim states or withholds ("director", "release date")
    time: str | None = None
    place: str | None = None
    qualifiers: list[str] = Field(default_factory=list)
    sentence: int = 0
    in_quote: bool = False


# --------------------------------------------------------------------------- patterns and word forms


class PatternMatch(_Model):
    """A stretch that the spaCy patterns of a ``pattern`` rule matched.

    ``pattern`` counts the rule's token patterns first, then its dependency patterns;
    ``tokens`` lists the tokens a dependency pattern named, in the pattern's node order.
    """

    index: int
    span: Span
    rule: str  # id of the rule whose patterns matched
    pattern: int = 0
    tokens: list[Span] = Field(default_factory=list)
    sentence: int = 0
    in_quote: bool = False


class WordForm(_Model):
    """One occurrence of a term the article also writes another way ("Space11" / "Space 11").

    ``key`` is shared by the variants (case, hyphens and spaces removed, or the group a rule
    declared); ``shape`` says how the words are joined. ``head_pos`` (coarse part of speech
    of the form's head) and ``attributive`` (it modifies a following noun: "long-term plan")
    let a kind tell a spelling variant from a different use ("in the long term").
    """

    index: int
    span: Span
    form: str  # as written, markup removed
    key: str
    shape: Literal["solid", "hyphen", "space"] = "solid"
    declared: bool = False  # matched a group of forms a rule declared
    head_pos: str = ""
    attributive: bool = False
    function_words: bool = False  # every word is a function word ("any one", "in to")
    sentence: int = 0
    in_quote: bool = False


# --------------------------------------------------------------------------- records


class RecordClaim(_Model):
    """"X holds the record for the longest …": who, which record, how much, since when.

    ``title`` is the record as written ("longest single spaceflight by a NASA astronaut",
    with scope words such as "US" from "US record for …" prepended); ``tense`` is
    "present" for a standing record ("holds", "is held by", "remains the record holder")
    and "past" for an event ("set", "broke", "held"). ``set_earliest``/``set_latest``
    bound the date the record was set when the sentence gives one.
    """

    index: int
    span: Span
    holder: str
    holder_span: Span
    holder_entity: int | None = None
    title: str
    title_span: Span
    superlative: str | None = None
    value: str | None = None  # "340 days", as written
    value_span: Span | None = None
    number: float | None = None
    unit: str | None = None
    set_earliest: date | None = None
    set_latest: date | None = None
    set_span: Span | None = None
    tense: Literal["present", "past"] = "present"
    negated: bool = False
    hedged: bool = False  # "could break the record", "is set to hold"
    sentence: int = 0
    in_quote: bool = False


# --------------------------------------------------------------------------- sources


class Citation(_Model):
    """Where a source fact comes from: what an editor needs to look it up."""

    title: str
    url: str | None = None
    retrieved: date | None = None
    published: date | None = None
    trust: Literal["high", "medium", "low"] = "high"
    path: str | None = None  # the file under sources/
    line: int | None = None


class SourceFact(_Model):
    """One trusted fact about one entity and property, with its citation.

    From a fact sheet (``origin="sheet"``) or a source text run through extraction
    (``origin="text"``, with the ``sentence`` that says it). The value is normalised like
    an article's facts: ``number``/``low``/``high`` in ``unit``, ``base_*`` in SI base units
    (or the counted noun), ``date_value`` with its precision, or plain ``value`` text.
    ``valid_from``/``valid_until`` bound when the fact holds (a record until it was broken).
    """

    index: int
    entity: str
    entity_type: str | None = None  # person, org, record, place, work, thing
    aliases: list[str] = Field(default_factory=list)
    property: str
    terms: list[str] = Field(default_factory=list)  # words that name the property in text
    value: str
    value_aliases: list[str] = Field(default_factory=list)
    number: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    dimension: str | None = None
    base_value: float | None = None
    base_unit: str | None = None
    tolerance: float | None = None  # relative; None: half a unit of the last written digit
    cumulative: bool = False
    date_value: date | None = None
    date_precision: Literal["day", "month", "year"] | None = None
    holder: str | None = None  # records: who holds it
    valid_from: date | None = None
    valid_until: date | None = None
    citation: Citation
    origin: Literal["sheet", "text"] = "sheet"
    sentence: str | None = None
    sentence_line: int | None = None
    claim: Claim | None = None  # a source text's statement (spans point into that text)


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
    patterns: list[PatternMatch] = Field(default_factory=list)
    forms: list[WordForm] = Field(default_factory=list)
    records: list[RecordClaim] = Field(default_factory=list)
    sources: list[SourceFact] = Field(default_factory=list)  # trusted evidence, attached by the api

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
    suppressed_by: str | None = None  # why it is not counted: an inline comment, the baseline


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
    rules_digest: str | None = None  # short hash of the enabled rules' settings: same digest, same rules


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
