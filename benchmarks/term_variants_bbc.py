"""How often term-variants fires on clean news (BBC 2004–05, ../shared/eval-data).

Usage: CLAIMCHECK_SHARED=/path/to/shared python benchmarks/term_variants_bbc.py [LIMIT] [--rule ID]
Prints the share of articles with at least one finding and every finding's forms, so each
can be judged by hand (a real inconsistency in the article, or a false positive).
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

from claimcheck.api import check_documents
from claimcheck.document import document_from_text
from claimcheck.engine.loader import RuleSet, load_rules

SHARED = Path(os.environ.get("CLAIMCHECK_SHARED", Path(__file__).resolve().parents[2] / "shared"))
DATA = SHARED / "eval-data" / "bbc-news-fulltext" / "bbc_news.jsonl"


def main(argv: list[str]) -> int:
    rule_id = argv[argv.index("--rule") + 1] if "--rule" in argv else "terms/term-variants"
    args = [a for a in argv if not a.startswith("--") and a != rule_id]
    limit = int(args[0]) if args else None
    data = DATA
    if not data.exists():
        print(f"no data at {data}", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in data.open(encoding="utf-8")][:limit]
    rule = load_rules().get(rule_id)
    rules = RuleSet(rules=[rule])
    docs = [document_from_text(r["text"], r["id"], "txt") for r in rows]
    fired = 0
    forms: Counter[str] = Counter()
    for report in check_documents(docs, rules):
        if report.findings:
            fired += 1
        for f in report.findings:
            forms[f.message] += 1
            print(f"{report.path}\t{f.message}")
    n = len(rows)
    print(f"\n{rule_id}: fires on {fired} of {n} articles ({100 * fired / n:.1f}%), "
          f"{sum(forms.values())} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
