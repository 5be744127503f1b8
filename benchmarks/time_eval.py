"""False positives of the date-arithmetic rules on dated 2023 news, and an injected error.

Reads ../shared/eval-data/news-2023-newsdata/ at run time (research use only; nothing
from it is stored in the repository), checks every article of at least 200 characters
with its published date as the article date, and prints the share of articles with any
date-arithmetic finding and each finding, so the remaining ones can be judged.

With ``--shift-years N`` every article is checked as if published N years off: its
statements about "will … in 2023", "the 20th anniversary" or a person's age no longer
add up, and the share flagged then measures how often the rules notice (an injected
error, not a false positive).

    CLAIMCHECK_SHARED=../shared PYTHONPATH=src python benchmarks/time_eval.py [--no-date] [--shift-years N] [--quiet]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpora import held_out, news2023_articles  # noqa: E402

from claimcheck.api import check_documents  # noqa: E402
from claimcheck.document import document_from_text  # noqa: E402
from claimcheck.engine.loader import RuleSet, load_rules  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-chars", type=int, default=200, help="skip shorter rows (video blurbs, empty rows)")
    parser.add_argument("--no-date", action="store_true", help="do not pass the published date")
    parser.add_argument("--shift-years", type=int, default=0,
                        help="injection: check each article as if published N years later (or earlier)")
    parser.add_argument("--quiet", action="store_true", help="print only the totals")
    args = parser.parse_args(argv)

    rules = RuleSet(rules=[r for r in load_rules() if r.name == "date-arithmetic"])
    items = list(news2023_articles(min_chars=args.min_chars))
    flagged: dict[str, int] = {"tune": 0, "held-out": 0}
    sizes = Counter("held-out" if held_out(i) else "tune" for i, _, _ in items)
    by_rule: Counter[str] = Counter()
    by_severity: Counter[str] = Counter()
    for item_id, text, published in items:
        day = None if args.no_date else published.replace(year=published.year + args.shift_years)
        report = next(check_documents([document_from_text(text, item_id, "txt")], rules, article_date=day))
        if report.findings:
            flagged["held-out" if held_out(item_id) else "tune"] += 1
        for f in report.findings:
            by_rule[f.rule] += 1
            by_severity[f.severity.value] += 1
            if not args.quiet:
                evidence = " | ".join(s.text for s in f.evidence)
                print(f"[{f.severity.value}] {f.rule} ({day}) {item_id[:80]}\n    {evidence}\n    {f.explanation}")
    n = len(items)
    total = sum(flagged.values())
    mode = "no dates" if args.no_date else (f"dates shifted by {args.shift_years:+d} years" if args.shift_years
                                            else "published dates")
    print(f"\narticles: {n} (≥ {args.min_chars} characters, {mode}); with a date-arithmetic finding: "
          f"{total} ({100 * total / max(n, 1):.1f}%)")
    for half in ("tune", "held-out"):
        print(f"  {half} half: {flagged[half]} of {sizes[half]} ({100 * flagged[half] / max(sizes[half], 1):.1f}%)")
    print("findings by rule:", ", ".join(f"{k} {v}" for k, v in sorted(by_rule.items())) or "none")
    print("findings by severity:", ", ".join(f"{k} {v}" for k, v in sorted(by_severity.items())) or "none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
