"""The authoring commands through the real CLI: list/show/test/new, explain, kinds,
broken rule files, configuration, inline suppression and the baseline."""

import json
import os
import subprocess
import sys
import textwrap

import pytest

from conftest import run_cli

from claimcheck.engine.kinds import KINDS

ARTICLE = """\
---
title: Budget
date: 2025-03-01
---

The documentary is produced by Marta Kowalczyk, a Polish film producer.

Kowalczyk said the shoot would start in May.

Later, producer Ewa Kowalczyk said the budget had doubled.
"""


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text))
    return path


def report_of(result):
    assert result.stdout, result.stderr.decode()
    return json.loads(result.stdout)


def findings(report):
    return [f for fr in report["files"] for f in fr["findings"]]


# --------------------------------------------------------------------------- speed: no spaCy


def test_rules_list_and_version_do_not_import_spacy(tmp_path):
    # a pattern rule in the folder: listing must not validate it with spaCy
    write(tmp_path / "house" / "hedge.yaml", """\
        kind: pattern
        message: "Hedged: {match}"
        patterns: [[{LOWER: probably}]]
        """)
    code = textwrap.dedent(f"""\
        import sys
        from claimcheck.cli import main
        codes = [main(["--version"]), main(["rules", "list", "--rules", {str(tmp_path)!r}]), main(["kinds"])]
        print("CODES", codes, "SPACY", "spacy" in sys.modules)
        """)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert "CODES [0, 0, 0] SPACY False" in r.stdout, r.stdout + r.stderr
    assert "hedge" in r.stdout


# --------------------------------------------------------------------------- list, show, explain, kinds


