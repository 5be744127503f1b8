"""docs/writing-rules.md is executable: the tutorial runs through the real CLI in a
temporary folder, every snippet is checked, and the kind reference is current.

Fenced blocks are read by their info string:

- ``yaml|toml|markdown file=PATH [replace=KEY]``: write the file (``replace`` swaps one
  top-level YAML key's block in it);
- ``console [exit=N]``: run each ``$ claimcheck ...`` line; the lines shown after it must
  appear in its output, in order (spaces normalised); the exit code must be N (default 0);
- ``yaml rule=ID``: a complete rule file: it must load and its examples must pass;
- ``yaml baseline``: a baseline file that must load; ``toml package``: a package's TOML;
- ``python``: runs; the RuleSpec kinds it defines must be documentable and testable.
"""

from __future__ import annotations

import re
import shlex
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT, run_cli

DOC = ROOT / "docs" / "writing-rules.md"
FENCE = re.compile(r"^```([^\n]*)\n(.*?)^```[ \t]*$", re.M | re.S)


def blocks():
    text = DOC.read_text(encoding="utf-8")
    for m in FENCE.finditer(text):
        info = m.group(1).split()
        lang = info[0] if info else ""
        attrs = dict(a.split("=", 1) if "=" in a else (a, True) for a in info[1:])
        line = text.count("\n", 0, m.start()) + 1
        yield lang, attrs, m.group(2), line


def replace_key(text: str, key: str, block: str) -> str:
    """Swap the top-level ``key:`` block of a YAML file (up to the next top-level line)."""
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if re.match(rf"{re.escape(key)}\s*:", line)), None)
    assert start is not None, f"no top-level `{key}:` to replace"
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end][0] in " \t#-"):
        end += 1
    while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
        end -= 1  # keep comments and blank lines that introduce the next key
    return "".join(lines[:start]) + block + "".join(lines[end:])


def squeeze(s: str) -> str:
    return " ".join(s.split())


def check_output(expected: list[str], output: str, where: str) -> None:
    got = [squeeze(line) for line in output.splitlines()]
    i = 0
    for want in (squeeze(w) for w in expected if w.strip()):
        while i < len(got) and want not in got[i]:
            i += 1
        assert i < len(got), f"{where}: expected output line not found (in order): {want!r}\n--- output ---\n{output}"
        i += 1


def run_console(body: str, exit_code: int, folder: Path, where: str) -> None:
    commands: list[tuple[str, list[str]]] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            commands.append((line[2:], []))
        elif commands:
            commands[-1][1].append(line)
    assert commands, f"{where}: a console block without a $ command"
    for command, expected in commands:
        args = shlex.split(command)
        assert args[0] == "claimcheck", f"{where}: only claimcheck commands run here"
        r = run_cli(*args[1:], cwd=folder)
        output = r.stdout.decode() + r.stderr.decode()
        assert r.returncode == exit_code, f"{where}: `{command}` exited {r.returncode}, not {exit_code}\n{output}"
        assert "Traceback" not in output
        check_output(expected, output, f"{where}: `{command}`")


@pytest.mark.model
def test_tutorial_runs_end_to_end(tmp_path):
    """A new user's path: rules new, rules test fails, fill it in, rules test passes, check
    fires, a comment suppresses, the configuration changes the rule list."""
    ran = 0
    for lang, attrs, body, line in blocks():
        where = f"{DOC.name}:{line}"
        if "file" in attrs:
            target = tmp_path / attrs["file"]
            if "replace" in attrs:
                target.write_text(replace_key(target.read_text(), attrs["replace"], body))
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(body)
        elif lang == "console":
            run_console(body, int(attrs.get("exit", 0)), tmp_path, where)
            ran += 1
    assert ran >= 8


def test_every_block_is_tested():
    for lang, attrs, body, line in blocks():
        known = ("file" in attrs or lang == "console" or (lang == "yaml" and ("rule" in attrs or "baseline" in attrs))
                 or (lang == "toml" and "package" in attrs) or lang == "python")
        assert known, f"{DOC.name}:{line}: a ```{lang}``` block the doc test does not run; give it file=, rule=, ..."


