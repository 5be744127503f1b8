"""extract/entities.py: name parsing (no model) and mention grouping (with the model)."""

import pytest

from claimcheck.document import document_from_text
from claimcheck.extract import ExtractOptions, extract_facts
from claimcheck.extract.entities import is_initial, parse_name, same_person_spelling
from claimcheck.nlp import analyse


def facts_of(text: str):
    doc = document_from_text(text)
    return extract_facts(doc, analyse(doc.analysis), ExtractOptions(families=frozenset({"entities"})))


@pytest.mark.parametrize("words, given, surname, titles", [
    (["Scott", "Kelly"], "Scott", "Kelly", []),
    (["Dr", "Scott", "J.", "Kelly", "Jr"], "Scott", "Kelly", ["dr"]),
    (["Ludwig", "van", "Beethoven"], "Ludwig", "van Beethoven", []),
    (["Iervolino"], None, "Iervolino", []),
    (["Mr", "Blair"], None, "Blair", ["mr"]),
])
def test_parse_name(words, given, surname, titles):
    p = parse_name(words)
    assert (p.given, p.surname, p.titles) == (given, surname, titles)


def test_initials():
    assert is_initial("J.") and is_initial("J") and is_initial("JR")
    assert not is_initial("John") and not is_initial("Jo")


def test_spelling_variants():
    assert same_person_spelling("Shipenko", "Shipenco")
    assert not same_person_spelling("Kelly", "Kennedy")
    assert not same_person_spelling("Li", "Lu")


def test_bare_surname_tagged_gpe_becomes_person():
    f = facts_of("Producer Andrea Iervolino met the crew. Iervolino said the film is ready. "
                 "Later Iervolino flew to Rome.")
    persons = [m for m in f.mentions if m.label == "PERSON"]
    assert [m.span.text for m in persons].count("Iervolino") == 2
    entity = f.entities[persons[0].entity]
    assert entity.name == "Andrea Iervolino" and len(entity.mentions) == 3


def test_mentions_point_into_the_original_text():
    text = "The film, *Orbit*, stars Maria *Lopez*. Lopez said yes."
    doc = document_from_text(text)
    f = extract_facts(doc, analyse(doc.analysis))
    for m in f.mentions:
        assert text[m.span.start:m.span.end] == m.span.text


def test_relative_cue_is_marked():
    f = facts_of("Astronaut Scott Kelly trained for a year. His twin brother Mark Kelly stayed home.")
    mark = next(m for m in f.mentions if m.given == "Mark")
    assert mark.relative_cue in {"twin", "brother"}


def test_ambiguous_bare_surname_is_left_unlinked():
    f = facts_of("Anna Novak and Petra Novak founded the firm in 2001. Novak declined to comment.")
    bare = [m for m in f.mentions if m.span.text == "Novak"]
    assert bare and all(m.entity is None for m in bare)


def test_sentences_know_their_paragraph():
    doc = document_from_text("One here. Two here.\n\nThree here.\n\n\nFour here.")
    f = extract_facts(doc, analyse(doc.analysis), ExtractOptions(families=frozenset()))
    assert [s.paragraph for s in f.sentences] == [0, 0, 1, 2]
