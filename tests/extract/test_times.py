"""extract/times.py with the model: each expression family, what it attaches to, datelines."""

from datetime import date

import pytest

from claimcheck.document import document_from_text
from claimcheck.extract import ExtractOptions, extract_facts
from claimcheck.extract.times import find_dateline
from claimcheck.nlp import analyse

pytestmark = pytest.mark.model


def times_of(text: str, article_date: date | None = None):
    doc = document_from_text(text)
    facts = extract_facts(doc, analyse(doc.analysis), ExtractOptions(families=frozenset({"entities", "times"})),
                          article_date=article_date)
    for x in facts.times:
        assert text[x.span.start:x.span.end] == x.span.text
    return facts


def one(facts, text: str):
    found = [x for x in facts.times if x.span.text == text]
    assert len(found) == 1, [x.span.text for x in facts.times]
    return found[0]


def test_absolute_dates_and_years():
    f = times_of("The rocket flew in October 1946. The studio opened in 2023 and moved in March 2016.")
    assert one(f, "October 1946").earliest == date(1946, 10, 1)
    y = one(f, "2023")
    assert (y.kind, y.preposition, y.verb, y.tense) == ("year", "in", "open", "past")
    assert one(f, "March 2016").granularity == "month"


def test_relative_expressions_resolve_only_with_a_date():
    text = "The team won the cup two years ago. Filming starts next year. Several years ago the club was poor."
    undated = times_of(text)
    assert all(x.needs_article_date and x.earliest is None for x in undated.times if x.kind == "relative")
    dated = times_of(text, date(2025, 6, 1))
    assert one(dated, "two years ago").earliest == date(2023, 1, 1)
    assert one(dated, "next year").earliest == date(2026, 1, 1)
    several = one(dated, "Several years ago")
    assert (several.years_low, several.years_high) == (3, 9)


def test_durations_with_qualifiers_and_relations():
    f = times_of("The flight predated the race by nearly a decade. She spent 340 days in orbit. "
                 "Four years after the 2016 vote, the country left.")
    nearly = one(f, "nearly a decade")
    assert (nearly.kind, nearly.qualifier, nearly.years_low, nearly.years_high) == ("duration", "nearly", 7.5, 10)
    assert nearly.preposition == "by" and nearly.verb == "predate"
    assert one(f, "340 days").years_low == pytest.approx(340 / 365.25)
    after = one(f, "Four years after")
    assert after.relation == "after" and f.times[after.refers_to].span.text == "2016"


def test_in_n_years_after_is_not_a_duration_after_an_event():
    f = times_of("Fishing is banned for the second time in 15 years after salmon returned in low numbers in 2022.")
    assert one(f, "15 years").relation is None


def test_ages_are_linked_to_the_person():
    f = times_of("Producer Lena Marchetti, 52, says the crew is ready. She was born in 1968 in Lugano. "
                 "The 45-year-old John Okafor, aged 45, arrived later.")
    age = one(f, "52")
    birth = one(f, "1968")
    assert age.kind == "age" and birth.kind == "birth"
    assert age.anchor_mention == birth.anchor_mention is not None  # "She" is Lena Marchetti
    assert one(f, "45-year-old").anchor == "John Okafor"
    assert one(f, "aged 45").anchor == "John Okafor"


def test_bare_numbers_in_a_list_belong_to_the_name_before_them():
    f = times_of("She met Prince George, 9, Princess Charlotte, 7, and Prince Louis, 4, at the palace.")
    ages = {x.span.text: x.anchor for x in f.times if x.kind == "age"}
    assert ages["9"] == "George"
    assert ages["7"] != "George" and ages["4"] != "George"  # never the same person three times


def test_age_at_death_is_not_a_current_age():
    f = times_of("Her father, Tomas Berg, died aged 80 in Oslo.")
    assert one(f, "aged 80").relation == "at"


def test_anniversaries_and_their_events():
    f = times_of("As the 100th anniversary of the first space video approaches, studios dream of orbit. "
                 "The festival marks the 40th anniversary of the 1969 Moon landing. "
                 "The town celebrates its centenary. The queen's silver jubilee was a holiday.")
    a = one(f, "100th anniversary")
    assert (a.ordinal, a.verb, a.tense) == (100, "approaches", "future")
    assert a.keys[0] == "video" and "space" in a.keys
    b = one(f, "40th anniversary")
    assert b.ordinal == 40 and b.tense == "present" and f.times[b.refers_to].span.text == "1969"
    assert one(f, "centenary").ordinal == 100
    assert one(f, "silver jubilee").ordinal == 25


def test_future_and_hedged_statements():
    f = times_of("The museum will open in 2027. The bridge was scheduled to open in 2026. "
                 "The council could vote in 2028.")
    assert one(f, "2027").tense == "future"
    assert one(f, "2026").hedged
    assert one(f, "2028").hedged


@pytest.mark.parametrize("head, expected", [
    ("LONDON, March 3, 2023 (Reuters) - Shares fell.", date(2023, 3, 3)),
    ("Published: 14 March 2023\n\nThe council met.", date(2023, 3, 14)),
    ("March 22, 2023\n\nThe council met.", date(2023, 3, 22)),
    ("LONDON, March 3 (Reuters) - Shares fell.", None),
    ("The council met in 2019 and again in 2021.", None),
])
def test_find_dateline(head, expected):
    assert find_dateline(head) == expected
