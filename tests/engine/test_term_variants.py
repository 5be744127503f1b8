"""Kind `term-variants` on hand-built WordForm facts: majority form, guards."""

from claimcheck.engine.kinds.term_variants import TermVariants
from claimcheck.engine.run import run_rules
from claimcheck.facts import FactSheet, Span, WordForm

_pos = [0]


def form(text, key, shape="solid", pos="PROPN", attributive=False, declared=False, function_words=False, line=1):
    start = _pos[0]
    _pos[0] += len(text) + 10
    return WordForm(index=0, span=Span(start=start, end=start + len(text), line=line, column=1, text=text),
                    form=text, key=key, shape=shape, head_pos=pos, attributive=attributive, declared=declared,
                    function_words=function_words)


def run(*forms, **params):
    rule = TermVariants(id="terms/tv", message="{forms} → {suggestion} ({count})", **params)
    return run_rules([rule], FactSheet(path="x", forms=list(forms)))


def test_majority_form_is_the_suggestion():
    (f,) = run(form("Space11", "space11", line=1), form("Space 11", "space11", "space", line=2),
               form("Space11", "space11", line=3))
    assert f.message == "Space11 / Space 11 → Space11 (2)"
    assert [s.text for s in f.evidence] == ["Space11", "Space 11"]  # first majority + every minority
    assert "\"Space11\" (2×, line 1, 3)" in f.explanation and "The most frequent form is \"Space11\"" in f.explanation


def test_tie_says_so():
    (f,) = run(form("V-2", "v2", "hyphen"), form("V2", "v2"))
    assert "No form is more frequent" in f.explanation and f.message.startswith("V-2 / V2")


def test_capitalisation_alone_is_not_a_variant():
    assert run(form("Internet", "internet", pos="NOUN"), form("internet", "internet", pos="NOUN")) == []


def test_hyphen_against_space_needs_the_same_attributive_use():
    plan = form("long-term", "longterm", "hyphen", pos="NOUN", attributive=True)
    assert run(plan, form("long term", "longterm", "space", pos="NOUN", attributive=False)) == []
    (f,) = run(plan, form("long term", "longterm", "space", pos="NOUN", attributive=True))
    assert "→ long-term" in f.message


def test_space_against_solid_needs_the_same_part_of_speech():
    assert run(form("set up", "setup", "space", pos="VERB"), form("setup", "setup", pos="NOUN")) == []
    assert len(run(form("web site", "website", "space", pos="NOUN"), form("website", "website", pos="NOUN"))) == 1


def test_function_words_and_re_prefix_are_never_variants():
    assert run(form("any one", "anyone", "space", pos="PRON", function_words=True),
               form("anyone", "anyone", pos="PRON", function_words=True)) == []
    assert run(form("re-sign", "resign", "hyphen", pos="VERB"), form("resign", "resign", pos="VERB")) == []
    assert run(form("co-op", "coop", "hyphen", pos="NOUN"), form("coop", "coop", pos="NOUN")) == []


def test_hyphenated_phrases_are_grammar():
    assert run(form("easy-to-use", "easytouse", "hyphen", pos="ADJ", attributive=True),
               form("easy to use", "easytouse", "space", pos="ADJ", attributive=True)) == []


def test_spaced_form_must_keep_the_capitals():
    assert run(form("UNAIDS", "unaids"), form("UN aids", "unaids", "space")) == []
    assert len(run(form("TimeWarner", "timewarner"), form("Time Warner", "timewarner", "space"))) == 1


def test_declared_forms_always_compare_and_can_be_the_only_ones_used():
    adviser, advisor = form("adviser", "adviser", pos="NOUN", declared=True), form("advisor", "adviser", pos="NOUN", declared=True)
    (f,) = run(adviser, advisor, find_joined_forms=False)
    assert f.message.startswith("adviser / advisor →")
    assert run(form("e-mail", "email", "hyphen", pos="NOUN"), form("email", "email", pos="NOUN"),
               find_joined_forms=False) == []


def test_ignore_list_and_group_validation():
    assert run(form("e-mail", "email", "hyphen", pos="NOUN"), form("email", "email", pos="NOUN"), ignore=["E-mail"]) == []
    import pytest

    with pytest.raises(ValueError, match="needs at least two"):
        TermVariants(id="x", message="m", variants=[["adviser"]])
    assert TermVariants(id="x", message="m", variants=[["a", "b"]]).variant_groups() == [("a", "b")]
