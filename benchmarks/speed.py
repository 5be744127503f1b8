"""Speed benchmark: throughput against raw spaCy, scaling, start-up, peak memory, profile.

    python benchmarks/speed.py              # ~150k words; a few minutes on 2 cores
    python benchmarks/speed.py --json
    python benchmarks/speed.py --words 20000 --scale-words 10000 --memory-mb 0.2   # quick

Every figure that matters is a ratio measured in one run on one machine, so a busy machine
slows both sides alike: the checker's words per second over raw ``nlp.pipe`` with the same
model (target ≥ 0.90), one process over two, and the time of a 100k-word document over a
10k-word one (target ≤ 11). Start-up (``--version``, ``rules list``) and the peak memory of
a 1 MB article (target ≤ 400 MB) are measured in fresh subprocesses. The profile shows
where the time outside spaCy goes (document loading, extraction, rules).

The corpus is clean BBC news read at run time from ``../shared/eval-data`` (never copied;
$CLAIMCHECK_SHARED names another folder), or the project's own texts when it is absent.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsdata import ROOT, bbc_articles, use_checkout, words

use_checkout()

TARGETS = {"throughput_ratio": 0.90, "scaling_ratio": 11.0, "memory_mb": 400.0}


# --------------------------------------------------------------------------- corpus


def own_texts(total_words: int) -> list[str]:
    """The project's own article templates, filled until ``total_words``."""
    from owntexts import HARD_NEGATIVES, TEMPLATES, instance_slots, render

    texts: list[str] = []
    n = 0
    count = 0
    while count < total_words:
        for t in TEMPLATES + HARD_NEGATIVES:
            text = render(t, instance_slots(t, f"speed:{t.id}#{n}")).text
            texts.append(text)
            count += words(text)
        n += 1
    return texts


def corpus(total_words: int) -> tuple[list[str], str]:
    """About ``total_words`` words of news: BBC articles in id order, else own texts."""
    texts: list[str] = []
    count = 0
    for a in bbc_articles():
        if count >= total_words:
            break
        texts.append(a.text)
        count += words(a.text)
    if texts:
        return texts, "BBC news (eval-data)"
    return own_texts(total_words), "own texts (eval-data absent)"


def one_document(texts: list[str], target_words: int) -> str:
    """One long article made of whole texts, paragraphs kept."""
    out: list[str] = []
    count = 0
    i = 0
    while count < target_words:
        t = texts[i % len(texts)]
        out.append(t)
        count += words(t)
        i += 1
    return "\n\n".join(out)


# --------------------------------------------------------------------------- measurements


class Clock:
    """Best wall and CPU time over runs. CPU time (this process) is what the ratios use: on
    a shared machine it moves far less than wall time, and both sides of a ratio run here."""

    def __init__(self) -> None:
        self.wall = float("inf")
        self.cpu = float("inf")

    def run(self, fn, repeat: int = 1) -> "Clock":
        for _ in range(repeat):
            w, c = time.perf_counter(), time.process_time()
            fn()
            self.wall = min(self.wall, time.perf_counter() - w)
            self.cpu = min(self.cpu, time.process_time() - c)
        return self


def throughput(texts: list[str], repeat: int) -> dict:
    """Checker vs raw ``nlp.pipe`` on the same texts, alternated so load drifts hit both."""
    import spacy

    from claimcheck.api import check_documents
    from claimcheck.document import document_from_text
    from claimcheck.engine.loader import load_rules
    from claimcheck.nlp import load_model, resolve_model

    from claimcheck.nlp import BATCH_CHARS

    rules = load_rules()
    spacy_model = spacy.load(resolve_model())
    load_model()  # load outside the timed runs
    batch = max(1, int(BATCH_CHARS // (sum(map(len, texts)) / len(texts))))

    def run_raw():  # the batch size claimcheck uses on the same texts: only its own work differs
        for _ in spacy_model.pipe(texts, batch_size=batch):
            pass

    def run_checker(n_process=1):
        docs = [document_from_text(t, f"doc{i}", "txt") for i, t in enumerate(texts)]
        for _ in check_documents(docs, rules, n_process=n_process):
            pass

    # both sides warmed up on the same texts first: the checker's first run would also
    # pay for imports, regex compiles and the unit registry, which happen once per process
    warm = texts[:20]
    list(spacy_model.pipe(warm, batch_size=batch))
    for _ in check_documents([document_from_text(t, f"warm{i}", "txt") for i, t in enumerate(warm)], rules):
        pass
    raw, checker = Clock(), Clock()
    for r in range(repeat):  # alternated, and in turn first, so load drifts hit both alike
        for side in ((raw, run_raw), (checker, run_checker))[::1 if r % 2 == 0 else -1]:
            side[0].run(side[1])
    two = Clock().run(lambda: run_checker(2))
    n = sum(words(t) for t in texts)
    return {
        "words": n,
        "raw_spacy_cpu_seconds": raw.cpu,
        "checker_cpu_seconds": checker.cpu,
        "raw_words_per_cpu_second": n / raw.cpu,
        "checker_words_per_cpu_second": n / checker.cpu,
        "throughput_ratio": raw.cpu / checker.cpu,
        "raw_spacy_wall_seconds": raw.wall,
        "checker_wall_seconds": checker.wall,
        "throughput_ratio_wall": raw.wall / checker.wall,
        "two_process_wall_seconds": two.wall,
        "one_over_two_process": checker.wall / two.wall,
    }


def scaling(texts: list[str], small_words: int, factor: int) -> dict:
    from claimcheck.api import check_text

    small = one_document(texts, small_words)
    large = one_document(texts, small_words * factor)
    check_text(small[:5000])
    t_small = Clock().run(lambda: check_text(small), 2)
    t_large = Clock().run(lambda: check_text(large), 1)
    return {"small_words": words(small), "large_words": words(large), "small_cpu_seconds": t_small.cpu,
            "large_cpu_seconds": t_large.cpu, "scaling_ratio": t_large.cpu / t_small.cpu,
            "scaling_ratio_wall": t_large.wall / t_small.wall, "word_ratio": words(large) / words(small)}


def _subprocess_seconds(args: list[str], repeat: int = 3) -> float:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "claimcheck", *args], capture_output=True, env=env, check=True)
        best = min(best, time.perf_counter() - t)
    return best


