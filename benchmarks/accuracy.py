"""Accuracy benchmark: precision, recall and F1 per rule kind, and false positives on clean news.

    python benchmarks/accuracy.py                 # a few minutes on 2 cores
    python benchmarks/accuracy.py --json          # for machines
    python benchmarks/accuracy.py --bbc 0 --dated 0   # the project's own texts only

The labelled corpus is generated at run time: the project's own article templates
(owntexts.py), clean and with one planted inconsistency each; hard negatives written around
traps; and clean news from ``../shared/eval-data`` (read, never copied), clean and with
edits planted by the host injectors (injectors.py). Every edit carries its span, and a
finding counts as a hit when it is of the edit's kind and its evidence overlaps the edit.

Samples are split in two halves by a hash of their host's id, as every benchmark of the
project splits (``_corpora.held_out``): an article and its edited versions land in the same
half. Tune on "tune"; "held-out" is there to be reported, not looked at: ``--show``
prints misses and false positives from the tune half only. The news is found through
$CLAIMCHECK_SHARED, else ``../shared``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from newsdata import Article, bbc_articles, news2023_articles, shared_dir, split_of, use_checkout, words

use_checkout()

from injectors import INJECTORS, Edit, Injector, inject_template  # noqa: E402
from owntexts import HARD_NEGATIVES, TEMPLATES, instance_slots, render  # noqa: E402

SPLITS = ("tune", "held-out")


@dataclass
class Sample:
    id: str
    host: str  # the article it was made from: fixes the split
    group: str  # "clean", "injected", "hard-negative"
    source: str  # "own", "bbc", "news2023"
    text: str
    date: date | None = None
    edits: list[Edit] = field(default_factory=list)
    trap: str | None = None

    @property
    def split(self) -> str:
        return split_of(self.host)  # the project's halves (_corpora.held_out)


def _spread(articles: list[Article]) -> list[Article]:
    """Articles in hash order, so any prefix mixes categories and sources."""
    return sorted(articles, key=lambda a: hashlib.sha1(a.id.encode()).hexdigest())


# --------------------------------------------------------------------------- the corpus


def injector_status(injector: Injector, enabled_kinds: set[str], registered: set[str]) -> str:
    if injector.kind not in registered:
        return "kind not available"
    if injector.kind not in enabled_kinds:
        return "no enabled rule of this kind"
    return "ok"


def build_corpus(args, enabled_kinds: set[str], registered: set[str]) -> tuple[list[Sample], dict]:
    live = [i for i in INJECTORS if injector_status(i, enabled_kinds, registered) == "ok"]
    samples: list[Sample] = []
    for template in TEMPLATES + HARD_NEGATIVES:
        for n in range(args.own):
            host = f"own:{template.id}#{n}"
            slots = instance_slots(template, f"{args.seed}:{host}")
            clean = render(template, slots)
            group = "hard-negative" if template.trap else "clean"
            samples.append(Sample(host, host, group, "own", clean.text, clean.article_date, trap=template.trap))
            if template.trap:
                continue
            for injector in live:
                if not injector.markers:
                    continue
                rng = random.Random(f"{args.seed}:{host}:{injector.name}")
                made = inject_template(template, slots, injector, rng)
                if made:
                    out, edit = made
                    samples.append(Sample(f"{host}+{injector.name}", host, "injected", "own", out.text,
                                          out.article_date, [edit]))
    shared = shared_dir()
    hosts = _spread(bbc_articles())[: args.bbc] + _spread(news2023_articles())[: args.dated]
    for article in hosts:
        samples.append(Sample(article.id, article.id, "clean", article.source, article.text, article.date))
    for injector in live:
        if injector.host is None:
            continue
        made_here = Counter()
        for article in hosts:
            if made_here[article.source] >= args.per_injector:
                continue
            if injector.dated_hosts_only and article.date is None:
                continue
            rng = random.Random(f"{args.seed}:{article.id}:{injector.name}")
            made = injector.host(article.text, rng, article.date)
            if made:
                text, edit = made
                made_here[article.source] += 1
                samples.append(Sample(f"{article.id}+{injector.name}", article.id, "injected",
                                      article.source, text, article.date, [edit]))
    info = {"shared": str(shared) if shared else None, "hosts": len(hosts)}
    return samples, info


# --------------------------------------------------------------------------- running the checker


def check_all(samples: list[Sample], rules, jobs: int) -> dict[str, list]:
    """Findings per sample id, every sample parsed in one ``nlp.pipe`` stream."""
    from claimcheck.api import check_documents
    from claimcheck.document import document_from_text

    documents = []
    for s in samples:
        d = document_from_text(s.text, s.id, "txt")
        if s.date:
            d.metadata["date"] = s.date  # the article's date, as front matter would give it
        documents.append(d)
    out: dict[str, list] = {}
    for s, report in zip(samples, check_documents(documents, rules, n_process=jobs)):
        for f in report.findings:
            for span in f.evidence:  # the contract every benchmark run re-checks
                assert s.text[span.start:span.end] == span.text, (s.id, f.rule, span)
        out[s.id] = report.findings
    return out


# --------------------------------------------------------------------------- scoring


def _overlaps(finding, edit: Edit) -> bool:
    return finding.kind == edit.kind and any(sp.start < edit.end and edit.start < sp.end for sp in finding.evidence)


def score(samples: list[Sample], findings: dict[str, list], kinds: list[str]) -> dict:
    """Per-kind precision/recall/F1, per-injector recall, clean-text and hard-negative rates."""
    clean_ids = {s.host: {f.id for f in findings[s.id]} for s in samples if s.group in ("clean", "hard-negative")}
    per_kind = {k: Counter() for k in kinds}
    per_injector: dict[str, Counter] = defaultdict(Counter)
    clean = defaultdict(Counter)
    traps = defaultdict(Counter)
    clean_kind = defaultdict(Counter)
    for s in samples:
        found = findings[s.id]
        if s.group == "injected":  # a finding the clean host already had is host noise, counted there
            found = [f for f in found if f.id not in clean_ids.get(s.host, set())]
        for f in found:
            c = per_kind.setdefault(f.kind, Counter())
            c["findings"] += 1
            if any(_overlaps(f, e) for e in s.edits):
                c["true"] += 1
        for e in s.edits:
            hit = any(_overlaps(f, e) for f in found)
            per_kind.setdefault(e.kind, Counter())["injected"] += 1
            per_kind[e.kind]["detected"] += hit
            per_injector[e.injector]["injected"] += 1
            per_injector[e.injector]["detected"] += hit
        if s.group == "clean":
            w = words(s.text)
            for key in (s.source, "all"):
                clean[key]["docs"] += 1
                clean[key]["words"] += w
                clean[key]["findings"] += len(found)
                clean[key]["docs_with_finding"] += bool(found)
            for f in found:
                clean_kind[f.kind]["findings"] += 1
            for k in {f.kind for f in found}:
                clean_kind[k]["docs"] += 1
        if s.group == "hard-negative":
            traps[s.trap]["docs"] += 1
            traps[s.trap]["docs_with_finding"] += bool(found)
            traps[s.trap]["findings"] += len(found)
    clean_words = clean["all"]["words"] or 1
    clean_docs = clean["all"]["docs"] or 1
    kinds_out = {}
    for k, c in sorted(per_kind.items()):
        p = c["true"] / c["findings"] if c["findings"] else None
        r = c["detected"] / c["injected"] if c["injected"] else None
        f1 = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
        kinds_out[k] = {
            "injected": c["injected"], "detected": c["detected"], "findings": c["findings"],
            "true_findings": c["true"], "precision": p, "recall": r, "f1": f1,
            "clean_findings": clean_kind[k]["findings"],
            "clean_fp_per_1k_words": 1000 * clean_kind[k]["findings"] / clean_words,
            "clean_docs_with_finding": clean_kind[k]["docs"] / clean_docs,
        }
    clean_out = {}
    for key, c in sorted(clean.items()):
        clean_out[key] = {**c, "fp_per_1k_words": 1000 * c["findings"] / (c["words"] or 1),
                          "share_with_finding": c["docs_with_finding"] / (c["docs"] or 1)}
    return {
        "kinds": kinds_out,
        "injectors": {k: {**v, "recall": v["detected"] / v["injected"] if v["injected"] else None}
                      for k, v in sorted(per_injector.items())},
        "clean": clean_out,
        "hard_negatives": {k: dict(v) for k, v in sorted(traps.items())},
    }


# --------------------------------------------------------------------------- printing


def _pct(x) -> str:
    return "   –  " if x is None else f"{100 * x:5.1f}%"


def print_report(result: dict) -> None:
    cfg = result["config"]
    print(f"claimcheck accuracy benchmark  (seed {cfg['seed']}; {cfg['samples']} samples, "
          f"{cfg['words']:,} words; {cfg['seconds']:.0f} s; eval-data: {cfg['shared'] or 'absent'})")
    print("\nInjectors")
    for inj in result["injectors"]:
        print(f"  {inj['name']:<20} {inj['kind']:<22} {inj['status']:<28} {inj['description']}")
    for split in SPLITS:
        r = result["splits"][split]
        print(f"\n== {split} half " + ("(do not tune on it)" if split == "held-out" else ""))
        print(f"  {'kind':<22} {'injected':>8} {'found':>6} {'recall':>7} {'findings':>8} {'precision':>9} "
              f"{'F1':>6}  {'FP/1k clean words':>17} {'clean docs hit':>14}")
        for k, c in r["kinds"].items():
            print(f"  {k:<22} {c['injected']:>8} {c['detected']:>6} {_pct(c['recall']):>7} {c['findings']:>8} "
                  f"{_pct(c['precision']):>9} {_pct(c['f1']):>6}  {c['clean_fp_per_1k_words']:>17.3f} "
                  f"{_pct(c['clean_docs_with_finding']):>14}")
        print(f"  {'injector':<22} {'injected':>8} {'found':>6} {'recall':>7}")
        for name, c in r["injectors"].items():
            print(f"  {name:<22} {c['injected']:>8} {c['detected']:>6} {_pct(c['recall']):>7}")
        print(f"  {'clean text':<22} {'docs':>8} {'words':>8} {'findings':>8} {'FP/1k words':>11} {'docs with any finding':>22}")
        for source, c in r["clean"].items():
            print(f"  {source:<22} {c['docs']:>8} {c['words']:>8} {c['findings']:>8} {c['fp_per_1k_words']:>11.3f} "
                  f"{_pct(c['share_with_finding']):>22}")
        print(f"  {'hard negative':<36} {'docs':>5} {'flagged':>8}")
        for trap, c in r["hard_negatives"].items():
            print(f"  {trap:<36} {c['docs']:>5} {c['docs_with_finding']:>8}")


def show_examples(samples: list[Sample], findings: dict[str, list], limit: int) -> None:
    """Misses and false positives of the tune half, for whoever tunes a kind."""
    shown = 0
    for s in samples:
        if s.split != "tune" or shown >= limit:
            continue
        for e in s.edits:
            if not any(_overlaps(f, e) for f in findings[s.id]):
                ctx = s.text[max(0, e.start - 80):e.end + 40].replace("\n", " ")
                print(f"MISS {s.id} [{e.kind}] {e.before!r} → {e.after!r}: …{ctx}…")
                shown += 1
        if s.group != "injected":
            for f in findings[s.id]:
                print(f"FP   {s.id} [{f.kind}] {f.message} :: {[sp.text for sp in f.evidence][:4]}")
                shown += 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--own", type=int, default=8, help="instances of each own template (default 8)")
    ap.add_argument("--bbc", type=int, default=150, help="BBC articles used as clean text and hosts (default 150)")
    ap.add_argument("--dated", type=int, default=60, help="dated 2023 news articles (default 60)")
    ap.add_argument("--per-injector", type=int, default=40, help="host edits per injector and source (default 40)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=1, help="spaCy processes (nlp.pipe n_process)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--show", type=int, default=0, help="print up to N misses/false positives (tune half)")
    args = ap.parse_args(argv)

    from claimcheck.engine.kinds import KINDS
    from claimcheck.engine.loader import load_rules

    started = time.perf_counter()
    rules = load_rules()
    enabled = {r.name for r in rules.enabled}
    registered = set(KINDS)
    samples, info = build_corpus(args, enabled, registered)
    findings = check_all(samples, rules, args.jobs)
    kinds = sorted(registered | {i.kind for i in INJECTORS if i.kind in registered})
    result = {
        "config": {"seed": args.seed, "own": args.own, "bbc": args.bbc, "dated": args.dated,
                   "per_injector": args.per_injector, "samples": len(samples),
                   "words": sum(words(s.text) for s in samples), **info,
                   "seconds": time.perf_counter() - started},
        "injectors": [{"name": i.name, "kind": i.kind, "description": i.description,
                       "status": injector_status(i, enabled, registered)} for i in INJECTORS],
        "splits": {sp: score([s for s in samples if s.split == sp], findings, kinds) for sp in SPLITS},
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_report(result)
    if args.show:
        show_examples(samples, findings, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
