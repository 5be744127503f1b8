"""HTML: one self-contained page for an editor to review findings in the article itself.

The article is shown with every evidence span highlighted by severity, the findings in a
side list; choosing a finding lights up all its spans together and numbers them. Filters
by severity and rule, accept/dismiss buttons (kept in the browser's local storage, keyed
by the finding's stable id) and a summary complete the page. Several files give an index
and one section per file; files without findings are listed but their text is left out.

Safety: Jinja2 autoescaping writes every piece of article text, path and message as text,
and a Content-Security-Policy allows only the page's own style and script (by hash), no
network and no other scripts, so an article holding ``<script>`` stays inert twice over.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from ..facts import FileReport, Finding, Report
from .excerpt import excerpt
from .highlight import Segment, segments, usable

__all__ = ["render"]

SEVERITIES = ("error", "warning", "info")
CONTEXT_CHARS = 40  # text shown each side of a span in the findings list
_RANK_NAME = {2: "error", 1: "warning", 0: "info"}


@dataclass
class FindingView:
    key: str  # unique in the page: "f<file>-<id>"
    number: int
    finding: Finding
    highlighted: list[bool]  # per evidence span: could it be marked in the text?
    contexts: list[tuple[str, str, str]]  # per evidence span: (before, span, after) in its line


@dataclass
class FileView:
    index: int
    report: FileReport
    findings: list[FindingView]
    segments: list[Segment] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def anchor(self) -> str:
        return f"file-{self.index}"


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("claimcheck", "report/templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["severity_name"] = lambda rank: _RANK_NAME.get(rank, "info")
    env.filters["tokens"] = lambda items: " ".join(items)
    return env


def _asset(name: str) -> tuple[str, str]:
    """A static asset's text and its CSP hash ('sha256-…')."""
    source, _, _ = _environment().loader.get_source(_environment(), name)
    digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
    return source, f"'sha256-{digest}'"


def _file_view(index: int, fr: FileReport, show_clean_text: bool) -> FileView:
    views = [
        FindingView(f"f{index}-{f.id}", n, f, [usable(fr.text, s) for s in f.evidence],
                    [excerpt(fr.text, s.start, s.end, CONTEXT_CHARS) if usable(fr.text, s) else ("", s.text, "")
                     for s in f.evidence])
        for n, f in enumerate(fr.findings, 1)
    ]
    view = FileView(index, fr, views, counts=dict(Counter(f.severity.value for f in fr.findings)))
    if fr.text is not None and (fr.findings or show_clean_text):
        view.segments = segments(fr.text, ((v.key, v.finding) for v in views))
    return view


def render(report: Report, color: bool = False) -> str:
    files = [_file_view(i, fr, len(report.files) == 1) for i, fr in enumerate(report.files)]
    findings = [f for fr in report.files for f in fr.findings]
    css, css_hash = _asset("report.css")
    js, js_hash = _asset("report.js")
    template = _environment().get_template("report.html.j2")
    return template.render(
        report=report,
        tool=report.tool,
        summary=report.summary,
        files=files,
        severities=SEVERITIES,
        by_severity=Counter(f.severity.value for f in findings),
        by_kind=sorted(Counter(f.kind for f in findings).items()),
        by_rule=sorted(Counter(f.rule for f in findings).items()),
        dates=sorted({(fr.article_date.isoformat(), fr.article_date_source or "")
                      for fr in report.files if fr.article_date}),
        css=css,
        js=js,
        csp=(f"default-src 'none'; style-src {css_hash}; script-src {js_hash}; "
             "img-src data:; base-uri 'none'; form-action 'none'"),
    )
