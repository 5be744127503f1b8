"""report/html.py without a browser: escaping, self-containment, marks, several files."""

import base64
import hashlib
import re
from html.parser import HTMLParser

from sample_reports import (NAMES_TEXT, PAYLOAD_TEXT, file_report, finding, names_report, payload_report,
                            report, span)

from claimcheck.report import render

class Page(HTMLParser):
    """Tags, attributes, the article's text, and the text inside each mark."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.article: list[str] = []
        self.marks: list[tuple[dict, str]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._in = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag not in ("meta", "br", "input"):
            self._in.append((tag, attrs))
        if tag == "mark":
            self.marks.append((attrs, ""))

    def handle_endtag(self, tag):
        while self._in:
            if self._in.pop()[0] == tag:
                break

    def handle_data(self, data):
        stack = [t for t, _ in self._in]
        if "article" in stack:
            self.article.append(data)
        if stack and stack[-1] == "mark":
            attrs, text = self.marks[-1]
            self.marks[-1] = (attrs, text + data)
        if stack and stack[-1] == "script":
            self.scripts.append(data)
        if stack and stack[-1] == "style":
            self.styles.append(data)


def test_article_text_renders_as_text_whatever_it_contains():
    html = render(payload_report(), "html")
    page = Page(html)
    assert "".join(page.article) == PAYLOAD_TEXT  # every character shown, none interpreted
    assert [t for t, _ in page.tags].count("script") == 1  # the page's own, nothing else
    assert not [t for t, _ in page.tags if t in ("img", "i", "iframe", "object")]
    assert "&lt;b&gt;signed&lt;/b&gt;" in html
    handlers = [(t, k) for t, a in page.tags for k in a if k.startswith("on")]
    assert handlers == []
    assert "javascript:" not in html  # a rule link that is not http(s) is dropped
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_page_is_self_contained_and_locked_by_csp():
    html = render(names_report(), "html")
    page = Page(html)
    assert not [t for t, _ in page.tags if t in ("link", "img", "iframe")]
    assert not [a for t, a in page.tags if t == "script" and "src" in a]
    assert "url(" not in "".join(page.styles) and "@import" not in "".join(page.styles)
    assert not re.search(r"\b(fetch|XMLHttpRequest|WebSocket|import\()", "".join(page.scripts))
    csp = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp

    def sha(s):
        return "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"

    assert f"script-src {sha(''.join(page.scripts))}" in csp
    assert f"style-src {sha(''.join(page.styles))}" in csp


def test_every_evidence_span_is_marked_and_overlaps_keep_both_findings():
    rep = names_report()
    page = Page(render(rep, "html"))
    assert "".join(page.article) == NAMES_TEXT
    for f in rep.files[0].findings:
        for i, s in enumerate(f.evidence):
            token = f"f0-{f.id}:{i}"
            covered = "".join(text for attrs, text in page.marks if token in attrs["data-spans"].split())
            assert covered == s.text
    shared = [(a, t) for a, t in page.marks if t == "Paola Marchetti"]
    assert len(shared) == 1
    attrs = shared[0][0]
    assert len(attrs["data-f"].split()) == 2 and "multi" in attrs["class"] and attrs["data-sev"] == "error"


def test_summary_shows_counts_date_model_and_rules():
    rep = names_report()
    rep.files[0].article_date = __import__("datetime").date(2025, 6, 1)
    rep.files[0].article_date_source = "front matter"
    html = render(rep, "html")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    assert "2 findings" in text and "1 error" in text and "1 warning" in text
    assert "2025-06-01 from front matter" in text
    assert "en_test-1.0" in text and "0123abcd4567" in text
    assert "name-variants 1" in text and "budget 1" in text  # counts by kind
    assert 'data-filter="severity" data-value="error"' in html
    assert 'data-filter="rule" data-value="numbers/budget"' in html


def test_several_files_get_an_index_and_one_section_each():
    t = NAMES_TEXT
    f = finding("names/name-variants", "warning", [span(t, "Lena Marchetti"), span(t, "Paola Marchetti")])
    files = [file_report("a.txt", t, [f]), file_report("b.txt", "A clean article.", []),
             file_report("c.txt", t, [f]), FileReport_error("d.txt")]
    html = render(report(*files), "html")
    page = Page(html)
    sections = [a["id"] for t_, a in page.tags if t_ == "section" and "file" in a.get("class", "")]
    assert sections == ["file-0", "file-2", "file-3"]  # the clean file is listed, its text left out
    assert 'href="#file-0"' in html and 'href="#file-2"' in html and 'href="#file-1"' not in html
    assert "A clean article." not in html and "clean" in html
    # the same finding in two files gets two distinct page keys
    keys = [a["data-key"] for t_, a in page.tags if t_ == "li" and "data-key" in a]
    assert len(keys) == len(set(keys)) == 2


def FileReport_error(path):
    from claimcheck.facts import FileReport

    return FileReport(path=path, error=f"{path}: not valid UTF-8")


def test_rendering_is_deterministic():
    assert render(names_report(), "html") == render(names_report(), "html")


def test_a_report_without_text_still_lists_the_evidence():
    rep = names_report()
    rep.files[0].with_text(None)
    html = render(rep, "html")
    assert "<mark" not in html and "Lena Marchetti" in html and "not part of this report" in html
