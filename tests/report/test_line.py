"""report/line.py: one grep-able line per finding."""

import re

import pytest

from conftest import run_cli
from sample_reports import names_report

from claimcheck.report import render

LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning|info) "
                  r"(?P<rule>[\w./-]+): (?P<message>\S.*)$")


def parse(output: str) -> list[dict]:
    rows = []
    for line in output.splitlines():
        m = LINE.match(line)
        assert m, f"unparsable line: {line!r}"
        rows.append(m.groupdict())
    return rows


def test_each_finding_is_one_parsable_line():
    rep = names_report("dir/festival.txt")
    rows = parse(render(rep, "line"))
    findings = rep.files[0].findings
    assert len(rows) == len(findings)
    for row, f in zip(rows, findings):
        first = f.evidence[0]
        assert row["path"] == "dir/festival.txt"
        assert (int(row["line"]), int(row["col"])) == (first.line, first.column)
        assert (row["severity"], row["rule"]) == (f.severity.value, f.rule)
        assert row["message"].startswith(f.message)
        assert f"(also at {f.evidence[1].line}:{f.evidence[1].column})" in row["message"]


def test_multiline_messages_stay_on_one_line():
    rep = names_report()
    rep.files[0].findings[0].message = "first line\nsecond line"
    assert len(render(rep, "line").splitlines()) == 2
    assert "first line second line" in render(rep, "line")


@pytest.mark.model
def test_seed_article_line_output_parses(seed_path):
    r = run_cli("check", str(seed_path), "--format", "line")
    assert r.returncode == 1, r.stderr
    rows = parse(r.stdout.decode())
    assert rows and all(row["path"] == str(seed_path) for row in rows)
    assert any("Iervolino" in row["message"] for row in rows)
