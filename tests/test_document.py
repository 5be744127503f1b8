"""document.py: decoding, Markdown stripping with an offset map, front matter, quotes."""

from datetime import date

import pytest

from claimcheck.document import InputError, decode_bytes, document_from_text, load_document

MD = """---
title: A test article
date: 2025-06-01
---
# The *big* launch

The capsule, called **Aurora**, was built by [Lena Ortiz](https://example.org/lena).
<!-- claimcheck-disable name-variants -->
> A quote from `Ortiz`: she said "we are ready".

- First item with _emphasis_
- Second item
"""


def test_markdown_strips_markup_and_keeps_offsets():
    doc = document_from_text(MD, "a.md", "md")
    assert "**" not in doc.analysis and "](" not in doc.analysis and "#" not in doc.analysis
    assert "<!--" not in doc.analysis and "title:" not in doc.analysis
    for word in ("big", "Aurora", "Lena Ortiz", "Ortiz", "emphasis", "Second item"):
        a = doc.analysis.index(word)
        span = doc.span(a, a + len(word))
        assert MD[span.start:span.end] == word == span.text
        assert span.line == MD[: span.start].count("\n") + 1


def test_front_matter_is_metadata():
    doc = document_from_text(MD, "a.md", "md")
    assert doc.title == "A test article"
    assert doc.date == date(2025, 6, 1)


def test_heading_ends_a_sentence():
    doc = document_from_text("# Title here\nBody text.", "a.md", "md")
    assert doc.analysis.startswith("Title here.")


def test_comments_are_recorded_with_lines():
    doc = document_from_text(MD, "a.md", "md")
    assert [c.body for c in doc.comments] == ["claimcheck-disable name-variants"]
    assert doc.comments[0].line == 8


def test_plain_text_loses_only_emphasis_markers():
    text = "The drama *I See You* is set in [space](x)."
    doc = document_from_text(text, "a.txt", "txt")
    assert doc.analysis == "The drama I See You is set in [space](x)."
    a = doc.analysis.index("I See You")
    assert doc.span(a, a + 9).text == "I See You"


def test_span_across_removed_markup_is_the_original_slice():
    text = "Filmed by *Ana* Lopez."
    doc = document_from_text(text, "a.txt")
    a = doc.analysis.index("Ana Lopez")
    span = doc.span(a, a + len("Ana Lopez"))
    assert span.text == "Ana* Lopez" == text[span.start:span.end]


def test_quoted_spans():
    text = "He said \u2018we will fly\u2019 and \u201cnever land\u201d. It\u2019s \"done\" now."
    doc = document_from_text(text)
    assert doc.is_quoted(text.index("fly"))
    assert doc.is_quoted(text.index("never"))
    assert doc.is_quoted(text.index("done"))
    assert not doc.is_quoted(text.index("He"))
    assert not doc.is_quoted(text.index("now"))


def test_decoding_bom_and_utf16():
    assert decode_bytes("\ufeffhé".encode("utf-8"), "x") == "hé"
    assert decode_bytes("hé".encode("utf-16"), "x") == "hé"


def test_invalid_utf8_names_the_file_and_byte():
    with pytest.raises(InputError, match=r"bad\.txt: not valid UTF-8 \(byte 0xff at line 2"):
        decode_bytes(b"ok\n\xff\xfe broken", "bad.txt")


def test_binary_file_is_refused(tmp_path):
    p = tmp_path / "img.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(InputError, match="binary"):
        load_document(p)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        load_document(tmp_path)


def test_bad_front_matter_is_a_clear_error():
    with pytest.raises(InputError, match="front matter is not valid YAML"):
        document_from_text("---\ntitle: [unclosed\n---\nText.", "a.md", "md")


def test_line_and_column_with_crlf():
    text = "First line.\r\nSecond Name here."
    doc = document_from_text(text)
    pos = text.index("Name")
    assert doc.line_col(pos) == (2, 8)
