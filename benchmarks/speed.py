"""Speed of frnews next to dateparser, on the same texts, in one command.

Run from the repository root:

    python benchmarks/speed.py [--mb 1.0] [--dateparser-cycles 3] [--rounds 3]
                               [--memory-mb 10] [--json]

The corpus (about 1 MB) is made of articles: the seed article, and the sentences of the
tests (every string literal of ``tests/test_dates*.py`` and ``tests/test_segment.py``
that reads like a sentence) joined into articles of about the seed's size; they are
repeated, in turn, until the corpus has the size asked; the k-th copy of an article is
dated k days after the first (the reference of its relative dates, for frnews and for
dateparser alike), as articles of a real corpus are. It prints:

* ``frnews.parse``: MB/s and articles/s;
* ``frnews.find_dates`` and ``dateparser.search_dates(text, languages=["fr"],
  settings={"RELATIVE_BASE": ...})`` in MB/s on the same articles, and their ratio (and
  the ratio of ``parse`` to dateparser, ``parse ratio``; ``parse_ratio`` in JSON): the
  median of ``--rounds`` rounds that time dateparser and frnews in turns on the same
  texts, each side running about as long (see :func:`paired_ratios`), for
  the whole corpus, the seed alone and the test sentences alone (dateparser is slow: it
  reads a few cycles of the distinct articles, which is the same text as the corpus), and
  ``eval``: the annotated real articles of ``../shared/eval/articles`` with their own
  publication dates, when that directory is there (``--shared``; read at run time, never
  copied into the repository; not part of ``all``);
* the time ``import frnews`` and ``import dateparser`` take in a fresh interpreter (best
  of several runs), and frnews's own share of it (``-X importtime``); frnews binds its
  public names on first use, so the time to a first result is printed too: the import
  and one call on the seed article (``frnews.parse``, ``frnews.find_dates``,
  ``dateparser.search_dates``), which compiles what the call needs (``first_call_s``);
* memory, with ``--memory-mb N`` (default 10, 0 to skip): the peak that :mod:`tracemalloc`
  traces while ``frnews.parse`` reads ONE string of N MB, as a multiple of the string's
  UTF-8 size, for two strings: the corpus's articles joined by blank lines (``corpus``)
  and the seed article alone repeated to that size (``seed``); the peaks of ``segment``,
  ``find_quotes`` and ``find_dates`` on the same strings are printed beside it. The
  text itself is not counted (it exists before the call). tracemalloc slows Python down
  several times: this part takes a few minutes at 10 MB.

The MB/s columns are the best of a few runs (the machine may be shared); the ratios come
from the rounds, which measure both sides alike. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_29d02e5a573495e6.txt"
TEST_FILES = ("test_dates*.py", "test_segment.py")
REFERENCE = dt.date(2023, 10, 19)


def test_sentences() -> list[str]:
    """The string literals of the dates and segmentation tests that read like sentences."""
    out: list[str] = []
    for pattern in TEST_FILES:
        for path in sorted((ROOT / "tests").glob(pattern)):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    text = node.value.strip()
                    if len(text) >= 15 and " " in text:
                        out.append(text)
    return list(dict.fromkeys(out))


def articles() -> tuple[str, list[str]]:
    """The seed, and the test sentences joined into articles of about the seed's size."""
    seed = SEED.read_text(encoding="utf-8")
    groups: list[str] = []
    current: list[str] = []
    for sentence in test_sentences():
        current.append(sentence)
        if sum(len(s) + 2 for s in current) >= len(seed):
            groups.append("\n\n".join(current))
            current = []
    if current:
        groups.append("\n\n".join(current))
    return seed, groups


def corpus(mb: float) -> tuple[list[str], list[str]]:
    """(the corpus: the distinct articles repeated to ``mb`` MB, the distinct articles)."""
    seed, groups = articles()
    distinct = [seed, *groups]
    docs: list[str] = []
    size = 0
    while size < mb * 1e6:
        for doc in distinct:
            docs.append(doc)
            size += len(doc)
    return docs, distinct


