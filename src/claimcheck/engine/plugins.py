"""Rule kinds written in Python, from installed packages (entry-point group ``claimcheck.kinds``).

A package declares, in its ``pyproject.toml``::

    [project.entry-points."claimcheck.kinds"]
    house = "house_checks.kinds:HouseStyle"      # a RuleSpec subclass, or a list of them

Nothing is imported until the project's configuration names the entry point
(``plugins = ["house"]``): installing a package must not change what claimcheck runs, and
rule files themselves never execute code.
"""

from __future__ import annotations

from importlib import metadata

from .kinds import KINDS, RuleSpec, register_kind

__all__ = ["GROUP", "PluginError", "load_kind_plugins", "available_plugins"]

GROUP = "claimcheck.kinds"
_loaded: dict[str, list[str]] = {}


class PluginError(Exception):
    """A plugin that cannot be loaded; the message says which and why."""


def available_plugins() -> dict[str, metadata.EntryPoint]:
    """Installed entry points of the group, by name."""
    return {ep.name: ep for ep in metadata.entry_points(group=GROUP)}


def load_kind_plugins(names: list[str], where: str = "configuration") -> list[str]:
    """Import the named entry points and register their kinds.

    names (list[str]): entry-point names the user allowed.
    where (str): the configuration file, for error messages.
    RETURNS (list[str]): the kind names now available from these plugins.
    """
    found = available_plugins()
    kinds: list[str] = []
    for name in names:
        if name in _loaded:
            kinds.extend(_loaded[name])
            continue
        ep = found.get(name)
        if ep is None:
            installed = ", ".join(sorted(found)) or "none"
            raise PluginError(f"{where}: plugin {name!r} is not installed (entry points in group "
                              f"{GROUP!r}: {installed})")
        try:
            obj = ep.load()
        except Exception as exc:  # a broken third-party package must not crash with a traceback
            raise PluginError(f"{where}: plugin {name!r} ({ep.value}) failed to import: "
                              f"{type(exc).__name__}: {exc}") from None
        classes = list(obj) if isinstance(obj, (list, tuple)) else [obj]
        names_here = []
        for cls in classes:
            if not (isinstance(cls, type) and issubclass(cls, RuleSpec)) or not cls.name:
                raise PluginError(f"{where}: plugin {name!r} ({ep.value}) must give RuleSpec subclasses "
                                  f"with a kind name, not {cls!r}")
            if cls.name in KINDS and KINDS[cls.name] is not cls:
                raise PluginError(f"{where}: plugin {name!r} defines kind {cls.name!r}, which "
                                  f"{KINDS[cls.name].__module__} already defines")
            register_kind(cls)
            names_here.append(cls.name)
        _loaded[name] = names_here
        kinds.extend(names_here)
    return kinds
