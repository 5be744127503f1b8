"""SummEdits (news): each summary checked against its document as a source text.

    python benchmarks/sources_eval.py [--split test|evaluation|all] [--limit N] [--show]

The document is the trusted source (what ``--sources`` would hold as a source text) and
the summary is the article. A summary is *flagged* when ``source-conflict`` reports
anything; the second and third tables add ``unsupported-claim`` as shipped, and with
``claims: [..., names, text-numbers]`` (people and quantities no source text states). SummEdits labels an
edited summary inconsistent and types its edits (entity_modification, antonym_swap,
negation_insertion_removal, hallucinated_fact_insertion; several per summary).

Per edit type: recall = flagged / inconsistent summaries of that type; precision =
TP / (TP + FP), TP the flagged summaries of that type and FP the flagged consistent
summaries (as if the set held only that type and the consistent ones). The data is read
from ../shared/eval-data at run time and never copied.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpora import require_eval  # noqa: E402

from claimcheck.api import facts_for_document  # noqa: E402
from claimcheck.document import document_from_text  # noqa: E402
from claimcheck.engine.loader import load_rules  # noqa: E402
from claimcheck.engine.run import run_rules  # noqa: E402
from claimcheck.evidence.texts import document_facts  # noqa: E402
from claimcheck.facts import Citation  # noqa: E402
from claimcheck.nlp import analyse_many  # noqa: E402

TYPES = ["entity_modification", "antonym_swap", "negation_insertion_removal", "hallucinated_fact_insertion"]
KINDS = ("source-conflict", "unsupported-claim")


def load(split: str, limit: int | None) -> list[dict]:
    rows = json.loads((require_eval() / "summedits-news" / "summedits_news.json").read_text(encoding="utf-8"))
    rows = [r for r in rows if split == "all" or r["split"] == split]
    return rows[:limit] if limit else rows


def evaluate(rows: list[dict], show: bool = False) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Which summaries each rule flags, and where a finding's evidence is text the edit
    introduced (not in the original summary): ({rule id: ids}, {rule id: ids});
    "+texts" is unsupported-claim with names and text-numbers."""
    rules = [r for r in load_rules() if r.name in KINDS]
    unsupported = next(r for r in rules if r.name == "unsupported-claim")
    rules.append(unsupported.model_copy(update={"id": unsupported.id + "+texts",
                                                "claims": [*unsupported.claims, "names", "text-numbers"]}))
    doc_texts = sorted({r["doc"] for r in rows})
    doc_index = {t: i for i, t in enumerate(doc_texts)}
    documents = [document_from_text(t, f"summedits-doc-{i}") for i, t in enumerate(doc_texts)]
    citations = [Citation(title=f"SummEdits news document {i}", trust="high") for i in range(len(documents))]
    evidence = document_facts(documents, citations)
    summaries = [document_from_text(r["summary"], r["id"]) for r in rows]
    flagged: dict[str, set[str]] = {r.id: set() for r in rules}
    located: dict[str, set[str]] = {r.id: set() for r in rules}
    for row, summary, chunks in zip(rows, summaries, analyse_many(s.analysis for s in summaries)):
        facts = facts_for_document(summary, chunks, rules, sources=evidence[doc_index[row["doc"]]])
        quotes = list(zip(summary._quote_starts, summary._quote_ends))
        for f in run_rules(rules, facts, quotes):
            flagged[f.rule].add(row["id"])
            if any(span.text not in row["original_summary"] for span in f.evidence):
                located[f.rule].add(row["id"])
            if show and not f.rule.endswith("+texts"):
                print(f"{row['id']} label={row['label']} {row['edit_types']}: {f.kind}: {f.message}")
                print(f"    {f.explanation}")
    return flagged, located


def table(rows: list[dict], flagged: set[str], located: set[str]) -> list[str]:
    consistent = [r for r in rows if r["label"] == 1]
    inconsistent = [r for r in rows if r["label"] == 0]
    fp = sum(r["id"] in flagged for r in consistent)
    tp = sum(r["id"] in flagged for r in inconsistent)
    lines = [f"{'edit type':<30} {'n':>5} {'flagged':>8} {'recall':>7} {'precision':>9}"]
    by_type: dict[str, list[dict]] = defaultdict(list)
    for r in inconsistent:
        for t in r["edit_types"] or ["(untyped)"]:
            by_type[t].append(r)
    for t in TYPES + sorted(set(by_type) - set(TYPES)):
        group = by_type.get(t, [])
        hit = sum(r["id"] in flagged for r in group)
        lines.append(f"{t:<30} {len(group):>5} {hit:>8} {_pct(hit, len(group)):>7} {_pct(hit, hit + fp):>9}")
    lines.append(f"{'all inconsistent':<30} {len(inconsistent):>5} {tp:>8} {_pct(tp, len(inconsistent)):>7} {_pct(tp, tp + fp):>9}")
    lines.append(f"{'consistent (false positives)':<30} {len(consistent):>5} {fp:>8} {_pct(fp, len(consistent)):>7} {'':>9}")
    on_edit = sum(r["id"] in located for r in inconsistent)
    lines.append(f"flagged inconsistent summaries whose evidence is edited text: {on_edit} of {tp}")
    recall = tp / len(inconsistent) if inconsistent else 0.0
    specificity = 1 - fp / len(consistent) if consistent else 0.0
    lines.append(f"balanced accuracy {100 * (recall + specificity) / 2:.1f}%")
    return lines


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "-"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["test", "evaluation", "all"], default="all")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--show", action="store_true", help="print every finding")
    args = ap.parse_args(argv)
    rows = load(args.split, args.limit)
    t0 = time.perf_counter()
    result, located = evaluate(rows, args.show)
    elapsed = time.perf_counter() - t0
    types = Counter(t for r in rows for t in r["edit_types"])
    print(f"SummEdits news, split {args.split}: {len(rows)} summaries over {len({r['doc'] for r in rows})} documents; "
          f"edit types {dict(types)}")
    c, u, t = "sources/source-conflict", "sources/unsupported-claim", "sources/unsupported-claim+texts"
    print("\nsource-conflict:")
    print("\n".join(table(rows, result[c], located[c])))
    print("\nsource-conflict or unsupported-claim (shipped settings):")
    print("\n".join(table(rows, result[c] | result[u], located[c] | located[u])))
    print("\nsource-conflict or unsupported-claim with names and text-numbers (what no source text states):")
    print("\n".join(table(rows, result[c] | result[t], located[c] | located[t])))
    print(f"\n{elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
