"""Where the shipped rules and sources are: inside the installed package, or the checkout."""

from __future__ import annotations

from pathlib import Path

__all__ = ["builtin_rules_dir", "builtin_sources_dir", "repo_root"]

_PACKAGE = Path(__file__).resolve().parent


def repo_root() -> Path:
    """The checkout this package runs from (src/claimcheck → the repository's top)."""
    return _PACKAGE.parent.parent


def _builtin(name: str) -> Path:
    installed = _PACKAGE / "_builtin" / name
    if installed.is_dir() and any(installed.iterdir()):
        return installed
    return repo_root() / name


def builtin_rules_dir() -> Path:
    """The shipped rule set (rules/ of the repository)."""
    return _builtin("rules")


def builtin_sources_dir() -> Path:
    """The shipped reference sources (sources/ of the repository)."""
    return _builtin("sources")
