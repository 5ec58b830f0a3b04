"""Golden outputs of the quote pass: dump every quote of a large varied corpus, then diff.

    python benchmarks/quotes_golden.py OUT.jsonl            # write the outputs
    python benchmarks/quotes_golden.py OUT.jsonl --check REF.jsonl   # and compare

Not part of the test suite: a harness for refactoring the quote pass without changing a
single output. The corpus (built at run time, nothing is copied into the repository):

* the seed article, whole and paragraph by paragraph;
* every string literal of ``tests/test_quotes*.py`` and ``tests/test_segment.py``, alone and
  glued in groups;
* the development articles of ``../shared/eval/articles/*.json`` when they are there (read
  at run time, never copied), whole and paragraph by paragraph;
* adversarial strings: thousands of ``«``, nested ``« « «``, lone ``»``, reversed ``» … «``,
  quotes across paragraphs, ``“ ”`` and ``‘ ’``, quotes cut at random places, words
  shuffled around the marks (deterministic pseudo-random mutations of the texts above).

Each text gives one line: ``find_quotes(text)`` and ``parse(text).quotes`` as
``to_dict()`` lists. With ``--check``, the lines are compared with a reference file and the
first differences are printed; the exit status is 1 when anything differs.

The texts come from this checkout; the code under test is this checkout's ``frnews`` too,
unless the environment variable ``FRNEWS_CODE`` names another folder that holds an
``frnews`` package. To compare two versions on the same texts (``PYTHONPATH`` is not
enough: this checkout comes first on the path)::

    FRNEWS_CODE=/tmp/old python benchmarks/quotes_golden.py A.jsonl
    python benchmarks/quotes_golden.py B.jsonl --check A.jsonl
"""

from __future__ import annotations

import argparse
import ast
import datetime
import json
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The folder whose ``frnews`` is tested: ``FRNEWS_CODE``, else this checkout.
CODE = Path(os.environ.get("FRNEWS_CODE") or ROOT)
sys.path.insert(0, str(CODE))

import frnews  # noqa: E402

SEED = ROOT / "seeds" / "000_29d02e5a573495e6.txt"
ARTICLES = ROOT.parent / "shared" / "eval" / "articles"
SHARED = Path("/work/shared/eval/articles")


def _literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip()
    ]


def _articles() -> list[str]:
    folder = ARTICLES if ARTICLES.is_dir() else SHARED
    if not folder.is_dir():
        return []
    return [
        json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(folder.glob("*.json"))
    ]


MARKS = ["«", "»", "« ", " »", "“", "”", "‘", "’", "\n\n", "\n\n« ", ", a-t-il dit. ", ": « "]


def _mutate(rng: random.Random, text: str) -> str:
    """Insert, delete or swap quotation marks and paragraph breaks at random places."""
    chars = list(text)
    for _ in range(rng.randint(1, 6)):
        if not chars:
            break
        i = rng.randrange(len(chars) + 1)
        op = rng.random()
        if op < 0.5:
            chars[i:i] = list(rng.choice(MARKS))
        elif op < 0.8 and i < len(chars):
            del chars[i]
        elif i < len(chars):
            chars[i] = rng.choice("«»“”‘’\n ,.:")
    return "".join(chars)


def _adversarial(rng: random.Random, pool: list[str]) -> list[str]:
    out = [
        "«" * 3000,
        "»" * 3000,
        "« " * 2000 + "fin",
        "« « « oui » » »",
        "« « « « « profond » » » » »",
        "» non «",
        "» Il a dit « rien",
        "“ ” ‘ ’ « »",
        "« »",
        "«»",
        "‘oui’, a-t-il dit. l‘homme et l’État",
        "« Début.\n\n« Suite.\n\n» Fin », a déclaré M. Kim.",
        "« Début.\n\nPas de suite », a déclaré M. Kim.",
        "« a »" * 2000,
        "« Oui », a dit M. Kim. " * 500,
        ("M. Kim a déclaré : « " + "très " * 2000 + "bien ». ") * 2,
        "« Non », a-t-elle " + "également " * 500 + "martelé.",
        "Selon " + "le ministre " * 300 + ", « non ».",
        ", a déclaré " * 1000 + "« oui »",
        "« x », a dit " + "M. " * 1000 + "Kim.",
        "« x », a dit " + "Jean " * 1000 + "Dupont.",
        "« x », a dit le ministre, " * 300,
        "“Oui”, a dit John. ‘Non’, a dit Mary.",
        "« Oui » , « non » , « peut-être », a dit M. Kim, selon l’AFP.",
    ]
    for text in pool:
        for _ in range(6):
            out.append(_mutate(rng, text))
    for _ in range(1000):
        parts = rng.sample(pool, min(len(pool), rng.randint(2, 6)))
        sep = rng.choice(["\n\n", " ", "\n", " « ", " » "])
        out.append(sep.join(parts))
    return out


def corpus() -> list[str]:
    """The texts of the golden run, in a fixed order."""
    rng = random.Random(20240611)
    seed = SEED.read_text(encoding="utf-8")
    texts = [seed, *seed.split("\n\n")]
    lits: list[str] = []
    tests = [*sorted((ROOT / "tests").glob("test_quotes*.py")), ROOT / "tests" / "test_segment.py"]
    for path in tests:
        lits += _literals(path)
    texts += lits
    for _ in range(200):
        texts.append("\n\n".join(rng.sample(lits, min(len(lits), rng.randint(2, 12)))))
    for art in _articles():
        texts.append(art)
        texts += [p for p in art.split("\n\n") if p.strip()]
    pool = [t for t in texts if 20 <= len(t) <= 20000]
    texts += _adversarial(rng, pool)
    return texts


def _dump(text: str) -> str:
    found = [q.to_dict() for q in frnews.find_quotes(text)]
    parsed = [q.to_dict() for q in frnews.parse(text, published=datetime.date(2024, 6, 11)).quotes]
    return json.dumps({"find": found, "parse": parsed}, ensure_ascii=False, sort_keys=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--check", type=Path, default=None)
    args = ap.parse_args()
    texts = corpus()
    t0 = time.perf_counter()
    lines = [_dump(t) for t in texts]
    elapsed = time.perf_counter() - t0
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    nq = sum(line.count('"outer_span"') for line in lines)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(f"{len(texts)} texts, {mb:.2f} MB, {nq} quote dicts, {elapsed:.1f} s (frnews of {CODE})")
    if args.check is None:
        return 0
    ref = args.check.read_text(encoding="utf-8").splitlines()
    bad = [i for i, (a, b) in enumerate(zip(lines, ref, strict=False)) if a != b]
    if len(ref) != len(lines):
        print(f"line counts differ: {len(lines)} vs {len(ref)}")
        return 1
    for i in bad[:5]:
        print(f"text {i} differs: {texts[i][:120]!r}\n  new {lines[i][:300]}\n  ref {ref[i][:300]}")
    print(f"{len(bad)} texts differ" if bad else "identical")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
