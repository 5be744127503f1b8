"""How much claim extraction adds to the parse, as a ratio (it runs on every sentence).

    python benchmarks/claims_speed.py [--limit N]

Parses N de-duplicated BBC articles once, then times entity extraction alone and
entity plus claim extraction on the same parses; prints claims time / parse time.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _corpora import bbc_articles  # noqa: E402

from claimcheck.document import document_from_text  # noqa: E402
from claimcheck.extract import ExtractOptions, extract_facts  # noqa: E402
from claimcheck.nlp import analyse_many  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=200)
    args = ap.parse_args(argv)
    documents = [document_from_text(text, doc_id) for doc_id, text, _ in bbc_articles(args.limit)]
    t0 = time.process_time()
    parsed = list(analyse_many(d.analysis for d in documents))
    parse = time.process_time() - t0
    timings = {}
    for name, families in (("entities", {"entities"}), ("entities+claims", {"entities", "claims"})):
        options = ExtractOptions(families=frozenset(families))
        t0 = time.process_time()
        count = sum(len(extract_facts(d, chunks, options).claims) for d, chunks in zip(documents, parsed))
        timings[name] = (time.process_time() - t0, count)
    claims_only = timings["entities+claims"][0] - timings["entities"][0]
    print(f"{len(documents)} articles, {timings['entities+claims'][1]} claims")
    print(f"claim extraction / parse time = {claims_only / parse:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
