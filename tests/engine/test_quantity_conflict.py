"""quantity-conflict on hand-built facts: grouping keys, tolerance, guards."""

from factsheets import quantity, sheet

from claimcheck.engine.kinds.quantity_conflict import QuantityConflict

BASE = dict(kind="quantity-conflict", id="quantities/money-conflict",
            message="Conflicting figures for the {thing}: {values}")


def rule(**changes) -> QuantityConflict:
    return QuantityConflict.model_validate({**BASE, **changes})


def money(index, text, value, code="GBP", sentence=0, **fields):
    fields.setdefault("thing", "deal")
    return quantity(index, text, value, code, dimension="currency", start=sentence * 100 + index, sentence=sentence,
                    step=fields.pop("step", 1e6), **fields)


def test_same_thing_different_values():
    a = money(0, "£5m", 5e6, determiner="the")
    b = money(1, "£12m", 12e6, sentence=1, determiner="the")
    (hit,) = rule().check(sheet([a, b]))
    assert [s.text for s in hit.evidence] == ["£5m", "£12m"]
    assert hit.values["thing"] == "deal" and "5,000,000" in hit.explanation


def test_rounding_and_qualifiers_are_tolerated():
    assert not list(rule().check(sheet([money(0, "£5m", 5e6), money(1, "£5.4m", 5.4e6, step=1e5, sentence=1)])))
    assert not list(rule().check(sheet([money(0, "about £5m", 5e6, qualifier="about"),
                                        money(1, "£5.4m", 5.4e6, step=1e5, sentence=1)])))
    assert not list(rule().check(sheet([money(0, "more than £5m", 5e6, qualifier="more than"),
                                        money(1, "£12m", 12e6, sentence=1)])))
    assert list(rule().check(sheet([money(0, "£5m", 5e6), money(1, "£6m", 6e6, sentence=1)])))


def test_unit_conversion_with_rounding():
    r = rule(dimensions=["length"])
    km = quantity(0, "about 100 km", 100, "kilometer", qualifier="about", thing="cable")
    mi = quantity(1, "62 miles", 62, "mile", thing="cable", sentence=1)
    assert not list(r.check(sheet([km, mi])))
    short = quantity(1, "40 miles", 40, "mile", thing="cable", sentence=1)
    assert list(r.check(sheet([km, short])))


def test_different_things_currencies_and_dimensions_are_not_compared():
    assert not list(rule().check(sheet([money(0, "£5m", 5e6), money(1, "£12m", 12e6, thing="fee")])))
    assert not list(rule().check(sheet([money(0, "£5m", 5e6), money(1, "$12m", 12e6, code="USD")])))
    assert not list(rule().check(sheet([money(0, "£5m", 5e6), money(1, "£12m", 12e6, thing="annual deal")])))


def test_guards():
    a = money(0, "£5m", 5e6)
    for b in (
        money(1, "£12m", 12e6, comparative=True),  # up from / compared with
        money(1, "£12m", 12e6, cumulative=True),  # in total
        money(1, "£12m", 12e6, time="last year"),  # another date
        money(1, "£12m", 12e6, in_quote=True),  # quoted speech
        money(1, "£12m", 12e6, determiner="a"),  # a new deal is introduced
        money(1, "£12m", 12e6, subject="Jones"),  # another owner
        money(1, "£12m", 12e6, thing="figure"),  # too vague a noun
    ):
        other = a.model_copy(update={"subject": "Smith"}) if b.subject else a
        assert not list(rule().check(sheet([other, b]))), b


def test_ranges_are_intervals():
    a = money(0, "£5m-£7m", 5e6, low=5e6, high=7e6, base_low=5e6, base_high=7e6)
    assert not list(rule().check(sheet([a, money(1, "£6m", 6e6, sentence=1)])))
    assert list(rule().check(sheet([a, money(1, "£9m", 9e6, sentence=1)])))


def test_counts_need_one_entity():
    r = rule(dimensions=["count"], require_subject_entity=True)
    a = quantity(0, "four space flights", 4, "space flight", dimension="count", thing="space flight", subject_entity=1)
    b = quantity(1, "five space flights", 5, "space flight", dimension="count", thing="space flight", subject_entity=1,
                 sentence=1)
    c = b.model_copy(update={"subject_entity": 2})
    assert list(r.check(sheet([a, b])))
    assert not list(r.check(sheet([a, c])))
    assert not list(r.check(sheet([a, b.model_copy(update={"subject_entity": None})])))


def test_link_by_verb():
    r = rule(link_by_verb=True)
    a = money(0, "£500,000", 5e5, thing=None, verbs=["repay"], subject="the party", step=1)
    b = money(1, "£750,000", 7.5e5, thing=None, verbs=["repay"], subject="the party", step=1, sentence=1)
    assert list(r.check(sheet([a, b])))
    assert not list(rule().check(sheet([a, b])))
    assert not list(r.check(sheet([a, b.model_copy(update={"verbs": ["be"]}), ])))


def test_adjectives_only_contrast_when_they_tell_things_apart():
    a = money(0, "£5m", 5e6, modifiers=["huge"])
    assert list(rule().check(sheet([a, money(1, "£12m", 12e6, sentence=1)])))
    assert not list(rule().check(sheet([money(0, "£5m", 5e6, modifiers=["new"]),
                                        money(1, "£12m", 12e6, sentence=1)])))


def test_link_by_context():
    r = rule(link_by_context=3)
    words = ["deutsche", "boerse", "offer", "reject"]
    a = money(0, "£1.3bn", 1.3e9, thing=None, context=words + ["table"], step=1e8)
    b = money(1, "£1.5bn", 1.5e9, thing=None, context=words, step=1e8, sentence=1)
    (hit,) = r.check(sheet([a, b]))
    assert "boerse" in hit.explanation
    assert not list(rule().check(sheet([a, b])))
    few = b.model_copy(update={"context": ["offer", "reject", "bank", "merger", "city", "deal", "share"]})
    assert not list(r.check(sheet([a, few])))
    assert not list(r.check(sheet([a, b], paragraphs=[0, 0, 1])))  # one paragraph: a change, not a restatement


def test_figures_far_apart_in_size_are_different_kinds():
    per_share = money(0, "530 pence", 5.3, step=0.01)
    total = money(1, "£1.3bn", 1.3e9, sentence=1, step=1e8)
    assert not list(rule().check(sheet([per_share, total])))


def test_context_links_need_close_magnitudes():
    r = rule(link_by_context=3)
    words = ["johnson", "buy", "share", "deal"]
    a = money(0, "$25.4bn", 25.4e9, thing=None, context=words, step=1e8)
    b = money(1, "$76", 76, thing=None, context=words, step=1, sentence=1)
    assert not list(r.check(sheet([a, b])))


def test_averages_are_not_counts():
    r = rule(dimensions=["count"], require_subject_entity=True)
    a = quantity(0, "13 rebounds", 13, "rebound", dimension="count", thing="rebound", subject_entity=1)
    b = quantity(1, "7.5 rebounds", 7.5, "rebound", dimension="count", thing="rebound", subject_entity=1,
                 sentence=1, step=0.1)
    assert not list(r.check(sheet([a, b])))


def test_blank_thing_is_no_anchor():
    """A thing made only of whitespace (junk input) links nothing and does not crash."""
    a = money(0, "£5m", 5e6, thing=" ")
    b = money(1, "£12m", 12e6, sentence=1, thing="\t")
    assert list(rule().check(sheet([a, b]))) == []
