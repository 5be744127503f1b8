"""engine/kinds/date_arithmetic.py with hand-built FactSheets: every sub-check, no model."""

from datetime import date

from claimcheck.engine.kinds.date_arithmetic import DateArithmetic
from claimcheck.facts import FactSheet, Severity, Span, TimeExpr

DATE = date(2025, 6, 1)


def span(text: str, start: int, line: int = 1) -> Span:
    return Span(start=start, end=start + len(text), line=line, column=start + 1, text=text)


class Sheet:
    """Builds a FactSheet's time expressions one at a time, indexes kept in order."""

    def __init__(self, article_date: date | None = DATE):
        self.times: list[TimeExpr] = []
        self.article_date = article_date
        self.pos = 0

    def add(self, text: str, kind: str, line: int = 1, **kw) -> TimeExpr:
        x = TimeExpr(index=len(self.times), span=span(text, self.pos, line), kind=kind, **kw)
        self.pos += len(text) + 10
        self.times.append(x)
        return x

    def year(self, y: int, line: int = 1, **kw) -> TimeExpr:
        return self.add(str(y), "year", line, earliest=date(y, 1, 1), latest=date(y, 12, 31),
                        granularity="year", **kw)

    def sheet(self) -> FactSheet:
        return FactSheet(path="t", times=self.times, article_date=self.article_date)


def run(sheet: Sheet, check: str, **kw):
    rule = DateArithmetic(id=f"time/{check}", message="{expression}", checks=[check], **kw)
    facts = sheet.sheet()
    return list(rule.check(facts)), rule.unchecked_without_date(facts)


# --------------------------------------------------------------------------- anniversary


def anniversary_sheet(ordinal: int, cue: str | None, tense: str | None, event_year: int = 1946,
                      article_date: date | None = DATE, linked: bool = True) -> Sheet:
    s = Sheet(article_date)
    s.add(f"October {event_year}", "date", line=1, earliest=date(event_year, 10, 1),
          latest=date(event_year, 10, 31), granularity="month", verb="capture", clause=1,
          keys=["capture", "video", "space", "rocket"])
    s.add(f"{ordinal}th anniversary", "anniversary", line=3, ordinal=ordinal, verb=cue, tense=tense,
          anchor="the first space video", keys=["video", "space"] if linked else ["parade"], clause=2)
    return s


def test_approaching_anniversary_far_in_the_future_is_flagged_with_the_numbers():
    hits, _ = run(anniversary_sheet(100, "approaches", "future"), "anniversary")
    assert len(hits) == 1
    h = hits[0]
    assert "1946 + 100 = 2046" in h.explanation and "dated 2025-06-01" in h.explanation
    assert "21 years before the anniversary" in h.explanation
    assert [e.text for e in h.evidence] == ["100th anniversary", "October 1946"]
    assert h.severity is None  # the rule's own severity


def test_anniversary_next_year_is_fine():
    # "the 80th anniversary next year" of a 1946 event in 2025: 2026 = 2025 + 1
    s = anniversary_sheet(80, "next", "future")
    s.add("next year", "relative", clause=2, verb="be", relation="calendar", unit="year", years_low=1,
          years_high=1, earliest=date(2026, 1, 1), latest=date(2026, 12, 31))
    hits, _ = run(s, "anniversary")
    assert hits == []


def test_marks_allows_one_year_either_side_and_approaches_a_few_ahead():
    assert run(anniversary_sheet(79, "marks", "present"), "anniversary")[0] == []
    assert run(anniversary_sheet(80, "marks", "present"), "anniversary")[0] == []
    assert len(run(anniversary_sheet(82, "marks", "present"), "anniversary")[0]) == 1
    assert run(anniversary_sheet(82, "approaches", "future"), "anniversary")[0] == []
    passed = run(anniversary_sheet(75, "approaches", "future"), "anniversary")[0]
    assert len(passed) == 1 and "the anniversary was 4 years earlier" in passed[0].explanation


def test_one_year_outside_the_slack_is_info():
    hits, _ = run(anniversary_sheet(81, "marks", "present"), "anniversary")  # 2027 vs 2025: 2 > 1
    assert len(hits) == 1 and hits[0].severity == Severity.info


def test_past_tense_anniversary_may_lie_anywhere_before():
    assert run(anniversary_sheet(50, "marked", "past"), "anniversary")[0] == []


def test_unlinked_event_is_not_checked():
    assert run(anniversary_sheet(100, "approaches", "future", linked=False), "anniversary")[0] == []


def test_sentence_year_is_used_without_article_date():
    s = anniversary_sheet(50, "marked", "past", event_year=1969, article_date=None)
    s.year(2010, verb="mark", clause=2, preposition="in")
    hits, unchecked = run(s, "anniversary")
    assert len(hits) == 1 and "the sentence dates it 2010" in hits[0].explanation
    assert unchecked == []


def test_without_article_date_the_anniversary_is_listed_as_unchecked():
    hits, unchecked = run(anniversary_sheet(100, "approaches", "future", article_date=None), "anniversary")
    assert hits == []
    assert unchecked == ["anniversary: “100th anniversary” (line 3): 1946 + 100 = 2046, not compared with "
                         "the year of writing"]


