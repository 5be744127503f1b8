"""End-to-end: the real command line on articles, bad input, and the JSON contract."""

import json

import pytest

from conftest import ROOT, run_cli

EXAMPLE = ROOT / "examples" / "orbital-premiere.md"


def findings_of(result, kind=None):
    report = json.loads(result.stdout)
    out = [f for fr in report["files"] for f in fr["findings"]]
    return [f for f in out if kind is None or f["kind"] == kind]


def test_version_and_help():
    r = run_cli("--version")
    assert r.returncode == 0 and b"claimcheck, version" in r.stdout
    assert run_cli("--help").returncode == 0


def test_seed_article_names(seed_path):
    r = run_cli("check", str(seed_path), "--format", "json")
    assert r.returncode == 1, r.stderr
    names = findings_of(r, "name-variants")
    assert len(names) == 1
    texts = {s["text"] for s in names[0]["evidence"]}
    assert {"Andrea Iervolino", "Domenico Iervolino"} <= texts
    for other in ("Kelly", "Cruise", "Shipenko", "Liman", "Peresild"):
        assert not any(other in t for t in texts)


def test_json_contract_offsets_on_seed(seed_path):
    r = run_cli("check", str(seed_path), "--format", "json")
    report = json.loads(r.stdout)
    text = seed_path.read_text(encoding="utf-8")
    assert report["schema_version"] == "1"
    assert report["tool"]["name"] == "claimcheck"
    for fr in report["files"]:
        for f in fr["findings"]:
            assert set(f) >= {"id", "rule", "kind", "severity", "message", "explanation", "evidence"}
            for s in f["evidence"]:
                assert text[s["start"]:s["end"]] == s["text"]
                assert text.count("\n", 0, s["start"]) + 1 == s["line"]
    again = json.loads(run_cli("check", str(seed_path), "--format", "json").stdout)
    assert [f["id"] for f in findings_of(r)] == [f["id"] for fr in again["files"] for f in fr["findings"]]


def test_markdown_example_offsets():
    r = run_cli("check", str(EXAMPLE), "--format", "json")
    assert r.returncode == 1, r.stderr
    text = EXAMPLE.read_text(encoding="utf-8")
    found = findings_of(r, "name-variants")
    assert found
    for f in findings_of(r):
        for s in f["evidence"]:
            assert text[s["start"]:s["end"]] == s["text"]


def test_text_report_is_readable_without_colour(seed_path):
    r = run_cli("check", str(seed_path))
    out = r.stdout.decode()
    assert "\x1b[" not in out
    assert "Andrea Iervolino" in out and "names/name-variants" in out
    assert "1 file checked" in out
    # plain output is neither wrapped nor cropped: the whole explanation stands on one line
    assert any("Either one name is wrong" in line and "cannot be told apart." in line for line in out.splitlines())


def test_fail_on_and_exit_codes(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("The council met on Tuesday. It approved the budget.")
    assert run_cli("check", str(clean)).returncode == 0
    assert run_cli("check", str(EXAMPLE), "--fail-on", "error").returncode == 0
    assert run_cli("check", str(EXAMPLE), "--fail-on", "info").returncode == 1


def test_output_file_written(tmp_path):
    out = tmp_path / "report.json"
    r = run_cli("check", str(EXAMPLE), "--format", "json", "--output", str(out))
    assert r.returncode == 1 and r.stdout == b""
    assert json.loads(out.read_text())["summary"]["files"] == 1
    r = run_cli("check", str(EXAMPLE), "--output", str(tmp_path / "missing" / "r.txt"))
    assert r.returncode == 2 and b"does not exist" in r.stderr


def test_stdin(tmp_path):
    r = run_cli("check", "-", "--format", "json", input=EXAMPLE.read_bytes())
    assert r.returncode == 1 and findings_of(r, "name-variants")


def test_markdown_format():
    r = run_cli("check", str(EXAMPLE), "--format", "markdown")
    out = r.stdout.decode()
    assert out.startswith("# claimcheck report") and "| `names/name-variants` |" in out


@pytest.mark.parametrize("content, message", [
    (None, b"no such file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", b"binary"),
    (b"Caf\xe9 society\n", b"not valid UTF-8"),
])
def test_bad_inputs_give_clear_errors(tmp_path, content, message):
    p = tmp_path / "article.txt"
    if content is not None:
        p.write_bytes(content)
    r = run_cli("check", str(p))
    assert r.returncode == 2
    assert message in r.stderr and b"Traceback" not in r.stderr
    if content is not None:
        assert p.read_bytes() == content  # the input is never modified


def test_empty_file_is_a_valid_empty_report(tmp_path):
    p = tmp_path / "empty.md"
    p.write_bytes(b"")
    r = run_cli("check", str(p), "--format", "json")
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["files"][0]["findings"] == [] and "empty" in report["files"][0]["notes"][0]


def test_directory_of_mixed_files(tmp_path):
    (tmp_path / "a.txt").write_text("Ana Ruiz wrote it. Later, Eva Ruiz edited it.")
    (tmp_path / "b.md").write_text("# Note\n\nNothing to see.")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\x00")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("Short text.")
    r = run_cli("check", str(tmp_path), "--format", "json")
    report = json.loads(r.stdout)
    assert sorted(f["path"].rsplit("/", 1)[-1] for f in report["files"]) == ["a.txt", "b.md", "c.txt"]
    assert b"Traceback" not in r.stderr


def test_directory_without_articles(tmp_path):
    (tmp_path / "x.jpg").write_bytes(b"\x00")
    r = run_cli("check", str(tmp_path))
    assert r.returncode == 2 and b"no articles" in r.stderr


@pytest.mark.slow
def test_two_megabyte_article(tmp_path):
    para = ("The Orion team led by Maria Ferreyra tested the capsule in the Nevada desert "
            "for the third time this year, officials said on Monday.\n\n")
    text = para * (2_000_000 // len(para) + 1) + "Later, Lucia Ferreyra said the test went well.\n"
    p = tmp_path / "big.txt"
    p.write_text(text)
    r = run_cli("check", str(p), "--format", "json")
    assert r.returncode in (0, 1), r.stderr
    report = json.loads(r.stdout)
    for f in report["files"][0]["findings"]:
        for s in f["evidence"]:
            assert text[s["start"]:s["end"]] == s["text"]
    names = [f for f in report["files"][0]["findings"] if f["kind"] == "name-variants"]
    assert names and any(s["text"] == "Lucia Ferreyra" for s in names[0]["evidence"])


def test_broken_rule_folder_exits_2(tmp_path):
    (tmp_path / "bad.yaml").write_text("kind: nope\nmessage: x\n")
    r = run_cli("check", str(EXAMPLE), "--rules", str(tmp_path))
    assert r.returncode == 2 and b"bad.yaml:1: unknown kind 'nope'" in r.stderr


def test_missing_model_is_a_clear_error():
    r = run_cli("check", str(EXAMPLE), "--model", "no_such_model_xyz")
    assert r.returncode == 2 and b"cannot load the spaCy pipeline" in r.stderr
    assert b"Traceback" not in r.stderr


def test_bad_date_is_a_usage_error():
    r = run_cli("check", str(EXAMPLE), "--date", "June 1")
    assert r.returncode == 2 and b"YYYY-MM-DD" in r.stderr
