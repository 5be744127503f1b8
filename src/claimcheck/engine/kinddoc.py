"""What a kind offers, read from its class: parameters (from the pydantic model) and docs.

Nothing here knows a particular kind, so ``claimcheck kinds``, ``rules new`` and
``explain`` work for every registered kind, plugins included. A parameter's description is
its ``Field(description=...)``, else its entry in the kind's ``## Options`` section.
"""

from __future__ import annotations

import inspect
import json
import re
import sys
from dataclasses import dataclass
from typing import Any

from enum import Enum

import yaml
from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from .kinds import KINDS, RuleSpec

__all__ = ["Param", "BASE_FIELDS", "kind_params", "kind_doc", "kind_sections", "kind_summary",
           "inline", "kinds_markdown", "kinds_text", "kind_text", "kinds_json"]

#: fields every rule has (documented once, not per kind)
BASE_FIELDS = frozenset(RuleSpec.model_fields)


@dataclass
class Param:
    name: str
    type: str
    default: Any
    required: bool
    description: str

    @property
    def default_text(self) -> str:
        return "required" if self.required else inline(self.default)


def inline(value: Any) -> str:
    """A value as one line of YAML, as a rule file would write it: ``[[{LOWER: probably}]]``."""
    plain = json.loads(json.dumps(value, ensure_ascii=False, default=_plain))
    text = yaml.safe_dump(plain, default_flow_style=True, width=10**6, allow_unicode=True, sort_keys=False)
    return text.strip().removesuffix("...").strip()


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, Enum):
        return value.value
    return str(value)


def kind_doc(cls: type[RuleSpec]) -> str:
    """The kind's ruff-style page: its module docstring when it has the headings, else the class's."""
    module = sys.modules.get(cls.__module__)
    doc = inspect.getdoc(module) if module else None
    if doc and "## " in doc:
        return doc
    return inspect.getdoc(cls) or ""


def kind_sections(cls: type[RuleSpec]) -> dict[str, str]:
    """``## Heading`` → text, plus "" → the text before the first heading."""
    out: dict[str, str] = {}
    current = ""
    buf: list[str] = []
    for line in kind_doc(cls).splitlines():
        m = re.match(r"^##\s+(.+?)\s*$", line)
        if m:
            out[current] = "\n".join(buf).strip()
            current, buf = m.group(1), []
        else:
            buf.append(line)
    out[current] = "\n".join(buf).strip()
    return out


def kind_summary(cls: type[RuleSpec]) -> str:
    """One line: what the kind flags."""
    class_doc = inspect.getdoc(cls)
    if class_doc and class_doc.strip() != inspect.getdoc(RuleSpec).strip():
        return class_doc.strip().splitlines()[0]
    head = kind_sections(cls).get("", "").splitlines()
    return re.sub(r"^Kind ``[^`]+``:\s*", "", head[0]) if head else ""


def _options_text(cls: type[RuleSpec]) -> str:
    return " ".join(kind_sections(cls).get("Options", "").split())


def _described_in_options(cls: type[RuleSpec], name: str) -> str:
    text = _options_text(cls)
    m = re.search(rf"``{re.escape(name)}``(?:\s*\([^)]*\))?:\s*(.+?)(?=\s``\w+``(?:\s*\([^)]*\))?:|$)", text)
    return m.group(1).strip() if m else ""


def _type_label(schema: dict, defs: dict) -> str:
    if "$ref" in schema:
        return _type_label(defs.get(schema["$ref"].rsplit("/", 1)[-1], {}), defs)
    if "anyOf" in schema:
        labels = [_type_label(s, defs) for s in schema["anyOf"] if s.get("type") != "null"]
        optional = any(s.get("type") == "null" for s in schema["anyOf"])
        return " or ".join(dict.fromkeys(labels)) + (" (or nothing)" if optional else "")
    if "enum" in schema:
        return "one of " + ", ".join(str(v) for v in schema["enum"])
    if "const" in schema:
        return inline(schema["const"])
    typ = schema.get("type")
    label = {"string": "text", "number": "number", "integer": "whole number", "boolean": "true or false",
             "null": "nothing"}.get(typ or "", "")
    if typ == "array":
        items = schema.get("items")
        label = "list of " + (_type_label(items, defs) if items else "values")
    elif typ == "object":
        extra = schema.get("additionalProperties")
        label = "mapping" + (f" of {_type_label(extra, defs)}" if isinstance(extra, dict) and extra else "")
    lo, hi = schema.get("minimum", schema.get("exclusiveMinimum")), schema.get("maximum", schema.get("exclusiveMaximum"))
    if lo is not None or hi is not None:
        label += f" ({'' if lo is None else lo}–{'' if hi is None else hi})"
    if "minItems" in schema:
        label += f" (at least {schema['minItems']})"
    return label or "value"


