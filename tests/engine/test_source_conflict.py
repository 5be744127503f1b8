"""engine/kinds/source_conflict.py with hand-built FactSheets: no model needed."""

from datetime import date

from claimcheck.engine.kinds.source_conflict import SourceConflict
from claimcheck.facts import Claim, Quantity, Severity, TimeExpr

from sourcefacts import fact, numbered, person, record, record_history, sheet_of, span

TITLE = "longest single spaceflight by a NASA astronaut"


def rule(**kw) -> SourceConflict:
    return SourceConflict(id="sources/source-conflict", message="{status}: {subject}", **kw)


def hits_of(sheet, **kw):
    return list(rule(**kw).check(sheet))


# ----------------------------------------------------------------- records


def test_a_broken_record_in_the_present_tense_is_outdated():
    m = person(0, "Scott Kelly", 0, entity=0)
    (hit,) = hits_of(sheet_of(sources=record_history(), mentions=[m],
                              records=[record("Kelly", TITLE, "340 days", holder_entity=0,
                                              set_earliest=date(2016, 3, 1), set_latest=date(2016, 3, 31))]))
    assert hit.values["status"] == "Out of date" and hit.severity == Severity.warning
    assert hit.values["source_value"] == "371 days (Frank Rubio)"
    assert "from 1 March 2016 until 15 March 2022" in hit.explanation
    assert "since 11 September 2023" in hit.explanation and "https://example.org/ref" in hit.explanation
    assert [s.text for s in hit.evidence] == ["Kelly", TITLE, "340 days"]


def test_the_same_claim_was_true_on_an_earlier_date():
    assert hits_of(sheet_of(sources=record_history(), day=date(2017, 1, 1),
                            records=[record("Scott Kelly", TITLE, "340 days")])) == []


def test_the_current_holder_is_supported_and_aliases_match():
    assert hits_of(sheet_of(sources=record_history(), records=[record("Frank Rubio", TITLE, "371 days")])) == []
    assert hits_of(sheet_of(sources=record_history(), records=[record("Frank Rubio", "longest U.S. spaceflight", None)])) == []


def test_a_wrong_value_for_the_holder_is_a_conflict():
    (hit,) = hits_of(sheet_of(sources=record_history(), records=[record("Frank Rubio", TITLE, "390 days")]))
    assert hit.values["status"] == "Contradicted" and hit.severity == Severity.error
    assert "the source gives 371 days for Frank Rubio" in hit.explanation


def test_a_record_never_held_is_a_conflict_with_the_current_one():
    (hit,) = hits_of(sheet_of(sources=record_history(), records=[record("Peggy Whitson", TITLE, "289 days")]))
    assert "the record is 371 days (Frank Rubio" in hit.explanation


def test_past_tense_history_is_checked_against_its_own_dates():
    history = record_history()
    ok = record("Scott Kelly", TITLE, "340 days", tense="past", set_earliest=date(2016, 3, 1), set_latest=date(2016, 3, 31))
    assert hits_of(sheet_of(sources=history, records=[ok])) == []
    wrong = record("Scott Kelly", TITLE, "340 days", tense="past", set_earliest=date(2012, 1, 1), set_latest=date(2012, 12, 31))
    (hit,) = hits_of(sheet_of(sources=history, records=[wrong]))
    assert "dates that record from 1 March 2016" in hit.explanation


def test_a_different_record_or_a_hedged_claim_is_not_compared():
    assert hits_of(sheet_of(sources=record_history(), records=[record("Valeri Polyakov", "longest spaceflight", "437 days")])) == []
    assert hits_of(sheet_of(sources=record_history(), records=[record("Scott Kelly", TITLE, "500 days", hedged=True)])) == []


def test_without_an_article_date_the_latest_fact_is_used():
    (hit,) = hits_of(sheet_of(sources=record_history(), day=None, records=[record("Scott Kelly", TITLE, "340 days")]))
    assert hit.values["status"] == "Out of date" and "the article has no date" in hit.explanation


# ----------------------------------------------------------------- names from source texts


def text_name(name: str, index: int = 0, sentence: str | None = None, trust="high"):
    return fact(name, "name", name, index=index, entity_type="person", origin="text", trust=trust,
                sentence=sentence or f"The film is produced by {name}.", sentence_line=3)