def startup() -> dict:
    return {"version_seconds": _subprocess_seconds(["--version"]),
            "rules_list_seconds": _subprocess_seconds(["rules", "list"])}


# ru_maxrss survives exec: a probe forked from a big process inherits its peak. The probe
# is therefore started first, while this process is small, and reports VmHWM as a check.
_MEMORY_PROBE = """
import resource, sys
from claimcheck.cli import main
code = main(["check", sys.argv[1], "--format", "json", "--output", sys.argv[2]])
hwm = next((int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")), 0) if sys.platform == "linux" else 0
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, hwm)
sys.exit(0 if code in (0, 1) else code)
"""


def memory(texts: list[str], megabytes: float) -> dict:
    """Peak resident memory (ru_maxrss) of ``claimcheck check`` on one article of this size."""
    size = int(megabytes * 1_000_000)
    body = one_document(texts, 1)
    while len(body.encode()) < size:
        body = one_document(texts, words(body) * 2)
    body = body.encode()[:size].decode("utf-8", "ignore")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "article.txt"
        article.write_text(body, encoding="utf-8")
        t = time.perf_counter()
        r = subprocess.run([sys.executable, "-c", _MEMORY_PROBE, str(article), str(Path(tmp) / "r.json")],
                           capture_output=True, text=True, env=env)
        seconds = time.perf_counter() - t
        baseline = subprocess.run([sys.executable, "-c", "import resource, claimcheck.nlp as n; n.load_model();"
                                   "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"],
                                  capture_output=True, text=True, env=env)
    if r.returncode != 0:
        raise SystemExit(f"memory probe failed:\n{r.stderr}")
    maxrss, hwm = (int(x) for x in r.stdout.split()[-2:])
    return {"article_bytes": len(body.encode()), "article_words": words(body),
            "peak_mb": maxrss / 1024, "peak_vmhwm_mb": hwm / 1024 or None,
            "model_loaded_mb": int(baseline.stdout.split()[-1]) / 1024, "seconds": seconds}


def profile(texts: list[str], top: int) -> dict:
    """Where the time outside spaCy goes: stage totals, and cProfile's top functions."""
    from claimcheck.api import facts_for_document
    from claimcheck.document import document_from_text
    from claimcheck.engine.loader import load_rules
    from claimcheck.engine.run import run_rules
    from claimcheck.nlp import analyse_many

    rules = load_rules()
    t = time.process_time()
    docs = [document_from_text(x, f"doc{i}", "txt") for i, x in enumerate(texts)]
    t_doc = time.process_time() - t
    t = time.process_time()
    parsed = list(analyse_many(d.analysis for d in docs))
    t_nlp = time.process_time() - t

    stage = {"extract": 0.0, "rules": 0.0}

    def after_nlp():
        for d, chunks in zip(docs, parsed):
            t0 = time.process_time()
            facts = facts_for_document(d, chunks, rules)
            t1 = time.process_time()
            run_rules(rules, facts, list(zip(d._quote_starts, d._quote_ends)))
            stage["extract"] += t1 - t0
            stage["rules"] += time.process_time() - t1

    after_nlp()  # a first run pays once-per-process costs (imports, regexes, the unit registry)
    stage.update(extract=0.0, rules=0.0)
    after_nlp()
    measured = dict(stage)
    prof = cProfile.Profile()
    prof.enable()
    for x in texts:
        document_from_text(x, "p", "txt")
    after_nlp()
    prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    entries = []
    for (filename, line, func), (cc, nc, tt, ct, _) in stats.stats.items():
        entries.append({"function": f"{_short(filename)}:{line}({func})", "calls": nc,
                        "own_seconds": tt, "cumulative_seconds": ct})
    entries.sort(key=lambda e: e["own_seconds"], reverse=True)
    return {"words": sum(words(x) for x in texts), "document_seconds": t_doc, "spacy_seconds": t_nlp,
            "extract_seconds": measured["extract"], "rules_seconds": measured["rules"],
            "outside_spacy_share": (t_doc + measured["extract"] + measured["rules"]) / t_nlp,
            "top": entries[:top]}


