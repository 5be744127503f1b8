"""evidence/texts.py: a source text's FactSheet → evidence (hand-built sheets, no model)."""

from datetime import date

from claimcheck.evidence.texts import facts_from_sheet
from claimcheck.facts import Citation, Claim, Entity, FactSheet, Mention, Quantity, RecordClaim, Sentence, Span, TimeExpr

CITE = Citation(title="Release", url="https://example.org/r", trust="medium")


def span(text, start=0, line=1):
    return Span(start=start, end=start + len(text), line=line, column=1, text=text)


def test_people_records_quantities_attributes_and_dates_become_evidence():
    sentences = [Sentence(index=0, span=span("\n The film is produced by Andrea Iervolino. ", 0, 3)),
                 Sentence(index=1, span=span("Rubio holds the record, 371 days.", 50, 5))]
    mentions = [Mention(index=0, span=span("Andrea Iervolino", 20), label="PERSON", name="Andrea Iervolino",
                        given="Andrea", surname="Iervolino", entity=0),
                Mention(index=1, span=span("Rubio", 50), label="PERSON", name="Rubio", surname="Rubio",
                        entity=1, sentence=1)]
    entities = [Entity(index=0, label="PERSON", name="Andrea Iervolino", mentions=[0], aliases=["Andrea Iervolino"]),
                Entity(index=1, label="PERSON", name="Rubio", mentions=[1], aliases=["Rubio"])]
    record = RecordClaim(index=0, span=span("x"), holder="Rubio", holder_span=span("Rubio"), holder_entity=1,
                         title="longest US spaceflight", title_span=span("x"), value="371 days",
                         number=371, unit="days", sentence=1)
    hedged = record.model_copy(update={"hedged": True})
    q = Quantity(index=0, span=span("about 19 pickups"), value=19, unit="pickups", qualifier="about",
                 cue="recall", subject="Lordstown", dimension="count")
    claim = Claim(index=0, span=span("x"), subject="Andrea Iervolino", subject_entity=0, predicate="be",
                  attribute="nationality", value="Italian-Canadian")
    rumour = claim.model_copy(update={"modality": "rumored"})
    t = TimeExpr(index=0, span=span("March 2016"), kind="date", earliest=date(2016, 3, 1),
                 latest=date(2016, 3, 31), anchor="the landing", verb="land")
    sheet = FactSheet(path="r", sentences=sentences, mentions=mentions, entities=entities,
                      records=[record, hedged], quantities=[q], claims=[claim, rumour], times=[t])
    facts = facts_from_sheet(sheet, CITE)
    assert [f.index for f in facts] == list(range(len(facts)))
    assert all(f.origin == "text" and f.citation == CITE for f in facts)
    by = {(f.property, f.value): f for f in facts}
    name = by[("name", "Andrea Iervolino")]
    assert name.sentence == "The film is produced by Andrea Iervolino." and name.sentence_line == 4
    assert ("name", "Rubio") in by  # a bare surname supports, never contradicts
    vocabulary = next(f for f in facts if f.property == "vocabulary")
    assert {"andrea", "iervolino", "rubio", "the"} <= set(vocabulary.value.split())
    (rec,) = [f for f in facts if f.property == "record"]
    assert (rec.entity, rec.holder, rec.base_unit, rec.entity_type) == ("longest US spaceflight", "Rubio", "second", "record")
    pickups = by[("recall", "about 19 pickups")]
    assert pickups.entity == "Lordstown" and pickups.low < 19 < pickups.high
    assert by[("nationality", "Italian-Canadian")].entity == "Andrea Iervolino"
    assert len([f for f in facts if f.property == "nationality"]) == 1
    landing = by[("land", "March 2016")]
    assert landing.date_value == date(2016, 3, 1) and landing.date_precision == "month"


def test_numbers_written_on_their_own_are_collected():
    from claimcheck.evidence.texts import _numbers

    assert list(_numbers("More than 50 missing, 1,000 days, 0.505%, SARS-CoV-2, the G7, a 10-year bond.")) == [50, 1000, 0.505]