def test_a_given_name_the_source_text_does_not_use_is_a_conflict():
    mentions = [person(0, "Domenico Iervolino", 10, entity=0, line=2), person(1, "Iervolino", 60, entity=0, line=4)]
    (hit,) = hits_of(sheet_of(sources=[text_name("Andrea Iervolino")], mentions=mentions))
    assert [s.text for s in hit.evidence] == ["Domenico Iervolino"]
    assert hit.values["source_value"] == "Andrea Iervolino"
    assert "line 3: \"The film is produced by Andrea Iervolino.\"" in hit.explanation


def test_matching_and_diminutive_names_are_supported():
    assert hits_of(sheet_of(sources=[text_name("Andrea Iervolino")], mentions=[person(0, "Andrea Iervolino", 0, entity=0)])) == []
    assert hits_of(sheet_of(sources=[text_name("William Baxter")], mentions=[person(0, "Bill Baxter", 0, entity=0)])) == []


def test_a_family_in_the_source_or_a_relative_in_the_article_decides_nothing():
    family = numbered(text_name("Anna Rossi"), text_name("Marco Rossi"))
    assert hits_of(sheet_of(sources=family, mentions=[person(0, "Paolo Rossi", 0, entity=0)])) == []
    mentions = [person(0, "Mark Kelly", 0, entity=0, cue="brother")]
    assert hits_of(sheet_of(sources=[text_name("Scott Kelly")], mentions=mentions)) == []


def test_trust_lowers_the_severity():
    mentions = [person(0, "Domenico Iervolino", 0, entity=0)]
    (hit,) = hits_of(sheet_of(sources=[text_name("Andrea Iervolino", trust="low")], mentions=mentions))
    assert hit.severity == Severity.info


def test_sheets_do_not_decide_names():
    kelly = fact("Scott Kelly", "spaceflights", 4, unit="spaceflight", entity_type="person")
    assert hits_of(sheet_of(sources=[kelly], mentions=[person(0, "Mark Kelly", 0, entity=0)])) == []


# ----------------------------------------------------------------- quantities


def quantity(text: str, value: float, unit: str, *, subject=None, subject_entity=None, qualifier=None,
             sentence=0, cumulative=False, comparative=False) -> Quantity:
    return Quantity(index=0, span=span(text, 5), value=value, unit=unit, subject=subject,
                    subject_entity=subject_entity, qualifier=qualifier, sentence=sentence,
                    cumulative=cumulative, comparative=comparative)


KARMAN = fact("Kármán line", "altitude", "100 km", aliases=["Karman line"], terms=["above", "altitude", "at"])


def test_a_quantity_about_a_sheet_thing_is_compared_in_its_units():
    ok = quantity("62 miles", 62, "miles", subject="the Kármán line")
    assert hits_of(sheet_of(sources=[KARMAN], quantities=[ok], sentences=["The Kármán line lies 62 miles above sea level."])) == []
    bad = quantity("50 miles", 50, "miles", subject="the Karman line")
    (hit,) = hits_of(sheet_of(sources=[KARMAN], quantities=[bad], sentences=["The Karman line lies 50 miles above sea level."]))
    assert "100 km" in hit.explanation and hit.values["article_value"] == "50 miles"


def test_hedged_and_comparative_quantities_are_not_contradicted():
    about = quantity("60 miles", 60, "miles", subject="the Kármán line", qualifier="about")
    cmp_ = quantity("50 miles", 50, "miles", subject="the Kármán line", comparative=True)
    s = ["The Kármán line sits about 60 miles above us, higher than 50 miles."]
    assert hits_of(sheet_of(sources=[KARMAN], quantities=[about, cmp_], sentences=s)) == []


def test_a_quantity_whose_sentence_lacks_the_fact_terms_is_not_compared():
    q = quantity("80 km", 80, "km", subject="the Kármán line")
    assert hits_of(sheet_of(sources=[KARMAN], quantities=[q], sentences=["The Kármán line was named in 1957 by 80 km people."])) == []


