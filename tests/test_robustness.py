"""Property tests: whatever text comes in, the pipeline neither crashes nor lies about offsets.

Inputs mix news-like fragments (names, figures, dates, quotes, Markdown) with arbitrary
Unicode: control characters, NUL bytes, line and paragraph separators, characters whose
case or compatibility forms change length, lone surrogates, very long lines. For each:
no exception; every span of every fact and finding lies inside the text and equals its
slice, with the right line and column; the same input gives the same report; every
renderer copes.

The profile is fixed and small so CI time stays bounded, and derandomized so CI is
reproducible. To explore, set CLAIMCHECK_HYPOTHESIS_EXAMPLES (e.g. 500): the search is
then random and that many examples run per test.
"""

from __future__ import annotations

import json
import os
import random
import re
from bisect import bisect_right

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from claimcheck.api import check_text
from claimcheck.document import document_from_text
from claimcheck.engine.loader import load_rules
from claimcheck.facts import FactSheet, Span, ToolInfo
from claimcheck.nlp import analyse, split_chunks
from claimcheck.report import RENDERERS, build_report, render

_EXPLORE = os.environ.get("CLAIMCHECK_HYPOTHESIS_EXAMPLES")
ROBUST = settings(
    max_examples=int(_EXPLORE or 25),
    deadline=None,
    derandomize=not _EXPLORE,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
QUICK = settings(ROBUST, max_examples=int(_EXPLORE or 200))  # model-free properties are cheap

# --------------------------------------------------------------------------- inputs

FRAGMENTS = [
    "Ana Ruiz", "Eva Ruiz", "Mr Blair", "Mrs Blair", "Dr Scott J. Kelly", "Kelly", "his brother",
    "Serena and Venus Williams", "Klim Shipenko", "Klim Shipenco", " said", " wrote", ", 45,",
    " was born in 1968", " the 100th anniversary", " in 1946", " two years ago", " next year",
    " more than 60 miles above the Earth", " in orbit", " £5m", " $12.5bn", " 340 days", " 3,700 km/h",
    " about 100 km", " (62 miles)", " 12%", " nearly a decade", ".", ". ", ", ", "; ", "?", "!",
    "\n", "\n\n", "\r\n", "\r", "\t", " ", "  ", "“", "”", "\"", "'", "‘", "’", "«", "»",
    "*", "**", "_", "`", "# ", "## ", "> ", "- ", "1. ", "---\n", "```\n", "~~~", "[", "](http://x.y)",
    "![img](a.png)", "<!-- note -->", "<!--", "-->", "<b>", "</b>", "<http://a.b>", "\\*", "[ref]: http://r",
    "\x00", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\ufeff", "\u200b", "\u00ad",
    "İstanbul", "ß", "ﬁnance", "Å", "e\u0301", "👩‍🚀", "東京", "مرحبا", "Ⅻ", "½", "²", "\ufffd",
]

fragment = st.sampled_from(FRAGMENTS)
any_text = st.text(st.characters(codec=None), max_size=12)  # any code point, lone surrogates too
surrogate = st.characters(categories=["Cs"])
news_like = st.lists(st.one_of(fragment, fragment, fragment, any_text, surrogate), max_size=80).map("".join)
long_line = st.builds(lambda piece, n: (piece * n)[:24_000],
                      st.sampled_from(["Ana Ruiz said it. ", "word ", "x", "Ruiz ", "£5m, "]),
                      st.integers(500, 5_000))

# --------------------------------------------------------------------------- invariants

_BREAK = re.compile(r"\r\n|\r|\n")


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _BREAK.finditer(text)]


def _line_col(starts: list[int], pos: int) -> tuple[int, int]:
    i = bisect_right(starts, pos) - 1
    return i + 1, pos - starts[i] + 1


def _spans(value) -> list[Span]:
    """Every Span inside a fact model, however deep (grows with the fact families)."""
    if isinstance(value, Span):
        return [value]
    if isinstance(value, list):
        return [s for v in value for s in _spans(v)]
    if isinstance(value, BaseModel):
        return [s for name in type(value).model_fields for s in _spans(getattr(value, name))]
    return []


def assert_spans_hold(text: str, spans: list[Span]) -> None:
    starts = _line_starts(text)
    for s in spans:
        assert 0 <= s.start <= s.end <= len(text), s
        assert text[s.start:s.end] == s.text, s
        assert (s.line, s.column) == _line_col(starts, s.start), s


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def facts_of(text: str, fmt: str, rules) -> FactSheet:
    """Every fact family, as ``claimcheck extract`` runs them."""
    from claimcheck.api import options_for
    from claimcheck.extract import extract_facts

    document = document_from_text(text, "<t>", fmt)
    options = options_for(rules)
    options.families = frozenset({"entities", "quantities", "terms", "times", "claims"})
    return extract_facts(document, analyse(document.analysis), options)


def assert_pipeline_holds(text: str, fmt: str, rules) -> None:
    report = check_text(text, fmt=fmt, rules=rules)
    assert report.error is None
    assert_spans_hold(text, [s for f in report.findings for s in f.evidence])
    assert all(f.evidence for f in report.findings)
    assert len({f.id for f in report.findings}) == len(report.findings)
    again = check_text(text, fmt=fmt, rules=rules)
    assert again.model_dump() == report.model_dump()
    facts = facts_of(text, fmt, rules)
    assert_spans_hold(text, _spans(facts))
    assert facts.model_dump() == facts_of(text, fmt, rules).model_dump()
    whole = build_report([report], ToolInfo(version="test"))
    for name in RENDERERS:
        out = render(whole, name)
        assert isinstance(out, str)
    assert json.loads(render(whole, "json"))["files"][0]["path"] == "<text>"


