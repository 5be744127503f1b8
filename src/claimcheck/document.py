"""Loading an article: decoding, markup stripping with an offset map, front matter.

The analysis text that spaCy sees is the original with markup removed ("*I See You*" →
"I See You"). A :class:`Document` keeps a map from analysis offsets back to the original,
the line index and the quoted stretches, so every later stage can report a span as
``text[start:end]`` of the file the user opened, and nothing recomputes them.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import yaml

from .facts import Span, offset_span

__all__ = [
    "InputError",
    "Document",
    "Comment",
    "SUPPORTED_SUFFIXES",
    "load_document",
    "document_from_text",
    "decode_bytes",
]

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")


class InputError(Exception):
    """An article that cannot be read; the message names the file and the reason."""


@dataclass(frozen=True)
class Comment:
    """An HTML comment in the original (suppression directives live in these)."""

    start: int
    end: int
    line: int
    body: str


@dataclass
class Document:
    """One article: the original text, the analysis text, and the map between them."""

    path: str
    text: str
    analysis: str
    format: str = "txt"
    metadata: dict = field(default_factory=dict)
    comments: list[Comment] = field(default_factory=list)
    # segments of the analysis text copied from the original: (analysis_start, original_start)
    _seg_analysis: list[int] = field(default_factory=list, repr=False)
    _seg_original: list[int] = field(default_factory=list, repr=False)
    _line_starts: list[int] = field(default_factory=list, repr=False)
    _quote_starts: list[int] = field(default_factory=list, repr=False)
    _quote_ends: list[int] = field(default_factory=list, repr=False)

    # ----------------------------------------------------------------- offsets

    def to_original(self, pos: int) -> int:
        """Map an analysis-text offset to the original text."""
        if not self._seg_analysis:
            return pos
        i = bisect_right(self._seg_analysis, pos) - 1
        if i < 0:
            return 0
        return min(self._seg_original[i] + (pos - self._seg_analysis[i]), len(self.text))

    def original_range(self, start: int, end: int) -> tuple[int, int]:
        """Map an analysis-text range [start, end) to the original text."""
        if (0 <= start < end <= len(self.text) and len(self._seg_analysis) == 1
                and self._seg_analysis[0] == 0 and self._seg_original[0] == 0):
            return start, end  # plain text: the analysis text is the original (what the general path gives)
        if end <= start:
            o = self.to_original(start)
            return o, o
        o_start, o_end = self.to_original(start), self.to_original(end - 1) + 1
        i = bisect_right(self._seg_analysis, end - 1) - 1
        if 0 <= i < len(self._seg_original) - 1:
            # a range ending in inserted text (the "." closing a heading) ends where it stands
            o_end = min(o_end, self._seg_original[i + 1])
        return o_start, max(o_start, min(o_end, len(self.text)))

    def line_col(self, pos: int) -> tuple[int, int]:
        """1-based line and column of an original-text offset."""
        i = bisect_right(self._line_starts, pos) - 1
        return i + 1, pos - self._line_starts[i] + 1

    def span(self, start: int, end: int) -> Span:
        """A :class:`Span` for an *analysis-text* range, pointing into the original."""
        return self.original_span(*self.original_range(start, end))

    def original_span(self, start: int, end: int) -> Span:
        """A :class:`Span` for an *original-text* range."""
        line, col = self.line_col(start)
        # offsets and line/column come from this document's own map: valid by construction
        return offset_span(start, end, line, col, self.text[start:end])

    def is_quoted(self, pos: int) -> bool:
        """True when an original-text offset lies inside quotation marks."""
        i = bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and pos < self._quote_ends[i]

    @property
    def title(self) -> str | None:
        value = self.metadata.get("title")
        return str(value) if value else None

    @property
    def date(self) -> date | None:
        return parse_date(self.metadata.get("date"))


# --------------------------------------------------------------------------- loading


def decode_bytes(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16; anything else is an error."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: invalid UTF-16 text ({exc.reason})") from None
    head = data[:8192]
    if b"\x00" in head:
        raise InputError(f"{name}: looks like a binary file (it contains NUL bytes), not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at line {line}, "
            f"offset {exc.start}); save the file as UTF-8"
        ) from None


def load_document(path: str | Path, fmt: str | None = None) -> Document:
    """Read an article file (or "-" for standard input) into a :class:`Document`."""
    name = str(path)
    if name == "-":
        if sys.stdin is None or sys.stdin.closed:
            raise InputError("<stdin>: standard input is closed; pipe an article in, or name a file")
        data = sys.stdin.buffer.read()
        return document_from_text(decode_bytes(data, "<stdin>"), "<stdin>", fmt or "md")
    p = Path(path)
    if not p.exists():
        raise InputError(f"{name}: no such file")
    if p.is_dir():
        raise InputError(f"{name}: is a directory (give files, or a folder to `claimcheck check`)")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    if fmt is None:
        fmt = "md" if p.suffix.lower() in MARKDOWN_SUFFIXES else "txt"
    return document_from_text(decode_bytes(data, name), name, fmt)


def document_from_text(text: str, path: str = "<text>", fmt: str = "txt") -> Document:
    """Build a :class:`Document` from text already decoded."""
    drops: list[tuple[int, int, str]] = []  # (start, end, replacement) in the original
    metadata: dict = {}
    comments: list[Comment] = []
    if fmt == "md":
        metadata = _front_matter(text, drops, path)
        _markdown_blocks(text, drops, comments)
    _inline_markup(text, drops, markdown=(fmt == "md"))
    analysis, seg_a, seg_o = _apply_drops(text, drops)
    # a str from the API may hold lone surrogates, which the parser cannot encode: it sees
    # U+FFFD instead (one code point for one, so every offset still maps)
    analysis = _SURROGATE.sub("\ufffd", analysis)
    doc = Document(
        path=path,
        text=text,
        analysis=analysis,
        format=fmt,
        metadata=metadata,
        comments=comments,
        _seg_analysis=seg_a,
        _seg_original=seg_o,
        _line_starts=_line_starts(text),
    )
    doc._quote_starts, doc._quote_ends = _quoted_ranges(text)
    if comments:
        for i, c in enumerate(comments):
            comments[i] = Comment(c.start, c.end, doc.line_col(c.start)[0], c.body)
    return doc


_SURROGATE = re.compile("[\ud800-\udfff]")


def parse_date(value) -> date | None:
    """A date from front matter or config: a date, a datetime, or an ISO string."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