def test_anniversary_with_the_year_inside_its_phrase():
    s = Sheet()
    s.add("40th anniversary", "anniversary", ordinal=40, verb="marks", tense="present", refers_to=1, clause=1)
    s.year(1969, clause=1)
    hits, _ = run(s, "anniversary")
    assert len(hits) == 1 and "1969 + 40 = 2009" in hits[0].explanation
    assert "the anniversary was 16 years earlier" in hits[0].explanation


# --------------------------------------------------------------------------- elapsed


def ago_sheet(count: int, year: int, same_clause: bool = True, article_date: date | None = DATE) -> Sheet:
    s = Sheet(article_date)
    resolved = {}
    if article_date:
        resolved = dict(earliest=date(article_date.year - count, 1, 1), latest=date(article_date.year - count, 12, 31))
    s.add(f"{count} years ago", "relative", relation="ago", unit="year", years_low=count, years_high=count,
          direction="past", verb="open", clause=1, keys=["open", "shop", "bakery"], **resolved)
    s.year(year, verb="open", preposition="in", clause=1 if same_clause else 2, sentence=0 if same_clause else 3,
           keys=["open", "shop", "bakery"])
    return s


def test_years_ago_against_the_year_of_the_same_clause():
    hits, _ = run(ago_sheet(2, 2019), "elapsed")
    assert len(hits) == 1
    assert "2025 − 2 = 2023" in hits[0].explanation and "4 years apart" in hits[0].explanation


def test_years_ago_that_agrees_or_is_one_year_off_is_fine():
    assert run(ago_sheet(2, 2023), "elapsed")[0] == []
    assert run(ago_sheet(2, 2022), "elapsed")[0] == []  # said in January of a December event


def test_years_ago_linked_across_sentences_by_verb_and_words():
    hits, _ = run(ago_sheet(2, 2018, same_clause=False), "elapsed")
    assert len(hits) == 1


def test_seed_two_years_ago_for_2023_in_2025_is_consistent():
    assert run(ago_sheet(2, 2023, same_clause=False), "elapsed")[0] == []


def test_elapsed_needs_the_date_and_says_so():
    hits, unchecked = run(ago_sheet(2, 2019, article_date=None), "elapsed")
    assert hits == [] and unchecked and "“2 years ago” (line 1) against “2019” (line 1)" in unchecked[0]


def test_last_year_is_exact():
    s = Sheet()
    s.add("last year", "relative", relation="calendar", unit="year", years_low=-1, years_high=-1,
          earliest=date(2024, 1, 1), latest=date(2024, 12, 31), verb="rebuild", clause=1)
    s.year(2023, verb="rebuild", preposition="in", clause=1)
    hits, _ = run(s, "elapsed")
    assert len(hits) == 1 and hits[0].severity is None


# --------------------------------------------------------------------------- ages


def test_age_against_birth_year_and_article_date():
    s = Sheet()
    s.add("52", "age", years_low=52, years_high=52, anchor="Marchetti", anchor_mention=3)
    s.add("1968", "birth", earliest=date(1968, 1, 1), latest=date(1968, 12, 31), anchor="Marchetti",
          anchor_mention=3, line=2)
    hits, _ = run(s, "age")
    assert len(hits) == 1
    assert "“52” (line 1) on 2025-06-01 means born in 1972 or 1973 (2025 − 52 − 1 to 2025 − 52)" in hits[0].explanation
    assert "4 years apart" in hits[0].explanation and "would be 56 or 57, not 52" in hits[0].explanation


def test_age_matching_birth_year_is_fine_either_side_of_the_birthday():
    for age in (56, 57):
        s = Sheet()
        s.add(str(age), "age", years_low=age, years_high=age, anchor_entity=0)
        s.add("1968", "birth", earliest=date(1968, 1, 1), latest=date(1968, 12, 31), anchor_entity=0)
        assert run(s, "age")[0] == []


def test_two_ages_of_one_person_need_no_date():
    s = Sheet(article_date=None)
    s.add("45", "age", years_low=45, years_high=45, anchor_entity=2)
    s.add("48", "age", years_low=48, years_high=48, anchor_entity=2, line=4)
    hits, _ = run(s, "age")
    assert len(hits) == 1 and "two ages 3 years apart" in hits[0].explanation
    assert run(s, "age", compare_ages=False)[0] == []


def test_ages_of_different_people_and_ages_at_death_are_not_compared():
    s = Sheet()
    s.add("45", "age", years_low=45, years_high=45, anchor_entity=1)
    s.add("60", "age", years_low=60, years_high=60, anchor_entity=2)
    s.add("52", "age", years_low=52, years_high=52, anchor_entity=1, relation="at")
    assert run(s, "age")[0] == []


def test_age_in_a_dated_clause_counts_from_that_year():
    s = Sheet(article_date=None)
    s.year(1990, verb="move", preposition="in", clause=1)
    s.add("25", "age", years_low=25, years_high=25, anchor_entity=0, refers_to=0, clause=1)
    s.add("1960", "birth", earliest=date(1960, 1, 1), latest=date(1960, 12, 31), anchor_entity=0)
    hits, _ = run(s, "age")
    assert len(hits) == 1 and "in 1990 means born in 1964 or 1965" in hits[0].explanation


