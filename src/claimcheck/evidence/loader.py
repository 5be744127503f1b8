"""sources/ folders → a :class:`SourceSet`; every problem names the file, the line and why.

A folder holds fact sheets (``*.yaml``) and source texts (``*.txt``, ``*.md``: a press
release, an earlier article) whose front matter says what they are. README files and
hidden files are skipped. Sheets are read with PyYAML's safe loader through the same
line-keeping parser as rule files; texts are loaded as Markdown (front matter + body) and
parsed later, only when a rule needs them (:meth:`SourceSet.facts`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from pydantic import ValidationError

from ..document import Document, InputError, document_from_text, decode_bytes
from ..engine.loader import RuleError, RuleLoadError, _explain, _line_of, _parse_yaml, _rule_id
from ..facts import Citation, SourceFact
from ..paths import builtin_sources_dir
from .model import SheetSpec, TextMeta
from .sheets import sheet_facts

__all__ = ["SourceError", "SourceLoadError", "SheetFile", "SourceText", "SourceSet", "load_sources",
           "load_sheet", "load_text", "source_files"]

SHEET_SUFFIXES = (".yaml", ".yml")
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")


class SourceError(RuleError):
    """One problem in one source file (path, line, reason; printed as path:line: reason)."""


class SourceLoadError(Exception):
    """One or more source files are broken; ``errors`` lists them all."""

    def __init__(self, errors: list[SourceError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


@dataclass
class SheetFile:
    """A loaded fact sheet: its id (path under its folder), spec and facts."""

    id: str
    path: str
    spec: SheetSpec
    facts: list[SourceFact]


@dataclass
class SourceText:
    """A loaded source text; its facts come from extraction (see evidence.texts)."""

    id: str
    path: str
    meta: TextMeta
    document: Document

    def citation(self) -> Citation:
        m = self.meta
        return Citation(title=m.title, url=m.url, retrieved=m.retrieved, published=m.date,
                        trust=m.trust, path=self.path)


@dataclass
class SourceSet:
    """The trusted evidence of one run: fact sheets and source texts, in id order."""

    sheets: list[SheetFile] = field(default_factory=list)
    texts: list[SourceText] = field(default_factory=list)
    folders: list[Path] = field(default_factory=list)
    _text_facts: list[SourceFact] | None = field(default=None, repr=False)
    _facts: list[SourceFact] | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.sheets) + len(self.texts)

    def get(self, name: str) -> SheetFile | SourceText | None:
        """A source by id ("records/longest-spaceflight-nasa"), entity, alias or title."""
        from ..extract.entities import fold

        key = fold(name)
        for item in [*self.sheets, *self.texts]:
            if fold(item.id) == key:
                return item
        for sheet in self.sheets:
            if key in {fold(sheet.spec.entity), *(fold(a) for a in sheet.spec.aliases)}:
                return sheet
        return next((t for t in self.texts if fold(t.meta.title) == key), None)

    def sheet_facts(self) -> list[SourceFact]:
        return [f for s in self.sheets for f in s.facts]

    def facts(self, model: str | None = None) -> list[SourceFact]:
        """Every source fact, sheets first; source texts are parsed on first use."""
        if self._text_facts is None:
            from .texts import text_facts

            self._text_facts = text_facts(self.texts, model) if self.texts else []
        if self._facts is None:  # one list per set: the evidence index is built once per list
            out = [*self.sheet_facts(), *self._text_facts]
            self._facts = [f.model_copy(update={"index": i}) for i, f in enumerate(out)]
        return self._facts

    def merged(self, other: "SourceSet") -> "SourceSet":
        return SourceSet(sheets=[*self.sheets, *other.sheets], texts=[*self.texts, *other.texts],
                         folders=[*self.folders, *other.folders])


def source_files(folder: Path) -> list[Path]:
    """Every sheet and text below a folder, sorted; README files and hidden paths skipped."""
    out = []
    for p in folder.rglob("*"):
        if not p.is_file() or p.suffix.lower() not in SHEET_SUFFIXES + TEXT_SUFFIXES:
            continue
        rel = p.relative_to(folder)
        if any(part.startswith((".", "_")) for part in rel.parts) or p.stem.upper() == "README":
            continue
        out.append(p)
    return sorted(out)


def load_sources(folders: Iterable[str | Path] = (), include_builtin: bool = True) -> SourceSet:
    """Load the shipped sources and those in ``folders``; raise SourceLoadError listing all problems."""
    dirs: list[Path] = []
    if include_builtin:
        dirs.append(builtin_sources_dir())
    for f in folders:
        p = Path(f)
        if p.resolve() not in {d.resolve() for d in dirs}:
            dirs.append(p)
    errors: list[SourceError] = []
    result = SourceSet(folders=dirs)
    seen: dict[str, str] = {}
    for folder in dirs:
        if not folder.is_dir():
            errors.append(SourceError(str(folder), None, "sources folder not found"))
            continue
        for path in source_files(folder):
            try:
                item = (load_sheet if path.suffix.lower() in SHEET_SUFFIXES else load_text)(path, folder)
            except SourceLoadError as exc:
                errors.extend(exc.errors)
                continue
            if item.id in seen:
                errors.append(SourceError(str(path), 1, f"duplicate source id {item.id!r}: already defined in {seen[item.id]}"))
                continue
            seen[item.id] = str(path)
            (result.sheets if isinstance(item, SheetFile) else result.texts).append(item)
    if errors:
        raise SourceLoadError(errors)
    result.sheets.sort(key=lambda s: s.id)
    result.texts.sort(key=lambda t: t.id)
    return result


# a source's id is its path under its folder, exactly as a rule's id is
_source_id = _rule_id


def _read(path: Path) -> str:
    try:
        return decode_bytes(path.read_bytes(), str(path))
    except OSError as exc:
        raise SourceLoadError([SourceError(str(path), None, f"cannot read the file ({exc.strerror or exc})")]) from None
    except InputError as exc:
        raise SourceLoadError([SourceError(str(path), None, str(exc).removeprefix(f"{path}: "))]) from None


def load_sheet(path: str | Path, root: str | Path | None = None) -> SheetFile:
    """Load and validate one fact sheet. root (Path): the folder its id is relative to."""
    path = Path(path)
    name = str(path)
    text = _read(path)
    try:
        node, data = _parse_yaml(text, name)
    except RuleLoadError as exc:
        raise SourceLoadError([SourceError(e.path, e.line, e.reason) for e in exc.errors]) from None
    if not isinstance(data, dict):
        raise SourceLoadError([SourceError(name, 1, "a fact sheet must be a YAML mapping (entity:, facts:, source:)")])
    try:
        spec = SheetSpec.model_validate(data)
    except ValidationError as exc:
        errs = [_explain(name, node, SheetSpec, err) for err in exc.errors()]
        raise SourceLoadError([SourceError(e.path, e.line, e.reason) for e in errs]) from None
    lines = [_line_of(node, ("facts", i)) for i in range(len(spec.facts))]
    return SheetFile(_source_id(path, Path(root) if root else path.parent), name, spec,
                     sheet_facts(spec, name, lines))


def load_text(path: str | Path, root: str | Path | None = None) -> SourceText:
    """Load one source text and validate its front matter (title, url, date, trust)."""
    path = Path(path)
    name = str(path)
    text = _read(path)
    try:
        document = document_from_text(text, name, "md")
    except InputError as exc:
        raise SourceLoadError([SourceError(name, None, str(exc).removeprefix(f"{name}:").strip())]) from None
    if not document.metadata:
        raise SourceLoadError([SourceError(name, 1, "a source text starts with front matter between `---` lines "
                                                    "giving at least its `title` (also url, date, trust)")])
    try:
        meta = TextMeta.model_validate(document.metadata)
    except ValidationError as exc:
        raise SourceLoadError([_front_matter_error(name, text, err) for err in exc.errors()]) from None
    if not document.analysis.strip():
        raise SourceLoadError([SourceError(name, None, "the source text has front matter but no text")])
    return SourceText(_source_id(path, Path(root) if root else path.parent), name, meta, document)


def _front_matter_error(name: str, text: str, err: dict) -> SourceError:
    loc = [str(p) for p in err.get("loc", ())]
    key = loc[0] if loc else ""
    line = 1
    for i, raw in enumerate(text.splitlines()[1:], start=2):
        if raw.strip() == "---":
            break
        if key and raw.split(":", 1)[0].strip() == key:
            line = i
            break
    typ = err.get("type", "")
    if typ == "missing":
        reason = f"front matter: `{key}` is required"
    elif typ == "extra_forbidden":
        allowed = ", ".join(k for k in TextMeta.model_fields)
        reason = f"front matter: unknown field `{key}`; allowed: {allowed}"
    else:
        reason = f"front matter: `{key}`: {err.get('msg', 'invalid value').removeprefix('Value error, ')} (got {err.get('input')!r})"
    return SourceError(name, line, reason)
