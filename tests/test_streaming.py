"""Many documents stream through the parser: inputs are read as parsing proceeds."""

import pytest

from claimcheck.api import check_paths
from claimcheck.nlp import analyse_many

pytestmark = pytest.mark.model


def counting(items, seen):
    for item in items:
        seen.append(item)
        yield item


def test_analyse_many_reads_texts_lazily_and_keeps_order():
    seen = []
    texts = (f"Report number {i} was filed by Ana Ruiz." for i in range(400))
    results = analyse_many(counting(texts, seen), batch_size=16)
    first = next(results)
    assert first[0].doc.text.startswith("Report number 0 ")
    assert len(seen) <= 32  # a batch or two ahead, not the whole folder
    rest = list(results)
    assert len(rest) == 399 and rest[-1][0].doc.text.startswith("Report number 399 ")


def test_check_paths_streams_and_keeps_unreadable_files_in_place(tmp_path):
    paths = []
    for i in range(150):
        p = tmp_path / f"a{i:03d}.txt"
        p.write_text(f"Clerk number {i} filed the note on Monday.")
        paths.append(str(p))
    paths.insert(3, str(tmp_path / "missing.txt"))
    seen = []
    reports = check_paths(counting(paths, seen))
    firsts = [next(reports) for _ in range(5)]
    assert len(seen) < 150
    assert [r.path for r in firsts] == paths[:5]
    assert firsts[3].error and "no such file" in firsts[3].error
    assert [r.path for r in reports] == paths[5:]
