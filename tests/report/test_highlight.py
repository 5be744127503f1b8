"""report/highlight.py: cutting text at overlapping evidence spans."""

from sample_reports import NAMES_TEXT, names_report, span

from claimcheck.report.highlight import segments, span_end


def test_segments_join_to_the_text_and_cover_each_span():
    fr = names_report().files[0]
    keyed = [(f"k{i}", f) for i, f in enumerate(fr.findings)]
    parts = segments(NAMES_TEXT, keyed)
    assert "".join(p.text for p in parts) == NAMES_TEXT
    for key, f in keyed:
        for i, s in enumerate(f.evidence):
            covered = "".join(p.text for p in parts if any(r.token == f"{key}:{i}" for r in p.covering))
            assert covered == s.text
            starts = [p for p in parts if any(r.token == f"{key}:{i}" for r in p.starting)]
            assert len(starts) == 1 and NAMES_TEXT.index(starts[0].text) <= s.start


def test_overlap_is_one_segment_with_both_findings():
    fr = names_report().files[0]
    parts = segments(NAMES_TEXT, [("a", fr.findings[0]), ("b", fr.findings[1])])
    both = [p for p in parts if set(p.findings) == {"a", "b"}]
    assert [p.text for p in both] == ["Paola Marchetti"]
    assert both[0].rank == 2  # the error wins the colour
    assert [p.text for p in parts if p.findings == ["b"]] == ["12 million euros", " said the budget was 15 million euros"]


def test_spans_that_do_not_match_the_text_are_not_marked():
    fr = names_report().files[0]
    parts = segments("something else entirely", [("a", fr.findings[0])])
    assert len(parts) == 1 and not parts[0].covering


def test_span_end_on_one_line_and_across_lines():
    text = "ab\ncd Lena\r\nMarchetti x"
    s = span(text, "Lena\r\nMarchetti")
    assert (s.line, s.column) == (2, 4)
    assert span_end(s) == (3, 10)
    one = span(text, "cd")
    assert span_end(one) == (2, 3)
