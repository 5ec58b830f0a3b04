"""Benchmark of frnews.parse_many: one process against worker processes.

    python benchmarks/parse_many_bench.py [--articles 20000] [--jobs 2] [--repeat 3]

Builds ``--articles`` articles by varying the seed article and the test fixtures (the
seed's paragraphs shuffled and sampled, datelines, photo credits with captions, headings,
bylines and site furniture from the tests, names, places and weekdays swapped), then times
``parse_many`` over all of them with ``n_jobs=1`` and with ``n_jobs=--jobs`` (worker start-up
included), best of ``--repeat`` runs each. Prints articles per second, MB per second and
the ratio, with the machine's load average, which matters on a shared machine.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import frnews  # noqa: E402

SEED = ROOT / "seeds" / "000_29d02e5a573495e6.txt"

SWAPS = [
    ("Lavrov", ["Lavrov", "Blinken", "Joly", "Colonna", "Baerbock", "Wang Yi"]),
    ("Pyongyang", ["Pyongyang", "Séoul", "Pékin", "Ottawa", "Bruxelles", "Dakar"]),
    ("jeudi", ["jeudi", "lundi", "mardi", "mercredi", "vendredi", "samedi"]),
    ("Kim", ["Kim", "Xi", "Biden", "Trudeau", "Macron", "Sall"]),
]


def build_articles(count: int, seed: int = 2023) -> list[str]:
    # Imported here, not at the top: each worker process imports this script's module
    # (the spawn start method), and the test modules would make every worker load pytest
    # and hypothesis.
    from tests.test_batch import FRAGMENTS
    from tests.test_segment import BODY, CREDITS, DATELINES, HEADINGS, OTHER_BLOCKS

    def _middle(text: str) -> str:
        """The part of a fixture between its BODY paragraphs (a credit, a heading…)."""
        return text.replace(BODY, "").strip("\n")

    rng = random.Random(seed)
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    openings = [text[: text.index(BODY)] for _, text, *_ in DATELINES if BODY in text]
    blocks = [_middle(c[1]) for c in CREDITS] + [_middle(h[1]) for h in HEADINGS]
    blocks += [row[1] for row in OTHER_BLOCKS] + FRAGMENTS
    blocks = [b for b in blocks if b.strip()]
    articles = []
    for _ in range(count):
        body = rng.sample(paragraphs[1:], rng.randint(3, min(12, len(paragraphs) - 1)))
        body += rng.sample(blocks, rng.randint(1, 4))
        rng.shuffle(body)
        text = rng.choice(openings) + paragraphs[0].split(") ", 1)[-1] + "\n\n" + "\n\n".join(body)
        for word, choices in SWAPS:
            text = text.replace(word, rng.choice(choices))
        articles.append(text)
    return articles


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(texts: list[str], n_jobs: int, chunk_size: int) -> tuple[float, float, float]:
    """Wall time, CPU time of this process, CPU time of the (ended) workers."""
    cpu, workers = time.process_time(), children_cpu()
    start = time.perf_counter()
    count = sum(1 for _ in frnews.parse_many(texts, n_jobs=n_jobs, chunk_size=chunk_size))
    elapsed = time.perf_counter() - start
    assert count == len(texts)
    return elapsed, time.process_time() - cpu, children_cpu() - workers


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f}"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=20_000)
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--chunk-size", type=int, default=frnews.batch.DEFAULT_CHUNK_SIZE)
    args = p.parse_args()

    texts = build_articles(args.articles)
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    sample = texts[:: max(1, len(texts) // 200)]
    got = list(frnews.parse_many(sample, n_jobs=args.jobs, chunk_size=args.chunk_size))
    assert got == [frnews.parse(t) for t in sample], "parse_many differs from parse"

    cores = frnews.batch.available_cores()
    print(f"frnews {frnews.__version__}, Python {sys.version.split()[0]}, {cores} cores")
    print(f"{len(texts):,} articles, {size:.1f} MB, chunk size {args.chunk_size}")
    best: dict[int, tuple[float, float, float]] = {}
    for n_jobs, run in itertools.product((1, args.jobs), range(args.repeat)):
        before = load()
        elapsed, cpu, workers = timed(texts, n_jobs, args.chunk_size)
        if n_jobs not in best or elapsed < best[n_jobs][0]:
            best[n_jobs] = (elapsed, cpu, workers)
        print(
            f"  n_jobs={n_jobs} run {run + 1}: {elapsed:6.2f} s  "
            f"{len(texts) / elapsed:8,.0f} articles/s  CPU {cpu:5.2f} s here "
            f"+ {workers:5.2f} s in workers  ({before})"
        )
    for n_jobs, (elapsed, _, _) in best.items():
        print(
            f"n_jobs={n_jobs}: {len(texts) / elapsed:8,.0f} articles/s  "
            f"{size / elapsed:6.1f} MB/s  (best of {args.repeat})"
        )
    print(f"ratio n_jobs={args.jobs} / n_jobs=1: {best[1][0] / best[args.jobs][0]:.2f}  ({load()})")
    # On a machine shared with other work the wall-clock ratio moves from run to run; the
    # CPU time does not. With n_jobs free cores, the workers and this process (which
    # receives the results) share them: the run takes at least their CPU time over n_jobs.
    _, cpu1, _ = best[1]
    _, cpu_n, workers_n = best[args.jobs]
    bound = cpu1 / max((cpu_n + workers_n) / args.jobs, cpu_n)
    print(
        f"CPU: {cpu1:.2f} s for n_jobs=1; {cpu_n:.2f} s here + {workers_n:.2f} s in workers "
        f"for n_jobs={args.jobs}: on {args.jobs} free cores the ratio would be about {bound:.2f}"
    )


if __name__ == "__main__":
    main()
