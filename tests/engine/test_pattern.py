"""Kind `pattern`: hits from PatternMatch facts; patterns validated with spaCy's schema at load."""

import textwrap

import pytest

from claimcheck.engine.kinds.pattern import Pattern
from claimcheck.engine.loader import RuleLoadError, load_rule_file, load_rules
from claimcheck.engine.run import run_rules
from claimcheck.facts import FactSheet, PatternMatch, Span


def span(start, text, line=1):
    return Span(start=start, end=start + len(text), line=line, column=start + 1, text=text)


def rule(**kw):
    base = dict(id="house/hedge", message="Hedged certainty: {match}",
                description="A hedge before a certainty. Pick one.",
                patterns=[[{"LOWER": "probably"}, {"LOWER": "definitely"}]])
    return Pattern(**{**base, **kw})


def test_hits_only_for_its_own_rule():
    facts = FactSheet(path="x", patterns=[
        PatternMatch(index=0, span=span(9, "probably definitely"), rule="house/hedge"),
        PatternMatch(index=1, span=span(40, "sources said"), rule="house/other"),
    ])
    (f,) = run_rules([rule()], facts)
    assert f.message == "Hedged certainty: probably definitely"
    assert f.evidence[0].text == "probably definitely"
    assert "matches pattern 1 of this rule" in f.explanation and "A hedge before a certainty." in f.explanation


def test_dependency_match_names_its_words():
    r = rule(dependency_patterns=[[{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": "say"}}]])
    facts = FactSheet(path="x", patterns=[PatternMatch(index=0, span=span(0, "sources said"), rule="house/hedge",
                                                       pattern=1, tokens=[span(8, "said")])])
    (f,) = run_rules([r], facts)
    assert "dependency pattern 1" in f.explanation and "'said'" in f.explanation


def test_declares_its_patterns_for_extraction():
    (ps,) = rule().pattern_sets()
    assert ps.rule == "house/hedge" and ps.token_patterns[0][0] == {"LOWER": "probably"}


def test_needs_a_pattern():
    with pytest.raises(ValueError, match="needs `patterns` or `dependency_patterns`"):
        Pattern(id="x", message="m", patterns=[])


def write(tmp_path, body):
    p = tmp_path / "hedge.yaml"
    p.write_text(textwrap.dedent(body))
    return p


HEAD = """\
kind: pattern
message: "Hedged: {match}"
"""


def errors(p, tmp_path):
    with pytest.raises(RuleLoadError) as exc:
        load_rule_file(p, tmp_path)
    return exc.value.errors


def test_unknown_token_attribute_points_at_its_line(tmp_path):
    p = write(tmp_path, HEAD + "patterns:\n  - - LOWER: probably\n    - LEMMAX: definite\n")
    (err,) = errors(p, tmp_path)
    assert err.line == 5
    assert "`patterns[0]`, token 2: `LEMMAX` is not a token attribute spaCy knows (did you mean `LEMMA`?)" in err.reason


def test_bad_operator_and_bad_shapes(tmp_path):
    p = write(tmp_path, HEAD + "patterns:\n  - - LOWER: probably\n      OP: '?!'\n")
    (err,) = errors(p, tmp_path)
    assert err.line == 5 and "token 1" in err.reason and "OP" in err.reason
    p = write(tmp_path, HEAD + "patterns:\n  - - probably\n")
    (err,) = errors(p, tmp_path)
    assert err.line == 4 and "`patterns[0][0]`" in err.reason and "dictionary" in err.reason


def test_dependency_pattern_errors(tmp_path):
    p = write(tmp_path, HEAD + textwrap.dedent("""\
        dependency_patterns:
          - - RIGHT_ID: verb
              RIGHT_ATTRS: {LEMMA: say}
            - LEFT_ID: nowhere
              REL_OP: ">"
              RIGHT_ID: subject
              RIGHT_ATTRS: {DEP: nsubj}
        """))
    (err,) = errors(p, tmp_path)
    assert err.line == 4 and "LEFT_ID should already have" in err.reason and "[E" not in err.reason
    p = write(tmp_path, HEAD + "dependency_patterns:\n  - - RIGHT_ID: verb\n      RIGHT_ATTRS: {LEMA: say}\n")
    (err,) = errors(p, tmp_path)
    assert err.line == 5 and "`LEMA` is not a token attribute" in err.reason


def test_quick_load_skips_the_spacy_schema(tmp_path):
    p = write(tmp_path, HEAD + "patterns:\n  - - LEMMAX: x\n")
    assert load_rule_file(p, tmp_path, deep=False).id == "hedge"
    with pytest.raises(RuleLoadError):
        load_rules([tmp_path], include_builtin=False)


@pytest.mark.model
def test_patterns_run_at_extraction():
    from claimcheck.api import check_text
    from claimcheck.engine.loader import RuleSet

    r = rule(patterns=[[{"LOWER": "probably"}, {"LOWER": "definitely"}]],
             dependency_patterns=[[{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": "confirm"}},
                                   {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "s", "RIGHT_ATTRS": {"DEP": "nsubj"}}]])
    text = "The launch will probably definitely slip. Officials confirmed the date."
    report = check_text(text, rules=RuleSet(rules=[r]))
    texts = [f.evidence[0].text for f in report.findings]
    assert texts == ["probably definitely", "Officials confirmed"]
    for f in report.findings:
        s = f.evidence[0]
        assert text[s.start:s.end] == s.text


def test_prefilter_anchors_are_word_tests_a_match_cannot_do_without():
    from claimcheck.extract.patterns import _anchor

    # an optional first token is passed over; the mandatory second one anchors
    assert _anchor([{"LOWER": "very", "OP": "?"}, {"LOWER": {"IN": ["sure", "certain"]}}]) == (
        "lower_", frozenset({"sure", "certain"}))
    assert _anchor([{"lemma": "confirm"}]) == ("lemma_", frozenset({"confirm"}))  # keys in any case
    assert _anchor([{"TEXT": "NASA", "OP": "+"}]) == ("text", frozenset({"NASA"}))
    # no literal word test: the Matcher always runs
    assert _anchor([{"LOWER": {"REGEX": "^prob"}}]) is None
    assert _anchor([{"POS": "ADV"}, {"LOWER": "x", "OP": "*"}]) is None
    assert _anchor([{"LOWER": {"NOT_IN": ["a"]}}]) is None


@pytest.mark.model
def test_prefilter_skips_only_chunks_that_cannot_match():
    from claimcheck.api import check_text
    from claimcheck.engine.loader import RuleSet

    r = rule(patterns=[[{"LOWER": "probably"}, {"LOWER": "definitely"}], [{"POS": "ADV"}, {"LOWER": "certainly"}]])
    rules = RuleSet(rules=[r])
    # the second pattern has an anchor too ("certainly"): a text with neither word has no match
    assert check_text("The launch slipped to June.", rules=rules).findings == []
    report = check_text("It will surely certainly slip. It will probably definitely slip.", rules=rules)
    assert [f.evidence[0].text for f in report.findings] == ["surely certainly", "probably definitely"]
    # a pattern without a word test is always run
    loose = rule(patterns=[[{"POS": "ADV"}, {"POS": "ADV"}]])
    assert [f.evidence[0].text for f in check_text("It will surely certainly slip.",
                                                   rules=RuleSet(rules=[loose])).findings] == ["surely certainly"]
