"""engine/plugins.py: kinds from entry points, loaded only when named, with clear errors."""

from importlib import metadata
from typing import ClassVar, Literal

import pytest

from claimcheck.engine import plugins
from claimcheck.engine.kinds import KINDS, RuleSpec
from claimcheck.engine.plugins import PluginError, load_kind_plugins


class Shouting(RuleSpec):
    """Flags nothing; a plugin kind for the tests."""

    name: ClassVar[str] = "shouting"
    kind: Literal["shouting"] = "shouting"

    def check(self, facts):
        return iter(())


class EntryPoint:
    def __init__(self, name, obj):
        self.name, self.value, self._obj = name, f"tests:{name}", obj

    def load(self):
        if isinstance(self._obj, Exception):
            raise self._obj
        return self._obj


@pytest.fixture
def installed(monkeypatch):
    eps = {}
    monkeypatch.setattr(metadata, "entry_points", lambda group=None: [e for n, e in eps.items()] if group == plugins.GROUP else [])
    monkeypatch.setattr(plugins, "_loaded", {})
    monkeypatch.setattr("claimcheck.engine.kinds.KINDS", dict(KINDS))
    monkeypatch.setattr(plugins, "KINDS", __import__("claimcheck.engine.kinds", fromlist=["KINDS"]).KINDS)

    def add(name, obj):
        eps[name] = EntryPoint(name, obj)

    return add


def test_named_plugin_registers_its_kinds(installed):
    from claimcheck.engine import kinds

    installed("house", [Shouting])
    installed("other", ImportError("must not be imported"))
    assert load_kind_plugins(["house"]) == ["shouting"]
    assert kinds.KINDS["shouting"] is Shouting


def test_not_installed_broken_and_wrong_objects(installed):
    installed("broken", ImportError("no module named house_kinds"))
    installed("wrong", object)
    installed("clash", type("NameVariants2", (Shouting,), {"name": "name-variants"}))
    with pytest.raises(PluginError, match=r"plugin 'missing' is not installed .*broken"):
        load_kind_plugins(["missing"], where="claimcheck.toml")
    with pytest.raises(PluginError, match="failed to import: ImportError: no module named house_kinds"):
        load_kind_plugins(["broken"])
    with pytest.raises(PluginError, match="must give RuleSpec subclasses"):
        load_kind_plugins(["wrong"])
    with pytest.raises(PluginError, match="defines kind 'name-variants', which .* already defines"):
        load_kind_plugins(["clash"])


def test_rule_files_cannot_reach_plugins_without_config(installed, tmp_path):
    from claimcheck.engine.loader import RuleLoadError, load_rule_file

    installed("house", [Shouting])
    p = tmp_path / "r.yaml"
    p.write_text("kind: shouting\nmessage: x\n")
    with pytest.raises(RuleLoadError, match="unknown kind 'shouting'"):
        load_rule_file(p, tmp_path)
