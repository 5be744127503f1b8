"""engine/loader.py: rule files validated, every error with file, line and reason."""

import textwrap

import pytest

from claimcheck.engine.loader import RuleLoadError, load_rule_file, load_rules

GOOD = """\
kind: name-variants
severity: error
message: "Names differ: {names}"
examples:
  - text: "Ann Lee spoke. Later Bo Lee spoke."
    expect: 1
"""


def write(tmp_path, name, text):
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(textwrap.dedent(text))
    return p


def error_of(path, root):
    with pytest.raises(RuleLoadError) as exc:
        load_rule_file(path, root)
    return exc.value.errors


def test_id_comes_from_the_path(tmp_path):
    rule = load_rule_file(write(tmp_path, "people/names.yaml", GOOD), tmp_path)
    assert rule.id == "people/names" and rule.severity.value == "error"
    assert rule._example_lines == [5]


def test_bad_yaml_has_a_line(tmp_path):
    p = write(tmp_path, "r.yaml", "kind: name-variants\nmessage: [unclosed\n")
    (err,) = error_of(p, tmp_path)
    assert err.line is not None and "invalid YAML" in err.reason and str(p) in str(err)


def test_unknown_kind_suggests(tmp_path):
    p = write(tmp_path, "r.yaml", "kind: name-variant\nmessage: x\n")
    (err,) = error_of(p, tmp_path)
    assert err.line == 1 and "unknown kind 'name-variant'" in err.reason and "name-variants" in err.reason


def test_wrong_parameter_type_points_at_its_line(tmp_path):
    p = write(tmp_path, "r.yaml", GOOD.replace("severity: error", "severity: error\nmin_spelling_similarity: lots"))
    (err,) = error_of(p, tmp_path)
    assert err.line == 3 and "min_spelling_similarity" in err.reason and "'lots'" in err.reason


def test_example_error_points_at_the_example(tmp_path):
    p = write(tmp_path, "r.yaml", GOOD.replace("expect: 1", "expect: many"))
    (err,) = error_of(p, tmp_path)
    assert err.line == 6 and "examples[0].expect" in err.reason


def test_unknown_field_suggests(tmp_path):
    p = write(tmp_path, "r.yaml", GOOD + "severty: info\n")
    (err,) = error_of(p, tmp_path)
    assert err.line == 7 and "unknown field `severty`" in err.reason and "did you mean `severity`" in err.reason


def test_unknown_placeholder_in_message(tmp_path):
    p = write(tmp_path, "r.yaml", GOOD.replace("{names}", "{people}"))
    (err,) = error_of(p, tmp_path)
    assert "{people}" in err.reason and "{names}" in err.reason


def test_duplicate_key(tmp_path):
    p = write(tmp_path, "r.yaml", GOOD + "severity: info\n")
    (err,) = error_of(p, tmp_path)
    assert err.line == 7 and "'severity' appears twice" in err.reason


def test_missing_message_and_empty_file(tmp_path):
    (err,) = error_of(write(tmp_path, "a.yaml", "kind: name-variants\n"), tmp_path)
    assert "`message` is required" in err.reason
    (err,) = error_of(write(tmp_path, "b.yaml", "# nothing\n"), tmp_path)
    assert "empty" in err.reason


def test_duplicate_ids_across_folders(tmp_path):
    write(tmp_path / "a", "x/r.yaml", GOOD)
    write(tmp_path / "b", "x/r.yaml", GOOD)
    with pytest.raises(RuleLoadError) as exc:
        load_rules([tmp_path / "a", tmp_path / "b"], include_builtin=False)
    assert any("duplicate rule id 'x/r'" in e.reason for e in exc.value.errors)


def test_all_errors_are_reported_at_once(tmp_path):
    write(tmp_path, "a.yaml", "kind: nope\nmessage: x\n")
    write(tmp_path, "b.yaml", "kind: [\n")
    with pytest.raises(RuleLoadError) as exc:
        load_rules([tmp_path], include_builtin=False)
    assert len(exc.value.errors) == 2


def test_shipped_rules_load():
    rules = load_rules()
    assert rules.get("names/name-variants") is not None
