"""Measure the claim kinds: false positives on clean news, detection on ContraDoc.

Reads ../shared/eval-data (or $CLAIMCHECK_SHARED/eval-data) at run time only (nothing is copied into the repository):

* clean news: BBC full text (de-duplicated bodies) and the 2023 NewsData pages (rows of
  at least 500 characters). Prints the share of articles with any claim-kind finding and
  a few of the findings that remain.
* ContraDoc: the dev ids with complete text. For every contradiction type: how many
  contradictory documents get a finding whose evidence touches the inserted sentence
  (detection), how many get any finding, and how many findings miss it (false alarms);
  and for the clean documents, how many get any finding.

Run from the repository root:

    python benchmarks/claims_eval.py [--limit N] [--examples N] [--verbose]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _corpora import EVAL, bbc_articles, held_out  # noqa: E402


def claim_rules():
    from claimcheck.engine.loader import RuleSet, load_rules

    rules = load_rules()
    return RuleSet(rules=[r for r in rules if r.id.startswith("claims/")], folders=rules.folders)


def run(texts: list[tuple[str, str]], rules) -> dict[str, list]:
    """id → findings, for (id, text) pairs, parsed together."""
    from claimcheck.api import check_documents
    from claimcheck.document import document_from_text

    documents = [document_from_text(text, doc_id, "txt") for doc_id, text in texts]
    return {fr.path: fr.findings for fr in check_documents(documents, rules)}


def clean_news(limit: int | None) -> list[tuple[str, str]]:
    """BBC (headline and body, duplicates dropped) and the 2023 pages of 500+ characters."""
    texts = [(doc_id, text) for doc_id, text, _ in bbc_articles()]
    seen = {text for _, text in texts}
    csv.field_size_limit(sys.maxsize)
    with (EVAL / "news-2023-newsdata" / "cleaned.csv").open(encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            body = (row.get("raw_text") or "").strip()
            if len(body) >= 500 and body not in seen:
                seen.add(body)
                texts.append((f"news2023-{i:03d}", body))
    return texts[:limit] if limit else texts


def contradoc(limit: int | None) -> list[dict]:
    folder = EVAL / "contradoc"
    dev = {line.strip() for line in (folder / "dev_ids.txt").read_text().splitlines() if line.strip()}
    rows = []
    with (folder / "contradoc_merged.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] in dev and row.get("text_is_complete"):
                rows.append(row)
    return rows[:limit] if limit else rows


def touches(finding, text: str, sentence: str | None) -> bool:
    """True when a finding's evidence overlaps the inserted contradicting sentence."""
    if not sentence:
        return False
    start = text.find(sentence.strip()[:80])
    if start < 0:
        return False
    end = start + len(sentence.strip())
    return any(s.start < end and s.end > start for s in finding.evidence)


def report_clean(results: dict[str, list], texts: dict[str, str], examples: int) -> None:
    flagged = {k: v for k, v in results.items() if v}
    share = len(flagged) / max(len(results), 1)
    by_rule = Counter(f.rule for fs in flagged.values() for f in fs)
    print(f"clean news: {len(flagged)} of {len(results)} articles with a claim finding = {share:.1%}")
    held = [k for k in results if held_out(k)]
    held_flagged = [k for k in held if results[k]]
    print(f"  held-out half: {len(held_flagged)} of {len(held)} = {len(held_flagged) / max(len(held), 1):.1%}")
    for rule, n in sorted(by_rule.items()):
        print(f"  {rule}: {n} finding(s)")
    for doc_id, findings in list(flagged.items())[:examples]:
        for f in findings:
            shown = " | ".join(s.text[:70] for s in f.evidence[:4])
            print(f"  - {doc_id} [{f.rule}] {f.message[:100]}\n      {shown}")


def report_contradoc(rows: list[dict], results: dict[str, list], verbose: bool = False) -> None:
    per_type: dict[str, Counter] = defaultdict(Counter)
    negatives = Counter()
    for row in rows:
        findings = results.get(row["id"], [])
        if not row["is_contradictory"]:
            negatives["docs"] += 1
            negatives["flagged"] += bool(findings)
            negatives["findings"] += len(findings)
            continue
        hit = [f for f in findings if touches(f, row["text"], row.get("evidence"))]
        if verbose and findings:
            mark = "DETECTED" if hit else "missed evidence"
            print(f"  {row['id']} {row.get('contra_type')} {mark}: "
                  + "; ".join(f"[{f.kind}] {f.message[:90]}" for f in findings))
        for kind in row.get("contra_type") or ["(untyped)"]:
            c = per_type[kind]
            c["docs"] += 1
            c["detected"] += bool(hit)
            c["flagged"] += bool(findings)
            c["false_alarms"] += len(findings) - len(hit)
    print(f"ContraDoc dev (complete text): {sum(1 for r in rows if r['is_contradictory'])} contradictory, "
          f"{negatives['docs']} clean")
    print(f"  {'type':<28} {'docs':>5} {'detected':>9} {'rate':>6} {'any':>5} {'false alarms':>13}")
    for kind, c in sorted(per_type.items(), key=lambda kv: -kv[1]["docs"]):
        rate = c["detected"] / c["docs"]
        print(f"  {kind:<28} {c['docs']:>5} {c['detected']:>9} {rate:>6.1%} {c['flagged']:>5} {c['false_alarms']:>13}")
    if negatives["docs"]:
        print(f"  clean documents flagged: {negatives['flagged']} of {negatives['docs']} "
              f"({negatives['findings']} finding(s))")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N documents of each set")
    parser.add_argument("--examples", type=int, default=12, help="clean-news findings to print")
    parser.add_argument("--skip-clean", action="store_true")
    parser.add_argument("--skip-contradoc", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="list the ContraDoc documents with findings")
    args = parser.parse_args(argv)
    if not EVAL.exists():
        print(f"{EVAL} is not present: nothing to measure", file=sys.stderr)
        return 2
    rules = claim_rules()
    print(f"rules: {', '.join(r.id for r in rules)}")
    if not args.skip_clean:
        texts = clean_news(args.limit)
        report_clean(run(texts, rules), dict(texts), args.examples)
    if not args.skip_contradoc:
        rows = contradoc(args.limit)
        report_contradoc(rows, run([(r["id"], r["text"]) for r in rows], rules), args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
