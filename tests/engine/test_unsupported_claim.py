"""engine/kinds/unsupported_claim.py with hand-built FactSheets: no model needed."""

from claimcheck.engine.kinds.unsupported_claim import UnsupportedClaim
from claimcheck.facts import Claim, Quantity, Severity

from sourcefacts import fact, numbered, person, record, record_history, sheet_of, span

KELLY = numbered(fact("Scott Kelly", "spaceflights", 4, unit="spaceflight", entity_type="person"),
                 fact("Scott Kelly", "cumulative time in space", "520 days", entity_type="person", cumulative=True))


def rule(**kw) -> UnsupportedClaim:
    return UnsupportedClaim(id="sources/unsupported-claim", message="{what} about {subject}", **kw)


def q(text, value, unit, *, subject_entity=None, sentence=0):
    return Quantity(index=0, span=span(text, 10), value=value, unit=unit, subject_entity=subject_entity, sentence=sentence)


def test_a_number_about_a_sourced_person_that_no_fact_covers():
    m = person(0, "Scott Kelly", 0, entity=0)
    (hit,) = rule().check(sheet_of(sources=KELLY, mentions=[m], quantities=[q("23 spacewalks", 23, "spacewalks", subject_entity=0)],
                                   sentences=["Scott Kelly made 23 spacewalks."]))
    assert hit.values == {"subject": "Scott Kelly", "claim": "23 spacewalks", "what": "number"}
    assert rule().severity == Severity.info


def test_supported_or_contradicted_numbers_are_not_listed():
    m = person(0, "Scott Kelly", 0, entity=0)
    ok = q("four space flights", 4, "space flights", subject_entity=0)
    wrong = q("six space flights", 6, "space flights", subject_entity=0)
    assert list(rule().check(sheet_of(sources=KELLY, mentions=[m], quantities=[ok, wrong], sentences=["x"]))) == []


def test_numbers_that_only_share_a_sentence_or_concern_no_sourced_entity_are_quiet():
    m = [person(0, "Scott Kelly", 0, entity=0), person(1, "Jane Roe", 20, entity=1)]
    near = q("23 spacewalks", 23, "spacewalks")
    other = q("12 books", 12, "books", subject_entity=1)
    assert list(rule().check(sheet_of(sources=KELLY, mentions=m, quantities=[near, other], sentences=["x"]))) == []


def test_a_record_by_a_sourced_person_that_no_record_sheet_covers():
    m = person(0, "Scott Kelly", 0, entity=0)
    r = record("Kelly", "most spacewalks by an American", "10 spacewalks", holder_entity=0)
    (hit,) = rule().check(sheet_of(sources=KELLY, mentions=[m], records=[r]))
    assert hit.values["what"] == "record" and "Scott Kelly" in hit.values["subject"]
    known = record("Frank Rubio", "longest single spaceflight by a NASA astronaut", "371 days")
    assert list(rule().check(sheet_of(sources=record_history(), records=[known]))) == []
    stranger = record("Jane Roe", "most marathons in a year", None)
    assert list(rule().check(sheet_of(sources=KELLY, records=[stranger]))) == []


def test_firsts_about_a_sourced_entity():
    m = person(0, "Scott Kelly", 0, entity=0)
    c = Claim(index=0, span=span("Kelly was the first astronaut to tweet from orbit"), subject="Kelly",
              subject_entity=0, predicate="be", superlative="first", object="astronaut to tweet from orbit")
    (hit,) = rule().check(sheet_of(sources=KELLY, mentions=[m], claims=[c], sentences=["x"]))
    assert hit.values["what"] == "superlative"
    assert list(rule(claims=["numbers"]).check(sheet_of(sources=KELLY, mentions=[m], claims=[c], sentences=["x"]))) == []


def test_at_most_a_few_per_subject():
    m = person(0, "Scott Kelly", 0, entity=0)
    qs = [q(f"{n} spacewalks", n, "spacewalks", subject_entity=0) for n in (1, 2, 3, 5, 7)]
    assert len(list(rule(max_per_subject=2).check(sheet_of(sources=KELLY, mentions=[m], quantities=qs, sentences=["x"])))) == 2


def test_names_no_source_text_gives_only_when_asked():
    from sourcefacts import fact

    text = fact("Andrea Iervolino", "name", "Andrea Iervolino", entity_type="person", origin="text", sentence="x")
    m = [person(0, "Paolo Rossi", 0, entity=0), person(1, "Andrea Iervolino", 30, entity=1)]
    sheet = sheet_of(sources=[text], mentions=m)
    assert list(rule().check(sheet)) == []
    (hit,) = rule(claims=["names"]).check(sheet)
    assert hit.values["claim"] == "Paolo Rossi" and "No source text names Paolo Rossi" in hit.explanation


def test_numbers_no_source_text_states_only_when_asked():
    from sourcefacts import fact

    src = [fact("Lordstown", "recall", "19 pickups", origin="text", entity_type=None, sentence="x")]
    new = Quantity(index=0, span=span("7 trucks"), value=7, unit="trucks", cue="recall", subject="Lordstown")
    same = Quantity(index=0, span=span("19 pickups"), value=19, unit="pickups", cue="recall", subject="Lordstown")
    sheet = sheet_of(sources=src, quantities=[new, same], sentences=["x"])
    assert list(rule().check(sheet)) == []
    (hit,) = rule(claims=["text-numbers"]).check(sheet)
    assert hit.values["claim"] == "7 trucks" and "No source text gives 7 trucks" in hit.explanation


def test_a_count_the_source_states_for_another_noun_or_writes_bare_is_not_listed():
    from sourcefacts import fact

    src = numbered(fact("", "infect", "870 people", origin="text", entity_type=None, sentence="x"),
                   fact("", "numbers", "50 870", origin="text", entity_type=None))
    cases = Quantity(index=0, span=span("870 cases"), value=870, unit="cases", cue="report")
    others = Quantity(index=0, span=span("over 50 others"), value=50, unit="others", qualifier="more than")
    new = Quantity(index=0, span=span("1,250 cases"), value=1250, unit="cases", cue="report")
    hits = list(rule(claims=["text-numbers"]).check(sheet_of(sources=src, quantities=[cases, others, new], sentences=["x"])))
    assert [h.values["claim"] for h in hits] == ["1,250 cases"]