# --------------------------------------------------------------------------- markup stripping

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(\r?\n|\Z)", re.S)
_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)[^\n]*\n.*?(^[ \t]{0,3}\1[ \t]*$|\Z)", re.S | re.M)
_HTML_COMMENT = re.compile(r"<!--(.*?)(-->|\Z)", re.S)
_LINK_DEF = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$", re.M)
_HEADING = re.compile(r"^([ \t]{0,3}#{1,6}[ \t]+)(.*?)([ \t]+#+)?[ \t]*$", re.M)
_SETEXT = re.compile(r"^[ \t]{0,3}(=+|-+)[ \t]*$", re.M)
_BLOCK_PREFIX = re.compile(r"^([ \t]{0,3}(?:>[ \t]?)+|[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)", re.M)
_HR = re.compile(r"^[ \t]{0,3}([-*_])([ \t]*\1){2,}[ \t]*$", re.M)

_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\](\([^)\n]*\)|\[[^\]\n]*\])")
_AUTOLINK = re.compile(r"<(?:https?|mailto|ftp):[^>\s]+>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_CODE = re.compile(r"(`+)([^`\n]|[^`\n].*?[^`\n])\1")
_EMPHASIS = re.compile(
    r"(?<![\w*])(\*{1,3})(?=[^\s*])([^*\n]+?)(?<=[^\s*])\1(?![\w*])"
    r"|(?<![\w_])(_{1,3})(?=[^\s_])([^_\n]+?)(?<=[^\s_])\3(?![\w_])"
)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")


def _front_matter(text: str, drops: list, path: str) -> dict:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}
    drops.append((m.start(), m.end(), "\n"))
    try:
        data = yaml.safe_load(m.group(1) or "") or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 2}" if mark is not None else ""
        raise InputError(f"{path}:{where.strip() or 'front matter'}: front matter is not valid YAML ({getattr(exc, 'problem', exc)})") from None
    return data if isinstance(data, dict) else {}


