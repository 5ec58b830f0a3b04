"""frnews dates next to dateparser: peer test suites, annotated articles, throughput.

Run from the repository root (one command; it reads the evaluation data in ../shared):

    python benchmarks/dates_eval.py [--shared ../shared] [--quick]

It prints, for frnews and for dateparser:

* the peer suites (chrono's and dateparser's own French tests, ``shared/eval/dates``),
  scored with the project's scorer: span F1 (exact / overlap), value accuracy, negatives'
  false-positive rate;
* the annotated articles (``shared/eval/articles``): dates F1 (strict / relaxed) with the
  articles scorer; dateparser gives no TIMEX3 value, so its value accuracy is n/a;
* throughput of ``frnews.find_dates`` and ``dateparser.search_dates(text, languages=["fr"])``
  on the seed article repeated to about 1 MB (dateparser on a slice, it is slow).

This script is not part of the test suite and needs dateparser (a dependency of frnews).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import sys
import time
import types
from pathlib import Path

import frnews

ROOT = Path(__file__).resolve().parent.parent


def _load(path: Path, name: str) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def peer_suites(shared: Path) -> list[tuple[str, str, dict]]:
    dates = shared / "eval" / "dates"
    score = _load(dates / "score.py", "_frnews_bench_score")
    sys.path.insert(0, str(dates / "baselines"))
    sys.path.insert(0, str(dates))
    import dateparser_adapter  # the project's baseline adapters
    import frnews_adapter

    rows = []
    for name in ("chrono", "dateparser"):
        path = str(dates / f"{name}.jsonl")
        systems = (("frnews", frnews_adapter.adapt), ("dateparser", dateparser_adapter.adapt))
        for system, fn in systems:
            st, _ = score.score_file(path, fn)
            rows.append((name, system, st))
    return rows


class _DateparserArticle:
    """What score_articles reads from frnews.parse(), made from dateparser.search_dates."""

    def __init__(self, text: str, published: dt.date | None) -> None:
        from dateparser.search import search_dates

        settings = {"RETURN_AS_TIMEZONE_AWARE": False}
        if published is not None:
            settings["RELATIVE_BASE"] = dt.datetime(published.year, published.month, published.day)
        found = search_dates(text, languages=["fr"], settings=settings) or []
        self.dates = []
        pos = 0
        for sub, _value in found:
            i = text.find(sub, pos)
            if i < 0:
                continue
            pos = i + len(sub)
            span = types.SimpleNamespace(start=i, end=i + len(sub))
            self.dates.append(types.SimpleNamespace(text=sub, span=span, value=None))


def articles(shared: Path) -> dict[str, dict]:
    mod = _load(shared / "eval" / "score_articles.py", "_frnews_bench_articles")
    paths = sorted((shared / "eval" / "articles").glob("*.json"))
    out = {"frnews": mod.score(paths, 0)}
    fake = types.ModuleType("frnews")
    fake.parse = lambda text, published=None: _DateparserArticle(text, published)  # type: ignore[attr-defined]
    real = sys.modules["frnews"]
    sys.modules["frnews"] = fake
    try:
        out["dateparser"] = mod.score(paths, 0)
    finally:
        sys.modules["frnews"] = real
    return out


def throughput(quick: bool) -> dict[str, float]:
    from dateparser.search import search_dates

    seed = (ROOT / "seeds" / "000_29d02e5a573495e6.txt").read_text(encoding="utf-8")
    corpus = (seed + "\n\n") * (24 if quick else 240)
    ref = dt.date(2023, 10, 19)
    frnews.find_dates(seed, reference=ref)  # build the patterns once
    t0 = time.perf_counter()
    found = frnews.find_dates(corpus, reference=ref)
    t1 = time.perf_counter()
    t2 = time.perf_counter()
    frnews.parse(corpus, published=ref)
    t3 = time.perf_counter()
    sample = (seed + "\n\n") * (3 if quick else 12)
    search_dates(seed, languages=["fr"])  # warm up
    t4 = time.perf_counter()
    search_dates(sample, languages=["fr"])
    t5 = time.perf_counter()
    return {
        "corpus_mb": len(corpus) / 1e6,
        "mentions": len(found),
        "find_dates_mb_s": len(corpus) / (t1 - t0) / 1e6,
        "parse_mb_s": len(corpus) / (t3 - t2) / 1e6,
        "search_dates_mb_s": len(sample) / (t5 - t4) / 1e6,
    }


def _prf(d: dict) -> str:
    return f"{d['f1']:.3f} (P {d['p']:.3f}, R {d['r']:.3f})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder")
    ap.add_argument("--quick", action="store_true", help="a smaller corpus for the throughput")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    a = ap.parse_args(argv)
    result: dict = {"peer_suites": [], "articles": {}, "throughput": {}}

    rows = peer_suites(a.shared)
    arts = articles(a.shared)
    speed = throughput(a.quick)
    if a.json:
        keys = ("exact", "overlap", "value", "negative")
        result["peer_suites"] = [
            {"set": s, "system": sy, **{k: st[k] for k in keys}} for s, sy, st in rows
        ]
        result["articles"] = {
            k: {x: v[x] for x in v if x.startswith("date")} for k, v in arts.items()
        }
        result["throughput"] = speed
        print(json.dumps(result, indent=2, default=str))
        return 0

    print("Peer suites (shared/eval/dates, score.py)")
    head = f"  {'set':<11}{'system':<12}{'span F1 exact / overlap':<28}{'value accuracy':<22}"
    print(head + "negatives FP")
    for s, sy, st in rows:
        ex, ov, v, n = st["exact"], st["overlap"], st["value"], st["negative"]
        spans = f"{ex['f1']:.3f} / {ov['f1']:.3f}" if ov["gold"] else "n/a"
        val = f"{v['accuracy']:.3f} ({v['right']}/{v['total']})" if v["total"] else "n/a"
        fp = f"{n['fp_rate']:.2f} ({n['false_positive']}/{n['cases']})" if n["cases"] else "n/a"
        print(f"  {s:<11}{sy:<12}{spans:<28}{val:<22}{fp}")
    print()
    print("Annotated articles (shared/eval/articles, score_articles.py)")
    for sy, r in arts.items():
        acc = r["date_value_accuracy"]
        acc_s = f"{acc:.3f}" if isinstance(acc, float) and sy == "frnews" else "n/a (no TIMEX3)"
        print(f"  {sy:<11} dates strict F1 {_prf(r['dates_strict'])}")
        print(f"  {'':<11} dates relaxed F1 {_prf(r['dates_relaxed'])}   value accuracy {acc_s}")
    print()
    print(f"Throughput (seed repeated, {speed['corpus_mb']:.2f} MB, {speed['mentions']} mentions)")
    print(f"  frnews.find_dates            {speed['find_dates_mb_s']:6.2f} MB/s")
    print(f"  frnews.parse (all of it)     {speed['parse_mb_s']:6.2f} MB/s")
    print(f"  dateparser.search_dates      {speed['search_dates_mb_s']:6.2f} MB/s")
    ratio = speed["find_dates_mb_s"] / speed["search_dates_mb_s"]
    print(f"  find_dates / search_dates    {ratio:6.1f} x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
