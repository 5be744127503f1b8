"""engine/kinds/negation_conflict.py with hand-built FactSheets."""

from claim_builders import claim, sheet

from claimcheck.engine.kinds.negation_conflict import NegationConflict


def rule(**kw) -> NegationConflict:
    return NegationConflict(id="claims/negation-conflict", message="{subject}", **kw)


def invented(text="were invented by George Campbell", start=0, line=1, **kw):
    fields = dict(subject="Constant k filters", subject_key="constant k filter", predicate="invent",
                  object="by George Campbell", object_key="george campbell", tense="past")
    return claim(text, start, line=line, **{**fields, **kw})


def test_asserted_and_negated_is_flagged():
    hits = list(rule().check(sheet(invented(), invented("were not invented by George Campbell", 90, 4,
                                                         negated=True))))
    assert len(hits) == 1
    assert "states it" in hits[0].explanation and "denies it" in hits[0].explanation
    assert {s.text for s in hits[0].evidence} == {"were invented by George Campbell",
                                                  "were not invented by George Campbell"}


def test_different_qualifiers_are_different_claims():
    first = invented(qualifiers=["first half"])
    second = invented("were not invented by George Campbell", 90, 4, negated=True, qualifiers=["second half"])
    assert list(rule().check(sheet(first, second))) == []


def test_same_time_with_extra_detail_still_conflicts():
    first = invented(time="in 1910", qualifiers=["1910", "decade work"])
    second = invented("were not invented by George Campbell", 90, 4, negated=True, time="in 1910",
                      qualifiers=["1910"])
    assert len(list(rule().check(sheet(first, second)))) == 1


def test_tense_change_and_no_longer_are_not_conflicts():
    now = invented("is not run by the council", 90, 4, negated=True, tense="present")
    assert list(rule().check(sheet(invented(), now))) == []
    no_longer = invented("were no longer invented by George Campbell", 90, 4, negated=True)
    assert list(rule().check(sheet(invented(), no_longer))) == []


def test_unresolved_subjects_and_hedges_are_skipped():
    a = invented(subject_key=None)
    b = invented("were not invented by George Campbell", 90, 4, negated=True, subject_key=None)
    assert list(rule().check(sheet(a, b))) == []
    hedged = invented("may not have been invented by George Campbell", 90, 4, negated=True,
                      modality="speculated")
    assert list(rule().check(sheet(invented(), hedged))) == []


def test_antonyms_count_as_negation():
    support = claim("supported the Palestinians' efforts", 0, subject="Israel and the United States",
                    subject_entities=[1, 2], predicate="support", object_key="palestinian effort", tense="past")
    oppose = claim("opposed the Palestinians' efforts", 80, line=3, subject="Israel and the United States",
                   subject_entities=[1, 2], predicate="oppose", object_key="palestinian effort", tense="past")
    hits = list(rule().check(sheet(support, oppose)))
    assert len(hits) == 1 and "opposite" in hits[0].explanation
    assert list(rule(antonyms=[]).check(sheet(support, oppose))) == []


def test_copula_antonyms():
    a = claim("are possible", 0, subject="Band-stop filters", subject_key="band stop filter",
              predicate="be", object_key="possible", tense="present")
    b = claim("are impossible", 60, line=2, subject="Band-stop filters", subject_key="band stop filter",
              predicate="be", object_key="impossible", tense="present")
    assert len(list(rule().check(sheet(a, b)))) == 1


def test_one_sentence_is_not_compared_with_itself():
    a = invented(line=1)
    b = invented("were not invented by George Campbell", 50, 1, negated=True)
    assert list(rule().check(sheet(a, b))) == []


def test_undated_denial_against_dated_statement():
    dated = invented("were invented by George Campbell", 0, 1, time="By 1910", qualifiers=["1910"])
    undated = invented("were not invented by George Campbell", 90, 4, negated=True)
    assert len(list(rule().check(sheet(dated, undated)))) == 1
    other = invented("were not invented by George Campbell", 90, 4, negated=True, qualifiers=["in italy"])
    assert list(rule().check(sheet(dated, other))) == []


