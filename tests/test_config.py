"""config.py: discovery, validation with file/line/key, and how switches apply to rules."""

import textwrap
from datetime import date

import pytest

from claimcheck.config import (Config, ConfigError, apply_config, config_for, find_config, group_by_config,
                               load_config)
from claimcheck.engine.loader import load_rules


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text))
    return path


def test_claimcheck_toml_found_upward_from_the_article(tmp_path):
    cfg = write(tmp_path / "claimcheck.toml", 'fail-on = "error"\narticle-date = 2025-06-01\n')
    article = write(tmp_path / "news" / "2025" / "a.md", "Text.")
    assert find_config(article) == cfg.resolve()
    config = config_for(article)
    assert config.fail_on.value == "error" and config.article_date == date(2025, 6, 1)
    assert config.root == tmp_path.resolve()


def test_pyproject_needs_the_tool_table(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.claimcheck]\nmodel = "my_model"\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')  # no table: passed over
    article = write(tmp_path / "sub" / "a.txt", "Text.")
    assert find_config(article) == (tmp_path / "pyproject.toml").resolve()
    assert config_for(article).model == "my_model"


def test_claimcheck_toml_wins_in_the_same_folder(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.claimcheck]\nmodel = "a"\n')
    write(tmp_path / "claimcheck.toml", 'model = "b"\n')
    assert load_config(find_config(tmp_path)).model == "b"


def test_no_config_gives_defaults(tmp_path):
    config = config_for(tmp_path / "a.txt")
    assert config.source is None and config.builtin_rules and config.rules == []


def test_unknown_key_names_file_line_and_suggestion(tmp_path):
    p = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.claimcheck]\nmodel = "m"\nfail_on = "error"\n')
    with pytest.raises(ConfigError) as exc:
        load_config(p)
    err = exc.value
    assert err.path.endswith("pyproject.toml") and err.line == 6
    assert "unknown key `tool.claimcheck.fail_on`" in err.reason and "did you mean `tool.claimcheck.fail-on`" in err.reason


def test_wrong_value_and_bad_toml(tmp_path):
    p = write(tmp_path / "claimcheck.toml", 'fail-on = "sometimes"\n')
    with pytest.raises(ConfigError) as exc:
        load_config(p)
    assert "`fail-on`" in exc.value.reason and exc.value.line == 1
    p = write(tmp_path / "claimcheck.toml", 'rules = [\n')
    with pytest.raises(ConfigError) as exc:
        load_config(p)
    assert "invalid TOML" in exc.value.reason and exc.value.line is not None
    p = write(tmp_path / "claimcheck.toml", 'format = "pdf"\n')
    with pytest.raises(ConfigError) as exc:
        load_config(p)
    assert "unknown format 'pdf'" in exc.value.reason


def test_rule_folders_are_relative_to_the_file(tmp_path):
    write(tmp_path / "claimcheck.toml", 'rules = ["house-rules"]\nbaseline = "accepted.yaml"\n')
    config = config_for(tmp_path)
    assert config.rule_folders() == [tmp_path.resolve() / "house-rules"]
    assert config.baseline_path() == tmp_path.resolve() / "accepted.yaml"


def _config(**kw) -> Config:
    return Config.model_validate({k.replace("_", "-"): v for k, v in kw.items()})


def test_disable_enable_and_severity():
    rules = load_rules()
    out = apply_config(rules, _config(disable=["names/*"], severity={"terms/term-variants": "error"}))
    assert not out.get("names/name-variants").enabled
    assert out.get("terms/term-variants").severity.value == "error"
    assert rules.get("names/name-variants").enabled  # the original set is untouched
    # an exact id in enable beats a glob in disable
    out = apply_config(rules, _config(disable=["*"], enable=["names/name-variants"]))
    assert [r.id for r in out.enabled] == ["names/name-variants"]
    # kinds
    out = apply_config(rules, _config(disable_kinds=["term-*"]))
    assert not out.get("terms/term-variants").enabled and out.get("names/name-variants").enabled
    # a rule pattern beats a kind pattern
    out = apply_config(rules, _config(disable_kinds=["term-variants"], enable=["terms/term-variants"]))
    assert out.get("terms/term-variants").enabled


def test_enable_turns_on_a_rule_its_file_switches_off():
    rules = load_rules()
    off = type(rules)(rules=[r.model_copy(update={"enabled": False}) for r in rules])
    assert apply_config(off, _config(enable=["names/name-variants"])).get("names/name-variants").enabled


def test_pattern_matching_no_rule_is_an_error():
    with pytest.raises(ConfigError) as exc:
        apply_config(load_rules(), _config(disable=["names/name-variant"]))
    assert "matches no rule" in exc.value.reason and "names/name-variants" in exc.value.reason


def test_group_by_config(tmp_path):
    write(tmp_path / "a" / "claimcheck.toml", 'model = "a"\n')
    files = [str(write(tmp_path / "a" / "x.txt", "x")), str(write(tmp_path / "b" / "y.txt", "y")),
             str(write(tmp_path / "a" / "z.txt", "z"))]
    groups = group_by_config(files)
    assert [(g.model, [p.rsplit("/", 1)[-1] for p in ps]) for g, ps in groups] == [("a", ["x.txt", "z.txt"]), (None, ["y.txt"])]
