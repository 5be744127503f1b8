"""engine/kinddoc.py and engine/authoring.py: generated from any kind's model, no per-kind code."""

from typing import ClassVar, Literal

import pytest
import yaml
from pydantic import BaseModel, Field

from claimcheck.engine.authoring import check_rule_id, explain_kind, explain_rule, show_rule, starter_rule
from claimcheck.engine.kinddoc import kind_params, kind_summary, kinds_markdown
from claimcheck.engine.kinds import KINDS, RuleSpec
from claimcheck.engine.loader import RuleLoadError, load_rule_file, load_rules


class Bounds(BaseModel):
    min: float | None = None
    max: float | None = None


class Future(RuleSpec):
    """Flags a figure outside its bounds (a kind another engineer might add tomorrow)."""

    name: ClassVar[str] = "future-kind"
    placeholders: ClassVar[tuple[str, ...]] = ("value",)
    kind: Literal["future-kind"] = "future-kind"
    unit: str = Field(description="The unit the bounds are in.")
    bounds: Bounds = Field(default_factory=Bounds)
    cues: list[str] = Field(default_factory=lambda: ["above"], min_length=1)
    mode: Literal["strict", "loose"] = "strict"

    def check(self, facts):
        return iter(())


@pytest.fixture
def future_kind(monkeypatch):
    monkeypatch.setitem(KINDS, "future-kind", Future)
    return Future


def test_params_come_from_the_model(future_kind):
    params = {p.name: p for p in kind_params(future_kind)}
    assert list(params) == ["unit", "bounds", "cues", "mode"]
    assert params["unit"].required and params["unit"].type == "text" and params["unit"].description
    assert params["cues"].default == ["above"] and params["cues"].type.startswith("list of text")
    assert params["mode"].type == "one of strict, loose"
    assert params["bounds"].type == "mapping"


def test_params_fall_back_to_the_options_section():
    params = {p.name: p for p in kind_params(KINDS["name-variants"])}
    assert "spelt two ways" in params["min_spelling_similarity"].description
    assert params["min_spelling_similarity"].type == "number (50–100)"


def test_starter_for_a_kind_with_a_required_parameter(future_kind, tmp_path):
    text = starter_rule("house/figures", future_kind)
    data = yaml.safe_load(text)  # valid YAML, every parameter present or commented
    assert data["kind"] == "future-kind" and data["unit"] == "TODO"
    assert "# bounds: {min: null, max: null}" in text and "# mode: strict" in text
    assert [e["expect"] for e in data["examples"]] == [1, 0]
    assert "{value}" in data["message"]
    p = tmp_path / "house" / "figures.yaml"
    p.parent.mkdir()
    p.write_text(text)
    assert load_rule_file(p, tmp_path).unit == "TODO"  # loads: the user fills it in


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_starter_of_every_builtin_kind_loads(kind, tmp_path):
    p = tmp_path / "house" / "new.yaml"
    p.parent.mkdir()
    p.write_text(starter_rule("house/new", KINDS[kind]))
    try:
        rule = load_rule_file(p, tmp_path)
    except RuleLoadError as exc:  # only a required parameter without a starter may be left to fill
        assert all("TODO" in p.read_text().splitlines()[e.line - 1] for e in exc.errors if e.line), exc
    else:
        assert rule.id == "house/new" and len(rule.examples) == 2


def test_rule_ids():
    assert check_rule_id("house/unnamed-sources") is None
    assert check_rule_id("House/x") and check_rule_id("../x") and check_rule_id("a//b")


def test_show_explain_and_reference_mention_everything(future_kind):
    rule = load_rules().get("names/name-variants")
    shown = show_rule(rule)
    (line,) = [x for x in shown.splitlines() if x.strip().startswith("min_spelling_similarity")]
    assert line.split()[1:] == ["80", "(default)"] and "must not be flagged" in shown
    page = explain_rule(rule)
    assert page.startswith("# names/name-variants") and "Flagged (flags 'Marta Kowalczyk', 'Ewa Kowalczyk'):" in page
    assert "- unit (text; required): The unit the bounds are in." in explain_kind(future_kind)
    reference = kinds_markdown()
    for name, cls in KINDS.items():
        assert f"### `{name}`" in reference and kind_summary(cls) in reference
    assert "| `unit` | text | **required** |" in reference
