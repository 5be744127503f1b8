"""How much quantity and term extraction adds to spaCy's time, measured in one run.

Builds a corpus of about 150,000 words from the BBC articles in ../shared/eval-data (read
at run time), parses it once with ``nlp.pipe`` (through claimcheck.nlp.analyse_many), then
runs quantity and term extraction (with the shipped rules' term lists) over the parsed
docs. Prints both times and their ratio; the budget is 10 %. Entity extraction, which the
quantities use to link subjects, is timed and printed separately (it is not part of this
family's cost).

Usage: python benchmarks/quantities_speed.py [--words 150000]   (CLAIMCHECK_SHARED as for quantities_eval.py)
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from _corpora import EVAL as SHARED  # noqa: E402  (../shared/eval-data or $CLAIMCHECK_SHARED)
from _corpora import bbc_articles  # noqa: E402


def corpus(words: int) -> list[str]:
    """About ``words`` words of de-duplicated BBC articles, every n-th one so that all five
    sections (business … tech) are in it, not only the first in file order."""
    articles = [text for _, text, _ in bbc_articles()]
    total = sum(len(t.split()) for t in articles)
    stride = max(1, total // words)
    texts, count = [], 0
    for text in articles[::stride] + [t for i, t in enumerate(articles) if i % stride]:
        texts.append(text)
        count += len(text.split())
        if count >= words:
            break
    return texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=150_000)
    args = parser.parse_args()
    if not SHARED.exists():
        print(f"{SHARED} is not present", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT / "src"))
    from claimcheck.api import options_for
    from claimcheck.document import document_from_text
    from claimcheck.engine.loader import load_rules
    from claimcheck.extract.context import ExtractContext
    from claimcheck.extract.entities import extract_entities
    from claimcheck.extract.quantities import extract_quantities
    from claimcheck.extract.terms import extract_terms
    from claimcheck.nlp import analyse_many, load_model
    from claimcheck.units import registry

    texts = corpus(args.words)
    words = sum(len(t.split()) for t in texts)
    docs = [document_from_text(t, f"bbc-{i}") for i, t in enumerate(texts)]
    load_model()
    options = options_for(load_rules())

    t0 = time.perf_counter()
    parsed = list(analyse_many(d.analysis for d in docs))
    t_spacy = time.perf_counter() - t0

    t0 = time.perf_counter()
    registry()  # pint's registry is built once per process; counted here
    contexts = [ExtractContext(d, chunks, options) for d, chunks in zip(docs, parsed)]
    t_context = time.perf_counter() - t0

    t0 = time.perf_counter()
    mentions = [extract_entities(c)[0] for c in contexts]
    t_entities = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_q = n_t = 0
    for ctx, ms in zip(contexts, mentions):
        n_q += len(extract_quantities(ctx, ms))
        n_t += len(extract_terms(ctx, options.term_lists, ms))
    t_extract = time.perf_counter() - t0

    print(f"corpus: {len(texts)} articles, {words:,} words")
    print(f"spaCy (nlp.pipe): {t_spacy:.2f} s")
    print(f"quantities + terms: {t_extract:.2f} s ({n_q} quantities, {n_t} term mentions); "
          f"pint registry and sentence index: {t_context:.2f} s")
    print(f"entities (for subject links, not this family's cost): {t_entities:.2f} s")
    print(f"ratio (quantities + terms) / spaCy: {100 * t_extract / t_spacy:.1f}% (budget 10%)")
    print(f"ratio including pint start-up: {100 * (t_extract + t_context) / t_spacy:.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
