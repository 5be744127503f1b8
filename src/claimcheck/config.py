"""Project configuration: ``claimcheck.toml`` or ``[tool.claimcheck]`` in ``pyproject.toml``.

The file is found by walking up from the checked article (``claimcheck.toml`` wins over a
``pyproject.toml`` in the same folder; a ``pyproject.toml`` without the table is passed
over). Keys are kebab-case as in ruff; an unknown key is an error naming the file, the line
and the closest known key. Paths in the file are relative to the file. Command-line
options beat the file, the file beats the defaults.

```toml
[tool.claimcheck]
rules = ["house-rules"]            # extra rule folders
sources = ["press-releases"]       # extra trusted sources (docs/sources.md)
disable = ["names/*"]              # rule ids (globs) to switch off
severity = { "terms/term-variants" = "info" }
fail-on = "error"
article-date = 2025-06-01          # for articles that state no date
```
"""

from __future__ import annotations

import difflib
import fnmatch
import re
import tomllib
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from .facts import Severity

__all__ = ["Config", "ConfigError", "CONFIG_FILES", "find_config", "load_config", "config_for",
           "apply_config", "load_project_rules", "group_by_config"]

CONFIG_FILES = ("claimcheck.toml", "pyproject.toml")


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file, line and key."""

    def __init__(self, path: str | Path, reason: str, line: int | None = None):
        self.path, self.line, self.reason = str(path), line, reason
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {reason}")


class Config(BaseModel):
    """What a project may configure. Field names are written kebab-case in the file."""

    model_config = ConfigDict(extra="forbid", alias_generator=lambda name: name.replace("_", "-"),
                              populate_by_name=False)

    rules: list[str] = Field(default_factory=list, description="Extra rule folders, relative to the config file.")
    builtin_rules: bool = Field(default=True, description="Use the rules shipped with claimcheck.")
    enable: list[str] = Field(default_factory=list, description="Rule ids (globs) to switch on.")
    disable: list[str] = Field(default_factory=list, description="Rule ids (globs) to switch off.")
    enable_kinds: list[str] = Field(default_factory=list, description="Kinds (globs) whose rules are switched on.")
    disable_kinds: list[str] = Field(default_factory=list, description="Kinds (globs) whose rules are switched off.")
    severity: dict[str, Severity] = Field(default_factory=dict, description="Rule id (glob) = info, warning or error.")
    fail_on: Severity | None = Field(default=None, description="Default for --fail-on.")
    model: str | None = Field(default=None, description="Default for --model.")
    article_date: date | None = Field(default=None, description="Publication date for articles that state none.")
    format: str | None = Field(default=None, description="Default for --format.")
    baseline: str | None = Field(default=None, description="Baseline file of accepted findings, relative to the config file.")
    plugins: list[str] = Field(default_factory=list, description="Entry points (group claimcheck.kinds) allowed to add kinds.")
    sources: list[str] = Field(default_factory=list, description="Extra source folders (fact sheets, source texts), relative to the config file.")
    builtin_sources: bool = Field(default=True, description="Use the sources shipped with claimcheck.")

    _source: Path | None = PrivateAttr(default=None)

    @field_validator("format")
    @classmethod
    def _known_format(cls, value: str | None) -> str | None:
        if value is None:
            return value
        from .report import RENDERERS

        if value not in RENDERERS:
            raise ValueError(f"unknown format {value!r}; one of: {', '.join(RENDERERS)}")
        return value

    @property
    def source(self) -> Path | None:
        """The file this configuration came from (None: defaults)."""
        return self._source

    @property
    def root(self) -> Path:
        """The folder relative paths in the file start from."""
        return self._source.parent if self._source else Path.cwd()

    def rule_folders(self) -> list[Path]:
        return [self.root / p for p in self.rules]

    def source_folders(self) -> list[Path]:
        return [self.root / p for p in self.sources]

    def baseline_path(self) -> Path | None:
        return self.root / self.baseline if self.baseline else None

    def describe(self) -> str:
        return str(self._source) if self._source else "defaults (no claimcheck.toml or [tool.claimcheck] found)"


# --------------------------------------------------------------------------- finding and reading


def find_config(start: str | Path) -> Path | None:
    """The nearest configuration file at or above ``start`` (a file or a folder)."""
    here = Path(start).resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        own = folder / "claimcheck.toml"
        if own.is_file():
            return own
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    if "claimcheck" not in text:
        return False
    try:
        return "claimcheck" in tomllib.loads(text).get("tool", {})
    except tomllib.TOMLDecodeError:
        return True  # it mentions claimcheck: let load_config report the error


def load_config(path: str | Path) -> Config:
    """Read and validate one configuration file; raise ConfigError naming file, line and key."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, f"cannot read the file ({exc})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+)", str(exc))
        if m:
            line, where = int(m.group(1)), ""
        else:  # "(at end of document)": something was left open
            line, where = max(text.count("\n"), 1), " at the end of the file (is a ] or quote missing?)"
        raise ConfigError(path, f"invalid TOML: {str(exc).split(' (at ')[0]}{where}", line) from None
    prefix = ""
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("claimcheck", {})
        prefix = "tool.claimcheck."
    if not isinstance(data, dict):
        raise ConfigError(path, f"`{prefix.rstrip('.') or 'the file'}` must be a table")
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise ConfigError(path, _explain(err, prefix), _line_of(text, err.get("loc", ()))) from None
    config._source = path.resolve()
    return config


