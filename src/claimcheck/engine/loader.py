"""rules/*.yaml → validated rule objects; every error names the file, the line and why.

YAML is read with PyYAML's safe loader (rule files never execute code); the node tree keeps
line numbers, so a pydantic error on ``examples[1].expect`` points at the line where that
value stands. A rule's id is its path under the rules folder ("names/name-variants").
"""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import yaml
from pydantic import ValidationError

from ..paths import builtin_rules_dir
from .kinds import KINDS, RuleSpec
from .kinds.base import QUICK_LOAD

__all__ = ["RuleError", "RuleLoadError", "RuleSet", "load_rules", "load_rule_file", "load_rule_paths", "rule_files"]

RULE_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class RuleError:
    """One problem in one rule file."""

    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


class RuleLoadError(Exception):
    """One or more rule files are broken; ``errors`` lists them all."""

    def __init__(self, errors: list[RuleError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


@dataclass
class RuleSet:
    """The rules of one run, in id order."""

    rules: list[RuleSpec] = field(default_factory=list)
    folders: list[Path] = field(default_factory=list)

    def __iter__(self):
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, rule_id: str) -> RuleSpec | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    @property
    def enabled(self) -> list[RuleSpec]:
        return [r for r in self.rules if r.enabled]

    def needs(self) -> frozenset[str]:
        """Fact families the enabled rules read."""
        out: set[str] = set()
        for r in self.enabled:
            out |= r.needs
        return frozenset(out)

    def digest(self) -> str:
        """A short hash of the enabled rules' settings (ids, kinds, parameters, messages):
        two reports with the same digest applied the same rules. Examples do not count."""
        h = hashlib.sha256()
        for r in self.enabled:
            h.update(r.model_dump_json(exclude={"examples"}).encode("utf-8"))
        return h.hexdigest()[:12]

    def term_lists(self) -> tuple:
        lists = []
        for r in self.enabled:
            lists.extend(r.term_lists())
        return tuple(lists)


def rule_files(folder: Path) -> list[Path]:
    """Every rule file below a folder, sorted."""
    return sorted(p for p in folder.rglob("*") if p.suffix in RULE_SUFFIXES and p.is_file()
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


class _Collector:
    """Rules loaded one file at a time, every problem kept, so one run reports them all."""

    def __init__(self, deep: bool):
        self.deep = deep
        self.errors: list[RuleError] = []
        self.rules: list[RuleSpec] = []
        self.seen: dict[str, str] = {}  # rule id → the file that defined it

    def add(self, path: Path, root: Path) -> None:
        try:
            rule = load_rule_file(path, root, deep=self.deep)
        except RuleLoadError as exc:
            self.errors.extend(exc.errors)
            return
        if rule.id in self.seen:
            if self.seen[rule.id] != str(path):  # the same file named twice is loaded once
                self.errors.append(RuleError(str(path), 1, f"duplicate rule id {rule.id!r}: already defined in {self.seen[rule.id]}"))
            return
        self.seen[rule.id] = str(path)
        self.rules.append(rule)

    def ruleset(self, folders: list[Path]) -> RuleSet:
        if self.errors:
            raise RuleLoadError(self.errors)
        return RuleSet(rules=sorted(self.rules, key=lambda r: r.id), folders=folders)


def load_rules(folders: Iterable[str | Path] = (), include_builtin: bool = True, deep: bool = True) -> RuleSet:
    """Load the shipped rules and those in ``folders``; raise RuleLoadError listing all problems.

    deep (bool): also run checks that need spaCy (pattern schemas); False keeps it fast.
    """
    dirs: list[Path] = []
    if include_builtin:
        dirs.append(builtin_rules_dir())
    for f in folders:
        p = Path(f)
        if p.resolve() not in {d.resolve() for d in dirs}:
            dirs.append(p)
    found = _Collector(deep)
    for folder in dirs:
        if not folder.is_dir():
            found.errors.append(RuleError(str(folder), None, "rules folder not found"))
            continue
        for path in rule_files(folder):
            found.add(path, folder)
    return found.ruleset(dirs)


def load_rule_paths(paths: Iterable[str | Path], roots: Iterable[str | Path] = (), deep: bool = True) -> RuleSet:
    """Load the rule files and folders named (``rules test PATH``), all problems at once.

    roots: rule folders in use; a path inside one keeps its usual id ("house/x", not "x").
    """
    roots = [Path(r).resolve() for r in roots]
    paths = [Path(p) for p in paths]
    found = _Collector(deep)
    for p in paths:
        if not p.exists():
            found.errors.append(RuleError(str(p), None, "no such file or folder"))
            continue
        here = p.resolve()
        root = next((r for r in roots if here == r or r in here.parents), None)
        root = root or (here if p.is_dir() else here.parent)
        files = rule_files(p) if p.is_dir() else [p]
        if p.is_dir() and not files:
            found.errors.append(RuleError(str(p), None, "no rule files (*.yaml) in this folder"))
        for f in files:
            found.add(f, root)
    return found.ruleset(paths)


def load_rule_file(path: str | Path, root: str | Path | None = None, deep: bool = True) -> RuleSpec:
    """Load and validate one rule file. root (Path): the folder its id is relative to.

    deep (bool): also run the kind's checks that need spaCy (:meth:`RuleSpec.deep_errors`) and
        the validators that need pint (skipped under QUICK_LOAD).
    """
    path = Path(path)
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleLoadError([RuleError(name, None, f"cannot read the file ({exc})")]) from None
    node, data = _parse_yaml(text, name)
    rule_id = _rule_id(path, Path(root) if root else path.parent)
    if not isinstance(data, dict):
        raise RuleLoadError([RuleError(name, 1, "a rule file must be a YAML mapping (key: value lines)")])
    kind_name = data.get("kind")
    if kind_name is None:
        raise RuleLoadError([RuleError(name, 1, f"`kind` is missing; it names what the rule checks, one of: {', '.join(sorted(KINDS))}")])
    cls = KINDS.get(str(kind_name))
    if cls is None:
        close = difflib.get_close_matches(str(kind_name), KINDS, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise RuleLoadError([RuleError(name, _line_of(node, ("kind",)), f"unknown kind {kind_name!r}{hint}; known kinds: {', '.join(sorted(KINDS))}")])
    declared = data.get("id")
    if declared is not None and str(declared) != rule_id:
        raise RuleLoadError([RuleError(name, _line_of(node, ("id",)), f"id {declared!r} does not match the file's path ({rule_id!r}); remove `id` or rename the file")])
    data = {**data, "id": rule_id}
    try:
        rule = cls.model_validate(data, context=None if deep else QUICK_LOAD)
    except ValidationError as exc:
        raise RuleLoadError([_explain(name, node, cls, err) for err in exc.errors()]) from None
    if deep:
        problems = rule.deep_errors()
        if problems:
            raise RuleLoadError([RuleError(name, _line_of(node, loc), reason) for loc, reason in problems])
    rule.path = name
    rule._example_lines = [_line_of(node, ("examples", i)) or 0 for i in range(len(rule.examples))]
    return rule


def _rule_id(path: Path, root: Path) -> str:
    try:
        rel = path.resolve().relative_to(root.resolve())
    except ValueError:
        rel = Path(path.name)
    return rel.with_suffix("").as_posix()


class _DuplicateKey(Exception):
    def __init__(self, key: str, line: int):
        self.key, self.line = key, line


def _parse_yaml(text: str, name: str):
    """Safe-load YAML, keeping the node tree for line numbers; duplicate keys are errors.

    libyaml's loader reads it when PyYAML has it (the wheels do: ~5x faster, most of what
    `rules list` did); a file it rejects is read again by the pure-Python loader, whose
    error marks point where the mistake starts ("[unclosed" on line 2, not the end of file).
    """
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return _compose(fast(text), name)
        except yaml.YAMLError:
            pass
    return _compose(yaml.SafeLoader(text), name)


def _compose(loader, name: str):
    try:
        node = loader.get_single_node()
        if node is None:
            raise RuleLoadError([RuleError(name, None, "the file is empty")])
        _check_duplicates(node)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        if not isinstance(loader, yaml.SafeLoader):
            raise
        raise RuleLoadError([RuleError(name, *_yaml_problem(exc))]) from None
    except yaml.YAMLError as exc:
        if not isinstance(loader, yaml.SafeLoader):
            raise
        raise RuleLoadError([RuleError(name, None, f"invalid YAML: {exc}")]) from None
    except _DuplicateKey as exc:
        raise RuleLoadError([RuleError(name, exc.line, f"key {exc.key!r} appears twice")]) from None
    finally:
        loader.dispose()
    return node, data


def _yaml_problem(exc: yaml.MarkedYAMLError) -> tuple[int | None, str]:
    """The line and a plain reason for a YAML syntax error."""
    reason = " ".join(x for x in (exc.context, exc.problem) if x) or "invalid YAML"
    if exc.context_mark is not None and "<stream end>" in (exc.problem or ""):
        # an unclosed [ { or quote: the line where it opened says more than the file's end
        return exc.context_mark.line + 1, (f"invalid YAML: something opened on this line is never closed "
                                           f"(a missing ] or }} or quote?): {reason}")
    mark = exc.problem_mark or exc.context_mark
    return (mark.line + 1 if mark else None), f"invalid YAML: {reason}"


def _check_duplicates(node) -> None:
    if isinstance(node, yaml.MappingNode):
        seen = set()
        for k, v in node.value:
            key = getattr(k, "value", None)
            if isinstance(key, str):
                if key in seen:
                    raise _DuplicateKey(key, k.start_mark.line + 1)
                seen.add(key)
            _check_duplicates(v)
    elif isinstance(node, yaml.SequenceNode):
        for v in node.value:
            _check_duplicates(v)


def _line_of(node, loc: tuple) -> int | None:
    """The line of the value at a pydantic location (falls back to the nearest parent)."""
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            found = None
            for k, v in node.value:
                if getattr(k, "value", None) == part:
                    found = (k, v)
                    break
            if found is None:
                return line
            line = found[0].start_mark.line + 1
            node = found[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def _explain(name: str, node, cls: type[RuleSpec], err: dict) -> RuleError:
    """Turn one pydantic error into words a non-programmer understands."""
    loc = tuple(p for p in err.get("loc", ()) if p not in ("function-after",))
    where = "".join(f"[{p}]" if isinstance(p, int) else (f".{p}" if i else str(p)) for i, p in enumerate(loc)) or "rule"
    typ = err.get("type", "")
    msg = err.get("msg", "invalid value")
    if typ == "missing":
        reason = f"`{where}` is required"
    elif typ == "extra_forbidden":
        field = str(loc[-1]) if loc else "?"
        options = list(cls.model_fields) if len(loc) == 1 else []
        close = difflib.get_close_matches(field, options, n=1)
        hint = f" (did you mean `{close[0]}`?)" if close else ""
        allowed = f"; allowed here: {', '.join(sorted(k for k in options if k != 'path'))}" if options else ""
        reason = f"unknown field `{where}`{hint}{allowed}"
    else:
        value = err.get("input")
        shown = repr(value) if not isinstance(value, (dict, list)) else type(value).__name__
        msg = msg.removeprefix("Value error, ")
        reason = f"`{where}`: {msg} (got {shown})"
    return RuleError(name, _line_of(node, loc), reason)