def test_a_count_about_a_person_and_two_candidate_properties():
    facts = numbered(fact("Scott Kelly", "spaceflights", 4, unit="spaceflight", entity_type="person"),
                     fact("Scott Kelly", "cumulative time in space", "520 days", entity_type="person", cumulative=True),
                     fact("Scott Kelly", "longest mission", "340 days", entity_type="person"))
    m = person(0, "Scott Kelly", 0, entity=0)
    five = quantity("five space flights", 5, "space flights", subject_entity=0)
    (hit,) = hits_of(sheet_of(sources=facts, mentions=[m], quantities=[five], sentences=["Scott Kelly, a veteran of five space flights."]))
    assert "spaceflights of Scott Kelly as 4" in hit.explanation
    four = quantity("four missions", 4, "missions", subject_entity=0)
    assert hits_of(sheet_of(sources=facts, mentions=[m], quantities=[four], sentences=["x"])) == []
    days = quantity("300 days", 300, "days", subject_entity=0)  # the mission or the career? silence
    assert hits_of(sheet_of(sources=facts, mentions=[m], quantities=[days], sentences=["x"])) == []
    total = quantity("520 days", 520, "days", subject_entity=0, cumulative=True)
    assert hits_of(sheet_of(sources=facts, mentions=[m], quantities=[total], sentences=["x"])) == []


# ----------------------------------------------------------------- dates and attributes


def test_a_date_for_a_sheet_event_is_compared_by_its_terms():
    released = fact("The Challenge", "release date", date(2023, 4, 20), terms=["released"], entity_type="work")
    t = TimeExpr(index=0, span=span("2022", 3), kind="year", earliest=date(2022, 1, 1), latest=date(2022, 12, 31),
                 verb="release")
    (hit,) = hits_of(sheet_of(sources=[released], times=[t], sentences=["In 2022 Klim Shipenko released The Challenge."]))
    assert "20 April 2023" in hit.explanation
    ok = t.model_copy(update={"earliest": date(2023, 1, 1), "latest": date(2023, 12, 31), "span": span("2023", 3)})
    assert hits_of(sheet_of(sources=[released], times=[ok], sentences=["In 2023 Klim Shipenko released The Challenge."])) == []
    assert hits_of(sheet_of(sources=[released], times=[t], sentences=["In 2022 the challenge was released."])) == []


def test_a_date_is_compared_only_through_the_verb_it_hangs_on():
    retired = fact("Scott Kelly", "retired from NASA", date(2016, 4, 1), terms=["retired", "retirement"],
                   entity_type="person")
    m = person(0, "Scott Kelly", 9, entity=0)
    sentence = ["Retired astronaut Scott Kelly holds the record, set in March 2016."]
    set_in = TimeExpr(index=0, span=span("March 2016", 50), kind="date", earliest=date(2016, 3, 1),
                      latest=date(2016, 3, 31), anchor_entity=0, verb="set")
    assert hits_of(sheet_of(sources=[retired], mentions=[m], times=[set_in], sentences=sentence)) == []
    retires = set_in.model_copy(update={"verb": "retire"})
    (hit,) = hits_of(sheet_of(sources=[retired], mentions=[m], times=[retires], sentences=["Kelly retired in March 2016."]))
    assert "1 April 2016" in hit.explanation


def test_an_attribute_claim_against_a_sheet_value():
    director = fact("The Challenge", "director", "Klim Shipenko", terms=["directed"], entity_type="work")
    c = Claim(index=0, span=span("directed by Doug Liman"), subject="The Challenge", predicate="be",
              attribute="director", value="Doug Liman")
    (hit,) = hits_of(sheet_of(sources=[director], claims=[c], sentences=["x"]))
    assert "Klim Shipenko" in hit.explanation
    ok = c.model_copy(update={"value": "Klim Shipenko"})
    assert hits_of(sheet_of(sources=[director], claims=[ok], sentences=["x"])) == []


def test_no_sources_no_findings():
    assert hits_of(sheet_of(records=[record("Scott Kelly", TITLE, "340 days")])) == []


def test_families_option_limits_the_comparison():
    mentions = [person(0, "Domenico Iervolino", 0, entity=0)]
    assert hits_of(sheet_of(sources=[text_name("Andrea Iervolino")], mentions=mentions), families=["records"]) == []


# ----------------------------------------------------------------- quantities stated by source texts


def text_number(value: str, cue: str, subject: str = "", index: int = 0):
    return fact(subject, cue, value, index=index, entity_type=None, origin="text",
                sentence=f"The text says {value}.", sentence_line=2)