def _explain(err: dict, prefix: str) -> str:
    loc = [str(p) for p in err.get("loc", ())]
    key = prefix + ".".join(loc)
    if err.get("type") == "extra_forbidden":
        known = sorted(f.alias or name for name, f in Config.model_fields.items())
        close = difflib.get_close_matches(loc[-1], known, n=1, cutoff=0.6)
        hint = f" (did you mean `{prefix}{close[0]}`?)" if close else ""
        return f"unknown key `{key}`{hint}; known keys: {', '.join(known)}"
    msg = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
    return f"`{key}`: {msg} (got {err.get('input')!r})"


def _line_of(text: str, loc: tuple) -> int | None:
    """Best effort: the line where the last key of ``loc`` is written."""
    for part in reversed(loc):
        if isinstance(part, int):
            continue
        rx = re.compile(r"^\s*[\"']?" + re.escape(str(part)) + r"[\"']?\s*=", re.M)
        m = rx.search(text) or re.search(r"[{,]\s*[\"']?" + re.escape(str(part)) + r"[\"']?\s*=", text)
        if m:
            return text.count("\n", 0, m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))) + 1
        return None
    return None


@lru_cache(maxsize=64)
def _cached(path: str) -> Config:
    return load_config(path)


def config_for(target: str | Path | None = None, explicit: str | Path | None = None) -> Config:
    """The configuration governing ``target`` (an article or folder; None: the current folder).

    explicit (str | Path): a file named with ``--config``; it wins over discovery.
    RETURNS (Config): defaults when no file is found.
    """
    if explicit is not None:
        if not Path(explicit).is_file():
            raise ConfigError(explicit, "no such configuration file")
        return _cached(str(Path(explicit).resolve()))
    start = Path.cwd() if target in (None, "-", "") else Path(target)
    found = find_config(start)
    return _cached(str(found)) if found else _default()


@lru_cache(maxsize=1)
def _default() -> Config:
    return Config()


# --------------------------------------------------------------------------- applying it to rules


def _specificity(pattern: str) -> tuple[int, int]:
    """Exact ids beat globs; longer literal text beats shorter."""
    glob = any(c in pattern for c in "*?[")
    return (0 if glob else 1, len(pattern.replace("*", "").replace("?", "")))


def _decide(rule, config: Config) -> bool:
    """Whether a rule runs: the most specific matching pattern decides; a tie goes to disable."""
    best: tuple | None = None
    for level, patterns, subject, value in (
        (1, config.enable, rule.id, True), (1, config.disable, rule.id, False),
        (0, config.enable_kinds, rule.name, True), (0, config.disable_kinds, rule.name, False),
    ):
        for p in patterns:
            if fnmatch.fnmatchcase(subject, p):
                key = (level, *_specificity(p), 0 if value else 1)
                if best is None or key > best[0]:
                    best = (key, value)
    return rule.enabled if best is None else best[1]


def _severity(rule, config: Config) -> Severity:
    matches = [(_specificity(p), sev) for p, sev in config.severity.items() if fnmatch.fnmatchcase(rule.id, p)]
    return max(matches, key=lambda m: m[0])[1] if matches else rule.severity


def apply_config(ruleset, config: Config):
    """A copy of the rule set with the configuration's switches and severities applied.

    Patterns that match no rule are errors (a typo would otherwise pass silently).
    """
    from .engine.loader import RuleSet

    where = config.source or "configuration"
    ids = [r.id for r in ruleset]
    kinds = sorted({r.name for r in ruleset})
    for key, patterns, names in (("enable", config.enable, ids), ("disable", config.disable, ids),
                                 ("severity", list(config.severity), ids),
                                 ("enable-kinds", config.enable_kinds, kinds),
                                 ("disable-kinds", config.disable_kinds, kinds)):
        for p in patterns:
            if not any(fnmatch.fnmatchcase(n, p) for n in names):
                close = difflib.get_close_matches(p, names, n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                raise ConfigError(where, f"`{key}`: {p!r} matches no {'kind' if 'kinds' in key else 'rule'}{hint}",
                                  _line_of(_text_of(config), (p,)) or _line_of(_text_of(config), (key,)))
    rules = [r.model_copy(update={"enabled": _decide(r, config), "severity": _severity(r, config)})
             for r in ruleset]
    return RuleSet(rules=rules, folders=list(ruleset.folders))


def _text_of(config: Config) -> str:
    try:
        return config.source.read_text(encoding="utf-8") if config.source else ""
    except OSError:
        return ""


def load_project_rules(config: Config, extra_folders: Iterable[str | Path] = (), deep: bool = True):
    """Load plugins the configuration allows, then its rules, then apply its switches.

    extra_folders: folders given on the command line (``--rules``).
    deep (bool): run checks that need spaCy (pattern schemas); ``rules list`` skips them.
    RETURNS (RuleSet): raises ConfigError or RuleLoadError.
    """
    from .engine.loader import load_rules
    from .engine.plugins import load_kind_plugins

    if config.plugins:
        load_kind_plugins(config.plugins, where=config.describe())
    folders = [*config.rule_folders(), *(Path(f) for f in extra_folders)]
    ruleset = load_rules(folders, include_builtin=config.builtin_rules, deep=deep)
    return apply_config(ruleset, config)


def group_by_config(paths: Iterable[str], explicit: str | Path | None = None) -> list[tuple[Config, list[str]]]:
    """Articles grouped by the configuration that governs each (first-seen order).

    RETURNS (list[tuple[Config, list[str]]]): one group per configuration file.
    """
    groups: dict[int, tuple[Config, list[str]]] = {}
    for p in paths:
        config = config_for(p, explicit)
        groups.setdefault(id(config), (config, []))[1].append(p)
    return list(groups.values())
