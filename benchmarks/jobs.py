"""How much faster `claimcheck check DIR --jobs 2` is than `--jobs 1`, measured in one run.

Writes a folder of articles generated from the sentence templates below (or, with --bbc,
passes BBC articles from ../shared/eval-data by path: read in place, never copied), runs
the real command line on it with --jobs 1 and --jobs N, checks that both give the same
JSON report, and prints the times and their ratio. The ratio is the number to watch; the
times depend on the machine and on whatever else runs on it.

    PYTHONPATH=src python benchmarks/jobs.py                 # 200 generated articles
    PYTHONPATH=src python benchmarks/jobs.py --files 50 --repeat 3
    PYTHONPATH=src python benchmarks/jobs.py --bbc
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMCHECK_SHARED", ROOT.parent / "shared"))

GIVEN = ["Marta", "Jonas", "Priya", "Tomasz", "Aiko", "Lucia", "Kwame", "Ines", "Rafael", "Sofia",
         "Hamid", "Elena", "Viktor", "Nadia", "Oscar", "Leila", "Bruno", "Greta", "Tariq", "Yuki"]
SURNAMES = ["Kowalczyk", "Haugen", "Raman", "Lindqvist", "Okafor", "Moreau", "Castillo", "Brennan",
            "Nakamura", "Petrov", "Alvarez", "Sorensen", "Mbeki", "Rossi", "Fischer", "Duarte"]
CITIES = ["Lisbon", "Tampere", "Leeds", "Porto Alegre", "Osaka", "Gdansk", "Nairobi", "Halifax",
          "Valencia", "Tbilisi", "Adelaide", "Bergen"]
ORGS = ["the harbour authority", "the regional council", "Northwind Energy", "the city museum",
        "the transport union", "Bluefield Software", "the national library", "the water board"]
THINGS = ["bridge", "library", "tram line", "wind farm", "hospital wing", "school", "ferry terminal"]

SENTENCES = [
    "{name} said the {thing} in {city} would open in {month} after {n} months of delays.",
    "The project, led by {name}, has cost {n} million euros so far, according to {org}.",
    "{org} confirmed on {day} that {name} will chair the review panel.",
    "Residents of {city} have waited since {year} for the {thing} to be finished.",
    "\"We are not there yet,\" {surname} told reporters outside the council offices.",
    "According to {org}, about {n} people used the {thing} in its first week.",
    "{name}, who joined {org} in {year}, called the figures encouraging.",
    "Critics including {name} argue that the budget rose by {n} percent in two years.",
    "The {thing} replaces an older building that was demolished in {year}.",
    "{surname} added that a second phase could begin in {month} if funding allows.",
    "Officials in {city} expect the work to create {n} jobs over the next decade.",
    "A spokesperson for {org} declined to comment on the timetable.",
    "{name} first proposed the {thing} at a public meeting in {city} in {year}.",
    "The contract was signed by {name} and {name2} on {day}, {month} {dd}.",
    "Local traders said business had fallen by a third while the street was closed.",
    "Engineers from {org} inspected the site twice last month.",
    "{surname} has worked on similar schemes in {city} and {city2}.",
    "The council will vote on the final plan on {day}, with {n} members expected to attend.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "March", "May", "June", "September", "November"]


def article(rng: random.Random, paragraphs: int = 9) -> str:
    """One made-up news article of about 600 words."""
    cast = [(rng.choice(GIVEN), rng.choice(SURNAMES)) for _ in range(3)]
    parts = []
    for _ in range(paragraphs):
        sentences = []
        for _ in range(rng.randint(3, 5)):
            (g, s), (g2, s2) = rng.sample(cast, 2)
            sentences.append(rng.choice(SENTENCES).format(
                name=f"{g} {s}", name2=f"{g2} {s2}", surname=s, city=rng.choice(CITIES),
                city2=rng.choice(CITIES), org=rng.choice(ORGS), thing=rng.choice(THINGS),
                n=rng.randint(2, 900), year=rng.randint(1995, 2024), month=rng.choice(MONTHS),
                day=rng.choice(DAYS), dd=rng.randint(1, 28)))
        parts.append(" ".join(sentences))
    title = f"{rng.choice(THINGS).capitalize()} plan for {rng.choice(CITIES)} moves ahead"
    return title + "\n\n" + "\n\n".join(parts) + "\n"


def generated(folder: Path, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    for i in range(count):
        (folder / f"article-{i:04d}.txt").write_text(article(rng), encoding="utf-8")
    return [str(folder)]


def bbc(count: int) -> list[str]:
    root = SHARED / "eval-data" / "bbc-news-fulltext"
    if not root.is_dir():
        raise SystemExit(f"BBC texts not found at {root} (set CLAIMCHECK_SHARED)")
    files = sorted(str(p) for p in root.glob("*/*.txt"))
    return files[:: max(1, len(files) // count)][:count]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(args: list[str], jobs: int, out: Path) -> tuple[float, float]:
    """Wall time and CPU time (the command and its parser processes) of one check."""
    cmd = [sys.executable, "-m", "claimcheck", "check", *args, "--format", "json", "--quiet",
           "--jobs", str(jobs), "--output", str(out)]
    cpu = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True)
    elapsed = time.perf_counter() - start
    cpu = _children_cpu() - cpu
    if proc.returncode not in (0, 1):
        raise SystemExit(f"claimcheck failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
    return elapsed, cpu


def _spin(n: int) -> None:
    x = 0
    for i in range(n):
        x += i


def machine_parallelism(jobs: int, n: int = 20_000_000) -> float:
    """How many times more pure-Python work ``jobs`` processes get done than one, right now:
    about ``jobs`` on an idle machine, about 1 when other work already fills the cores."""
    import multiprocessing as mp

    def timed(k: int) -> float:
        procs = [mp.Process(target=_spin, args=(n,)) for _ in range(k)]
        start = time.perf_counter()
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        return time.perf_counter() - start

    one = timed(1)
    return jobs * one / timed(jobs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--jobs", type=int, default=2, help="the parallel run's --jobs")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each, interleaved")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--bbc", action="store_true", help="BBC articles from ../shared, read in place")
    opts = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="claimcheck-jobs-") as tmp:
        tmp_path = Path(tmp)
        if opts.bbc:
            paths = bbc(opts.files)
        else:
            (tmp_path / "articles").mkdir()
            paths = generated(tmp_path / "articles", opts.files, opts.seed)
        words = sum(len(Path(f).read_text(encoding="utf-8").split())
                    for p in paths for f in ([p] if Path(p).is_file() else Path(p).glob("*.txt")))
        run(paths[:1] if opts.bbc else [str(next(Path(paths[0]).glob("*.txt")))], 1, tmp_path / "warm.json")
        serial, parallel = [], []
        for _ in range(opts.repeat):  # interleaved, so a burst of other work hits both sides
            serial.append(run(paths, 1, tmp_path / "one.json"))
            parallel.append(run(paths, opts.jobs, tmp_path / "many.json"))
        one = json.loads((tmp_path / "one.json").read_text())
        many = json.loads((tmp_path / "many.json").read_text())
        same = one["files"] == many["files"]
    print(f"{opts.files} articles, {words} words, {os.cpu_count()} CPUs, load average "
          f"{os.getloadavg()[0]:.1f}{' (BBC)' if opts.bbc else ' (generated)'}; "
          f"the machine gives {opts.jobs} processes {machine_parallelism(opts.jobs):.2f}x the work of one "
          f"right now (the ceiling for the ratio below)")
    # CPU seconds per wall second shows how much of the machine a run got: on a machine
    # shared with other work the parallel run cannot reach its ratio
    for label, runs in ((" 1", serial), (f" {opts.jobs}", parallel)):
        walls = ", ".join(f"{t:.1f}" for t, _ in runs)
        t, c = min(runs)
        print(f"--jobs{label}: best {t:.2f} s wall, {c:.2f} s CPU ({c / t:.2f} cores busy); all runs: {walls} s")
    best = min(serial)[0] / min(parallel)[0]
    pairs = statistics.median(a[0] / b[0] for a, b in zip(serial, parallel))
    print(f"speed-up ratio {best:.2f}x (best run each), {pairs:.2f}x (median of pairs)"
          f"   reports identical: {same}")
    if not same:
        raise SystemExit("the reports differ between --jobs 1 and --jobs N")


if __name__ == "__main__":
    main()