def test_rules_list_shows_id_kind_severity_state_file(tmp_path):
    write(tmp_path / "claimcheck.toml", 'disable = ["terms/*"]\n')
    r = run_cli("rules", "list", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    rows = {line.split()[0]: line.split() for line in r.stdout.decode().splitlines()}
    assert rows["names/name-variants"][1:4] == ["name-variants", "warning", "on"]
    assert rows["terms/term-variants"][3] == "off"
    assert rows["names/name-variants"][4].endswith("rules/names/name-variants.yaml")


def test_rules_show_and_explain():
    r = run_cli("rules", "show", "names/name-variants")
    out = r.stdout.decode()
    assert r.returncode == 0 and "min_spelling_similarity" in out and "must not be flagged" in out
    assert "Marta Kowalczyk" in out and "(line " in out
    r = run_cli("explain", "names/name-variants")
    out = r.stdout.decode()
    for heading in ("## What it flags", "## Why is this bad?", "## Example", "## Options"):
        assert heading in out
    r = run_cli("explain", "pattern")  # a kind
    assert r.returncode == 0 and r.stdout.startswith(b"# pattern")
    r = run_cli("explain", "names/name-variant")
    assert r.returncode == 2 and b"did you mean names/name-variants" in r.stderr


def test_kinds_lists_every_registered_kind_with_its_schema():
    r = run_cli("kinds", "--format", "json")
    data = json.loads(r.stdout)
    assert set(data) == set(KINDS)
    for name, entry in data.items():
        assert entry["summary"] and "properties" in entry["schema"], name
    text = run_cli("kinds").stdout.decode()
    assert all(f"{name}:" in text for name in KINDS)


# --------------------------------------------------------------------------- broken rule files


BROKEN = {
    "bad-yaml.yaml": ("kind: pattern\nmessage: [unclosed\n", 2, "invalid YAML"),
    "unknown-kind.yaml": ("kind: name-variant\nmessage: x\n", 1, "unknown kind 'name-variant' (did you mean 'name-variants'?)"),
    "wrong-type.yaml": ("kind: name-variants\nmessage: x\nmin_spelling_similarity: lots\n", 3,
                        "`min_spelling_similarity`: Input should be a valid number"),
    "bad-pattern.yaml": ('kind: pattern\nmessage: "{match}"\npatterns:\n  - [{LOWR: probably}]\n', 4,
                         "`LOWR` is not a token attribute spaCy knows (did you mean `LOWER`?)"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_rule_file_exits_2_with_file_line_reason(tmp_path, name):
    text, line, reason = BROKEN[name]
    write(tmp_path / "house" / name, text)
    for args in (["rules", "test", str(tmp_path / "house")], ["check", "-", "--rules", str(tmp_path / "house")]):
        r = run_cli(*args, input=b"Text.")
        err = r.stderr.decode()
        assert r.returncode == 2, err
        assert f"{tmp_path / 'house' / name}:{line}: " in err and reason in err, err
        assert "Traceback" not in err


def test_duplicate_rule_id_exits_2(tmp_path):
    good = "kind: name-variants\nmessage: x\n"
    write(tmp_path / "a" / "house" / "r.yaml", good)
    write(tmp_path / "b" / "house" / "r.yaml", good)
    r = run_cli("rules", "list", "--rules", str(tmp_path / "a"), "--rules", str(tmp_path / "b"))
    assert r.returncode == 2 and b"duplicate rule id 'house/r': already defined in" in r.stderr
    assert str(tmp_path / "b" / "house" / "r.yaml").encode() + b":1:" in r.stderr


def test_failing_example_exits_1_with_expected_and_found(tmp_path):
    write(tmp_path / "house" / "hedge.yaml", """\
        kind: pattern
        message: "Hedged: {match}"
        patterns: [[{LOWER: probably}, {LOWER: definitely}]]
        examples:
          - text: The launch will possibly definitely slip.
            expect: 1
          - text: The launch will probably definitely slip.
            expect: 0
        """)
    r = run_cli("rules", "test", str(tmp_path))  # a rules folder: ids are paths below it
    out = r.stdout.decode()
    assert r.returncode == 1, r.stderr
    assert f"FAIL house/hedge, example 1 ({tmp_path / 'house' / 'hedge.yaml'}:5)" in out
    assert "expected: must be flagged: 1 finding" in out and "found:    nothing" in out
    assert f"FAIL house/hedge, example 2 ({tmp_path / 'house' / 'hedge.yaml'}:7)" in out
    assert "expected: must not be flagged" in out and "found:    Hedged: probably definitely ['probably definitely']" in out
    assert "0 passed, 2 failed" in out


# --------------------------------------------------------------------------- rules new


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_rules_new_writes_a_loadable_starter_for_every_kind(tmp_path, kind):
    r = run_cli("rules", "new", f"house/my-{kind}", "--kind", kind, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    path = tmp_path / "rules" / "house" / f"my-{kind}.yaml"
    assert f"Created {path.relative_to(tmp_path)}" in r.stdout.decode()
    text = path.read_text()
    assert f"kind: {kind}" in text and "expect: 0" in text
    r = run_cli("rules", "new", f"house/my-{kind}", "--kind", kind, cwd=tmp_path)
    assert r.returncode == 2 and b"exists; use --force" in r.stderr


def test_rules_new_rejects_bad_ids_and_kinds(tmp_path):
    r = run_cli("rules", "new", "House Rules!", "--kind", "pattern", cwd=tmp_path)
    assert r.returncode == 2 and b"is not a rule id" in r.stderr
    r = run_cli("rules", "new", "house/x", "--kind", "patern", cwd=tmp_path)
    assert r.returncode == 2 and b"did you mean 'pattern'" in r.stderr


# --------------------------------------------------------------------------- configuration


def test_pyproject_disables_a_rule_and_overrides_a_severity(tmp_path):
    article = write(tmp_path / "news" / "a.md", ARTICLE)
    before = findings(report_of(run_cli("check", str(article), "--format", "json")))
    assert [f["severity"] for f in before if f["rule"] == "names/name-variants"] == ["warning"]
    write(tmp_path / "pyproject.toml", """\
        [project]
        name = "newsroom"

        [tool.claimcheck]
        fail-on = "error"

        [tool.claimcheck.severity]
        "names/*" = "info"
        """)
    r = run_cli("check", str(article), "--format", "json")
    assert r.returncode == 0, r.stderr  # info < fail-on error
    assert [f["severity"] for f in findings(report_of(r)) if f["rule"] == "names/name-variants"] == ["info"]
    write(tmp_path / "pyproject.toml", '[tool.claimcheck]\ndisable = ["names/name-variants"]\n')
    r = run_cli("check", str(article), "--format", "json")
    assert r.returncode == 0 and not [f for f in findings(report_of(r)) if f["rule"] == "names/name-variants"]


def test_unknown_config_key_exits_2_naming_file_and_key(tmp_path):
    article = write(tmp_path / "a.md", ARTICLE)
    write(tmp_path / "claimcheck.toml", 'model = "x"\nfailon = "error"\n')
    r = run_cli("check", str(article))
    err = r.stderr.decode()
    assert r.returncode == 2 and f"{tmp_path / 'claimcheck.toml'}:2: unknown key `failon`" in err
    assert "did you mean `fail-on`" in err and "Traceback" not in err


# --------------------------------------------------------------------------- suppression and baseline


def test_inline_comment_suppresses_one_line_and_is_counted(tmp_path):
    article = write(tmp_path / "a.md", ARTICLE.replace(
        "Later, producer Ewa", "<!-- claimcheck-disable-next-line names/name-variants -->\nLater, producer Ewa"))
    r = run_cli("check", str(article), "--format", "json")
    report = report_of(r)
    assert r.returncode == 0, r.stderr
    assert findings(report) == [] and report["summary"]["suppressed"] == 1
    (s,) = report["files"][0]["suppressed"]
    assert s["rule"] == "names/name-variants" and s["suppressed_by"] == "claimcheck-disable comment on line 10"
    text = run_cli("check", str(article)).stdout.decode()
    assert "1 suppressed" in text


def test_baseline_accepts_a_reviewed_article(tmp_path):
    article = write(tmp_path / "news" / "a.md", ARTICLE)
    write(tmp_path / "claimcheck.toml", 'baseline = "reviewed.yaml"\n')
    r = run_cli("check", str(article))
    assert r.returncode == 2 and b"reviewed.yaml: baseline file not found" in r.stderr
    r = run_cli("check", str(article), "--write-baseline")
    assert r.returncode == 0 and b"accepted 1 finding(s)" in r.stderr, r.stderr
    assert "file: news/a.md" in (tmp_path / "reviewed.yaml").read_text()
    r = run_cli("check", str(article), "--format", "json")
    report = report_of(r)
    assert r.returncode == 0 and report["summary"]["suppressed"] == 1 and not findings(report)
    assert report["files"][0]["suppressed"][0]["suppressed_by"].startswith("accepted in reviewed.yaml")
    # another edit elsewhere keeps the id; a new conflict is reported
    article.write_text(ARTICLE + "\nAfterwards Jan Kowalczyk left the project.\n")
    report = report_of(run_cli("check", str(article), "--format", "json"))
    assert report["summary"]["suppressed"] + len(findings(report)) >= 1


# --------------------------------------------------------------------------- plugins


PLUGIN = '''\
"""A tiny rule-kind plugin for the tests."""
from typing import ClassVar, Iterator, Literal

from claimcheck.engine.kinds import RuleSpec
from claimcheck.facts import Hit


class LongArticle(RuleSpec):
    """Flags an article with more sentences than allowed."""

    name: ClassVar[str] = "long-article"
    placeholders: ClassVar[tuple] = ("count",)
    kind: Literal["long-article"] = "long-article"
    max_sentences: int = 2

    def check(self, facts) -> Iterator[Hit]:
        if len(facts.sentences) > self.max_sentences:
            yield Hit(evidence=[facts.sentences[self.max_sentences].span],
                      explanation=f"{len(facts.sentences)} sentences", values={"count": str(len(facts.sentences))})
'''


def test_plugin_kind_from_an_installed_package_only_when_allowed(tmp_path):
    site = tmp_path / "site"
    write(site / "house_kinds.py", PLUGIN)
    write(site / "house_kinds-0.1.dist-info" / "METADATA", "Metadata-Version: 2.1\nName: house-kinds\nVersion: 0.1\n")
    write(site / "house_kinds-0.1.dist-info" / "entry_points.txt", "[claimcheck.kinds]\nhouse = house_kinds:LongArticle\n")
    write(tmp_path / "rules" / "house" / "long.yaml", """\
        kind: long-article
        message: "Too long: {count} sentences"
        max_sentences: 1
        examples:
          - {text: "One. Two.", expect: 1}
          - {text: "One.", expect: 0}
        """)
    article = write(tmp_path / "a.txt", "One sentence. Another one. A third.")
    env = {"PYTHONPATH": f"{site}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    write(tmp_path / "claimcheck.toml", 'rules = ["rules"]\n')
    r = run_cli("check", str(article), cwd=tmp_path, env=env)
    assert r.returncode == 2 and b"unknown kind 'long-article'" in r.stderr  # not allowed: not loaded
    write(tmp_path / "claimcheck.toml", 'rules = ["rules"]\nplugins = ["house"]\n')
    r = run_cli("check", str(article), "--format", "json", cwd=tmp_path, env=env)
    assert r.returncode == 1, r.stderr
    assert [f["message"] for f in findings(report_of(r))] == ["Too long: 3 sentences"]
    assert b"long-article:" in run_cli("kinds", cwd=tmp_path, env=env).stdout
    assert run_cli("rules", "test", "rules", cwd=tmp_path, env=env).returncode == 0
    write(tmp_path / "claimcheck.toml", 'plugins = ["nope"]\n')
    r = run_cli("rules", "list", cwd=tmp_path, env=env)
    assert r.returncode == 2 and b"plugin 'nope' is not installed" in r.stderr and b"house" in r.stderr
