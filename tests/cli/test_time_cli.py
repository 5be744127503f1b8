"""End-to-end: the date-arithmetic rules through the real command line."""

import json

from conftest import ROOT, run_cli

EXAMPLE = ROOT / "examples" / "orbital-premiere.md"


def report_of(result):
    return json.loads(result.stdout)


def time_findings(report):
    return [f for fr in report["files"] for f in fr["findings"] if f["kind"] == "date-arithmetic"]


def test_seed_with_date_flags_the_100th_anniversary(seed_path):
    r = run_cli("check", str(seed_path), "--date", "2025-06-01", "--format", "json")
    assert r.returncode == 1, r.stderr
    found = time_findings(report_of(r))
    anniversary = [f for f in found if f["rule"] == "time/anniversary"]
    assert len(anniversary) == 1
    f = anniversary[0]
    assert {s["text"] for s in f["evidence"]} >= {"100th anniversary", "October 1946"}
    assert "1946 + 100 = 2046" in f["explanation"] and "21 years before the anniversary" in f["explanation"]
    text = seed_path.read_text(encoding="utf-8")
    for s in f["evidence"]:
        assert text[s["start"]:s["end"]] == s["text"]
    # the seed's other time expressions add up: "two years ago" (2023), "next year",
    # "set in March 2016", "predated … by nearly a decade" (at most info)
    assert all(x["rule"] == "time/anniversary" or x["severity"] == "info" for x in found)


def test_seed_without_date_says_so_once_and_lists_what_it_could_not_check(seed_path):
    r = run_cli("check", str(seed_path), "--format", "json")
    fr = report_of(r)["files"][0]
    assert fr["article_date"] is None
    notes = [n for n in fr["notes"] if "date is unknown" in n]
    assert len(notes) == 1
    assert "100th anniversary" in notes[0] and "1946 + 100 = 2046" in notes[0]
    assert not [f for f in time_findings(report_of(r)) if f["rule"] == "time/anniversary"]


def test_seed_text_report_shows_the_note(seed_path):
    out = run_cli("check", str(seed_path)).stdout.decode()
    assert out.count("date is unknown") == 1


def test_example_article_age_and_anniversary():
    r = run_cli("check", str(EXAMPLE), "--format", "json")
    report = report_of(r)
    assert report["files"][0]["article_date"] == "2025-06-01"
    found = {f["rule"]: f for f in time_findings(report)}
    assert "time/age" in found and "time/anniversary" in found
    age = found["time/age"]
    assert {s["text"] for s in age["evidence"]} == {"52", "1968"}
    assert "born in 1972 or 1973" in age["explanation"] and "would be 56 or 57, not 52" in age["explanation"]
    assert "1969 + 40 = 2009" in found["time/anniversary"]["explanation"]
    text = EXAMPLE.read_text(encoding="utf-8")
    for f in found.values():
        for s in f["evidence"]:
            assert text[s["start"]:s["end"]] == s["text"]


def test_dateline_gives_the_article_date(tmp_path):
    p = tmp_path / "wire.txt"
    p.write_text("OSLO, March 3, 2025 (Wire) - The bakery opened its second shop two years ago, in 2019.\n")
    r = run_cli("check", str(p), "--format", "json")
    fr = report_of(r)["files"][0]
    assert fr["article_date"] == "2025-03-03" and fr["article_date_source"] == "dateline"
    assert [f["rule"] for f in time_findings(report_of(r))] == ["time/elapsed"]


def test_explicit_date_overrides_front_matter():
    r = run_cli("check", str(EXAMPLE), "--date", "2009-06-01", "--format", "json")
    report = report_of(r)
    assert report["files"][0]["article_date_source"] == "--date"
    assert not [f for f in time_findings(report) if f["rule"] == "time/anniversary"]
