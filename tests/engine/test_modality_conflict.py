"""engine/kinds/modality_conflict.py with hand-built FactSheets."""

from claim_builders import claim, sheet

from claimcheck.engine.kinds.modality_conflict import ModalityConflict


def rule(**kw) -> ModalityConflict:
    return ModalityConflict(id="claims/modality-conflict", message="{subject}: {first}/{second}", **kw)


def announced(start=0, line=1, entities=(3,), **kw):
    fields = dict(subject="Doug Liman", subject_entities=list(entities), predicate="plan",
                  object="a space action movie", object_key="space action movie",
                  modality="announced", modal_cue="announce", cues=["announce", "plan"])
    return claim("had announced plans for a space action movie", start, line=line, **{**fields, **kw})


def rumored(start=200, line=5, entities=(2, 3), **kw):
    fields = dict(subject="Tom Cruise and Doug Liman", subject_entities=list(entities),
                  predicate="develop", object="a space action movie", object_key="space action movie",
                  modality="rumored", modal_cue="rumor", cues=["rumor"])
    return claim("were rumored to be developing a space action movie", start, line=line, **{**fields, **kw})


def test_announced_against_rumored_is_flagged():
    hits = list(rule().check(sheet(announced(), rumored())))
    assert len(hits) == 1
    hit = hits[0]
    assert [s.text for s in hit.evidence] == ["had announced plans for a space action movie",
                                              "were rumored to be developing a space action movie"]
    assert "announced" in hit.explanation and "rumored" in hit.explanation
    assert hit.values["subject"] == "Tom Cruise and Doug Liman"


def test_different_subjects_are_not_compared():
    assert list(rule().check(sheet(announced(entities=(1,)), rumored(entities=(2, 3))))) == []


def test_indefinite_subject_matches_nothing():
    studio = claim("had announced plans for a sequel", 0, subject="The studio", subject_key="studio",
                   predicate="plan", object="a sequel", object_key="sequel", modality="announced",
                   cues=["announce", "plan"])
    rival = claim("was rumored to be planning a sequel", 100, line=4, subject="A rival studio",
                  subject_key=None, predicate="plan", object="a sequel", object_key="sequel",
                  modality="rumored", cues=["rumor"])
    assert list(rule().check(sheet(studio, rival))) == []


def test_compatible_certainties_are_not_flagged():
    reported = rumored(modality="reported", cues=["reportedly"])
    assert list(rule().check(sheet(announced(), reported))) == []


def test_different_events_are_not_compared():
    other = rumored()
    other.object_key = "romantic comedy"
    assert list(rule().check(sheet(announced(), other))) == []


def test_quoted_and_hypothetical_claims_are_skipped():
    assert list(rule().check(sheet(announced(), rumored(in_quote=True)))) == []
    assert list(rule().check(sheet(announced(modality="hypothetical"), rumored()))) == []


def test_told_progression_is_not_a_conflict():
    earlier = rumored()
    earlier.span = earlier.span.model_copy(update={"text": "had been rumored to be developing a space action movie"})
    assert list(rule().check(sheet(earlier, announced(start=300, line=9)))) == []


def test_extra_cues_extend_the_lexicon():
    tipped = rumored(cues=["tip-off"])
    assert list(rule().check(sheet(announced(), tipped))) == []
    assert len(list(rule(extra_cues={"rumored": ["tip-off"]}).check(sheet(announced(), tipped)))) == 1


def test_withheld_detail_stated_elsewhere():
    secret = claim("Details about the director remain under wraps.", 0, kind="secrecy",
                   subject="Details", topic="director", modality="undisclosed", modal_cue="under wraps",
                   cues=["under wraps"])
    stated = claim("will be directed by Marta Kowalczyk", 60, line=3, subject="The film",
                   subject_key="film", predicate="direct", object="by Marta Kowalczyk",
                   object_key="marta kowalczyk")
    other_film = claim("released The Challenge", 120, line=5, subject="Klim Shipenko",
                       subject_entities=[1], subject_named=True, predicate="release",
                       object="The Challenge", object_key="challenge", time="In 2023")
    secret_release = secret.model_copy(update={"topic": "release date"})
    hits = list(rule().check(sheet(secret, stated)))
    assert len(hits) == 1 and "director" in hits[0].explanation
    assert list(rule().check(sheet(secret_release, other_film))) == []
    assert list(rule(check_withheld=False).check(sheet(secret, stated))) == []


def test_subject_phrase_matches_an_entity_the_tagger_missed_once():
    unlinked = announced(entities=(), subject="Northwind", subject_key="northwind")
    linked = rumored(entities=(4,), subject="Northwind", subject_key="northwind")
    assert len(list(rule().check(sheet(unlinked, linked)))) == 1


def test_a_reversal_told_as_such_is_not_flagged():
    confirmed = claim("confirmed the merger with Acme Robotics", 0, subject="Brightwave", subject_key="brightwave",
                      predicate="confirm", object="the merger with Acme Robotics", object_key="merger acme robotics",
                      modality="confirmed", cues=["confirm"])
    denied = claim("Later, Brightwave denied any merger with Acme Robotics", 100, line=3, subject="Brightwave",
                   subject_key="brightwave", predicate="deny", object="any merger with Acme Robotics",
                   object_key="merger acme robotics", modality="denied", cues=["deny"])
    assert list(rule().check(sheet(confirmed, denied))) == []
    denied.span = denied.span.model_copy(update={"text": "denied any merger with Acme Robotics"})
    assert len(list(rule().check(sheet(confirmed, denied)))) == 1


def test_a_rumour_told_after_the_announcement_is_still_reported():
    later = rumored()
    later.span = later.span.model_copy(update={"text": "later were rumored to be developing a space action movie"})
    assert len(list(rule().check(sheet(announced(), later)))) == 1
    finally_confirmed = announced(start=300, line=9, modality="confirmed", cues=["confirm"])
    finally_confirmed.span = finally_confirmed.span.model_copy(update={"text": "finally confirmed the space action movie"})
    assert list(rule().check(sheet(rumored(), finally_confirmed))) == []


def test_an_object_told_with_more_detail_is_one_event():
    detailed = announced(object="a new budget airline", object_key="new budget airline", object_head="airline")
    short = rumored(object="the new airline", object_key="new airline", object_head="airline")
    assert len(list(rule().check(sheet(detailed, short)))) == 1
    # another thing of the same kind: a contrastive word, or words on both sides
    other = rumored(object="a second airline", object_key="second new airline", object_head="airline")
    assert list(rule().check(sheet(detailed, other))) == []
    cargo = rumored(object="a new cargo airline", object_key="new cargo airline", object_head="airline")
    assert list(rule().check(sheet(detailed, cargo))) == []


def test_a_definite_subject_told_with_more_detail_is_one_subject():
    board = dict(subject_entities=[], subject_head="board")
    a = announced(subject="The transport board", subject_key="transport board", **board)
    b = rumored(subject="The transport board in Leeds", subject_key="transport board leeds", **board)
    assert len(list(rule().check(sheet(a, b)))) == 1
    c = rumored(subject="The rail board", subject_key="rail board", **board)
    assert list(rule().check(sheet(a, c))) == []
