"""extract/claims.py and its helpers, with the model, on texts written for these tests."""

import pytest

from claimcheck.document import document_from_text
from claimcheck.extract import ExtractOptions, extract_facts
from claimcheck.extract.modality import read_modality
from claimcheck.nlp import analyse


def claims_of(text: str, fmt: str = "txt"):
    doc = document_from_text(text, fmt=fmt)
    facts = extract_facts(doc, analyse(doc.analysis), ExtractOptions(families=frozenset({"entities", "claims"})))
    for c in facts.claims:
        assert text[c.span.start:c.span.end] == c.span.text
    return facts


def events(facts):
    return [c for c in facts.claims if c.kind == "event"]


@pytest.mark.parametrize("cues, modality", [
    (["announce", "plan"], "announced"),
    (["rumor"], "rumored"),
    (["reportedly", "set to"], "reported"),
    (["not confirm"], "unconfirmed"),
    (["not deny"], "asserted"),
    ([], "asserted"),
])
def test_read_modality(cues, modality):
    assert read_modality(cues)[0] == modality


def test_announced_plans_look_through_the_frame_noun():
    facts = claims_of("The director Maya Lind had announced plans for a polar survival drama in 2019.")
    c = next(c for c in events(facts) if c.object_key == "polar survival drama")
    assert c.modality == "announced" and c.predicate == "plan"
    assert c.subject_entities and facts.entities[c.subject_entities[0]].name == "Maya Lind"
    assert c.span.text.startswith("had announced plans")


def test_rumored_raising_keeps_the_subject_and_coordination():
    facts = claims_of("Maya Lind and Oskar Berg were rumored to be developing a polar survival drama.")
    c = next(c for c in events(facts) if c.predicate == "develop")
    assert c.modality == "rumored" and c.modal_cue == "rumor"
    assert len(c.subject_entities) == 2
    assert c.span.text == "were rumored to be developing a polar survival drama"


def test_attribution_from_according_to_and_speech_verbs():
    facts = claims_of("The crew will fly in May, according to Orbital Weekly. "
                      "The budget doubled, Maya Lind said.")
    fly = next(c for c in events(facts) if c.predicate == "fly")
    assert fly.attribution == "Orbital Weekly" and fly.modality == "reported"
    doubled = next(c for c in events(facts) if c.predicate == "double")
    assert doubled.attribution == "Maya Lind" and doubled.modality == "asserted"


def test_hedges_conditionals_and_questions():
    facts = claims_of("The studio is expected to hire a new writer. If the studio hires a writer, "
                      "filming resumes. Will the studio hire a writer?")
    mods = {c.span.text: c.modality for c in events(facts)}
    assert any(m == "speculated" for t, m in mods.items() if "hire" in t)
    assert "hypothetical" in mods.values() and "question" in mods.values()


def test_negation_and_not_only():
    facts = claims_of("The bridge was not opened in 1987. The museum is not only a gallery but a school.")
    opened = next(c for c in events(facts) if c.predicate == "open")
    assert opened.negated and opened.tense == "past" and opened.time == "in 1987"
    museum = next(c for c in events(facts) if c.subject_key == "museum")
    assert not museum.negated


def test_indefinite_and_pronoun_subjects_have_no_key():
    facts = claims_of("The studio announced a sequel. A rival studio denied the report. It said nothing.")
    keys = {c.subject: c.subject_key for c in events(facts)}
    assert keys["The studio"] == "studio"
    assert keys["A rival studio"] is None and keys["It"] is None


def test_appositive_attributes():
    facts = claims_of("The film is produced by Carlo Benedetti, an Italian-Canadian film producer and "
                      "entrepreneur. Tomas Varga, a veteran of four space flights, joined the crew. "
                      "Russian director Ivan Petrov agreed.")
    attrs = {(c.subject, c.attribute, c.value) for c in facts.claims if c.kind == "attribute"}
    assert ("Carlo Benedetti", "nationality", "italian-canadian") in attrs
    assert ("Carlo Benedetti", "role", "film producer") in attrs
    assert ("Carlo Benedetti", "role", "entrepreneur") in attrs
    assert ("Tomas Varga", "count:flight", "4") in attrs
    assert ("Ivan Petrov", "nationality", "russian") in attrs
    assert ("Ivan Petrov", "role", "director") in attrs


def test_age_and_post_attributes():
    facts = claims_of("Anna Novak, 52, chairs the panel. As head of Brightwave, Novak signed the deal.")
    attrs = {(c.attribute, c.value) for c in facts.claims if c.kind == "attribute"}
    assert ("age", "52") in attrs and ("role", "head of brightwave") in attrs


def test_superlatives_keep_their_scope():
    facts = claims_of("Orbit Nine, the first feature film shot in orbit, opens today. "
                      "Kelly Marsh holds the record for the longest spacewalk. "
                      "Red Meridian is Hollywood's first film shot in orbit. "
                      "It was one of the first films of its kind. For the first time, the crew slept.")
    sups = [c for c in facts.claims if c.kind == "superlative"]
    assert [(c.subject, c.superlative) for c in sups] == [
        ("Orbit Nine", "first"), ("Kelly Marsh", "longest"), ("Red Meridian", "first")]
    assert sups[0].scope == ["feature", "film", "orbit", "shoot"]
    assert sups[1].scope == ["spacewalk"]
    assert {"film", "hollywood", "orbit"} <= set(sups[2].scope)


def test_secrecy_claims_name_each_topic():
    facts = claims_of("Details about the director, cast and release date remain under wraps.")
    topics = [c.topic for c in facts.claims if c.kind == "secrecy"]
    assert topics == ["director", "cast", "release date"]


def test_quoted_speech_is_marked():
    facts = claims_of('"We will never sell the studio," Maya Lind said. The board sold the studio.')
    sell = [c for c in events(facts) if c.predicate == "sell"]
    assert [c.in_quote for c in sell] == [True, False]
    assert sell[0].attribution == "Maya Lind"


def test_markdown_offsets():
    text = "# Title\n\nThe studio *Northwind* had announced plans for a lunar heist thriller.\n"
    facts = claims_of(text, fmt="md")
    assert any(c.modality == "announced" for c in events(facts))
