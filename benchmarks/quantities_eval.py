"""Quantity rules on clean news: false-positive share, and recall on injected conflicts.

Reads the evaluation data in ../shared/eval-data at run time (nothing is copied):

* BBC News (bbc-news-fulltext/bbc_news.jsonl, bodies de-duplicated) and the March 2023
  US news pages (news-2023-newsdata/cleaned.csv, rows of 500+ characters);
* **FP share**: articles with any finding of a quantity rule (kinds quantity-bounds and
  quantity-conflict), taken as false positives since the articles are published news;
* **injected conflicts**: in an article where the same figure string ("£5m", "12 miles")
  occurs twice, the second occurrence is changed to a clearly different value (×1.5,
  or +1 when that is too close); recall is the share of such articles where a
  quantity-conflict finding's evidence covers the changed figure. Figures are found by a
  regular expression, independently of the extractor. Articles are split by a hash of
  their id into a dev half and a held-out half; both are reported.

Usage: python benchmarks/quantities_eval.py [--limit N] [--show]   (CLAIMCHECK_SHARED=/path/to/shared when ../shared is elsewhere)
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _corpora import EVAL as SHARED  # noqa: E402  (../shared/eval-data or $CLAIMCHECK_SHARED)
from _corpora import bbc_articles, held_out, news2023_articles  # noqa: E402

QUANTITY_KINDS = {"quantity-bounds", "quantity-conflict"}

# money and measures, written the ways news writes them
FIGURE = re.compile(
    r"(?P<pre>[£$€])(?P<num>\d[\d,]*(?:\.\d+)?)(?P<post>bn|m|k)?\b"
    r"|(?P<num2>\d[\d,]*(?:\.\d+)?)(?P<sep>[ -]?)(?P<unit>km|miles|mile|metres|meters|kg|tonnes|mph|km/h|feet|ft|inches|inch|acres|hectares|litres)\b"
)


def load_articles(limit: int | None = None) -> list[tuple[str, str]]:
    """(id, text) of the clean news: BBC (de-duplicated) and the 2023 pages of 500+ characters."""
    out = [(i, t) for i, t, _ in bbc_articles()] + [(i, t) for i, t, _ in news2023_articles(min_chars=500)]
    return out[:limit] if limit else out


def _changed(num: str) -> str:
    """A clearly different value written like the original (same decimals)."""
    plain = float(num.replace(",", ""))
    decimals = len(num.split(".")[1]) if "." in num else 0
    new = plain * 1.5 if plain >= 4 else plain + 2
    text = f"{new:.{decimals}f}"
    if float(text) == plain:
        text = f"{plain + 1:.{decimals}f}"
    return f"{float(text):,.{decimals}f}" if "," in num else text


def inject(body: str) -> tuple[str, int, int] | None:
    """Change the second occurrence of a repeated figure: (new text, start, end of the change)."""
    seen: dict[str, re.Match] = {}
    for m in FIGURE.finditer(body):
        key = m.group(0).lower()
        if key in seen:
            group = "num" if m.group("num") else "num2"
            s, e = m.span(group)
            new = _changed(m.group(group))
            text = body[:s] + new + body[e:]
            return text, m.start(), m.end() + len(new) - (e - s)
        seen[key] = m
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--show", action="store_true", help="print every finding on clean text")
    args = parser.parse_args()
    if not SHARED.exists():
        print(f"{SHARED} is not present", file=sys.stderr)
        return 2

    from claimcheck.api import check_documents
    from claimcheck.document import document_from_text
    from claimcheck.engine.loader import RuleSet, load_rules

    all_rules = load_rules()
    rules = RuleSet([r for r in all_rules if r.name in QUANTITY_KINDS])
    articles = load_articles(args.limit)

    flagged: dict[str, int] = {}
    by_rule: dict[str, int] = {}
    docs = [document_from_text(body, aid) for aid, body in articles]
    for (aid, body), report in zip(articles, check_documents(docs, rules)):
        if report.findings:
            flagged[aid] = len(report.findings)
            for f in report.findings:
                by_rule[f.rule] = by_rule.get(f.rule, 0) + 1
                if args.show:
                    ev = " | ".join(s.text for s in f.evidence)
                    print(f"  {aid}: [{f.rule}] {f.message}  ⟨{ev}⟩")
    n = len(articles)
    print(f"clean articles: {n}; with any quantity finding: {len(flagged)} ({100 * len(flagged) / n:.2f}%)")
    for rule, count in sorted(by_rule.items()):
        print(f"  {rule}: {count} findings")

    injected = [(aid, inject(body)) for aid, body in articles]
    injected = [(aid, x) for aid, x in injected if x is not None]
    docs = [document_from_text(text, aid) for aid, (text, _, _) in injected]
    hits = {"dev": [0, 0], "held-out": [0, 0]}
    for (aid, (text, s, e)), report in zip(injected, check_documents(docs, rules)):
        half = "held-out" if held_out(aid) else "dev"
        hits[half][1] += 1
        found = any(f.kind == "quantity-conflict" and any(sp.start < e and s < sp.end for sp in f.evidence)
                    for f in report.findings)
        hits[half][0] += found
        if args.show and found:
            print(f"  caught {aid}: {text[s:e]!r}")
    total_hit = sum(h for h, _ in hits.values())
    total = sum(t for _, t in hits.values())
    print(f"injected conflicts: {total} articles; caught {total_hit} ({100 * total_hit / max(total, 1):.1f}%)")
    for half, (h, t) in hits.items():
        print(f"  {half}: {h}/{t} ({100 * h / max(t, 1):.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