def _best(fn: Callable[[], object], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _mb(docs: list[str] | list[tuple[str, dt.date]]) -> float:
    return sum(len(d if isinstance(d, str) else d[0]) for d in docs) / 1e6


def dated(docs: list[str]) -> list[tuple[str, dt.date]]:
    """Each article with its own publication date: the k-th copy of an article is dated
    k days after :data:`REFERENCE`, as in a real corpus, where the same text seldom comes
    twice with the same date (a cache of results keyed on the date gains nothing here
    that it would not gain on real articles)."""
    seen: dict[str, int] = {}
    out = []
    for d in docs:
        k = seen.get(d, 0)
        seen[d] = k + 1
        out.append((d, REFERENCE + dt.timedelta(days=k)))
    return out


def frnews_speed(docs: list[tuple[str, dt.date]], runs: int) -> dict[str, float]:
    import frnews

    for d, ref in docs[:10]:  # build the lazy tables and patterns
        frnews.parse(d, published=ref)
    t_find = _best(lambda: [frnews.find_dates(d, reference=ref) for d, ref in docs], runs)
    t_parse = _best(lambda: [frnews.parse(d, published=ref) for d, ref in docs], runs)
    return {
        "find_dates_mb_s": _mb(docs) / t_find,
        "parse_mb_s": _mb(docs) / t_parse,
        "parse_articles_s": len(docs) / t_parse,
    }


def memory_peaks(mb: float) -> dict[str, dict[str, float]]:
    """Peak traced memory of each stage on one string of ``mb`` MB, as a multiple of its
    UTF-8 size: ``{"corpus": {"parse": 9.1, ...}, "seed": {...}}``."""
    import tracemalloc

    import frnews

    docs, distinct = corpus(mb)
    seed = distinct[0]
    texts = {
        "corpus": "\n\n".join(docs),
        "seed": "\n\n".join([seed] * max(1, int(mb * 1e6 // len(seed)))),
    }
    stages: dict[str, Callable[[str], object]] = {
        "segment": frnews.segment,
        "find_quotes": frnews.find_quotes,
        "find_dates": lambda t: frnews.find_dates(t, reference=REFERENCE),
        "parse": lambda t: frnews.parse(t, published=REFERENCE),
    }
    out: dict[str, dict[str, float]] = {}
    for name, text in texts.items():
        size = len(text.encode("utf-8"))
        peaks: dict[str, float] = {"mb": size / 1e6}
        for stage, fn in stages.items():
            fn(seed)  # build the lazy tables and patterns outside the measure
            tracemalloc.start()
            result = fn(text)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            del result
            peaks[stage] = peak / size
        out[name] = peaks
    return out


def base(ref: dt.date) -> dict[str, dt.datetime]:
    """dateparser's settings for a text published on ``ref``."""
    return {"RELATIVE_BASE": dt.datetime(ref.year, ref.month, ref.day)}


def dateparser_speed(docs: list[tuple[str, dt.date]], runs: int) -> float:
    """MB/s of ``dateparser.search_dates`` on ``docs``, each with its date as
    ``RELATIVE_BASE``."""
    from dateparser.search import search_dates

    search_dates(docs[0][0][:500], languages=["fr"], settings=base(REFERENCE))  # warm up
    t = _best(
        lambda: [search_dates(d, languages=["fr"], settings=base(ref)) for d, ref in docs], runs
    )
    return _mb(docs) / t


def paired_ratios(
    texts: list[tuple[str, dt.date]], cycles: int, rounds: int, k_find: int, k_parse: int
) -> dict[str, float | list[float]]:
    """``find_dates`` and ``parse`` against ``search_dates``, timed in turns on the same texts.

    Each round times ``search_dates`` on ``texts`` once and frnews on them ``k_find`` (or
    ``k_parse``) times in a row (chosen by the caller so that both take about as long;
    repeat ``j`` dates the texts ``j * cycles`` days later, so that no (text, date) pair
    comes twice),
    one right after the other, alternating which goes first; the ratio of a round is the
    two speeds' quotient, and the median of the rounds is kept. The CPU time of the process
    is counted (:func:`time.process_time`). On a virtual machine whose speed drifted by up
    to 1.8x from one second to the next, the best of three short frnews runs set against
    one long dateparser run put the ratio anywhere between 41x and 58x; measuring both
    sides alike, side by side, cancels the drift instead of picking its fast moments.
    """
    from dateparser.search import search_dates

    import frnews

    def run_dateparser() -> float:
        t0 = time.process_time()
        for d, ref in texts:
            search_dates(d, languages=["fr"], settings=base(ref))
        return time.process_time() - t0

    def run_frnews(fn: Callable[[str, dt.date], object], k: int) -> float:
        repeats = [[(d, ref + dt.timedelta(days=j * cycles)) for d, ref in texts] for j in range(k)]
        t0 = time.process_time()
        for batch in repeats:
            for d, ref in batch:
                fn(d, ref)
        return (time.process_time() - t0) / k

    def find(d: str, ref: dt.date) -> object:
        return frnews.find_dates(d, reference=ref)

    def parse(d: str, ref: dt.date) -> object:
        return frnews.parse(d, published=ref)

    search_dates(texts[0][0][:500], languages=["fr"], settings=base(REFERENCE))  # warm up
    for d, ref in texts[:10]:
        frnews.parse(d, published=ref)
    find_ratios: list[float] = []
    parse_ratios: list[float] = []
    for r in range(rounds):
        if r % 2:
            t_find, t_parse = run_frnews(find, k_find), run_frnews(parse, k_parse)
            t_dp = run_dateparser()
        else:
            t_dp = run_dateparser()
            t_find, t_parse = run_frnews(find, k_find), run_frnews(parse, k_parse)
        find_ratios.append(t_dp / t_find)
        parse_ratios.append(t_dp / t_parse)
    return {
        "ratio": statistics.median(find_ratios),
        "parse_ratio": statistics.median(parse_ratios),
        "ratios": find_ratios,
        "parse_ratios": parse_ratios,
    }


def eval_articles(shared: Path) -> list[tuple[str, dt.date]]:
    """The annotated articles of ``shared/eval/articles`` with their publication dates,
    read at run time when they are there (nothing is copied into the repository)."""
    out = []
    for path in sorted((shared / "eval" / "articles").glob("*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        out.append((rec["text"], dt.date.fromisoformat(rec["published"][:10])))
    return out


def _fresh_env() -> dict[str, str]:
    """The environment of the fresh interpreters: this one's, but writing bytecode (as an
    installed package has it: the first run compiles, the best run reads ``.pyc`` files)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _fresh_seconds(code: str, runs: int) -> float:
    """The best of what ``code`` prints (seconds), each run in a fresh interpreter."""
    return min(
        float(
            subprocess.run(
                [sys.executable, "-c", code],
                capture_output=True,
                text=True,
                check=True,
                env=_fresh_env(),
            ).stdout
        )
        for _ in range(runs)
    )


def import_time(module: str, runs: int = 7) -> float:
    """Seconds ``import module`` takes in a fresh interpreter (best of ``runs``)."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    return _fresh_seconds(code, runs)


#: What the first result costs: the imports, then one call on the seed article (which
#: compiles and builds what the call needs, where a library does that on first use).
FIRST_CALLS = {
    "frnews.parse": ("import frnews", "frnews.parse(text, published=ref)"),
    "frnews.find_dates": ("import frnews", "frnews.find_dates(text, reference=ref)"),
    "dateparser.search_dates": (
        "from dateparser.search import search_dates",
        "search_dates(text, languages=['fr'], settings={'RELATIVE_BASE': "
        "dt.datetime(ref.year, ref.month, ref.day)})",
    ),
}


def first_call_time(setup: str, call: str, runs: int = 5) -> float:
    """Seconds from a fresh interpreter to the first result on the seed article: ``setup``
    (the imports) and ``call`` (best of ``runs``)."""
    code = (
        "import datetime as dt, time\n"
        f"text = open({str(SEED)!r}, encoding='utf-8').read()\n"
        f"ref = dt.date({REFERENCE.year}, {REFERENCE.month}, {REFERENCE.day})\n"
        f"t = time.perf_counter()\n{setup}\n{call}\n"
        "print(time.perf_counter() - t)"
    )
    return _fresh_seconds(code, runs)


def own_import_time(runs: int = 7) -> float:
    """Seconds spent in frnews's own modules by ``import frnews`` (``-X importtime``)."""
    best = float("inf")
    for _ in range(runs):
        err = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import frnews"],
            capture_output=True,
            text=True,
            check=True,
            env=_fresh_env(),
        ).stderr
        own = 0
        for line in err.splitlines():
            parts = line.split("|")
            if len(parts) == 3 and parts[2].strip().startswith("frnews"):
                own += int(parts[0].split(":")[1])
        best = min(best, own / 1e6)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=1.0, help="corpus size in MB (default 1)")
    ap.add_argument(
        "--dateparser-cycles",
        type=int,
        default=3,
        help="how many times dateparser reads the distinct articles (default 3)",
    )
    ap.add_argument("--runs", type=int, default=3, help="frnews runs, the best is kept")
    ap.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="rounds of the paired ratios, whose median is printed (default 3, 0 skips)",
    )
    ap.add_argument(
        "--memory-mb",
        type=float,
        default=10.0,
        help="size in MB of the one string whose peak memory is measured (default 10, 0 skips)",
    )
    ap.add_argument(
        "--shared",
        type=Path,
        default=ROOT.parent / "shared",
        help="the shared directory: its eval/articles/*.json give the 'eval' row when there",
    )
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    a = ap.parse_args(argv)

    docs, distinct = corpus(a.mb)
    seed, groups = distinct[0], distinct[1:]
    result: dict[str, object] = {
        "corpus_mb": _mb(docs),
        "articles": len(docs),
        "distinct_articles": len(distinct),
    }
    parts = {
        "all": dated(docs),
        "seed": dated([seed] * (len(docs) // len(distinct))),
        "sentences": dated([d for d in docs if d is not seed]),
    }
    dp_parts = {
        "all": dated(distinct * a.dateparser_cycles),
        "seed": dated([seed] * a.dateparser_cycles),
        "sentences": dated(groups * a.dateparser_cycles),
    }
    real = eval_articles(a.shared)
    if real:  # real news, not part of "all": the articles are read the same number of times
        cycles = max(1, round(len(docs) / len(distinct)))
        shifted = [(text, ref + dt.timedelta(days=k)) for k in range(cycles) for text, ref in real]
        parts["eval"] = shifted
        dp_parts["eval"] = shifted[: len(real) * a.dateparser_cycles]
        result["eval_articles"] = len(real)
    for name, part in parts.items():
        fr = frnews_speed(part, a.runs)
        dp = dateparser_speed(dp_parts[name], 1)
        columns = fr["find_dates_mb_s"] / dp, fr["parse_mb_s"] / dp
        paired = (
            paired_ratios(
                dp_parts[name],
                a.dateparser_cycles,
                a.rounds,
                k_find=max(1, round(columns[0])),
                k_parse=max(1, round(columns[1])),
            )
            if a.rounds > 0
            else {"ratio": columns[0], "parse_ratio": columns[1]}
        )
        result[name] = {
            **fr,
            "search_dates_mb_s": dp,
            "columns_ratio": columns[0],
            "columns_parse_ratio": columns[1],
            **paired,
        }
    result["import_frnews_s"] = import_time("frnews")
    result["import_frnews_own_s"] = own_import_time()
    result["import_dateparser_s"] = import_time("dateparser")
    result["first_call_s"] = {name: first_call_time(*code) for name, code in FIRST_CALLS.items()}
    if a.memory_mb > 0:
        result["memory_peak_x"] = memory_peaks(a.memory_mb)

    if a.json:
        print(json.dumps(result, indent=2))
        return 0
    print(
        f"Corpus: {result['corpus_mb']:.2f} MB, {result['articles']} articles "
        f"({result['distinct_articles']} distinct: the seed and the test sentences)"
    )
    head = f"  {'texts':<11}{'parse MB/s':>11}{'articles/s':>12}{'find_dates':>12}"
    print(head + f"{'dateparser':>12}{'ratio':>8}{'parse ratio':>13}{'rounds':>22}")
    for name in parts:
        r = result[name]
        assert isinstance(r, dict)
        spread = ""
        if "ratios" in r:
            lo, hi = min(r["ratios"]), max(r["ratios"])
            plo, phi = min(r["parse_ratios"]), max(r["parse_ratios"])
            spread = f"{lo:.0f}-{hi:.0f}x, {plo:.0f}-{phi:.0f}x"
        print(
            f"  {name:<11}{r['parse_mb_s']:>11.2f}{r['parse_articles_s']:>12.0f}"
            f"{r['find_dates_mb_s']:>12.2f}{r['search_dates_mb_s']:>12.3f}{r['ratio']:>7.1f}x"
            f"{r['parse_ratio']:>12.1f}x{spread:>22}"
        )
    if "eval" in parts:
        print(
            f"  eval: the {result['eval_articles']} annotated articles of "
            f"{a.shared / 'eval' / 'articles'} (real news, not in 'all')"
        )
    print("  (find_dates and dateparser.search_dates in MB/s on the same articles, best run;")
    if a.rounds > 0:
        print(
            f"  ratio: find_dates / dateparser, parse ratio: parse / dateparser, each the "
            f"median of {a.rounds} rounds"
        )
        print("  timing both on the same texts in turns (rounds: the lowest and highest round);")
        print("  the MB/s columns' own quotients are 'columns_ratio' in --json)")
    else:
        print("  ratio: find_dates / dateparser, parse ratio: parse / dateparser)")
    print(
        f"import frnews      {result['import_frnews_s'] * 1e3:6.1f} ms "
        f"(frnews's own modules {result['import_frnews_own_s'] * 1e3:.1f} ms)"
    )
    print(f"import dateparser  {result['import_dateparser_s'] * 1e3:6.1f} ms")
    first = result["first_call_s"]
    assert isinstance(first, dict)
    print("First result on the seed article (import, then one call, in a fresh interpreter):")
    print("  " + ", ".join(f"{name} {s * 1e3:.0f} ms" for name, s in first.items()))
    memory = result.get("memory_peak_x")
    if isinstance(memory, dict):
        print("Peak memory (tracemalloc) on one string, in multiples of its UTF-8 size:")
        print(
            f"  {'string':<9}{'MB':>7}{'parse':>8}{'segment':>9}"
            f"{'find_quotes':>13}{'find_dates':>12}"
        )
        for name, m in memory.items():
            print(
                f"  {name:<9}{m['mb']:>7.1f}{m['parse']:>7.1f}x{m['segment']:>8.1f}x"
                f"{m['find_quotes']:>12.1f}x{m['find_dates']:>11.1f}x"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