# --------------------------------------------------------------------------- the pipeline


@pytest.mark.model
@ROBUST
@given(text=news_like, fmt=st.sampled_from(["txt", "md"]))
@example(text="", fmt="txt")
@example(text="", fmt="md")
@example(text="\x00" * 50, fmt="txt")
@example(text="Ana Ruiz \ud800 wrote it.\n\nLater, Eva Ruiz \udfff said so.", fmt="txt")
@example(text="# Ana Ruiz", fmt="md")  # found: a span ending in the "." a heading gets ran past the text
@example(text="\x18\ud800\x120\x19;Û1Ana Ruiz0:B111ù\ud800", fmt="txt")  # found: ids of surrogate evidence
@example(text="# *Ana* Ruiz\n\n> Eva [Ruiz](http://x) said **so**.\n", fmt="md")
def test_pipeline_on_arbitrary_text(rules, text, fmt):
    assert_pipeline_holds(text, fmt, rules)


@pytest.mark.model
@settings(ROBUST, max_examples=int(_EXPLORE or 4))
@given(text=long_line, fmt=st.sampled_from(["txt", "md"]))
def test_pipeline_on_very_long_lines(rules, text, fmt):
    assert_pipeline_holds(text, fmt, rules)


@pytest.mark.model
def test_findings_survive_hostile_surroundings(rules):
    """Junk around a real conflict neither hides it nor shifts its evidence."""
    text = ("\x00\u2028İ\ud800 Producer Marta Kowalczyk opened the festival.\x0c\n\n"
            "東京 \x85 Kowalczyk said the budget was fixed.\r\n\r\n"
            "«ﬁ» Later, producer Ewa Kowalczyk said the budget had doubled.\x1e")
    report = check_text(text, rules=rules)
    assert_spans_hold(text, [s for f in report.findings for s in f.evidence])
    names = [f for f in report.findings if f.kind == "name-variants"]
    assert names and {"Marta Kowalczyk", "Ewa Kowalczyk"} <= {s.text for s in names[0].evidence}


@pytest.mark.model
@pytest.mark.slow
def test_two_megabytes_of_junk_markdown(rules):
    """One 2 MB article of mixed fragments and noise: no exception, offsets exact."""
    rng = random.Random(9)
    parts: list[str] = []
    size = 0
    while size < 2_000_000:
        piece = rng.choice(FRAGMENTS) if rng.random() < 0.9 else "".join(
            chr(rng.choice([rng.randint(0x20, 0x7e), rng.randint(0xa0, 0x2fff), rng.randint(0, 0x1f)])) for _ in range(8))
        parts.append(piece)
        size += len(piece)
    text = "".join(parts)
    report = check_text(text, fmt="md", rules=rules)
    assert report.error is None
    assert_spans_hold(text, [s for f in report.findings for s in f.evidence])


# --------------------------------------------------------------------------- documents and chunks

markdownish = st.lists(st.one_of(fragment, any_text, st.sampled_from(
    ["*", "**", "_", "__", "`", "``", "[", "]", "(", ")", "\n", "\n\n", "#", "> ", "- ", "```", "<!--", "-->",
     "\\", "---", "===", "<i>", "</i>"])), max_size=120).map("".join)
_INSERTED = set("\n .")  # what markup stripping may put in place of what it drops


@QUICK
@given(text=markdownish, fmt=st.sampled_from(["md", "txt"]), cut=st.tuples(st.floats(0, 1), st.floats(0, 1)))
@example(text="---\ntitle: x\n---\n# Head\n\n*a* `b` [c](d)", fmt="md", cut=(0.2, 0.9))
@example(text="# Ana Ruiz", fmt="md", cut=(0.0, 1.0))
def test_markup_stripping_keeps_an_exact_offset_map(text, fmt, cut):
    document = document_from_text(text, "<t>", fmt)
    analysis = document.analysis
    previous = 0
    for i, ch in enumerate(analysis):
        o = document.to_original(i)
        assert previous <= o <= len(text)
        previous = o
        if ch not in _INSERTED and ch != "\ufffd":
            assert text[o] == ch, (i, o, ch)
    if fmt == "txt" and not re.search(r"[*_]", text):  # plain text without emphasis markers is
        assert analysis == re.sub("[\ud800-\udfff]", "\ufffd", text)  # analysed as it is
    a, b = sorted(int(x * len(analysis)) for x in cut)
    assert_spans_hold(text, [document.span(a, b)] + [document.span(i, i + 1) for i in range(len(analysis))])


@QUICK
@given(text=st.text(st.sampled_from("ab \n\t"), max_size=600) | markdownish, limit=st.integers(1, 120))
def test_chunks_cover_the_text_exactly(text, limit):
    pieces = split_chunks(text, limit)
    assert "".join(p for _, p in pieces) == text
    for offset, piece in pieces:
        assert text[offset:offset + len(piece)] == piece
        assert len(piece) <= limit and (piece or not text)
