"""engine/kinds/attribute_conflict.py with hand-built FactSheets."""

from claim_builders import claim, sheet, span

from claimcheck.engine.kinds.attribute_conflict import AttributeConflict


def rule(**kw) -> AttributeConflict:
    return AttributeConflict(id="claims/attribute-conflict", message="{subject}: {first}/{second}", **kw)


def attr(attribute, value, start, line, entity=0, subject="Lena Ortiz", **kw):
    fields = dict(kind="attribute", subject=subject, subject_at=max(start - 20, 0), subject_entity=entity,
                  subject_entities=[] if entity is None else [entity], subject_named=True, attribute=attribute, value=value)
    c = claim(value, start, line=line, **{**fields, **kw})
    c.value_span = span(value, start, line)
    return c


def test_nationality_conflict():
    hits = list(rule().check(sheet(attr("nationality", "chilean", 30, 1), attr("nationality", "argentine", 300, 5))))
    assert len(hits) == 1
    assert hits[0].values == {"subject": "Lena Ortiz", "attribute": "nationality", "first": "chilean",
                              "second": "argentine"}


def test_compatible_nationalities():
    assert list(rule().check(sheet(attr("nationality", "italian-canadian", 30, 1),
                                   attr("nationality", "italian", 300, 5)))) == []
    assert list(rule().check(sheet(attr("nationality", "british", 30, 1),
                                   attr("nationality", "scottish", 300, 5)))) == []
    assert len(list(rule(compatible=[]).check(sheet(attr("nationality", "british", 30, 1),
                                                    attr("nationality", "scottish", 300, 5))))) == 1


def test_count_conflict_and_hedged_counts():
    four = attr("count:flight", "4", 30, 1)
    three = attr("count:flight", "3", 300, 5)
    hits = list(rule().check(sheet(four, three)))
    assert len(hits) == 1 and "number of flights" in hits[0].explanation
    hedged = attr("count:flight", "3", 300, 5, qualifiers=["more than"])
    assert list(rule().check(sheet(four, hedged))) == []


def test_age_one_year_apart_is_a_birthday():
    assert list(rule().check(sheet(attr("age", "52", 30, 1), attr("age", "53", 300, 5)))) == []
    assert len(list(rule().check(sheet(attr("age", "52", 30, 1), attr("age", "45", 300, 5))))) == 1


def test_roles_combine_unless_exclusive():
    producer = attr("role", "film producer", 30, 1)
    entrepreneur = attr("role", "entrepreneur", 300, 5)
    assert list(rule().check(sheet(producer, entrepreneur))) == []
    keeper = attr("role", "goalkeeper", 30, 1)
    striker = attr("role", "striker", 300, 5)
    assert len(list(rule().check(sheet(keeper, striker)))) == 1
    former = attr("role", "striker", 300, 5, qualifiers=["former"])
    assert list(rule().check(sheet(keeper, former))) == []


def test_two_holders_of_one_post():
    a = attr("role", "head of space11", 30, 1, entity=0, subject="Domenico Iervolino", object="space11")
    b = attr("role", "head of space11", 300, 5, entity=1, subject="Marco Bellini", object="space11")
    hits = list(rule().check(sheet(a, b)))
    assert len(hits) == 1 and "one person holds this post" in hits[0].explanation
    acting = attr("role", "head of space11", 300, 5, entity=1, subject="Marco Bellini", object="space11",
                  qualifiers=["acting"])
    assert list(rule().check(sheet(a, acting))) == []


def test_unlinked_quoted_and_negated_claims_are_skipped():
    base = attr("nationality", "chilean", 30, 1)
    assert list(rule().check(sheet(base, attr("nationality", "argentine", 300, 5, in_quote=True)))) == []
    assert list(rule().check(sheet(base, attr("nationality", "argentine", 300, 5, negated=True)))) == []
    other = attr("nationality", "argentine", 300, 5, entity=None)
    assert list(rule().check(sheet(base, other))) == []
    assert list(rule(attributes=["age"]).check(sheet(base, attr("nationality", "argentine", 300, 5)))) == []


def test_blank_role_is_no_role():
    """A role value made only of whitespace (junk input) contrasts with nothing and does not crash."""
    keeper = attr("role", "goalkeeper", 30, 1)
    blank = attr("role", "   ", 300, 5)
    assert list(rule().check(sheet(keeper, blank))) == []
