"""engine/run.py: messages, stable ids, the quoted-speech guard, severity from hits."""

from typing import ClassVar, Iterator, Literal

from claimcheck.engine.kinds.base import RuleSpec
from claimcheck.engine.run import finding_id, format_message, run_rules
from claimcheck.facts import FactSheet, Hit, Severity, Span


class Echo(RuleSpec):
    """A test kind: one hit per sentence span given to it."""

    name: ClassVar[str] = "echo"
    placeholders: ClassVar[tuple[str, ...]] = ("word",)
    kind: Literal["echo"] = "echo"
    spans: list[tuple[int, str]] = []
    weak: bool = False

    def check(self, facts: FactSheet) -> Iterator[Hit]:
        for start, text in self.spans:
            yield Hit(evidence=[Span(start=start, end=start + len(text), line=1, column=start + 1, text=text)],
                      explanation="because", values={"word": text},
                      severity=Severity.info if self.weak else None)


def test_message_template_and_stable_ids():
    rule = Echo(id="t/echo", message="saw {word}", severity="error", spans=[(10, "b"), (0, "a")])
    findings = run_rules([rule], FactSheet(path="x"))
    assert [f.message for f in findings] == ["saw a", "saw b"]
    assert findings[0].id == finding_id("t/echo", findings[0].evidence)
    again = run_rules([rule], FactSheet(path="x"))
    assert [f.id for f in again] == [f.id for f in findings]


def test_ids_do_not_depend_on_offsets():
    a = Span(start=0, end=1, line=1, column=1, text="a")
    b = Span(start=50, end=51, line=3, column=1, text="a")
    assert finding_id("r", [a]) == finding_id("r", [b])


def test_duplicate_ids_are_made_unique():
    rule = Echo(id="t/echo", message="x", spans=[(0, "a"), (5, "a")])
    ids = [f.id for f in run_rules([rule], FactSheet(path="x"))]
    assert len(set(ids)) == 2


def test_quoted_guard():
    rule = Echo(id="t/echo", message="x", spans=[(2, "q"), (20, "free")], include_quotes=False)
    findings = run_rules([rule], FactSheet(path="x"), quotes=[(0, 10)])
    assert [f.evidence[0].text for f in findings] == ["free"]


def test_disabled_rule_does_not_run_and_hits_can_lower_severity():
    assert run_rules([Echo(id="e", message="x", spans=[(0, "a")], enabled=False)], FactSheet(path="x")) == []
    (f,) = run_rules([Echo(id="e", message="x", severity="error", weak=True, spans=[(0, "a")])], FactSheet(path="x"))
    assert f.severity == Severity.info


def test_unknown_placeholders_stay_visible():
    assert format_message("{a} and {b}", {"a": "1"}) == "1 and {b}"
