"""extract/forms.py with the model: variant keys, shapes, roles, declared groups, offsets."""

import pytest

from claimcheck.document import document_from_text
from claimcheck.extract import ExtractOptions, extract_facts
from claimcheck.extract.forms import fold_form, form_key
from claimcheck.nlp import analyse

pytestmark = pytest.mark.model


def forms_of(text, groups=(), fmt="txt"):
    doc = document_from_text(text, "t", fmt)
    options = ExtractOptions(families=frozenset({"forms"}), variant_groups=tuple(groups))
    facts = extract_facts(doc, analyse(doc.analysis), options)
    for f in facts.forms:
        assert doc.text[f.span.start:f.span.end] == f.span.text
    return facts.forms


def test_keys_and_folding():
    assert form_key("Space 11") == form_key("space-11") == form_key("Space11") == "space11"
    assert fold_form("E\u2011Mail") == fold_form("e-mail") != fold_form("email")


def test_joined_hyphenated_and_spaced_forms():
    forms = forms_of("The Space11 crew trained. Space 11 launches in May. The V-2 flew; the V2 fell. "
                     "An e-mail came, then an email.")
    by_key = {}
    for f in forms:
        by_key.setdefault(f.key, []).append((f.form, f.shape))
    assert by_key["space11"] == [("Space11", "solid"), ("Space 11", "space")]
    assert by_key["v2"] == [("V-2", "hyphen"), ("V2", "solid")]
    assert by_key["email"] == [("e-mail", "hyphen"), ("email", "solid")]


def test_a_term_written_one_way_is_no_fact():
    assert forms_of("The Space11 crew trained. The Space11 team is ready. SPACE11 rules.") == []


def test_roles_tell_uses_apart():
    forms = forms_of("They set up an office. The setup took a week. A long-term plan was agreed; in the long term it may change.")
    setup = {f.form: f.head_pos for f in forms if f.key == "setup"}
    assert setup["set up"] == "VERB" and setup["setup"] == "NOUN"
    term = {f.form: f.attributive for f in forms if f.key == "longterm"}
    assert term == {"long-term": True, "long term": False}


def test_articles_and_numbers_start_no_term():
    assert forms_of("They walked a way home, far away. A second-half goal won it in the second half.") == []


def test_declared_groups_share_a_key_and_markup_is_mapped():
    forms = forms_of("His *adviser* spoke first.\n\nThe advisor left later.", groups=[("adviser", "advisor")], fmt="md")
    assert [(f.form, f.key, f.declared, f.span.text) for f in forms] == [
        ("adviser", "adviser", True, "adviser"), ("advisor", "adviser", True, "advisor")]


def test_spaced_words_must_form_one_phrase():
    # subject and verb are not the noun "networks"; the compound "web site" is "website"
    forms = forms_of("The net works well, and networks grow. The web site and the website agree.")
    assert {f.form for f in forms} == {"web site", "website"}


def test_attributive_before_adjectives_and_participles():
    forms = forms_of("It was the all-time worst show. An injury-time dropped goal won. It is the best of all time.")
    attributive = {(f.form, f.attributive) for f in forms}
    assert ("all-time", True) in attributive and ("all time", False) in attributive
