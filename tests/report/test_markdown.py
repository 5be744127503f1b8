"""report/markdown.py: the review document for tickets and pull requests."""

from sample_reports import file_report, finding, names_report, report, span

from claimcheck.report import render
from claimcheck.report.markdown import escape


def test_summary_tables_then_findings_with_quoted_lines():
    out = render(names_report(), "markdown")
    assert out.startswith("# claimcheck report\n")
    assert "| severity | findings |" in out and "| error | 1 |" in out and "| warning | 1 |" in out
    assert "| `numbers/budget` | budget | 1 |" in out
    assert "model `en_test-1.0`" in out and "`0123abcd4567`" in out
    assert "### 1. warning: Conflicting names for one surname: Lena Marchetti / Paola Marchetti" in out
    assert "> line 1, column 10: Producer **Lena Marchetti** opened the festival on Friday." in out
    assert "> line 5, column 8: Later, **Paola Marchetti** said" in out
    assert "12 million ≠ 15 million" in out


def test_article_markup_is_escaped():
    t = "Ana *Ruiz* wrote <script>x</script> it. Later, Eva_Ruiz | edited it."
    f = finding("names/name-variants", "warning", [span(t, "Ana *Ruiz*"), span(t, "Eva_Ruiz")])
    out = render(report(file_report("a.md", t, [f])), "markdown")
    assert "**Ana \\*Ruiz\\***" in out and "\\<script\\>" in out and "**Eva\\_Ruiz**" in out
    assert "<script>" not in out


def test_several_files_get_a_file_table():
    one = names_report("a.txt").files[0]
    out = render(report(one, file_report("b.txt", "Nothing here.", [])), "markdown")
    assert "| file | article date | findings | status |" in out
    assert "| a.txt | – | 2 | to review |" in out and "| b.txt | – | 0 | clean |" in out
    assert "## b.txt\n\nNo findings." in out


def test_escape():
    assert escape("a*b_c`d|e<f>[g]") == "a\\*b\\_c\\`d\\|e\\<f\\>\\[g\\]"