@pytest.mark.model
def test_standalone_rules_load_and_pass_their_examples(tmp_path):
    from claimcheck.engine.examples import run_examples
    from claimcheck.engine.loader import load_rule_file

    found = 0
    for lang, attrs, body, line in blocks():
        if lang == "yaml" and "rule" in attrs:
            path = tmp_path / f"{attrs['rule']}.yaml"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(body)
            rule = load_rule_file(path, tmp_path)
            assert any(e.expect == 0 for e in rule.examples) and any(e.expect != 0 for e in rule.examples)
            failures = [r.problem for r in run_examples(rule) if not r.ok]
            assert not failures, f"{DOC.name}:{line}: {failures}"
            found += 1
    assert found >= 2


def test_config_baseline_and_package_snippets_are_valid(tmp_path):
    import tomllib

    from claimcheck.config import load_config
    from claimcheck.engine.baseline import load_baseline

    for lang, attrs, body, line in blocks():
        if lang == "toml" and attrs.get("file") == "claimcheck.toml":
            (tmp_path / "claimcheck.toml").write_text(body)
            load_config(tmp_path / "claimcheck.toml")
        elif lang == "toml" and "package" in attrs:
            assert "claimcheck.kinds" in tomllib.loads(body)["project"]["entry-points"]
        elif lang == "yaml" and "baseline" in attrs:
            (tmp_path / "b.yaml").write_text(body)
            assert load_baseline(tmp_path / "b.yaml").accepted


def test_python_kind_snippet_is_a_working_kind(monkeypatch, tmp_path):
    from claimcheck.engine.authoring import starter_rule
    from claimcheck.engine.kinddoc import kind_params
    from claimcheck.engine.kinds import KINDS, RuleSpec
    from claimcheck.engine.run import run_rules
    from claimcheck.facts import FactSheet, Sentence, Span

    (code,) = [body for lang, _, body, _ in blocks() if lang == "python"]
    (tmp_path / "doc_kinds.py").write_text(code)  # a module, as a plugin package would ship it
    monkeypatch.syspath_prepend(str(tmp_path))
    module = __import__("doc_kinds")
    (cls,) = [v for v in vars(module).values()
              if isinstance(v, type) and issubclass(v, RuleSpec) and v is not RuleSpec]
    monkeypatch.setitem(KINDS, cls.name, cls)
    assert [p.name for p in kind_params(cls)] == ["max_sentences"]
    assert f"kind: {cls.name}" in starter_rule("house/long", cls)
    sentences = [Sentence(index=i, span=Span(start=i * 3, end=i * 3 + 2, line=1, column=i * 3 + 1, text="A."))
                 for i in range(3)]
    rule = cls(id="house/long", message="{count} sentences", max_sentences=2)
    (finding,) = run_rules([rule], FactSheet(path="x", sentences=sentences))
    assert finding.message == "3 sentences"


def test_kind_reference_is_current():
    from claimcheck.engine.kinddoc import with_reference

    text = DOC.read_text(encoding="utf-8")
    assert text == with_reference(text), (
        "the kind reference in docs/writing-rules.md is out of date; regenerate it with\n"
        "  python -m claimcheck.engine.kinddoc docs/writing-rules.md")


def test_replace_key_keeps_the_rest():
    text = textwrap.dedent("""\
        kind: pattern
        # the patterns
        patterns: [[{LOWER: a}]]
        # examples follow
        examples:
          - text: x
            expect: 0
        """)
    out = replace_key(text, "patterns", "patterns:\n  - - LOWER: b\n")
    assert out == text.replace("patterns: [[{LOWER: a}]]\n", "patterns:\n  - - LOWER: b\n")
    assert replace_key(text, "examples", "examples: []\n").endswith("# examples follow\nexamples: []\n")