def test_age_and_birth_without_date_are_listed_as_unchecked():
    s = Sheet(article_date=None)
    s.add("52", "age", years_low=52, years_high=52, anchor_entity=0, anchor="Lena Marchetti")
    s.add("1968", "birth", earliest=date(1968, 1, 1), latest=date(1968, 12, 31), anchor_entity=0)
    hits, unchecked = run(s, "age")
    assert hits == [] and unchecked == ["age: “52” (line 1) against “1968” (line 1) (Lena Marchetti)"]


# --------------------------------------------------------------------------- durations


def later_sheet(stated: str, low: float, high: float | None, first: int, second: int, qualifier=None) -> Sheet:
    s = Sheet(article_date=None)
    s.year(first, verb="found", preposition="in", clause=1, sentence=0)
    s.add(stated, "duration", relation="later", unit="year", years_low=low, years_high=high,
          qualifier=qualifier, clause=2, sentence=1, verb="sell")
    s.year(second, verb="sell", preposition="in", clause=2, sentence=1)
    return s


def test_years_later_against_the_two_dates():
    hits, _ = run(later_sheet("Five years later", 5, 5, 2001, 2009), "duration")
    assert len(hits) == 1 and "2009 − 2001 = 8 years" in hits[0].explanation
    assert run(later_sheet("Five years later", 5, 5, 2001, 2006), "duration")[0] == []


def test_about_a_decade_for_eleven_years_is_fine_and_nearly_is_info_at_most():
    assert run(later_sheet("about a decade later", 8, 12, 1946, 1957, "about"), "duration")[0] == []
    hits, _ = run(later_sheet("nearly a decade later", 7.5, 10, 1946, 1957, "nearly"), "duration")
    assert all(h.severity == Severity.info for h in hits)


def test_nearly_a_decade_far_off_is_a_warning():
    hits, _ = run(later_sheet("nearly a decade later", 7.5, 10, 1946, 1962, "nearly"), "duration")
    assert len(hits) == 1 and hits[0].severity is None


def test_predated_by_compares_the_two_years_of_the_sentence():
    s = Sheet(article_date=None)
    s.year(1946, clause=1, sentence=0)
    s.year(1962, clause=1, sentence=0)
    s.add("nearly a decade", "duration", years_low=7.5, years_high=10, qualifier="nearly", clause=1,
          preposition="by", verb="predate")
    hits, _ = run(s, "duration")
    assert len(hits) == 1 and "1962 − 1946 = 16 years" in hits[0].explanation


def test_years_since_counts_to_the_article_date():
    s = Sheet()
    s.add("30 years since", "duration", relation="since", unit="year", years_low=30, years_high=30,
          refers_to=1, clause=1, verb="be", tense="present")
    s.year(2003, clause=1)
    hits, _ = run(s, "duration")
    assert len(hits) == 1 and "2025 − 2003 = 22 years" in hits[0].explanation


# --------------------------------------------------------------------------- tense


def test_future_tense_for_a_past_year_and_past_tense_for_a_future_one():
    s = Sheet()
    s.year(2023, verb="land", tense="future", preposition="in")
    s.year(2027, verb="release", tense="past", preposition="in")
    hits, _ = run(s, "tense")
    assert len(hits) == 2
    assert "future tense" in hits[0].explanation and "past tense" in hits[1].explanation


def test_tense_guards_plans_hedges_deadlines_quotes_and_fiscal_years():
    s = Sheet()
    s.year(2027, verb="schedule", tense="past", preposition="in")
    s.year(2027, verb="open", tense="past", preposition="in", hedged=True)
    s.year(2027, verb="open", tense="past", preposition="by")
    s.year(2023, verb="open", tense="future", preposition="in", in_quote=True)
    s.year(2027, verb="report", tense="past", preposition="in", fiscal=True)
    s.year(2026, verb="open", tense="future", preposition="in")
    assert run(s, "tense")[0] == []


def test_tense_without_date_uses_the_latest_past_year_of_the_text():
    s = Sheet(article_date=None)
    s.year(2023, verb="release", tense="past", preposition="in")
    s.year(2021, verb="open", tense="future", preposition="in")
    s.year(2030, verb="open", tense="future", preposition="in")
    hits, unchecked = run(s, "tense")
    assert len(hits) == 1 and "written in 2023 or later" in hits[0].explanation
    assert unchecked and "“2030”" in unchecked[0]


def test_rule_options_are_validated():
    import pytest
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        DateArithmetic(id="x", message="m", checks=["anniversaries"])
    with pytest.raises(ValidationError):
        DateArithmetic(id="x", message="{nope}")


def test_check_names_match_the_sub_check_modules():
    from claimcheck.engine.kinds.date_arithmetic import CHECK_NAMES
    from claimcheck.engine.kinds.date_checks import CHECKS

    assert CHECK_NAMES == tuple(CHECKS)