def kind_params(cls: type[RuleSpec]) -> list[Param]:
    """The kind's own parameters (fields beyond the common ones), in declaration order."""
    schema = cls.model_json_schema(mode="validation")
    props, defs = schema.get("properties", {}), schema.get("$defs", {})
    params = []
    for name, field in cls.model_fields.items():
        if name in BASE_FIELDS or field.exclude:
            continue
        required = field.is_required()
        if required:
            default = None
        elif field.default_factory is not None:
            default = field.default_factory()
        else:
            default = None if field.default is PydanticUndefined else field.default
        alias = field.alias or name
        params.append(Param(
            name=alias,
            type=_type_label(props.get(alias, {}), defs),
            default=default,
            required=required,
            description=(field.description or _described_in_options(cls, name)).strip(),
        ))
    return params


# --------------------------------------------------------------------------- listings


def kind_text(cls: type[RuleSpec], full: bool = False) -> str:
    """A terminal listing of one kind: summary, parameters, and (full) its documentation."""
    out = [f"{cls.name}: {kind_summary(cls)}"]
    params = kind_params(cls)
    if params:
        width = max(len(p.name) for p in params)
        for p in params:
            out.append(f"  {p.name:<{width}}  {p.type}; {p.default_text if p.required else 'default ' + p.default_text}")
            if p.description:
                out.append(f"  {'':<{width}}  {p.description}")
    else:
        out.append("  (no parameters of its own)")
    if cls.placeholders:
        out.append(f"  message placeholders: {', '.join('{' + p + '}' for p in cls.placeholders)}")
    if full:
        out += ["", kind_doc(cls)]
    return "\n".join(out) + "\n"


def kinds_text() -> str:
    return "\n".join(kind_text(KINDS[name]) for name in sorted(KINDS))


def kinds_json() -> str:
    return json.dumps({name: {"summary": kind_summary(cls), "doc": kind_doc(cls),
                              "placeholders": list(cls.placeholders), "needs": sorted(cls.needs),
                              "schema": cls.model_json_schema(mode="validation")}
                       for name, cls in sorted(KINDS.items())}, indent=2, default=str) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def kinds_markdown(heading: str = "###") -> str:
    """The parameter reference of every registered kind, as Markdown (docs/writing-rules.md)."""
    out: list[str] = []
    for name in sorted(KINDS):
        cls = KINDS[name]
        out += [f"{heading} `{name}`", "", kind_summary(cls), ""]
        params = kind_params(cls)
        if params:
            out += ["| parameter | type | default | meaning |", "|---|---|---|---|"]
            out += [f"| `{p.name}` | {_cell(p.type)} | {'**required**' if p.required else '`' + _cell(p.default_text) + '`'} "
                    f"| {_cell(p.description)} |" for p in params]
        else:
            out.append("No parameters of its own.")
        out.append("")
        if cls.placeholders:
            out += ["Message placeholders: " + ", ".join(f"`{{{p}}}`" for p in cls.placeholders) + ".", ""]
    return "\n".join(out).rstrip() + "\n"


START, END = "<!-- kinds:start -->", "<!-- kinds:end -->"


def with_reference(doc: str) -> str:
    """``doc`` with the text between the kinds markers replaced by :func:`kinds_markdown`."""
    head, _, rest = doc.partition(START)
    _, _, tail = rest.partition(END)
    return f"{head}{START}\n\n{kinds_markdown()}\n{END}{tail}"


if __name__ == "__main__":  # python -m claimcheck.engine.kinddoc docs/writing-rules.md
    from pathlib import Path

    for name in sys.argv[1:]:
        page = Path(name)
        page.write_text(with_reference(page.read_text(encoding="utf-8")), encoding="utf-8")
        print(f"updated {page}")