def _short(filename: str) -> str:
    for marker in ("site-packages/", "src/", "lib/python3"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename


# --------------------------------------------------------------------------- output


def _mark(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def print_report(r: dict) -> None:
    c, t, s, u, m, p = r["config"], r["throughput"], r["scaling"], r["startup"], r["memory"], r["profile"]
    print(f"claimcheck speed benchmark  ({c['corpus']}; {t['words']:,} words; model {c['model']}; "
          f"{c['cpus']} CPUs; {c['seconds']:.0f} s)")
    print("  (CPU seconds of this process; wall-clock figures in brackets)")
    print(f"  raw spaCy nlp.pipe        {t['raw_words_per_cpu_second']:>9,.0f} words/s  "
          f"({t['raw_spacy_cpu_seconds']:.1f} s; wall {t['raw_spacy_wall_seconds']:.1f} s)")
    print(f"  claimcheck (1 process)    {t['checker_words_per_cpu_second']:>9,.0f} words/s  "
          f"({t['checker_cpu_seconds']:.1f} s; wall {t['checker_wall_seconds']:.1f} s)")
    print(f"  throughput ratio          {t['throughput_ratio']:>9.3f}   target ≥ {TARGETS['throughput_ratio']}  "
          f"{_mark(t['throughput_ratio'] >= TARGETS['throughput_ratio'])}  (wall {t['throughput_ratio_wall']:.3f})")
    print(f"  1 process / 2 processes   {t['one_over_two_process']:>9.2f}×  (wall: {t['checker_wall_seconds']:.1f} s "
          f"/ {t['two_process_wall_seconds']:.1f} s)")
    print(f"  scaling {s['large_words']:,} / {s['small_words']:,} words {s['scaling_ratio']:>7.2f}   "
          f"target ≤ {TARGETS['scaling_ratio']:g}  {_mark(s['scaling_ratio'] <= TARGETS['scaling_ratio'])}  "
          f"({s['large_cpu_seconds']:.1f} s / {s['small_cpu_seconds']:.2f} s; words ×{s['word_ratio']:.1f}; "
          f"wall ratio {s['scaling_ratio_wall']:.2f})")
    print(f"  start-up --version        {u['version_seconds']:>9.2f} s")
    print(f"  start-up rules list       {u['rules_list_seconds']:>9.2f} s")
    print(f"  peak memory, {m['article_bytes'] / 1e6:.1f} MB article {m['peak_mb']:>6.0f} MB   target ≤ "
          f"{TARGETS['memory_mb']:g}  {_mark(m['peak_mb'] <= TARGETS['memory_mb'])}  "
          f"(VmHWM {m['peak_vmhwm_mb'] or 0:.0f} MB; model alone {m['model_loaded_mb']:.0f} MB; {m['seconds']:.1f} s)")
    print(f"\nOutside spaCy, on {p['words']:,} words: document {p['document_seconds']:.2f} s, extract "
          f"{p['extract_seconds']:.2f} s, rules {p['rules_seconds']:.2f} s = "
          f"{100 * p['outside_spacy_share']:.1f}% of the spaCy time ({p['spacy_seconds']:.1f} s)")
    print(f"  {'own s':>7} {'cum s':>7} {'calls':>9}  function")
    for e in p["top"]:
        print(f"  {e['own_seconds']:>7.3f} {e['cumulative_seconds']:>7.3f} {e['calls']:>9}  {e['function']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=150_000, help="corpus size for throughput (default 150000)")
    ap.add_argument("--scale-words", type=int, default=10_000, help="the small document of the scaling test")
    ap.add_argument("--scale-factor", type=int, default=10, help="the large document is this many times longer")
    ap.add_argument("--memory-mb", type=float, default=1.0, help="article size of the memory probe (default 1 MB)")
    ap.add_argument("--profile-words", type=int, default=30_000, help="words profiled outside spaCy")
    ap.add_argument("--repeat", type=int, default=3, help="best of N for the throughput runs (default 3)")
    ap.add_argument("--top", type=int, default=15, help="profile entries shown")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    started = time.perf_counter()
    texts, source = corpus(args.words)
    result = {"memory": memory(texts, args.memory_mb), "startup": startup()}  # first: see _MEMORY_PROBE
    result["throughput"] = throughput(texts, args.repeat)
    result["scaling"] = scaling(texts, args.scale_words, args.scale_factor)
    result["profile"] = profile(corpus(args.profile_words)[0], args.top)
    from claimcheck.nlp import load_model, model_label

    result["config"] = {"corpus": source, "model": model_label(load_model()), "cpus": os.cpu_count(),
                        "seconds": time.perf_counter() - started, "targets": TARGETS}
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_report(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
