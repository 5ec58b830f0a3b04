"""Speed of the quote pass: find_quotes MB/s and per-phase timings of parse.

    python benchmarks/quotes_bench.py [--target 1000000] [--repeat 3] [--cold]

Two corpora of about ``--target`` characters:

* ``seed``: the seed article repeated;
* ``fixtures``: the seed alternating with pseudo-articles of ~4 KB made of the string
  literals of ``tests/test_*.py`` (French sentences of 40 characters or more), shuffled
  with a fixed seed: quote-dense text with every construction the tests know.

For each corpus it prints the MB/s of ``find_quotes`` and ``parse``, the quote pass (scan
and attribution) in MB/s with its share of ``parse``, and the time per article of each
phase of ``parse`` (fold, segmenter, dates, quote scan, quote attribution), best of
``--repeat`` (CPU time of the process). ``--cold`` measures the first call in fresh
processes instead (import, then first ``find_quotes``; first ``parse``).
"""

from __future__ import annotations

import argparse
import ast
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED = ROOT / "seeds" / "000_29d02e5a573495e6.txt"


def fixture_sentences() -> list[str]:
    """The French string literals of the test files (sentences, paragraphs, articles)."""
    out: list[str] = []
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                v = node.value
                if len(v) >= 40 and " " in v and any(c in v for c in "éèàç"):
                    out.append(v)
    return sorted(set(out))


def corpora(target: int) -> dict[str, list[str]]:
    """``seed`` and ``fixtures`` lists of articles of about ``target`` characters each."""
    seed = SEED.read_text(encoding="utf-8")
    sents = fixture_sentences()
    rng = random.Random(0)
    mixed: list[str] = []
    while sum(map(len, mixed)) < target:
        mixed.append(seed)
        rng.shuffle(sents)
        chunk: list[str] = []
        size = 0
        for s in sents:
            chunk.append(s)
            size += len(s)
            if size > 4000:
                break
        mixed.append("\n\n".join(chunk))
    return {"seed": [seed] * (target // len(seed) + 1), "fixtures": mixed}


def best(fn: Callable[[], object], repeat: int) -> float:
    """The best CPU time of ``repeat`` runs (CPU time: other work on a shared machine
    disturbs it less than wall time)."""
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return min(times)


def phases(texts: list[str], repeat: int) -> dict[str, float]:
    """Seconds spent in each phase of ``parse`` over ``texts`` (best of ``repeat``)."""
    import datetime

    from frnews.dates.api import extract as extract_dates
    from frnews.quotes.api import QUOTE_BLOCKS
    from frnews.quotes.attribute import attribute
    from frnews.quotes.scan import scan
    from frnews.segment.segmenter import run
    from frnews.text import fold

    pub = datetime.date(2024, 6, 11)
    folded = [fold(t, lower=False) for t in texts]
    segs = [run(t, folded=f) for t, f in zip(texts, folded, strict=True)]
    regions = [
        [(b.span.start, b.span.end, b.kind.value) for b in s.blocks if b.kind in QUOTE_BLOCKS]
        for s in segs
    ]
    raws = [scan(t, [(a, b) for a, b, _ in r]) for t, r in zip(texts, regions, strict=True)]

    def do_attr() -> None:
        for t, f, r, q in zip(texts, folded, regions, raws, strict=True):
            if q:
                attribute(t, f, r, q)

    return {
        "fold": best(lambda: [fold(t, lower=False) for t in texts], repeat),
        "segment": best(
            lambda: [run(t, folded=f) for t, f in zip(texts, folded, strict=True)], repeat
        ),
        "dates": best(
            lambda: [extract_dates(f.lower(), pub, "auto", None) for f in folded], repeat
        ),
        "quote scan": best(
            lambda: [
                scan(t, [(a, b) for a, b, _ in r]) for t, r in zip(texts, regions, strict=True)
            ],
            repeat,
        ),
        "quote attribution": best(do_attr, repeat),
    }


COLD = """
import time
t0 = time.perf_counter()
import frnews
t1 = time.perf_counter()
frnews.{fn}({arg!r})
t2 = time.perf_counter()
frnews.{fn}({arg!r})
t3 = time.perf_counter()
print(f"{{(t1 - t0) * 1e3:.0f}} {{(t2 - t1) * 1e3:.0f}} {{(t3 - t2) * 1e3:.1f}}")
"""


def cold(runs: int = 5) -> None:
    """First-call figures in fresh processes. Bytecode is cached in a temporary folder (a
    machine with ``PYTHONDONTWRITEBYTECODE`` set would otherwise count compiling)."""
    seed = SEED.read_text(encoding="utf-8")
    cache = tempfile.mkdtemp(prefix="frnews-pyc-")
    subprocess.run(
        [sys.executable, "-c", "import frnews"],
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPYCACHEPREFIX": cache, "PYTHONDONTWRITEBYTECODE": ""},
    )
    for fn in ("find_quotes", "parse", "find_dates"):
        rows = []
        for _ in range(runs):
            out = subprocess.run(
                [sys.executable, "-c", COLD.format(fn=fn, arg=seed)],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
                env={**os.environ, "PYTHONPYCACHEPREFIX": cache},
            ).stdout.split()
            rows.append([float(x) for x in out])
        med = [sorted(r[i] for r in rows)[len(rows) // 2] for i in range(3)]
        print(
            f"{fn:12s} import {med[0]:.0f} ms, first call {med[1]:.0f} ms, "
            f"second call {med[2]:.1f} ms (median of {runs}, bytecode cached)"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--target", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cold", action="store_true")
    args = ap.parse_args()
    if args.cold:
        cold()
        return
    import frnews

    for name, texts in corpora(args.target).items():
        mb = sum(len(t.encode()) for t in texts) / 1e6
        frnews.parse(texts[0])
        fq = best(lambda t=texts: [frnews.find_quotes(x) for x in t], args.repeat)
        pa = best(lambda t=texts: [frnews.parse(x) for x in t], args.repeat)
        nq = sum(len(frnews.find_quotes(t)) for t in texts)
        print(
            f"{name}: {len(texts)} articles, {mb:.2f} MB, {nq} quotes; "
            f"find_quotes {mb / fq:.1f} MB/s, parse {mb / pa:.2f} MB/s"
        )
        ph = phases(texts, args.repeat)
        total = sum(ph.values())
        qpass = ph["quote scan"] + ph["quote attribution"]
        print(
            f"  quote pass (scan + attribution) {mb / qpass:.1f} MB/s, "
            f"{qpass / len(texts) * 1e3:.3f} ms/article, {100 * qpass / total:.0f} % of parse"
        )
        for k, v in ph.items():
            print(f"  {k:18s} {v / len(texts) * 1e3:7.3f} ms/article  {100 * v / total:5.1f} %")
    print(f"load average {Path('/proc/loadavg').read_text().split()[0]}")


if __name__ == "__main__":
    main()