def test_negated_confirmation_against_confirmation():
    no = claim("has not confirmed the sequel", 0, subject="Harbor Films", subject_key="harbor films",
               predicate="confirm", object_key="sequel", negated=True, tense="past",
               modality="unconfirmed", modal_cue="not confirm", cues=["not confirm"])
    yes = claim("confirmed the sequel", 80, line=3, subject="Harbor Films", subject_key="harbor films",
                predicate="confirm", object_key="sequel", tense="past", modality="confirmed",
                modal_cue="confirm", cues=["confirm"], qualifiers=["statement"])
    assert len(list(rule().check(sheet(no, yes)))) == 1


def approval(text, start, line, **kw):
    fields = dict(subject="The festival board", subject_key="festival board", subject_head="board",
                  predicate="approve", object="the screening", object_key="screening",
                  object_head="screening", tense="past")
    return claim(text, start, line=line, **{**fields, **kw})


def test_one_side_may_tell_subject_and_object_with_more_detail():
    detailed = approval("approved the screening of the film", 0, 1, subject="The festival board in Kelham",
                        subject_key="festival board kelham", object="the screening of the film",
                        object_key="screening film", time="on Wednesday", qualifiers=["wednesday"])
    short = approval("did not approve the screening", 200, 5, negated=True)
    hits = list(rule().check(sheet(detailed, short)))
    assert len(hits) == 1
    assert "with more detail" in hits[0].explanation and "The festival board in Kelham" in hits[0].explanation
    # the time one side states is no circumstance the other lacks; a circumstance only the
    # denial adds makes it a narrower statement, no contradiction
    assert list(rule().check(sheet(detailed, approval("did not approve the screening", 200, 5, negated=True,
                                                      qualifiers=["long review"])))) == []


def test_a_contrastive_word_or_another_place_keeps_phrases_apart():
    plain = approval("approved the plan", 0, 1, object="the plan", object_key="plan", object_head="plan")
    revised = approval("did not approve the revised plan", 200, 5, negated=True, object="the revised plan",
                       object_key="revised plan", object_head="plan")
    assert list(rule().check(sheet(plain, revised))) == []
    leeds = approval("approved the screening", 0, 1, subject="The board in Leeds", subject_key="board leeds")
    york = approval("did not approve the screening", 200, 5, negated=True, subject="The board in York",
                    subject_key="board york")
    assert list(rule().check(sheet(leeds, york))) == []
    # a named subject is matched by its entity only, never by a head noun
    a = approval("approved the screening", 0, 1, subject_entities=[1], subject_key="kelham board")
    b = approval("did not approve the screening", 200, 5, negated=True, subject_entities=[2])
    assert list(rule().check(sheet(a, b))) == []


def test_word_stems_and_same_thing():
    from claimcheck.engine.kinds.claim_support import same_thing, word_stem

    assert word_stem("ministers") == word_stem("minister") == "minister"
    assert word_stem("bus") == "bus" and word_stem("glass") == "glass" and word_stem("crisis") == "crisis"
    assert same_thing("ministers", "ministers", "minister", "minister")
    assert same_thing("merger", "merger", "65 m merger helixa", "merger")
    assert not same_thing("merger", "merger", "merger talk", "talk")  # another head
    assert not same_thing("first phase", "phase", "phase", "phase")  # a contrastive word
    assert not same_thing(None, None, None, None)


def test_a_possessor_keeps_phrases_apart():
    from claimcheck.engine.kinds.claim_support import same_thing

    assert not same_thing("claxton time", "time", "time", "time", "Claxton's time", "Her time of 4:19.11")
    assert not same_thing("budget", "budget", "council budget", "budget", "its budget", "the council budget")
    assert same_thing("budget", "budget", "council budget", "budget", "the budget", "the council budget")
