"""extract/records.py with the model, on sentences written for the test."""

from datetime import date

import pytest

from claimcheck.document import document_from_text
from claimcheck.extract import ExtractOptions, extract_facts
from claimcheck.nlp import analyse

pytestmark = pytest.mark.model


def records_of(text: str, fmt: str = "txt"):
    doc = document_from_text(text, fmt=fmt)
    facts = extract_facts(doc, analyse(doc.analysis), ExtractOptions(families=frozenset({"records"})))
    for r in facts.records:
        for s in (r.span, r.holder_span, r.title_span, r.value_span, r.set_span):
            if s is not None:
                assert text[s.start:s.end] == s.text
    return facts.records


def test_a_standing_record_with_value_and_date():
    (r,) = records_of("Kelly holds the record for the longest single spaceflight by a NASA astronaut—340 days, "
                      "set in March 2016.")
    assert (r.holder, r.title, r.value, r.tense) == ("Kelly", "longest single spaceflight by a NASA astronaut", "340 days", "present")
    assert (r.set_earliest, r.set_latest) == (date(2016, 3, 1), date(2016, 3, 31))
    assert r.superlative == "longest" and r.number == 340 and r.unit == "days"


def test_passive_holder_and_record_holder_forms():
    (r,) = records_of("The record for the longest single spaceflight is held by Valeri Polyakov, at 437 days.")
    assert r.holder == "Valeri Polyakov" and r.tense == "present" and r.value == "437 days"
    (r,) = records_of("Valeri Polyakov remains the record holder for the longest single spaceflight.")
    assert r.holder == "Valeri Polyakov" and r.tense == "present" and r.value is None


def test_breaking_a_record_is_a_past_event_with_scope_words():
    (r,) = records_of("In 2023 Frank Rubio broke the US record for the longest spaceflight, spending 371 days in orbit.")
    assert r.tense == "past" and r.title == "US longest spaceflight" and r.set_earliest == date(2023, 1, 1)
    assert r.value == "371 days" and r.holder_entity is not None


def test_until_is_not_when_the_record_was_set():
    (r,) = records_of("Mark Vande Hei held the record for the longest US spaceflight until 2023.")
    assert r.tense == "past" and r.set_earliest is None


def test_hedges_pronouns_and_records_without_superlatives():
    (r,) = records_of("Frank Rubio could break the record for the longest spaceflight by an American.")
    assert r.hedged
    assert records_of("He holds the record for the longest flight.") == []
    assert records_of("Mary Shaw kept a record for the company.") == []
    assert records_of("The weather service keeps records for every city.") == []
