"""Many files through the real command line: folders, excludes, --jobs, progress, schema."""

import fcntl
import json
import os
import pty
import struct
import termios
import subprocess
import sys
import threading

import pytest

from conftest import run_cli

ARTICLES = {
    "a-festival.txt": "Festival director Marta Kowalczyk welcomed the jury on Friday.\n\n"
                      "On Sunday, Ewa Kowalczyk announced the winners.\n",
    "b-council.txt": "The council met on Tuesday. It approved the budget for the new library.\n",
    "sub/c-harbour.md": "---\ntitle: Harbour works\ndate: 2024-05-02\n---\n\n# Harbour works\n\n"
                        "Harbour director Tomasz Lindqvist opened the new pier on Friday.\n\n"
                        "On Monday, Aidan Lindqvist said traffic had doubled since the opening.\n",
    "sub/d-clean.md": "Nothing in this note names anyone twice.\n",
    "sub/deeper/e-tram.txt": "Tram operator Tomasz Haugen opened the new line on Friday.\n\n"
                             "On Monday, Aidan Haugen said ridership had doubled since the opening.\n",
}


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "articles"
    for name, text in ARTICLES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def report_of(result):
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


@pytest.mark.model
def test_combined_report_equals_the_single_file_reports(folder):
    combined = report_of(run_cli("check", str(folder), "--format", "json", "--jobs", "2"))
    paths = [fr["path"] for fr in combined["files"]]
    assert paths == sorted(str(folder / name) for name in ARTICLES)
    singles = [report_of(run_cli("check", p, "--format", "json"))["files"][0] for p in paths]
    assert combined["files"] == singles
    assert sum(len(fr["findings"]) for fr in singles) == combined["summary"]["findings"] >= 3
    serial = report_of(run_cli("check", str(folder), "--format", "json", "--jobs", "1"))
    assert serial["files"] == combined["files"]


@pytest.mark.model
def test_unreadable_files_keep_their_place(folder):
    (folder / "b2-binary.txt").write_bytes(b"\x00\x01\x02 binary")
    r = run_cli("check", str(folder), "--format", "json", "--jobs", "2")
    assert r.returncode == 2 and b"binary" in r.stderr and b"Traceback" not in r.stderr
    files = json.loads(r.stdout)["files"]
    names = [os.path.basename(f["path"]) for f in files]
    assert names[:3] == ["a-festival.txt", "b-council.txt", "b2-binary.txt"]
    assert files[2]["error"] and files[0]["findings"] and files[3]["findings"]


@pytest.mark.model
def test_excludes_are_gitignore_patterns(folder):
    r = run_cli("check", str(folder), "--format", "json", "--exclude", "deeper/", "--exclude", "*-clean.md",
                "--exclude", "/b-*")
    names = [os.path.basename(f["path"]) for f in report_of(r)["files"]]
    assert names == ["a-festival.txt", "c-harbour.md"]
    # a file named on the command line is checked whatever the excludes say
    r = run_cli("check", str(folder / "b-council.txt"), "--format", "json", "--exclude", "*.txt")
    assert [os.path.basename(f["path"]) for f in report_of(r)["files"]] == ["b-council.txt"]
    r = run_cli("check", str(folder), "--exclude", "*")
    assert r.returncode == 2 and b"that the excludes leave" in r.stderr


def test_jobs_must_not_be_negative(folder):
    r = run_cli("check", str(folder), "--jobs", "-1")
    assert r.returncode == 2 and b"--jobs" in r.stderr


def _run_on_terminal(*args):
    """Run the CLI with stderr on a pseudo-terminal; return (exit code, what the terminal got)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 120, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"}
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen([sys.executable, "-m", "claimcheck", *args], stdout=subprocess.PIPE,
                            stderr=slave, env=env)
    os.close(slave)
    chunks = []

    def drain():  # read as it comes, so a full terminal buffer never blocks the child
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    proc.stdout.read()
    code = proc.wait(timeout=600)
    reader.join(timeout=10)
    os.close(master)
    return code, b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.model
def test_progress_bar_only_on_a_terminal_and_not_when_quiet(folder):
    r = run_cli("check", str(folder), "--format", "json")
    assert r.stderr == b""  # not a terminal: silent
    code, seen = _run_on_terminal("check", str(folder), "--format", "json", "--jobs", "2")
    assert code == 1 and "checking" in seen and "/5" in seen
    code, seen = _run_on_terminal("check", str(folder), "--format", "json", "--quiet")
    assert code == 1 and "checking" not in seen


@pytest.mark.model
def test_an_existing_report_is_kept_when_the_run_fails(folder, tmp_path):
    out = tmp_path / "report.html"
    r = run_cli("check", str(folder), "--format", "html", "--output", str(out))
    assert r.returncode == 1 and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    before = out.read_bytes()
    r = run_cli("check", str(folder), "--format", "html", "--output", str(out), "--model", "no_such_model_xyz")
    assert r.returncode == 2 and out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file left


def test_schema_command_prints_the_report_schema():
    r = run_cli("schema")
    assert r.returncode == 0, r.stderr
    schema = json.loads(r.stdout)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert set(schema["properties"]) == {"schema_version", "tool", "files", "summary"}
    assert {"FileReport", "Finding", "Span", "ToolInfo", "Summary"} <= set(schema["$defs"])


@pytest.mark.model
def test_json_reports_validate_against_the_schema(folder):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(run_cli("schema").stdout)
    (folder / "zz-binary.txt").write_bytes(b"\x00\x01")
    report = json.loads(run_cli("check", str(folder), "--format", "json").stdout)
    jsonschema.validate(report, schema)
