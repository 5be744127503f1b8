"""quantity-bounds on hand-built facts: bounds, qualifiers, term polarity, events, loading."""

import pytest
from factsheets import quantity, sheet, term
from pydantic import ValidationError

from claimcheck.engine.kinds.quantity_bounds import QuantityBounds

ORBIT = dict(
    kind="quantity-bounds", id="physics/orbit-altitude",
    message="{quantity} ({converted}) is {relation} {limit} ({bound}), yet the text says '{term}'",
    terms={"orbit": ["orbit", "in orbit"]},
    quantity={"dimension": "length", "cues": ["above the earth", "altitude", "high"]},
    bounds={"min": "160 km", "name_min": "the lowest orbit"},
    unless=["moon"],
)


def rule(**changes) -> QuantityBounds:
    return QuantityBounds.model_validate({**ORBIT, **changes})


def alt(text="more than 60 miles", value=60, unit="mile", qualifier="more than", **fields):
    fields.setdefault("cue", "above the earth")
    return quantity(0, text, value, unit, qualifier=qualifier, verbs=fields.pop("verbs", ["film"]), **fields)


def orbit(sentence=2, verbs=("film",), **fields):
    return term(0, "in orbit", start=sentence * 100, sentence=sentence, verbs=list(verbs), **fields)


def test_seed_case_message_shows_conversion_and_bound():
    (hit,) = rule().check(sheet([alt()], [orbit()]))
    assert hit.values["converted"] == "96.6 km" and hit.values["bound"] == "160 km"
    message = rule().message.format(**hit.values)
    assert message == "more than 60 miles (96.6 km) is below the lowest orbit (160 km), yet the text says 'in orbit'"
    assert [s.text for s in hit.evidence] == ["more than 60 miles", "in orbit"]
    assert "1.5×" in hit.explanation and "96.6 km" in hit.explanation


def test_more_than_reaches_only_open_range_factor():
    # 120 km × 1.5 = 180 km ≥ 160 km: a "more than 120 km" flight may be in orbit
    assert not list(rule().check(sheet([alt("more than 120 km", 120, "kilometer")], [orbit()])))
    assert list(rule(open_range_factor=1.2).check(sheet([alt("more than 120 km", 120, "kilometer")], [orbit()])))


def test_about_and_rounding_widen_the_figure():
    assert not list(rule().check(sheet([alt("about 150 km", 150, "kilometer", "about")], [orbit()])))
    assert list(rule().check(sheet([alt("140 km", 140, "kilometer", None)], [orbit()])))


def test_up_to_is_a_ceiling():
    assert list(rule().check(sheet([alt("up to 80 km", 80, "kilometer", "up to")], [orbit()])))


def test_inside_bounds_is_clean():
    assert not list(rule().check(sheet([alt("about 400 km", 400, "kilometer", "about")], [orbit()])))


def test_negated_and_hedged_terms_are_not_claims():
    q = alt()
    assert not list(rule().check(sheet([q], [orbit(negated=True, cue="not")])))
    assert not list(rule().check(sheet([q], [orbit(hedged=True, cue="hopes")])))
    assert list(rule(include_hedged=True).check(sheet([q], [orbit(hedged=True, cue="hopes")])))


def test_without_the_term_nothing_is_checked():
    assert not list(rule().check(sheet([alt()], [])))


def test_other_lists_terms_do_not_count():
    assert not list(rule().check(sheet([alt()], [orbit(list_name="physics/edge-of-space")])))


def test_cue_must_match():
    assert not list(rule().check(sheet([alt(cue="long")], [orbit()])))
    assert list(rule().check(sheet([alt(cue="above the earth 's surface")], [orbit()])))


def test_event_linking():
    far_other = orbit(sentence=2, verbs=("launch",), subject="the satellite")
    q = alt(subject="The first stage", verbs=["separate"])
    assert not list(rule().check(sheet([q], [far_other])))  # other verb, other subject, two sentences away
    near_pronoun = orbit(sentence=1, verbs=("spend",), subject="the crew")
    assert list(rule().check(sheet([alt(subject="It", verbs=["fly"])], [near_pronoun])))
    same_subject = orbit(sentence=2, verbs=("circle",), subject="the capsule")
    assert list(rule().check(sheet([alt(subject="The capsule", verbs=["climb"])], [same_subject])))


def test_unless_words_take_the_pair_out():
    facts = sheet([alt()], [orbit(sentence=0)], texts={0: "It orbits the Moon more than 60 miles above it."})
    assert not list(rule().check(facts))


def test_comparative_figures_are_skipped():
    assert not list(rule().check(sheet([alt(comparative=True)], [orbit()])))


def test_max_bound_without_terms():
    light = rule(terms={}, quantity={"dimension": "speed"}, bounds={"max": "299,792 km/s", "name_max": "c"})
    fast = quantity(0, "400,000 km per second", 400_000, "kilometer / second", cue="travel")
    slow = quantity(1, "about 300,000 km per second", 300_000, "kilometer / second", qualifier="about")
    (hit,) = light.check(sheet([fast, slow]))
    assert hit.values["relation"] == "above" and [s.text for s in hit.evidence] == ["400,000 km per second"]


def test_subject_filter_for_people():
    age = rule(terms={}, quantity={"dimension": "time", "cues": ["age", "old"], "subject_words": ["woman"]},
               bounds={"max": "122 years"})
    woman = quantity(0, "130", 130, "year", cue="age", subject="The woman")
    tortoise = quantity(1, "130-year-old", 130, "year", cue="old", thing="tortoise")
    assert len(list(age.check(sheet([woman, tortoise])))) == 1


@pytest.mark.parametrize("bounds, problem", [
    ({"min": "160 kmm"}, "unknown unit"),
    ({"min": "160"}, "needs a number and a unit"),
    ({}, "need `min`, `max` or both"),
    ({"min": "160 km", "max": "2 hours"}, "different things"),
    ({"min": "3 kg"}, "is a mass"),
])
def test_bad_bounds_fail_at_load(bounds, problem):
    with pytest.raises(ValidationError, match=problem):
        rule(bounds=bounds)


def test_term_lists_are_declared_for_extraction():
    (tl,) = rule().term_lists()
    assert tl.name == "physics/orbit-altitude" and tl.terms == {"orbit": ("orbit", "in orbit")}
    assert rule(terms={}).term_lists() == []


def test_blank_subject_or_thing_is_no_subject():
    """A subject or thing made only of whitespace (junk input) neither matches nor crashes."""
    age = rule(id="people/human-age", terms={}, quantity={"dimension": "time", "subject_words": ["man"],
               "subject_labels": ["PERSON"]}, bounds={"max": "122 year"}, unless=[])
    for fields in ({"subject": " \t"}, {"thing": "\n "}):
        q = quantity(0, "130 years", 130, "year", **fields)
        assert list(age.check(sheet([q]))) == []
    assert list(age.check(sheet([quantity(0, "130 years", 130, "year", thing="man")])))
