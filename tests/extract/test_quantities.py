"""extract/quantities.py (with figures.py, quantity_context.py): figures read from parsed text."""

import pytest

from claimcheck.document import document_from_text
from claimcheck.extract import ExtractOptions, extract_facts
from claimcheck.nlp import analyse

pytestmark = pytest.mark.model


def quantities(text: str, fmt: str = "txt"):
    doc = document_from_text(text, fmt=fmt)
    facts = extract_facts(doc, analyse(doc.analysis), ExtractOptions(families=frozenset({"entities", "quantities"})))
    for q in facts.quantities:
        assert text[q.span.start:q.span.end] == q.span.text
    return facts.quantities


def one(text: str, span: str):
    found = [q for q in quantities(text) if q.span.text == span]
    assert found, f"no quantity {span!r} in {[q.span.text for q in quantities(text)]}"
    return found[0]


@pytest.mark.parametrize("text, span, value, unit, dimension", [
    ("The crew flew 60 miles above the Earth.", "60 miles", 60, "mile", "length"),
    ("The crew flew sixty miles above the Earth.", "sixty miles", 60, "mile", "length"),
    ("The capsule reaches a top speed of 3,700 km/h.", "3,700 km/h", 3700, "kilometer / hour", "speed"),
    ("Kelly spent 340 days in space.", "340 days", 340, "day", "time"),
    ("Police found a 10-inch knife.", "10-inch", 10, "inch", "length"),
    ("The record lasted nearly a decade.", "nearly a decade", 1, "year", "time"),
    ("The jet flies at Mach 2.", "Mach 2", 2, "mach", "speed"),
    ("Sales rose 7.5 per cent.", "7.5 per cent", 7.5, "percent", "percent"),
])
def test_measures(text, span, value, unit, dimension):
    q = one(text, span)
    assert (q.value, q.unit, q.dimension) == (pytest.approx(value), unit, dimension)


def test_decade_is_converted_to_ten_years():
    q = one("The record lasted nearly a decade.", "nearly a decade")
    assert q.base_value == pytest.approx(10 * 365.25 * 86400)


def test_pint_normalises_to_base_units():
    q = one("The crew flew 60 miles above the Earth.", "60 miles")
    assert q.base_unit == "meter" and q.base_value == pytest.approx(96560.64)


@pytest.mark.parametrize("text, span, value, code", [
    ("The club paid £5m for the striker.", "£5m", 5e6, "GBP"),
    ("She raised a budget of $12m for the film.", "$12m", 12e6, "USD"),
    ("Profits reached $1.13bn last year.", "$1.13bn", 1.13e9, "USD"),
    ("The fine was 3 million dollars.", "3 million dollars", 3e6, "USD"),
    ("Tickets cost €40 each.", "€40", 40, "EUR"),
    ("The project cost $12m.", "$12m", 12e6, "USD"),
])
def test_currencies_keep_their_currency(text, span, value, code):
    q = one(text, span)
    assert q.dimension == "currency" and q.base_unit == code and q.value == pytest.approx(value)


def test_counted_nouns():
    q = one("Kelly, a veteran of four space flights, retired.", "four space flights")
    assert (q.value, q.dimension, q.unit) == (4, "count", "space flight")
    q = one("The festival drew 1.5 million people.", "1.5 million people")
    assert q.value == 1.5e6 and q.unit == "people" and q.step == 1e5


def test_years_and_ordinals_are_not_quantities():
    texts = [q.span.text for q in quantities("In 2016 the 100th anniversary of the first flight was marked.")]
    assert texts == []


def test_ranges():
    q = one("The probe will orbit 100–120 km above the surface.", "100–120 km")
    assert (q.low, q.high) == (100, 120) and q.base_low == 100_000 and q.base_high == 120_000
    q = one("Estimates put the cost at between $5m and $7m.", "between $5m and $7m")
    assert (q.low, q.high) == (5e6, 7e6)


def test_scores_are_not_ranges():
    assert not [q for q in quantities("United won 2-1 on Saturday.") if q.low is not None]


@pytest.mark.parametrize("text, span, qualifier", [
    ("It flew more than 60 miles high.", "more than 60 miles", "more than"),
    ("It flew nearly 60 miles high.", "nearly 60 miles", "nearly"),
    ("The station orbits about 400 km above the Earth.", "about 400 km", "about"),
    ("The fund will pay at least £5m.", "at least £5m", "at least"),
    ("The ship can carry up to 300 tonnes.", "up to 300 tonnes", "up to"),
])
def test_qualifiers(text, span, qualifier):
    assert one(text, span).qualifier == qualifier


def test_cues_say_what_is_measured():
    assert one("The project will be filmed more than 60 miles above the Earth.", "more than 60 miles").cue == "above the earth"
    assert one("It flew 30 km high.", "30 km").cue == "high"
    assert one("The balloon reached an altitude of 35 km.", "35 km").cue == "altitude"
    assert one("The project costs $12m.", "$12m").cue == "cost"
    q = one("According to the studio, the $15m budget covers two flights.", "$15m")
    assert q.cue == "budget" and q.thing == "budget" and q.determiner == "the"


def test_subject_follows_the_clause_up_to_its_entity():
    q = one("The project is set to be filmed more than 60 miles above the Earth.", "more than 60 miles")
    assert q.subject == "The project" and "film" in q.verbs
    q = one("Producer Lena Marchetti has raised a budget of $12m for the film.", "$12m")
    assert q.subject_entity is not None and "Marchetti" in q.subject


def test_comparative_and_cumulative_flags():
    qs = {q.span.text: q for q in quantities("The project costs $12m in total, up from $9m last year.")}
    assert qs["$12m"].cumulative and not qs["$12m"].comparative
    assert qs["$9m"].comparative
    q = one("The tower cost £2bn, compared with £1.5bn for the bridge.", "£1.5bn")
    assert q.comparative
    q = one("Profits rose 76% to $1.13bn.", "76%")
    assert q.comparative  # a change, not a level


def test_ages():
    q = one("Producer Lena Marchetti, 52, says the crew is ready.", "52")
    assert q.cue == "age" and q.unit == "year" and q.subject_entity is not None
    assert one("A 52-year-old man was hurt.", "52-year-old").thing == "man"
    assert one("The woman, aged 90, lives alone.", "90").cue == "age"


def test_quoted_figures_are_marked():
    q = one('"We spent £5m on it," the director said.', "£5m")
    assert q.in_quote


def test_markdown_offsets():
    text = "The film will be shot **more than 55 miles above the Earth**."
    q = [q for q in quantities(text, fmt="md") if "55" in q.span.text][0]
    assert text[q.span.start:q.span.end] == q.span.text == "more than 55 miles"
