"""False positives on clean news: the share of articles with any finding, per rule.

    python benchmarks/clean_news.py --corpus bbc [--rule names/*] [--limit N] [--show]

Clean, edited news should produce (almost) no findings; every article flagged here is
either a false positive or an honest ambiguity, and ``--show`` prints them to look at.
"""

from __future__ import annotations

import argparse
import fnmatch
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpora import bbc_articles, held_out, news2023_articles  # noqa: E402

from claimcheck.api import check_documents  # noqa: E402
from claimcheck.document import document_from_text  # noqa: E402
from claimcheck.engine.loader import RuleSet, load_rules  # noqa: E402

CORPORA = {"bbc": bbc_articles, "news2023": news2023_articles}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", choices=sorted(CORPORA), default="bbc",
                    help="bbc, or news2023 (dates are not passed here: see time_eval.py)")
    ap.add_argument("--rule", action="append", default=[], help="rule id glob (repeatable); default all")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--half", choices=["all", "tune", "held-out"], default="all")
    ap.add_argument("--show", action="store_true", help="print every finding")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args(argv)

    rules = load_rules()
    if args.rule:
        rules = RuleSet([r for r in rules if any(fnmatch.fnmatch(r.id, g) for g in args.rule)], rules.folders)
    items = [(i, t, d) for i, t, d in CORPORA[args.corpus](args.limit)
             if args.half == "all" or held_out(i) == (args.half == "held-out")]
    docs = [document_from_text(text, item_id) for item_id, text, _ in items]
    t0 = time.perf_counter()
    flagged: Counter[str] = Counter()
    any_flagged = 0
    words = sum(len(d.text.split()) for d in docs)
    for report in check_documents(docs, rules, n_process=args.jobs):
        rules_hit = {f.rule for f in report.findings}
        any_flagged += bool(rules_hit)
        flagged.update(rules_hit)
        if args.show:
            for f in report.findings:
                print(f"{report.path}: {f.rule}: {f.message}")
                for s in f.evidence:
                    print(f"    {s.line}:{s.column} {s.text!r}")
                print(f"    {f.explanation}")
    elapsed = time.perf_counter() - t0
    n = len(docs)
    print(f"corpus={args.corpus} half={args.half} articles={n} words={words} rules={len(rules)} "
          f"seconds={elapsed:.1f}")
    print(f"articles with any finding: {any_flagged} ({100 * any_flagged / max(n, 1):.2f}%)")
    for rule, count in sorted(flagged.items()):
        print(f"  {rule}: {count} ({100 * count / max(n, 1):.2f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
