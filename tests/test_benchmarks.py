"""The benchmarks run from a checkout with one command and print their figures.

Tiny sizes only: these check that the scripts work and report what they promise, not how
fast or accurate the checker is (that is what running them is for).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT

BENCH = ROOT / "benchmarks"


def _run(script: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(BENCH / script), *args], capture_output=True, text=True,
                          timeout=900, cwd=ROOT)


@pytest.mark.model
def test_accuracy_benchmark_reports_every_kind_and_both_halves():
    r = _run("accuracy.py", "--own", "1", "--bbc", "4", "--dated", "2", "--per-injector", "2", "--json")
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout)
    from claimcheck.engine.kinds import KINDS

    assert set(result["splits"]) == {"tune", "held-out"}
    statuses = {i["name"]: i["status"] for i in result["injectors"]}
    assert statuses["given-name-swap"] == "ok"
    for inj in result["injectors"]:
        assert inj["status"] == "ok" or inj["kind"] not in KINDS or "no enabled rule" in inj["status"]
    for half in result["splits"].values():
        assert set(KINDS) <= set(half["kinds"])
        assert "all" in half["clean"] and half["hard_negatives"]
    injected = sum(c["injected"] for h in result["splits"].values() for c in h["kinds"].values())
    assert injected > 0


@pytest.mark.model
def test_accuracy_benchmark_text_report():
    r = _run("accuracy.py", "--own", "1", "--bbc", "0", "--dated", "0")
    assert r.returncode == 0, r.stderr
    for heading in ("== tune half", "== held-out half", "precision", "FP/1k clean words", "Injectors"):
        assert heading in r.stdout


def test_injected_edits_are_recorded_exactly():
    """Every planted edit's span holds its new text, and the split is stable."""
    sys.path.insert(0, str(BENCH))
    try:
        import random

        from newsdata import split_of
        from injectors import INJECTORS, inject_template
        from owntexts import HARD_NEGATIVES, TEMPLATES, instance_slots, render
    finally:
        sys.path.remove(str(BENCH))
    made = 0
    for template in TEMPLATES:
        slots = instance_slots(template, f"t:{template.id}")
        clean = render(template, slots).text
        assert "[[" not in clean
        for injector in INJECTORS:
            out = inject_template(template, slots, injector, random.Random(injector.name))
            if out:
                rendered, edit = out
                made += 1
                assert rendered.text[edit.start:edit.end] == edit.after != edit.before
                assert rendered.text[:edit.start] == clean[:edit.start]
    assert made >= 30
    for template in HARD_NEGATIVES:
        assert template.trap and "!]]" not in template.text
    assert split_of("bbc-business-001") == split_of("bbc-business-001")
    assert {split_of(f"own:x#{i}") for i in range(20)} == {"tune", "held-out"}


@pytest.mark.model
@pytest.mark.slow
def test_speed_benchmark_prints_every_figure():
    r = _run("speed.py", "--words", "1500", "--scale-words", "300", "--memory-mb", "0.05", "--profile-words", "800",
             "--repeat", "1", "--json")
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout)
    assert result["throughput"]["throughput_ratio"] > 0 and result["throughput"]["one_over_two_process"] > 0
    assert result["scaling"]["scaling_ratio"] > 0
    assert result["startup"]["version_seconds"] > 0 and result["startup"]["rules_list_seconds"] > 0
    assert result["memory"]["peak_mb"] > result["memory"]["model_loaded_mb"] * 0.5
    assert result["profile"]["top"]
