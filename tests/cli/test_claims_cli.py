"""End-to-end: the claim kinds through the real command line."""

import json

from conftest import ROOT, run_cli

EXAMPLE = ROOT / "examples" / "orbital-premiere.md"
CLAIM_KINDS = {"modality-conflict", "attribute-conflict", "superlative-conflict", "negation-conflict"}


def claim_findings(result):
    report = json.loads(result.stdout)
    return [f for fr in report["files"] for f in fr["findings"] if f["kind"] in CLAIM_KINDS]


def test_seed_article_reports_the_cruise_liman_modality_conflict_and_nothing_else(seed_path):
    r = run_cli("check", str(seed_path), "--format", "json")
    assert r.returncode == 1, r.stderr
    found = claim_findings(r)
    assert [f["kind"] for f in found] == ["modality-conflict"]
    texts = [s["text"] for s in found[0]["evidence"]]
    assert any("had announced plans for a space action movie" in t for t in texts)
    assert any("were rumored to be developing a space action movie" in t for t in texts)
    text = seed_path.read_text(encoding="utf-8")
    for s in found[0]["evidence"]:
        assert text[s["start"]:s["end"]] == s["text"]


def test_sequel_plans_of_two_different_studios_are_no_conflict():
    r = run_cli("check", str(EXAMPLE), "--format", "json")
    assert r.returncode in (0, 1), r.stderr
    assert claim_findings(r) == []


def test_planted_conflicts_in_a_written_article(tmp_path):
    article = tmp_path / "studio.md"
    article.write_text(
        "# Harbor Films\n\n"
        "Harbor Films had announced plans for a deep-sea mining thriller in 2021. "
        "The film is produced by Tomas Varga, a veteran of four space flights.\n\n"
        "Critics liked the idea. Later that year Harbor Films was rumored to be developing "
        "a deep-sea mining thriller. Varga, a veteran of three space flights, declined to comment.\n",
        encoding="utf-8")
    r = run_cli("check", str(article), "--format", "json")
    kinds = sorted(f["kind"] for f in claim_findings(r))
    assert kinds == ["attribute-conflict", "modality-conflict"]


def test_extract_shows_modality_and_attribution(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Maya Lind and Oskar Berg were rumored to be developing a polar drama, "
                       "according to Orbital Weekly.\n", encoding="utf-8")
    r = run_cli("extract", str(article))
    out = r.stdout.decode()
    assert r.returncode == 0, r.stderr
    assert "rumored (\"rumor\")" in out and "per Orbital Weekly" in out
    data = json.loads(run_cli("extract", str(article), "--format", "json").stdout)
    claim = next(c for c in data["claims"] if c["predicate"] == "develop")
    assert claim["modality"] == "rumored" and claim["attribution"] == "Orbital Weekly"
