"""The command line under bad conditions: unreadable input, closed streams, odd paths.

Complements test_check_cli.py (missing file, binary, bad UTF-8, empty folder of articles,
missing output folder): every case exits with a named code and a one-line reason, never a
traceback, and a bad file among good ones does not stop the others being checked.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, run_cli

EXAMPLE = ROOT / "examples" / "orbital-premiere.md"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _clean_error(r: subprocess.CompletedProcess, code: int, *needles: bytes) -> None:
    assert r.returncode == code, (r.returncode, r.stderr)
    assert b"Traceback" not in r.stderr
    for n in needles:
        assert n in r.stderr, r.stderr


def _spawn(*args: str, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "claimcheck", *args], capture_output=kwargs.pop("capture", True),
                          env=env, timeout=600, **kwargs)


@pytest.mark.skipif(IS_ROOT, reason="root reads files whatever their mode (CI runs as root)")
def test_unreadable_file(tmp_path):
    p = tmp_path / "locked.txt"
    p.write_text("Ana Ruiz wrote it.")
    p.chmod(0)
    try:
        _clean_error(run_cli("check", str(p)), 2, b"locked.txt: cannot be read")
    finally:
        p.chmod(0o644)


def test_read_error_is_reported_for_that_file_only(tmp_path, monkeypatch, capsys):
    """The unreadable-file path, exercised as any user: the read fails, the message names it."""
    from pathlib import Path

    from claimcheck.cli import main

    bad = tmp_path / "bad.txt"
    good = tmp_path / "good.txt"
    bad.write_text("x")
    good.write_text("The council met on Tuesday.")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "bad.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code = main(["check", str(bad), str(good), "--format", "json"])
    out = capsys.readouterr()
    assert code == 2
    assert "bad.txt: cannot be read (Permission denied)" in out.err
    report = json.loads(out.out)
    assert [f["path"].rsplit("/", 1)[-1] for f in report["files"]] == ["bad.txt", "good.txt"]
    assert report["files"][0]["error"] and report["files"][1]["error"] is None


def test_missing_file_among_good_ones(tmp_path):
    r = run_cli("check", str(tmp_path / "nope.md"), str(EXAMPLE), "--format", "json")
    _clean_error(r, 2, b"nope.md: no such file")
    report = json.loads(r.stdout)
    assert report["summary"]["errors"] == 1 and report["files"][1]["findings"]


@pytest.mark.parametrize("setup", ["empty", "hidden-only", "nested-non-articles"])
def test_folders_without_articles(tmp_path, setup):
    if setup == "hidden-only":
        (tmp_path / ".draft.txt").write_text("Ana Ruiz wrote it.")
        (tmp_path / ".git").mkdir()
        (tmp_path / ".git" / "notes.md").write_text("Ana Ruiz")
    elif setup == "nested-non-articles":
        (tmp_path / "a" / "b").mkdir(parents=True)
        (tmp_path / "a" / "b" / "data.csv").write_text("x,y\n")
    _clean_error(run_cli("check", str(tmp_path)), 2, b"no articles")


def test_stdin_closed():
    """`claimcheck check - <&-`: a clear error, not an empty report."""
    r = _spawn("check", "-", stdin=None, preexec_fn=lambda: os.close(0))
    _clean_error(r, 2, b"standard input is closed")


def test_stdin_empty_is_an_empty_report():
    r = _spawn("check", "-", "--format", "json", stdin=subprocess.DEVNULL)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["files"][0]["findings"] == []


@pytest.mark.parametrize("data, message", [
    (b"Caf\xe9\n", b"not valid UTF-8"),
    (b"\xed\xa0\x80 encoded surrogate\n", b"not valid UTF-8"),
    (b"\x00\x01\x02binary", b"binary"),
])
def test_bad_bytes_on_stdin(data, message):
    _clean_error(run_cli("check", "-", input=data), 2, message)


def test_stdout_closed(tmp_path):
    """Started with stdout closed (`>&-`): no traceback; the exit code still tells."""
    r = _spawn("check", str(EXAMPLE), capture=False, stdout=None, stderr=subprocess.PIPE,
               preexec_fn=lambda: os.close(1))
    assert b"Traceback" not in r.stderr
    assert r.returncode == 1


def test_stdout_pipe_closed_early():
    """A reader that goes away (`| head -0`) costs no traceback."""
    read, write = os.pipe()
    os.close(read)
    try:
        r = _spawn("check", str(EXAMPLE), "--format", "json", capture=False, stdout=write, stderr=subprocess.PIPE)
    finally:
        os.close(write)
    assert b"Traceback" not in r.stderr


@pytest.mark.parametrize("where", ["a-folder", "missing-folder"])
def test_output_path_that_cannot_be_a_file(tmp_path, where):
    target = tmp_path if where == "a-folder" else tmp_path / "no" / "such" / "r.json"
    r = run_cli("check", str(EXAMPLE), "--format", "json", "--output", str(target))
    _clean_error(r, 2)
    assert r.stdout == b""


@pytest.mark.skipif(IS_ROOT, reason="root writes into read-only folders (CI runs as root)")
def test_output_into_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        _clean_error(run_cli("check", str(EXAMPLE), "--output", str(folder / "r.txt")), 2, b"cannot write the report")
    finally:
        folder.chmod(0o700)


def test_report_is_the_same_whatever_the_hash_seed(tmp_path):
    """Set and dict order must not leak into the report: two runs, two hash seeds, one report."""
    article = tmp_path / "a.md"
    article.write_text(
        "# Budget row\n\nProducer Marta Kowalczyk opened the festival. Kowalczyk said the film cost $12m.\n\n"
        "Klim Shipenko directed it; critics praised Shipenko.\n\nLater, Ewa Kowalczyk said the budget had "
        "doubled, and Klim Shipenco said a sequel was possible. Serena Williams and her sister Venus Williams "
        "watched.\n", encoding="utf-8")
    outs = [run_cli("check", str(article), "--format", "json", env={"PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2024")]
    assert outs[0] == outs[1]
    assert json.loads(outs[0])["summary"]["findings"] >= 1
