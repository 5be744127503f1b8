"""End-to-end: verification against sources/ through the real command line."""

import json
import textwrap

from conftest import run_cli


def findings_of(result, kind=None):
    report = json.loads(result.stdout)
    out = [f for fr in report["files"] for f in fr["findings"]]
    return [f for f in out if kind is None or f["kind"] == kind]


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_seed_record_is_outdated_with_its_source(seed_path):
    r = run_cli("check", str(seed_path), "--date", "2025-06-01", "--format", "json")
    assert r.returncode == 1, r.stderr
    source_kinds = [f for f in findings_of(r) if f["kind"] in ("source-conflict", "unsupported-claim")]
    assert len(source_kinds) == 1, [f["message"] for f in source_kinds]
    (f,) = source_kinds
    assert f["kind"] == "source-conflict" and f["severity"] == "warning"
    assert f["message"].startswith("Out of date")
    assert "340 days" in {s["text"] for s in f["evidence"]}
    assert "371 days (Frank Rubio" in f["explanation"] and "until 15 March 2022" in f["explanation"]
    assert "https://" in f["explanation"] and "retrieved" in f["explanation"]
    text = seed_path.read_text(encoding="utf-8")
    for s in f["evidence"]:
        assert text[s["start"]:s["end"]] == s["text"]


def test_seed_record_was_current_in_2017(seed_path):
    r = run_cli("check", str(seed_path), "--date", "2017-01-15", "--format", "json")
    assert findings_of(r, "source-conflict") == []


RELEASE = """\
    ---
    title: "Orbit Films press release: a drama to be shot in orbit"
    url: https://example.org/orbit-films/release
    date: 2025-05-20
    trust: high
    ---
    Orbit Films said on Tuesday that its next drama will be shot partly in orbit.
    The film is produced by Andrea Iervolino, who started the studio last year.
    """

ARTICLE = """\
    A drama will be shot partly in orbit, the studio Orbit Films said this week.
    Producer Domenico Iervolino told reporters that training would start soon.
    Iervolino added that the script was nearly finished.
    """


def test_a_source_text_contradicts_a_given_name(tmp_path):
    sources = tmp_path / "sources"
    write(sources / "orbit-films-release.md", RELEASE)
    article = write(tmp_path / "article.txt", ARTICLE)
    r = run_cli("check", str(article), "--sources", str(sources), "--format", "json")
    assert r.returncode == 1, r.stderr
    (f,) = findings_of(r, "source-conflict")
    assert [s["text"] for s in f["evidence"]] == ["Domenico Iervolino"]
    assert "Andrea Iervolino" in f["message"]
    assert "The film is produced by Andrea Iervolino, who started the studio last year." in f["explanation"]
    assert "https://example.org/orbit-films/release" in f["explanation"] and f["severity"] == "error"
    clean = write(tmp_path / "clean.txt", ARTICLE.replace("Domenico", "Andrea"))
    r = run_cli("check", str(clean), "--sources", str(sources), "--no-default-sources", "--format", "json")
    assert findings_of(r, "source-conflict") == []


def test_broken_sources_are_reported_with_file_and_line(tmp_path):
    bad = write(tmp_path / "bad" / "sheet.yaml", """\
        entity: Example
        facts:
          - property: height
            value: 12 m
            valid_from: someday
        source: {title: T, url: https://example.org}
        """)
    article = write(tmp_path / "a.txt", "Nothing to see here.\n")
    r = run_cli("check", str(article), "--sources", str(bad.parent))
    assert r.returncode == 2
    assert f"{bad}:5: `facts[0].valid_from`: must be a date".encode() in r.stderr
    assert b"Traceback" not in r.stderr
    r = run_cli("sources", "check", str(bad.parent))
    assert r.returncode == 2 and f"{bad}:5".encode() in r.stderr
    r = run_cli("sources", "check")
    assert r.returncode == 0 and b"source files valid" in r.stdout


def test_sources_list_and_show(tmp_path):
    write(tmp_path / "texts" / "release.md", RELEASE)
    r = run_cli("sources", "list", "--sources", str(tmp_path))
    out = r.stdout.decode()
    assert r.returncode == 0 and "records/longest-spaceflight-us" in out and "texts/release" in out
    r = run_cli("sources", "show", "Scott J. Kelly")
    out = r.stdout.decode()
    assert "people/scott-kelly" in out and "spaceflights: 4 spaceflights" in out and "retrieved" in out
    r = run_cli("sources", "show", "texts/release", "--sources", str(tmp_path))
    assert b"trust high" in r.stdout
    r = run_cli("sources", "show", "nobody at all")
    assert r.returncode == 2 and b"no source named" in r.stderr


def test_example_article_against_shipped_and_demo_sources():
    from conftest import ROOT

    article = ROOT / "examples" / "advisers-in-orbit.md"
    r = run_cli("check", str(article), "--sources", str(ROOT / "examples" / "sources-demo"), "--format", "json")
    assert r.returncode == 1, r.stderr
    found = findings_of(r, "source-conflict")
    messages = sorted(f["message"] for f in found)
    assert len(found) == 2, messages
    assert messages[0].startswith("Contradicted: Iervolino") and messages[1].startswith("Out of date")
    text = article.read_text(encoding="utf-8")
    for f in found:
        for s in f["evidence"]:
            assert text[s["start"]:s["end"]] == s["text"]


def test_a_statement_the_source_text_denies(tmp_path):
    write(tmp_path / "src" / "minutes.md", """\
        ---
        title: Council minutes, 4 March
        url: https://example.org/minutes
        date: 2025-03-04
        ---
        The city council approved the new budget on Tuesday. The mayor opposed the stadium plan.
        """)
    article = write(tmp_path / "a.txt", "The city council did not approve the new budget on Tuesday.\n"
                                        "The mayor supported the stadium plan. The mayor praised the library.\n")
    r = run_cli("check", str(article), "--sources", str(tmp_path / "src"), "--no-default-sources", "--format", "json")
    found = findings_of(r, "source-conflict")
    assert sorted(s["text"] for f in found for s in f["evidence"]) == ["did not approve the new budget",
                                                                       "supported the stadium plan"]
    assert all("line 6" in f["explanation"] for f in found)


def test_the_configuration_adds_source_folders(tmp_path):
    write(tmp_path / "press" / "release.md", RELEASE)
    write(tmp_path / "claimcheck.toml", 'sources = ["press"]\nbuiltin-sources = false\n')
    article = write(tmp_path / "article.txt", ARTICLE)
    r = run_cli("check", str(article), "--format", "json", cwd=tmp_path)
    (f,) = findings_of(r, "source-conflict")
    assert [s["text"] for s in f["evidence"]] == ["Domenico Iervolino"]
    write(tmp_path / "claimcheck.toml", 'sources = ["missing"]\n')
    r = run_cli("check", str(article), cwd=tmp_path)
    assert r.returncode == 2 and b"sources folder not found" in r.stderr
