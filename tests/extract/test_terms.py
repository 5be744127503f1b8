"""extract/terms.py: term mentions from rule term lists, with negation and hedges."""

import pytest

from claimcheck.document import document_from_text
from claimcheck.extract import ExtractOptions, TermList, extract_facts
from claimcheck.extract.terms import _key
from claimcheck.nlp import analyse

pytestmark = pytest.mark.model

ORBIT = TermList("orbit-rule", {"orbit": ("orbit", "in orbit", "into orbit", "orbital")})


def terms(text: str, lists=(ORBIT,)):
    doc = document_from_text(text)
    facts = extract_facts(doc, analyse(doc.analysis),
                          ExtractOptions(families=frozenset({"entities", "terms"}), term_lists=tuple(lists)))
    for t in facts.terms:
        assert text[t.span.start:t.span.end] == t.span.text
    return facts.terms


def test_phrases_and_lemmas_match():
    found = terms("Once in orbit, the crew filmed. The station orbits the Earth. An orbital flight.")
    assert [t.span.text for t in found] == ["in orbit", "orbits", "orbital"]
    assert all(t.term == "orbit" and t.list_name == "orbit-rule" for t in found)


def test_longest_match_wins():
    found = terms("The satellite went into orbit on Monday.")
    assert [t.span.text for t in found] == ["into orbit"]


def test_a_negated_quantifier_still_claims_the_term():
    (t,) = terms("While some footage will be shot in space, not all scenes will be filmed in orbit.")
    assert not t.negated and not t.hedged
    assert "film" in t.verbs


@pytest.mark.parametrize("text, cue", [
    ("The rocket will not reach orbit.", "not"),
    ("It never reached orbit.", "never"),
    ("The capsule failed to reach orbit.", "failed"),
    ("The test ended without reaching orbit.", "without"),
])
def test_negated(text, cue):
    (t,) = terms(text)
    assert t.negated and t.cue == cue


@pytest.mark.parametrize("text", [
    "The company hopes to reach orbit next year.",
    "The capsule could reach orbit by June.",
    "If the rocket reaches orbit, the crew will film.",
])
def test_hedged(text):
    (t,) = terms(text)
    assert t.hedged and not t.negated


def test_prefixed_words_are_other_words():
    assert terms("It was a sub-orbital hop, not a suborbital flight.") == []


def test_several_lists_and_quotes():
    sonic = TermList("sonic", {"supersonic": ("supersonic", "faster than sound")})
    found = terms('The jet flew faster than sound. "It will go into orbit," he said.', (ORBIT, sonic))
    assert [(t.list_name, t.in_quote) for t in found] == [("sonic", False), ("orbit-rule", True)]


def test_matchers_are_cached_per_list_content():
    a = TermList("x", {"orbit": ("orbit",)})
    b = TermList("x", {"orbit": ("orbit",)})
    assert _key(None, (a,)) == _key(None, (b,))
