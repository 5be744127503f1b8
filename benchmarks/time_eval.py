"""False positives of the date-arithmetic rules on dated 2023 news (clean text).

Reads ../shared/eval-data/news-2023-newsdata/cleaned.csv at run time (research use only;
nothing from it is stored in the repository), checks every article long enough to be an
article with its published date as the article date, and prints the share of articles
with any date-arithmetic finding and each finding, so the remaining ones can be judged.
With ``--shift-years N`` every article is checked as if published N years off: its
statements about "next year", "will … in 2023" or "the 20th anniversary" no longer add up,
and the share flagged then measures how often the rules notice (an injected error).

    CLAIMCHECK_SHARED=../shared PYTHONPATH=src python benchmarks/time_eval.py [--min-chars 200]
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMCHECK_SHARED", ROOT.parent / "shared"))
DEFAULT_CSV = SHARED / "eval-data" / "news-2023-newsdata" / "cleaned.csv"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--min-chars", type=int, default=200, help="skip shorter rows (video blurbs, empty rows)")
    parser.add_argument("--no-date", action="store_true", help="do not pass the published date")
    parser.add_argument("--shift-years", type=int, default=0,
                        help="injection: pretend each article was published N years later (or earlier), "
                             "so its dated statements stop adding up; measures how often the rules notice")
    parser.add_argument("--quiet", action="store_true", help="print only the totals")
    args = parser.parse_args(argv)
    if not args.csv.exists():
        print(f"{args.csv}: not found (the shared evaluation data is not present)", file=sys.stderr)
        return 2

    from claimcheck.api import check_documents
    from claimcheck.document import document_from_text
    from claimcheck.engine.loader import RuleSet, load_rules

    rules = RuleSet(rules=[r for r in load_rules() if r.name == "date-arithmetic"])
    csv.field_size_limit(10**8)
    with args.csv.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if len(r["raw_text"].strip()) >= args.min_chars]
    flagged = 0
    by_rule: dict[str, int] = {}
    by_severity: dict[str, int] = {}
    for row in rows:
        published = date.fromisoformat(row["published_date_gmt"][:10])
        if args.shift_years:
            published = published.replace(year=published.year + args.shift_years)
        doc = document_from_text(row["raw_text"], row["url"] or row["title"], "txt")
        report = next(check_documents([doc], rules, article_date=None if args.no_date else published))
        if report.findings:
            flagged += 1
        for f in report.findings:
            by_rule[f.rule] = by_rule.get(f.rule, 0) + 1
            by_severity[f.severity.value] = by_severity.get(f.severity.value, 0) + 1
            if not args.quiet:
                ev = " | ".join(s.text for s in f.evidence)
                print(f"[{f.severity.value}] {f.rule} ({published}) {row['url'][:70]}\n    {ev}\n    {f.explanation}")
    n = len(rows)
    shifted = f", dates shifted by {args.shift_years:+d} years" if args.shift_years else ""
    print(f"\narticles: {n} (≥ {args.min_chars} characters{shifted}), with a date-arithmetic finding: {flagged} "
          f"({100 * flagged / max(n, 1):.1f}%)")
    print("findings by rule:", ", ".join(f"{k} {v}" for k, v in sorted(by_rule.items())) or "none")
    print("findings by severity:", ", ".join(f"{k} {v}" for k, v in sorted(by_severity.items())) or "none")
    non_info = sum(v for k, v in by_severity.items() if k != "info")
    print(f"warning-or-worse findings: {non_info}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
