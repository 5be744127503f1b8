"""Context around an evidence span, for renderers that quote the article."""

from __future__ import annotations

__all__ = ["excerpt"]


def excerpt(text: str | None, start: int, end: int, width: int = 50) -> tuple[str, str, str]:
    """The span's line around it: (before, span, after), cut to ``width`` chars each side."""
    if text is None:
        return "", "", ""
    line_start = max(text.rfind("\n", 0, start) + 1, start - width)
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line_end = min(line_end, end + width)
    # a cut inside the line falls between words, not inside one
    if line_start > 0 and text[line_start - 1] not in "\n" and not text[line_start - 1].isspace():
        space = text.find(" ", line_start, start)
        line_start = space + 1 if space >= 0 else line_start
    if line_end < len(text) and text[line_end] != "\n" and not text[line_end].isspace():
        space = text.rfind(" ", end, line_end)
        line_end = space if space >= 0 else line_end
    before = text[line_start:start]
    after = text[end:line_end]
    if line_start > 0 and text[line_start - 1] != "\n":
        before = "…" + before.lstrip()
    if line_end < len(text) and text[line_end] != "\n":
        after = after.rstrip() + "…"
    span = text[start:end]
    if "\n" in span:
        span = span.replace("\r", "").replace("\n", " ⏎ ")
    return before.replace("\r", ""), span, after.replace("\r", "")
