"""evidence/loader.py: sheets and source texts validated, every error with file, line, reason."""

import textwrap
from datetime import date

import pytest

from claimcheck.evidence.loader import SourceLoadError, load_sheet, load_sources, load_text
from claimcheck.paths import builtin_sources_dir

SHEET = """\
entity: Ada Byron
type: person
aliases: [Ada Lovelace]
source:
  title: Example encyclopedia
  url: https://example.org/ada
  retrieved: 2025-01-02
facts:
  - property: notes
    value: 7
    unit: note
  - property: born
    value: 1815-12-10
    terms: [born]
  - property: title
    value: Countess of Lovelace
    valid-from: 1838
"""


def write(tmp_path, name, text):
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(textwrap.dedent(text), encoding="utf-8")
    return p


def errors_of(loader, path, root=None):
    with pytest.raises(SourceLoadError) as exc:
        loader(path, root)
    return exc.value.errors


def test_sheet_values_are_normalised(tmp_path):
    sheet = load_sheet(write(tmp_path, "people/ada.yaml", SHEET), tmp_path)
    assert sheet.id == "people/ada"
    notes, born, title = sheet.facts
    assert notes.number == 7 and notes.dimension == "count" and notes.value == "7 notes"
    assert born.date_value == date(1815, 12, 10) and born.date_precision == "day"
    assert title.value == "Countess of Lovelace" and title.valid_from == date(1838, 1, 1)
    assert notes.citation.title == "Example encyclopedia" and notes.citation.line == 9
    assert born.citation.retrieved == date(2025, 1, 2)


@pytest.mark.parametrize("change, line, words", [
    (("    unit: note\n", "    unit: note\n    valid_untill: 2020-01-01\n"), 12, "valid_untill"),
    (("value: 1815-12-10", "value: 1815-12-10\n    valid_from: last spring"), 14, "must be a date"),
    (("  url: https://example.org/ada", "  url: example.org/ada"), 6, "http"),
    (("type: person", "type: human"), 2, "type"),
])
def test_sheet_errors_name_the_line(tmp_path, change, line, words):
    p = write(tmp_path, "s.yaml", SHEET.replace(*change))
    (err,) = errors_of(load_sheet, p, tmp_path)
    assert err.path == str(p) and err.line == line and words in err.reason, err


def test_a_fact_without_any_source_is_an_error(tmp_path):
    text = SHEET.replace("source:\n  title: Example encyclopedia\n  url: https://example.org/ada\n  retrieved: 2025-01-02\n", "")
    (err,) = errors_of(load_sheet, write(tmp_path, "s.yaml", text), tmp_path)
    assert "no `source`" in err.reason and "1, 2, 3" in err.reason


def test_bad_yaml_and_non_mapping(tmp_path):
    (err,) = errors_of(load_sheet, write(tmp_path, "a.yaml", "entity: [unclosed\n"), tmp_path)
    assert err.line and "invalid YAML" in err.reason
    (err,) = errors_of(load_sheet, write(tmp_path, "b.yaml", "- just\n- a list\n"), tmp_path)
    assert "mapping" in err.reason


def test_source_text_needs_front_matter(tmp_path):
    good = write(tmp_path, "texts/release.md", """\
        ---
        title: A press release
        url: https://example.org/r
        date: 2025-05-20
        trust: high
        ---
        The film is produced by Andrea Iervolino.
        """)
    text = load_text(good, tmp_path)
    assert text.id == "texts/release" and text.meta.trust == "high"
    assert text.citation().published == date(2025, 5, 20)
    (err,) = errors_of(load_text, write(tmp_path, "bare.txt", "Just text.\n"))
    assert err.line == 1 and "front matter" in err.reason
    bad = write(tmp_path, "bad.md", "---\ntitle: T\ntrust: total\n---\nText.\n")
    (err,) = errors_of(load_text, bad)
    assert err.line == 3 and "trust" in err.reason
    typo = write(tmp_path, "typo.md", "---\ntitle: T\nulr: https://x.org\n---\nText.\n")
    (err,) = errors_of(load_text, typo)
    assert err.line == 3 and "ulr" in err.reason


def test_folder_errors_are_collected_and_ids_unique(tmp_path):
    write(tmp_path, "a.yaml", SHEET)
    write(tmp_path, "a.md", "---\ntitle: T\n---\nText.\n")
    write(tmp_path, "b.yaml", "entity: x\n")
    write(tmp_path, "README.md", "# not a source\n")
    with pytest.raises(SourceLoadError) as exc:
        load_sources([tmp_path], include_builtin=False)
    reasons = [str(e) for e in exc.value.errors]
    assert any("duplicate source id 'a'" in r for r in reasons)
    assert any("b.yaml" in r and "facts" in r for r in reasons)
    assert not any("README" in r for r in reasons)


def test_missing_folder_is_an_error(tmp_path):
    with pytest.raises(SourceLoadError) as exc:
        load_sources([tmp_path / "nope"], include_builtin=False)
    assert "not found" in str(exc.value)


def test_shipped_sources_are_valid_and_cited():
    sources = load_sources()
    assert len(sources.sheets) >= 5 and sources.folders[0] == builtin_sources_dir()
    for sheet in sources.sheets:
        for fact in sheet.facts:
            c = fact.citation
            assert c.title and c.url and c.retrieved, f"{sheet.id}: {fact.property} lacks a full citation"
    assert sources.get("Scott J. Kelly").id == "people/scott-kelly"
    assert sources.get("records/longest-spaceflight-us").spec.type == "record"
    assert sources.get("no such thing") is None
