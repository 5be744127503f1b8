"""engine/suppress.py, engine/baseline.py and run.apply_suppressions: nothing is lost silently."""

from claimcheck.document import document_from_text
from claimcheck.engine.baseline import Baseline, BaselineEntry, load_baseline, write_baseline
from claimcheck.engine.run import apply_suppressions
from claimcheck.engine.suppress import parse_directives
from claimcheck.facts import FileReport, Finding, Severity

RULES = ["names/name-variants", "terms/term-variants"]
KINDS = ["name-variants", "term-variants"]


def finding(doc, text, rule="names/name-variants", kind="name-variants", nth=0, fid=None):
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(text, start + 1)
    span = doc.original_span(start, start + len(text))
    return Finding(id=fid or f"{rule}:{start}", rule=rule, kind=kind, severity=Severity.warning,
                   message="m", explanation="e", evidence=[span])


def directives(text):
    doc = document_from_text(text, "a.md", "md")
    return doc, parse_directives(doc.comments, doc.text, RULES, KINDS)


ARTICLE = """\
Ann Lee spoke first.

<!-- claimcheck-disable-next-line names/name-variants -->

Bo Lee spoke next.
Cy Lee spoke last.

<!-- claimcheck-disable terms/* -->
Space 11 and Space11.
<!-- claimcheck-enable terms/* -->
Space 11 again. <!-- claimcheck-disable-line -->
Space 11 at the end.
"""


def test_next_line_skips_blank_lines_and_names_one_rule():
    doc, s = directives(ARTICLE)
    assert s.reason(finding(doc, "Bo Lee")) == "claimcheck-disable comment on line 3"
    assert s.reason(finding(doc, "Cy Lee")) is None
    assert s.reason(finding(doc, "Bo Lee", rule="terms/term-variants", kind="term-variants")) is None


def test_disable_enable_region_by_glob_and_line():
    doc, s = directives(ARTICLE)
    tv = dict(rule="terms/term-variants", kind="term-variants")
    assert s.reason(finding(doc, "Space 11", **tv)) == "claimcheck-disable comment on line 8"
    assert s.reason(finding(doc, "Space 11", nth=1, **tv)) == "claimcheck-disable comment on line 11"  # -line
    assert s.reason(finding(doc, "Space 11", nth=2, **tv)) is None  # after enable
    assert not s.notes


def test_any_evidence_span_in_a_suppressed_place_suppresses():
    doc, s = directives(ARTICLE)
    f = finding(doc, "Ann Lee")
    f.evidence.append(finding(doc, "Bo Lee").evidence[0])
    assert s.reason(f) is not None


def test_disable_without_rules_and_without_enable_runs_to_the_end():
    doc, s = directives("One.\n<!-- claimcheck-disable -->\nAnn Lee.\n\nBo Lee.\n")
    assert s.reason(finding(doc, "Bo Lee")) and s.reason(finding(doc, "Ann Lee", rule="x/y", kind="pattern"))
    doc, s = directives("Ann Lee.\n<!-- claimcheck-disable name-variants -->\nBo Lee.\n")  # a kind name
    assert s.reason(finding(doc, "Bo Lee")) and not s.reason(finding(doc, "Ann Lee"))


def test_typos_become_notes():
    doc, s = directives("<!-- claimcheck-disabel names/name-variants -->\n<!-- claimcheck-disable names/nme-variants -->\n"
                        "<!-- claimcheck-enable terms/term-variants -->\n<!-- an ordinary comment -->\nText.\n")
    assert len(s.notes) == 3
    assert "unknown directive claimcheck-disabel (did you mean claimcheck-disable?)" in s.notes[0]
    assert "'names/nme-variants', which matches no rule (did you mean names/name-variants?)" in s.notes[1]
    assert "has no claimcheck-disable to end" in s.notes[2]


def test_apply_suppressions_keeps_and_labels():
    doc, s = directives(ARTICLE)
    kept, suppressed = apply_suppressions([finding(doc, "Ann Lee"), finding(doc, "Bo Lee")], s)
    assert [f.evidence[0].text for f in kept] == ["Ann Lee"]
    assert suppressed[0].suppressed_by.startswith("claimcheck-disable comment")
    assert apply_suppressions(kept, None) == (kept, [])


def test_baseline_round_trip(tmp_path):
    article = tmp_path / "news" / "a.md"
    article.parent.mkdir()
    article.write_text("Ann Lee. Bo Lee.")
    doc = document_from_text(article.read_text(), str(article), "md")
    f1, f2 = finding(doc, "Ann Lee", fid="aaa111"), finding(doc, "Bo Lee", fid="bbb222")
    path = tmp_path / "claimcheck-baseline.yaml"
    prev = Baseline(accepted=[BaselineEntry(file="news/a.md", id="aaa111", note="checked with the desk")], path=path)
    assert write_baseline(path, [FileReport(path=str(article), findings=[f1, f2])], prev) == 2
    text = path.read_text()
    assert text.startswith("# claimcheck baseline") and "file: news/a.md" in text and "checked with the desk" in text
    base = load_baseline(path)
    accepted = base.accepted_ids(str(article))
    assert set(accepted) == {"aaa111", "bbb222"} and accepted["aaa111"].endswith("checked with the desk")
    assert base.accepted_ids(str(tmp_path / "other.md")) == {}


def test_bad_baseline_is_a_clear_error(tmp_path):
    import pytest

    from claimcheck.engine.baseline import BaselineError

    p = tmp_path / "b.yaml"
    p.write_text("accepted:\n  - file: a.md\n    idd: x\n")
    with pytest.raises(BaselineError) as exc:
        load_baseline(p)
    assert str(p) in str(exc.value) and "idd" in str(exc.value)
