"""End-to-end: quantity rules through the real command line, on the seed and the example."""

import json

import pytest

from conftest import ROOT, run_cli

EXAMPLE = ROOT / "examples" / "orbital-premiere.md"
pytestmark = pytest.mark.model


def findings(result, kind=None, rule=None):
    report = json.loads(result.stdout)
    out = [f for fr in report["files"] for f in fr["findings"]]
    return [f for f in out if (kind is None or f["kind"] == kind) and (rule is None or f["rule"] == rule)]


def check_text(text: str):
    return run_cli("check", "-", "--format", "json", input=text.encode("utf-8"))


def test_seed_article_altitude_is_not_orbit(seed_path):
    r = run_cli("check", str(seed_path), "--format", "json")
    assert r.returncode == 1, r.stderr
    (f,) = findings(r, "quantity-bounds")
    texts = [s["text"] for s in f["evidence"]]
    assert any("60 miles" in t for t in texts)
    assert any("orbit" in t for t in texts)
    assert "96.6 km" in f["message"] and "160 km" in f["message"]
    text = seed_path.read_text(encoding="utf-8")
    for s in f["evidence"]:
        assert text[s["start"]:s["end"]] == s["text"]


def test_seed_article_has_no_figure_conflicts(seed_path):
    r = run_cli("check", str(seed_path), "--format", "json")
    assert findings(r, "quantity-conflict") == []


def test_example_article_altitude_and_budget():
    r = run_cli("check", str(EXAMPLE), "--format", "json")
    assert r.returncode == 1, r.stderr
    (bound,) = findings(r, "quantity-bounds")
    assert {"more than 55 miles", "in orbit"} <= {s["text"] for s in bound["evidence"]}
    assert "88.5 km" in bound["message"]
    (money,) = findings(r, "quantity-conflict")
    assert {s["text"] for s in money["evidence"]} == {"$12m", "$15m"}
    text = EXAMPLE.read_text(encoding="utf-8")
    for f in (bound, money):
        for s in f["evidence"]:
            assert text[s["start"]:s["end"]] == s["text"]


@pytest.mark.parametrize("text", [
    "The station orbits about 400 km above the Earth.",
    "The capsule reached 62 miles, the edge of space.",
])
def test_consistent_heights_yield_nothing(text):
    r = check_text(text)
    assert r.returncode == 0, r.stdout
    assert findings(r) == []


def test_low_flight_then_orbit_is_flagged():
    r = check_text("It flew 30 km high. Once in orbit, the crew filmed the sunrise.")
    (f,) = findings(r, rule="physics/orbit-altitude")
    assert "30 km" in f["message"] and "160 km" in f["message"]


def test_extract_shows_quantities_and_terms_as_json():
    r = run_cli("extract", str(EXAMPLE), "--format", "json")
    assert r.returncode == 0, r.stderr
    facts = json.loads(r.stdout)
    q = next(q for q in facts["quantities"] if q["span"]["text"] == "more than 55 miles")
    assert q["qualifier"] == "more than" and q["dimension"] == "length" and q["cue"] == "above the earth"
    assert q["base_unit"] == "meter" and round(q["base_value"]) == 88514
    assert any(t["span"]["text"] == "in orbit" and t["list_name"] == "physics/orbit-altitude"
               for t in facts["terms"])


def test_extract_text_lists_quantities_with_conversions():
    r = run_cli("extract", str(EXAMPLE))
    out = r.stdout.decode()
    assert r.returncode == 0
    assert "quantities (" in out and "terms (" in out
    assert "more than 55 miles" in out and "88.5 km" in out
