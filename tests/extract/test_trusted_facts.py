"""facts.trusted: the extractors' facts built without validation must be what validation builds.

The hot extractors (claims, mentions, entities, quantities, sentences) make their facts
with :func:`claimcheck.facts.trusted`. Here every such build on the example articles and
on a text written to reach the rarer branches is compared with ``cls(**values)``: same
fields in the same order, same values, same types (a float stays a float, a list a list),
and no list shared between two facts (validation would have copied it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import facts as facts_module
from claimcheck.document import document_from_text, load_document
from claimcheck.engine.loader import load_rules
from claimcheck.facts import Claim, Entity, Mention, Span, trusted
from claimcheck.api import facts_for_document
from claimcheck.nlp import analyse

ROOT = Path(__file__).resolve().parents[2]

VARIED = """\
Dr. Maria J. Okafor, 52, the mission's chief engineer, said on Monday that the capsule
reached an altitude of 408 km, about 250 miles, and travelled at 27,600 km/h.

The project cost $1.5 billion, up from £900m in 2019, and employs between 300 and 400 people.
Her brother Daniel Okafor and Lena Varga did not attend. The launch was reportedly delayed
by three weeks; the team plans to fly again next year, according to NASA.

"We never doubted it," Okafor said. The tower is 120-metre tall and weighs 3.5 tonnes.

Okafor, who was born in 1968, joined the agency two years ago, nearly a decade after the
2009 review. Several years ago the site marked the 40th anniversary of the 1969 landing;
the programme ran for 340 days in 2016 and will end by the summer of 2031.
"""


def _same(a, b) -> bool:
    """Equal and of the same type, lists element by element."""
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b


class _Checker:
    """Compares each trusted build with validation at the moment it is made (extractors
    fill some fields in later: an entity's mentions, a mention's entity)."""

    def __init__(self) -> None:
        self.kinds: set[str] = set()
        self.lists: dict[int, tuple[int, str]] = {}
        # the facts and their lists stay alive, so no id is reused by a later fact's list (an
        # extractor may replace a fact's list after it is built: the old one would be freed)
        self.kept: list = []

    def __call__(self, fact, cls, values) -> None:
        validated = cls(**values)
        name_of = type(fact).__name__
        self.kinds.add(name_of)
        self.kept.append(fact)
        assert list(fact.__dict__) == list(validated.__dict__), name_of
        for name, value in validated.__dict__.items():
            got = fact.__dict__[name]
            assert _same(got, value), (name_of, name, got, value)
            if isinstance(got, list):  # each fact holds its own lists, as validation copies them
                self.kept.append(got)
                owner = self.lists.setdefault(id(got), (id(fact), name))
                assert owner == (id(fact), name), f"{name_of}.{name} shares a list with another fact"
        assert fact.model_dump() == validated.model_dump()


@pytest.fixture
def checker(monkeypatch) -> _Checker:
    check = _Checker()
    monkeypatch.setattr(facts_module, "CHECK_TRUSTED", check)
    return check


@pytest.mark.model
def test_trusted_facts_equal_validated_ones_on_the_examples(checker):
    rules = load_rules()
    paths = sorted((ROOT / "examples").glob("*.md"))
    paths = [p for p in paths if p.name != "README.md"]
    assert paths
    for path in paths:
        document = load_document(path)
        facts_for_document(document, analyse(document.analysis), rules)
    document = document_from_text(VARIED, "varied.txt", "txt")
    facts_for_document(document, analyse(document.analysis), rules)
    # every hot family went through the check, so it checked something
    assert {"Claim", "Mention", "Entity", "Quantity", "Sentence", "TimeExpr"} <= checker.kinds


def test_trusted_fills_defaults_in_field_order():
    span = Span(start=0, end=4, line=1, column=1, text="Kelly")
    fact = trusted(Mention, index=0, span=span, label="PERSON", name="Kelly")
    validated = Mention(index=0, span=span, label="PERSON", name="Kelly")
    assert fact == validated and list(fact.__dict__) == list(validated.__dict__)
    other = trusted(Mention, index=1, span=span, label="PERSON", name="Kelly")
    assert fact.titles == [] and fact.titles is not other.titles  # a fresh list per fact
    assert trusted(Entity, index=0, label="ORG", name="NASA").model_dump() == \
        Entity(index=0, label="ORG", name="NASA").model_dump()


def test_trusted_refuses_misspelt_and_missing_fields():
    span = Span(start=0, end=4, line=1, column=1, text="Kelly")
    with pytest.raises(TypeError, match=r"unknown fields \['nmae'\]"):
        trusted(Mention, index=0, span=span, label="PERSON", nmae="Kelly")
    with pytest.raises(TypeError, match=r"missing fields \['predicate'\]"):
        trusted(Claim, index=0, span=span, subject="Kelly")
