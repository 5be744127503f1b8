"""The baseline: findings an editor reviewed and accepted, so a checked article passes CI.

A YAML file (default name ``claimcheck-baseline.yaml``), one entry per accepted finding,
matched by the article's path (relative to the baseline file) and the finding's stable id
(the rule and the evidence texts, so edits elsewhere in the article keep it)::

    accepted:
      - file: articles/orbital-premiere.md
        id: 3f2a9c1b7d4e
        rule: names/name-variants          # for the reader; matching uses file and id
        note: Two people: confirmed with the desk.

``claimcheck check --write-baseline`` writes every current finding (keeping the notes
of entries that are still there); to accept a single finding, add its entry by hand.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..facts import FileReport

__all__ = ["Baseline", "BaselineEntry", "BaselineError", "DEFAULT_BASELINE", "load_baseline", "write_baseline"]

DEFAULT_BASELINE = "claimcheck-baseline.yaml"


class BaselineError(Exception):
    """A baseline file that cannot be read; the message names the file and why."""


class BaselineEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    file: str
    id: str = Field(min_length=1)
    rule: str | None = None
    message: str | None = None
    note: str | None = None


class Baseline(BaseModel):
    model_config = ConfigDict(extra="forbid")

    accepted: list[BaselineEntry] = Field(default_factory=list)
    path: Path | None = Field(default=None, exclude=True)

    def _key(self, article: str) -> str:
        root = self.path.parent if self.path else Path.cwd()
        p = Path(article)
        try:
            return p.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            return p.resolve().as_posix()

    def accepted_ids(self, article: str) -> dict[str, str]:
        """Finding id → why it is accepted, for one article path."""
        key = self._key(article)
        where = self.path.name if self.path else "baseline"
        return {e.id: f"accepted in {where}" + (f": {e.note}" if e.note else "")
                for e in self.accepted if Path(e.file).as_posix() == key}


def load_baseline(path: str | Path) -> Baseline:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read the baseline ({exc.strerror or exc})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise BaselineError(f"{path}{where}: the baseline is not valid YAML ({getattr(exc, 'problem', exc)})") from None
    try:
        baseline = Baseline.model_validate(data)
    except ValidationError as exc:
        raise BaselineError(f"{path}: " + "; ".join(_explain(e) for e in exc.errors())) from None
    baseline.path = path
    return baseline


def _explain(err: dict) -> str:
    loc = list(err.get("loc", ()))
    where = f"entry {loc[1] + 1}, " if len(loc) > 1 and loc[0] == "accepted" and isinstance(loc[1], int) else ""
    field = str(loc[-1]) if loc else "file"
    if err.get("type") == "missing":
        return f"{where}`{field}` is required"
    if err.get("type") == "extra_forbidden":
        allowed = ", ".join(BaselineEntry.model_fields) if where else "accepted"
        return f"{where}unknown field `{field}` (allowed: {allowed})"
    return f"{where}`{field}`: {err.get('msg')}"


def write_baseline(path: str | Path, reports: Iterable[FileReport], previous: Baseline | None = None) -> int:
    """Accept every finding of ``reports`` (notes of entries already there are kept).

    RETURNS (int): the number of entries written.
    """
    path = Path(path)
    target = Baseline(path=path)
    notes = {(e.file, e.id): e.note for e in (previous.accepted if previous else [])}
    for fr in reports:
        if fr.path == "<stdin>":
            continue
        key = target._key(fr.path)
        for f in [*fr.findings, *(s for s in fr.suppressed if s.suppressed_by and "accepted in" in s.suppressed_by)]:
            target.accepted.append(BaselineEntry(file=key, id=f.id, rule=f.rule, message=f.message,
                                                 note=notes.get((key, f.id))))
    header = ("# claimcheck baseline: findings reviewed and accepted (matched by file and id).\n"
              "# Remove an entry to see its finding again; add `note:` to say why it is fine.\n")
    body = yaml.safe_dump(target.model_dump(exclude_none=True), sort_keys=False, allow_unicode=True, width=100)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(header + body, encoding="utf-8")
    tmp.replace(path)
    return len(target.accepted)