class _Taken:
    """The union of the ranges dropped so far, asked "is this position or range free?" by
    bisection. Rebuilt once per pattern: the matches of one pattern never overlap each other,
    so each only has to be checked against what earlier patterns took (linear, not quadratic,
    in the number of matches)."""

    def __init__(self, drops: list):
        starts: list[int] = []
        ends: list[int] = []
        for s, e, *_ in sorted(drops, key=lambda d: (d[0], d[1])):
            if starts and s < ends[-1]:
                ends[-1] = max(ends[-1], e)
            else:
                starts.append(s)
                ends.append(e)
        self.starts, self.ends = starts, ends

    def covers(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def free(self, s: int, e: int) -> bool:
        i = bisect_right(self.starts, s) - 1
        if i >= 0 and self.ends[i] > s:
            return False
        return not (i + 1 < len(self.starts) and self.starts[i + 1] < e)


def _markdown_blocks(text: str, drops: list, comments: list) -> None:
    """Block-level Markdown: fences, comments, headings, prefixes, rules, link definitions."""
    taken = _Taken(drops)
    for m in _FENCE.finditer(text):
        if not taken.covers(m.start()):
            drops.append((m.start(), m.end(), "\n\n"))
    taken = _Taken(drops)
    for m in _HTML_COMMENT.finditer(text):
        if taken.covers(m.start()):
            continue
        comments.append(Comment(m.start(), m.end(), 0, m.group(1).strip()))
        drops.append((m.start(), m.end(), "\n" if "\n" in m.group(0) else " "))
    for rx in (_LINK_DEF, _HR, _SETEXT):
        taken = _Taken(drops)
        for m in rx.finditer(text):
            if m.end() > m.start() and not taken.covers(m.start()):
                drops.append((m.start(), m.end(), ""))
    taken = _Taken(drops)
    for m in _HEADING.finditer(text):
        if taken.covers(m.start()):
            continue
        drops.append((m.start(1), m.end(1), ""))
        if m.group(3):
            drops.append((m.start(3), m.end(3), ""))
        # a heading is a sentence of its own: end it so the parser does not run it on
        if m.group(2) and not m.group(2).rstrip().endswith((".", "!", "?", ":")):
            drops.append((m.end(2), m.end(2), "."))
    taken = _Taken(drops)
    for m in _BLOCK_PREFIX.finditer(text):
        if m.end() > m.start() and not taken.covers(m.start()):
            drops.append((m.start(), m.end(), ""))


def _inline_markup(text: str, drops: list, markdown: bool) -> None:
    """Inline markup. Plain text only loses emphasis markers ("*I See You*")."""

    def add(s: int, e: int, rep: str = "") -> None:
        if e > s or rep:
            drops.append((s, e, rep))

    if markdown:
        taken = _Taken(drops)
        for m in _CODE.finditer(text):
            if taken.free(m.start(), m.end()):
                add(m.start(), m.start(2))
                add(m.end(2), m.end())
        for rx in (_AUTOLINK, _IMAGE):
            taken = _Taken(drops)
            for m in rx.finditer(text):
                if taken.free(m.start(), m.end()):
                    add(m.start(), m.end())
        taken = _Taken(drops)
        for m in _LINK.finditer(text):
            if taken.free(m.start(), m.end()):
                add(m.start(), m.start(1))
                add(m.end(1), m.end())
        taken = _Taken(drops)
        for m in _HTML_TAG.finditer(text):
            if taken.free(m.start(), m.end()):
                add(m.start(), m.end())
        taken = _Taken(drops)
        for m in _ESCAPE.finditer(text):
            if taken.free(m.start(), m.end()):
                add(m.start(), m.start() + 1)
    if "*" not in text and "_" not in text:
        return  # no emphasis marker: skip the scan (most news)
    taken = _Taken(drops)
    for m in _EMPHASIS.finditer(text):
        g = 1 if m.group(1) else 3
        inner = m.start(g + 1), m.end(g + 1)
        if taken.free(m.start(), inner[0]) and taken.free(inner[1], m.end()):
            add(m.start(), inner[0])
            add(inner[1], m.end())


def _apply_drops(text: str, drops: list) -> tuple[str, list[int], list[int]]:
    """Build the analysis text and the segment map from non-overlapping drop ranges."""
    if not drops:
        return text, [0], [0]
    drops = sorted(drops, key=lambda d: (d[0], d[1]))
    out: list[str] = []
    seg_a: list[int] = []
    seg_o: list[int] = []
    a = 0
    o = 0
    for s, e, rep in drops:
        if s < o:  # overlapping drop: keep the earlier one
            continue
        if s > o:
            seg_a.append(a)
            seg_o.append(o)
            out.append(text[o:s])
            a += s - o
        if rep:
            seg_a.append(a)
            seg_o.append(s)
            out.append(rep)
            a += len(rep)
        o = e
    if o < len(text):
        seg_a.append(a)
        seg_o.append(o)
        out.append(text[o:])
        a += len(text) - o
    if not seg_a:
        seg_a, seg_o = [0], [0]
    return "".join(out), seg_a, seg_o


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer(r"\r\n|\r|\n", text))
    return starts


# --------------------------------------------------------------------------- quotations

_PARAGRAPH = re.compile(r"(?:\r?\n[ \t]*){2,}")
#: each pattern with the mark it opens with: a paragraph without the mark is not scanned
_QUOTE_PAIRS = (
    ("“", re.compile(r"“[^“”]*(?:”|$)")),
    ("«", re.compile(r"«[^«»]*(?:»|$)")),
    ('"', re.compile(r'(?<![\w"])"[^"]+"(?!\w)')),
    ("‘", re.compile(r"(?<!\w)‘[^‘]+?’(?!\w)")),
    ("'", re.compile(r"(?<![\w'])'(?=\S)[^'\n]{2,}?(?<=[\S])'(?!\w)")),
)


def _quoted_ranges(text: str) -> tuple[list[int], list[int]]:
    """Stretches inside quotation marks, found paragraph by paragraph."""
    ranges: list[tuple[int, int]] = []
    pos = 0
    bounds = [m.start() for m in _PARAGRAPH.finditer(text)] + [len(text)]
    marks = [(mark, rx) for mark, rx in _QUOTE_PAIRS if mark in text]
    for end in bounds:
        para = text[pos:end]
        for mark, rx in marks:
            if mark not in para:
                continue
            for m in rx.finditer(para):
                ranges.append((pos + m.start(), pos + m.end()))
        pos = end
    ranges.sort()
    starts: list[int] = []
    ends: list[int] = []
    for s, e in ranges:
        if ends and s < ends[-1]:
            ends[-1] = max(ends[-1], e)
            continue
        starts.append(s)
        ends.append(e)
    return starts, ends
