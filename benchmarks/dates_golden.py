"""Golden outputs of the dates pipeline: dump every mention, then diff after a change.

A speed change must not change a single output. This script runs ``frnews.find_dates``
(several references and every ``prefer``), ``frnews.parse(...).dates`` and
``frnews.parse_date`` over a large, varied corpus and writes one JSON line per call:
each mention's span, text and ``to_dict()``. Run it before a change, keep the file, run it
again after and compare (the files must be byte-identical):

    python benchmarks/dates_golden.py --out /tmp/golden-before.jsonl
    # ... change the code ...
    python benchmarks/dates_golden.py --out /tmp/after.jsonl --compare /tmp/golden-before.jsonl

The corpus: the seed article, every string literal of ``tests/test_dates*.py`` and
``tests/test_segment.py``, the annotated articles and the peer date suites of
``../shared/eval`` (read at run time, when present; nothing is copied into the repository),
variants of them (upper case, decomposed Unicode, typographic spaces), and adversarial
strings built from the lexicons with a fixed random seed. The output holds pieces of the
evaluation texts: keep it outside the repository.

This script is not part of the test suite.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import hashlib
import json
import random
import sys
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_29d02e5a573495e6.txt"
TEST_FILES = ("test_dates*.py", "test_segment.py")

REFS: tuple[dt.date | dt.datetime | None, ...] = (
    None,
    dt.date(2023, 10, 19),  # a Thursday, the seed's publication date
    dt.datetime(2023, 10, 19, 14, 30),
    dt.date(2024, 2, 29),
    dt.date(2023, 1, 2),  # a Monday, early in the year
    dt.datetime(2019, 12, 31, 23, 59, 59),
)
PREFERS = ("auto", "past", "future", "nearest")
EDGE_REFS: tuple[dt.date | dt.datetime, ...] = (
    dt.date(1, 1, 1),
    dt.date(1, 1, 9),
    dt.date(1, 3, 20),
    dt.date(9999, 12, 31),
    dt.date(9999, 12, 20),
    dt.datetime(9999, 12, 31, 23, 59),
)


def test_strings() -> list[str]:
    """Every string literal of the dates and segmentation tests (docstrings included)."""
    out: list[str] = []
    for pattern in TEST_FILES:
        for path in sorted((ROOT / "tests").glob(pattern)):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Constant)
                    and isinstance(node.value, str)
                    and node.value.strip()
                ):
                    out.append(node.value)
    return list(dict.fromkeys(out))


def shared_texts(shared: Path) -> tuple[list[tuple[str, dt.date | None]], list[dict]]:
    """The annotated articles (text, published) and the peer suites' records."""
    arts: list[tuple[str, dt.date | None]] = []
    for path in sorted((shared / "eval" / "articles").glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        pub = dt.date.fromisoformat(d["published"]) if d.get("published") else None
        arts.append((d["text"], pub))
    records: list[dict] = []
    for path in sorted((shared / "eval" / "dates").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                records.append(json.loads(line))
    return arts, records


def _lexicon_forms() -> list[str]:
    from frnews.lexicons import load_table

    # fmt: off
    names = ["months", "weekdays", "time_units", "number_words", "scan_words", "time_words",
             "holidays", "parts_of_day", "seasons", "tense_cues"]
    # fmt: on
    forms: list[str] = []
    for name in names:
        forms.extend(e.form for e in load_table(name))
    return forms


# fmt: off
_GLUE = [
    " ", " ", " ", "  ", "\u00a0", "\u202f", "\n", "\n\n", ",", ", ", ".", ". ", "-", "/", ":",
    "'", "\u2019", "«\u00a0", "\u00a0»", "(", ")", ";", "\t", "",
    # characters where Unicode tables or regex engines could disagree
    "\u0663", "\u00b2", "\u216b", "\u0301", "\u00df", "\u0130", "\u03a3", "\u2026",
    "\u20ac", "\u00ad", "\u200b", "\u0153", "\u0660\u0661", "\uff11\uff12", "`", "\u00b4",
]
_WORDS = [
    "le", "la", "les", "l'", "l’", "de", "du", "des", "d'", "au", "aux", "en", "à", "a",
    "dès", "des", "depuis", "vers", "avant", "après", "apres", "entre", "et", "ou", "il y a",
    "dans", "pendant", "plus tard", "plus tôt", "auparavant", "jusqu'à", "jusqu’au", "ce",
    "cette", "cet", "dernier", "dernière", "prochain", "prochaine", "passé", "précédent",
    "suivant", "qui vient", "à venir", "début", "fin", "mi-", "mi", "milieu", "courant",
    "M.", "Mme", "Dr", "sera", "était", "a été", "avait", "aura", "prévu", "prévue",
    "partira", "viendront", "s'est", "se sont", "vers", "environ", "plus de", "moins de",
    "près d'", "au moins", "quelque", "une dizaine d'", "des dizaines de", "quelques",
    "l'an", "l'année", "années", "siècle", "XXe", "XIXe", "xxie", "IVe", "trimestre",
    "semestre", "semaine", "mois", "an", "ans", "jour", "jours", "heure", "heures", "h",
    "min", "mn", "s", "am", "pm", "p.m.", "du matin", "du soir", "de l'après-midi",
    "la nuit", "matinée", "soirée", "journée", "week-end", "chaque", "tous les", "toutes les",
    "fois par", "Mars", "MARS", "Mai", "Noël", "Pâques", "Toussaint", "père", "sapin",
    "Jeudi", "JEUDI", "été", "ÉTÉ", "hiver", "printemps", "automne", "Midi", "midi",
    "minuit", "et quart", "et demie", "moins le quart", "conteneurs", "soldats", "euros",
    "%", "€", "km", "route", "de route", "n°", "loi", "page", "Mamère", "Dupont", "Paris",
    "a dit", "a déclaré", "selon", "qui", "que", "1000", "2 000", "52", "avenir",
]
_NUMS = [
    "1", "3", "7", "12", "15", "19", "24", "25", "29", "30", "31", "32", "45", "68", "90",
    "99", "100", "1000", "1230", "930", "1960", "1990", "2000", "2019", "2020", "2023",
    "2024", "2100", "2200", "12345", "1er", "1re", "2e", "3e", "19/10/2023", "19.10.23",
    "2023-10-19", "2023-10-19T14:30", "15/02", "2022-2023", "2019/20", "13h-15h", "18-22h",
    "14h30", "14 h 30", "9 h", "14:30", "8:10", "12.50", "06.12.34.56.78", "3-1", "1-3pm",
    "24h/24", "7j/7", "1,5", "0", "00", "08", "2023.", "1990s",
]
# fmt: on


#: Texts on the edges of folding and scanning (the random strings rarely build them).
EDGE_TEXTS = [
    "Été : l`an 2000, l´an 2001, l’an 2002 et l'an 2003.",
    "l`an 2000",
    "Noël ? « Le 3 mars ? » … jeudi ΣΑΣ 2023, l’İstanbul du 12 mai",
    "Le 1\u0663 mars et le \u0663 mars, ² 2023, 12\u00b2 jours",
    "jeudi\u00ad soir, 14\u2009h\u202f30, le 3\u00a0mars 2023, cœur l’été",
    "e\u0301te\u0301 2023, l’e\u0301te\u0301 dernier, Noe\u0308l",
    "Пхеньян, 19 octobre 2023 — 平壤 le 3 mars ?",
    "2023" + " " * 300 + "octobre",
    "il y a " + "1 an, 2 mois, " * 20 + "3 jours",
]


def adversarial(n: int, seed: int = 20231019) -> list[str]:
    """Strings glued from lexicon forms, function words, numbers and odd characters."""
    rng = random.Random(seed)
    forms = _lexicon_forms()
    pools = (forms, _WORDS, _NUMS)
    out: list[str] = []
    for i in range(n):
        k = rng.randint(1, 14)
        parts: list[str] = []
        for _ in range(k):
            pool = pools[rng.choices((0, 1, 2), (4, 4, 3))[0]]
            w = rng.choice(pool)
            r = rng.random()
            if r < 0.08:
                w = w.upper()
            elif r < 0.16:
                w = w.capitalize()
            parts.append(w)
            parts.append(rng.choice(_GLUE))
        s = "".join(parts)
        if i % 7 == 0:
            s = unicodedata.normalize("NFD", s)
        elif i % 11 == 0:
            s = s.replace("oe", "œ").replace("'", "\u2019")
        out.append(s)
    return out


def variants(text: str) -> list[str]:
    """The text, in upper case, in NFD, with typographic spaces and apostrophes."""
    return [
        text,
        text.upper(),
        unicodedata.normalize("NFD", text),
        text.replace(" ", "\u00a0", 3).replace("'", "\u2019").replace("oe", "œ"),
    ]


def _mentions(ms: object) -> list:
    return [[[m.span.start, m.span.end], m.text, m.to_dict()] for m in ms]  # type: ignore[attr-defined]


def _ref(r: dt.date | dt.datetime | None) -> str | None:
    return None if r is None else r.isoformat()


def runs(
    shared: Path, n_adversarial: int, seed: int = 20231019, fuzz: bool = False
) -> Iterator[dict]:
    import frnews

    adv = adversarial(n_adversarial, seed)
    seed_text = SEED.read_text(encoding="utf-8")
    tests = test_strings()
    arts, records = shared_texts(shared) if shared.exists() else ([], [])
    if fuzz:  # the adversarial strings only
        seed_text, tests, arts, records = "", [], [], []

    # 1. find_dates: every reference, every prefer.
    long_texts = [seed_text, *(t for t, _ in arts)] if seed_text else []
    texts: list[tuple[str, str]] = []
    for i, t in enumerate(long_texts):
        texts.extend((f"long{i}v{j}", v) for j, v in enumerate(variants(t)))
    texts.extend((f"edge{i}", t) for i, t in enumerate(EDGE_TEXTS))
    texts.extend((f"test{i}", t) for i, t in enumerate(tests))
    texts.extend((f"test{i}v2", unicodedata.normalize("NFD", t)) for i, t in enumerate(tests))
    texts.extend((f"peer{i}", r["text"]) for i, r in enumerate(records))
    texts.extend((f"adv{i}", t) for i, t in enumerate(adv))
    for tid, text in texts:
        for ref in REFS:
            for prefer in PREFERS:
                ms = frnews.find_dates(text, reference=ref, prefer=prefer)
                yield {
                    "f": "find_dates",
                    "id": tid,
                    "ref": _ref(ref),
                    "prefer": prefer,
                    "m": _mentions(ms),
                }
    # The peer suites at their own reference and prefer.
    for i, r in enumerate(records):
        ref = dt.datetime.fromisoformat(r["ref"])
        prefer = r.get("prefer") or "auto"
        ms = frnews.find_dates(r["text"], reference=ref, prefer=prefer)
        yield {
            "f": "find_dates",
            "id": f"peer{i}",
            "ref": r["ref"],
            "prefer": prefer,
            "m": _mentions(ms),
        }
    # References at the edges of what datetime holds (overflows become unresolved values).
    for tid, text in texts:
        if tid.startswith("long"):
            continue
        for ref in EDGE_REFS:
            for prefer in ("auto", "nearest"):
                ms = frnews.find_dates(text, reference=ref, prefer=prefer)
                yield {
                    "f": "find_dates",
                    "id": tid,
                    "ref": _ref(ref),
                    "prefer": prefer,
                    "m": _mentions(ms),
                }
    # The long texts glued together (narrative anchors and tenses across articles).
    glued = "\n\n".join(long_texts)
    for ref in REFS[:3]:
        ms = frnews.find_dates(glued, reference=ref)
        yield {"f": "find_dates", "id": "glued", "ref": _ref(ref), "m": _mentions(ms)}

    # 2. parse(...).dates: each article at its own date and at the references.
    parse_texts = [(f"long{i}", t) for i, t in enumerate(long_texts)]
    parse_texts += [(f"test{i}", t) for i, t in enumerate(tests)]
    parse_texts += [(f"adv{i}", t) for i, t in enumerate(adv[: n_adversarial // 2])]
    own = {f"long{i + 1}": p for i, (_, p) in enumerate(arts)}
    for tid, text in parse_texts:
        refs = [*REFS[:3], own[tid]] if tid in own else list(REFS[:3])
        for ref in refs:
            ms = frnews.parse(text, published=ref).dates
            yield {"f": "parse", "id": tid, "ref": _ref(ref), "m": _mentions(ms)}

    # 3. parse_date: short strings (its fallback, dateparser, is slow: fewer combinations).
    short = [(f"test{i}", t) for i, t in enumerate(tests) if len(t) <= 80]
    short += [(f"peer{i}", r["text"]) for i, r in enumerate(records) if len(r["text"]) <= 80]
    short += [(f"adv{i}", t) for i, t in enumerate(adv[:300]) if len(t) <= 80]
    for tid, text in short:
        # (no reference=None: the dateparser fallback would then count from the clock)
        for ref, prefer in ((REFS[1], "auto"), (REFS[2], "past"), (REFS[3], "future")):
            v = frnews.parse_date(text, reference=ref, prefer=prefer)
            yield {
                "f": "parse_date",
                "id": tid,
                "ref": _ref(ref),
                "prefer": prefer,
                "v": None if v is None else v.to_dict(),
            }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, required=True, help="where to write the JSON lines")
    ap.add_argument("--compare", type=Path, help="a previous output: report the differences")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="shared folder")
    ap.add_argument("--adversarial", type=int, default=4000, help="number of adversarial strings")
    ap.add_argument(
        "--seed", type=int, default=20231019, help="random seed of the adversarial strings"
    )
    ap.add_argument("--fuzz", action="store_true", help="the adversarial strings only")
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    n = 0
    mentions = 0
    with a.out.open("w", encoding="utf-8") as f:
        for row in runs(a.shared, a.adversarial, a.seed, a.fuzz):
            line = json.dumps(row, ensure_ascii=False, sort_keys=True)
            f.write(line + "\n")
            n += 1
            mentions += len(row.get("m", ()))
    digest = hashlib.sha256(a.out.read_bytes()).hexdigest()[:16]
    took = time.perf_counter() - t0
    print(f"{n} calls, {mentions} mentions, {took:.1f} s, sha256 {digest} -> {a.out}")
    if a.compare is None:
        return 0
    old = a.compare.read_text(encoding="utf-8").splitlines()
    new = a.out.read_text(encoding="utf-8").splitlines()
    if old == new:
        print("identical to", a.compare)
        return 0
    diffs = [(i, o, w) for i, (o, w) in enumerate(zip(old, new, strict=False)) if o != w]
    print(f"DIFFERENT: {len(diffs)} lines differ, {len(old)} lines before, {len(new)} after")
    for i, o, w in diffs[:10]:
        print(f"line {i}:\n  - {o[:400]}\n  + {w[:400]}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
