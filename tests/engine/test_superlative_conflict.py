"""engine/kinds/superlative_conflict.py with hand-built FactSheets."""

from claim_builders import claim, sheet

from claimcheck.engine.kinds.superlative_conflict import SuperlativeConflict

SCOPE = ["feature", "fictional", "film", "length", "shoot", "space"]


def rule(**kw) -> SuperlativeConflict:
    return SuperlativeConflict(id="claims/superlative-conflict", message="{first}/{second}", **kw)


def first(subject, start, line, entity, scope=SCOPE, **kw):
    fields = dict(kind="superlative", subject=subject, subject_at=max(start - len(subject) - 2, 0),
                  subject_entities=[entity], subject_key=subject.lower(), subject_named=True,
                  superlative="first", scope=list(scope))
    return claim("first feature-length fictional film shot in space", start, line=line, **{**fields, **kw})


def test_two_subjects_first_of_the_same_class():
    hits = list(rule().check(sheet(first("The Challenge", 20, 1, 1), first("Orbit Nine", 220, 6, 2))))
    assert len(hits) == 1
    assert hits[0].values["first"] == "The Challenge" and hits[0].values["second"] == "Orbit Nine"
    assert {"The Challenge", "Orbit Nine"} <= {s.text for s in hits[0].evidence}


def test_qualified_scopes_do_not_overlap():
    hollywood = first("I See You", 220, 6, 2, scope=["feature", "fictional", "film", "hollywood", "length",
                                                      "shoot", "space"])
    russian = first("Vyzov", 400, 9, 3, scope=["russian", *SCOPE])
    assert list(rule().check(sheet(first("The Challenge", 20, 1, 1), hollywood))) == []
    assert list(rule().check(sheet(first("The Challenge", 20, 1, 1), russian))) == []


def test_one_subject_named_twice_is_not_a_conflict():
    again = first("The Challenge", 220, 6, 1)
    assert list(rule().check(sheet(first("The Challenge", 20, 1, 1), again))) == []
    short = first("Challenge", 220, 6, 5)
    assert list(rule().check(sheet(first("The Challenge", 20, 1, 1), short))) == []


def test_unnamed_quoted_and_negated_subjects_are_skipped():
    base = first("The Challenge", 20, 1, 1)
    assert list(rule().check(sheet(base, first("the film", 220, 6, 2, subject_named=False)))) == []
    assert list(rule().check(sheet(base, first("Orbit Nine", 220, 6, 2, in_quote=True)))) == []
    assert list(rule().check(sheet(base, first("Orbit Nine", 220, 6, 2, negated=True)))) == []


def test_records_that_change_need_the_same_tense():
    was = first("Orbit Nine", 20, 1, 1, superlative="longest", tense="past")
    now = first("Red Meridian", 220, 6, 2, superlative="longest", tense="present")
    assert list(rule().check(sheet(was, now))) == []
    same = first("Red Meridian", 220, 6, 2, superlative="longest", tense="past")
    assert len(list(rule().check(sheet(was, same)))) == 1


def test_superlatives_option_limits_the_words():
    pair = sheet(first("The Challenge", 20, 1, 1), first("Orbit Nine", 220, 6, 2))
    assert list(rule(superlatives=["only"]).check(pair)) == []