def test_a_text_quantity_with_the_same_measure_and_another_value_conflicts():
    src = numbered(text_number("19 pickups", "recall", "Lordstown"), text_number("$5bn", "sale", "The company"))
    q = Quantity(index=0, span=span("29 pickups", 3), value=29, unit="pickups", cue="recall", subject="Lordstown")
    (hit,) = hits_of(sheet_of(sources=src, quantities=[q], sentences=["Lordstown will recall 29 pickups."]))
    assert "the source gives 19 pickups" in hit.explanation and "The text says 19 pickups." in hit.explanation
    ok = q.model_copy(update={"value": 19, "span": span("19 pickups", 3)})
    assert hits_of(sheet_of(sources=src, quantities=[ok], sentences=["x"])) == []


def test_a_text_quantity_is_not_contradicted_without_the_same_measure_or_subject():
    src = numbered(text_number("19 pickups", "recall", "Lordstown"))
    other_cue = Quantity(index=0, span=span("29 pickups"), value=29, unit="pickups", cue="sell", subject="Lordstown")
    other_subject = Quantity(index=0, span=span("29 pickups"), value=29, unit="pickups", cue="recall", subject="Ford")
    no_cue = Quantity(index=0, span=span("29 pickups"), value=29, unit="pickups", subject="Lordstown")
    for q in (other_cue, other_subject, no_cue):
        assert hits_of(sheet_of(sources=src, quantities=[q], sentences=["x"])) == []
    two = numbered(text_number("19 pickups", "recall", "Lordstown"), text_number("12 pickups", "recall", "Lordstown", 1))
    q = Quantity(index=0, span=span("29 pickups"), value=29, unit="pickups", cue="recall", subject="Lordstown")
    assert hits_of(sheet_of(sources=two, quantities=[q], sentences=["x"])) == []


# ----------------------------------------------------------------- statements of source texts


def statement(subject: str, predicate: str, object_key: str, *, negated=False, text=None, sentence="x"):
    c = Claim(index=0, span=span(text or f"{predicate} {object_key}"), subject=subject, subject_key=subject.lower(),
              predicate=predicate, object_key=object_key, negated=negated, tense="past")
    return c


def text_statement(c: Claim, index: int = 0):
    return fact(c.subject, "statement", c.span.text, index=index, entity_type="claim", origin="text",
                aliases=["k:" + c.subject_key], claim=c, sentence="The council approved the budget.", sentence_line=4)


def test_a_statement_a_source_text_negates_is_a_conflict():
    src = [text_statement(statement("the council", "approve", "budget", text="approved the budget"))]
    denied = statement("the council", "approve", "budget", negated=True, text="did not approve the budget")
    (hit,) = hits_of(sheet_of(sources=src, claims=[denied], sentences=["x"]))
    assert "states it without the negation" in hit.explanation and "line 4" in hit.explanation
    assert [s.text for s in hit.evidence] == ["did not approve the budget"]


def test_antonyms_conflict_and_a_matching_statement_supports():
    src = numbered(text_statement(statement("the mayor", "oppose", "stadium plan")),
                   text_statement(statement("the mayor", "praise", "library"), 1))
    (hit,) = hits_of(sheet_of(sources=src, claims=[statement("the mayor", "support", "stadium plan")], sentences=["x"]))
    assert "says the opposite" in hit.explanation
    agree = [statement("the mayor", "oppose", "stadium plan"), statement("the mayor", "praise", "library")]
    assert hits_of(sheet_of(sources=src, claims=agree, sentences=["x"])) == []


def test_other_subjects_objects_or_times_are_not_compared():
    src = [text_statement(statement("the council", "approve", "budget"))]
    other_subject = statement("the board", "approve", "budget", negated=True)
    other_object = statement("the council", "approve", "stadium", negated=True)
    dated = statement("the council", "approve", "budget", negated=True).model_copy(update={"time": "in 2019"})
    hedged = statement("the council", "approve", "budget", negated=True).model_copy(update={"modality": "rumored"})
    src_dated = [text_statement(statement("the council", "approve", "budget").model_copy(update={"time": "in 2024"}))]
    for c in (other_subject, other_object, hedged):
        assert hits_of(sheet_of(sources=src, claims=[c], sentences=["x"])) == []
    assert hits_of(sheet_of(sources=src_dated, claims=[dated], sentences=["x"])) == []
