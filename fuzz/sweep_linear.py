"""A search for texts on which frnews is slower than linear (not part of the test suite).

Run from the repository root, in a virtual environment with frnews installed:

    python fuzz/sweep_linear.py [--seed 1] [--cases 150] [--func parse] [--kb 16] [--mix]

The fuzzer (``fuzz/fuzz_parse.py``) finds crashes; it does not find a pass that reads a
quote's whole paragraph once for each quote, because such a pass is only slow on long
texts made of one shape repeated. This script looks for those.

Each case is a *unit* of 2 to 7 pieces drawn from :data:`PIECES` (bits of French news:
quotes and their marks, colons, reporting verbs, names and titles, credits, headings,
dates, odd spaces) and a text that repeats the unit to ``--kb`` KB (with ``--mix``, a text
that draws the unit's pieces at random, so that a mark may stay open for long stretches).
The function (``parse`` by default) is timed on that text and on 8× it, as
``tests/timing.py`` times the linear-time tests (CPU time, garbage collector paused).

A case over :data:`MAX_RATIO` is measured again, at 1×, 4× and 16× half that size: a
linear pass takes about 16× as long on 16× the text, a quadratic one up to 256× (less
when a linear part of the work still weighs), and the case is *confirmed* when the growth
is over :data:`CONFIRM_GROWTH` in each of :data:`CONFIRM_ATTEMPTS` measurements. The
script prints every case over the limit and the slowest ones, and exits with status 1
when one is confirmed: add its unit to the adversarial tests (``tests/test_quotes_scan.py``,
``tests/test_robustness.py``) and bound the loop (``docs/rules.md``, "Regexes run in
linear time").

One seed of 150 cases takes one to two minutes on a 2-core virtual machine (``parse``;
``segment`` about ten seconds). This is how the run-on paragraph of
``Lire aussi : « Oui », dans deux semaines`` (35× the time for 8× the text) was found.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # tests/timing.py, when run as ``python fuzz/…``
    sys.path.insert(0, str(ROOT))

import frnews  # noqa: E402
from tests.timing import FLOOR, MAX_RATIO, cpu_time, pair  # noqa: E402

REF = dt.date(2023, 10, 19)

#: The pieces units are made of: one a line.
PIECES: tuple[str, ...] = (
    # quotes, their marks and the punctuation around them
    "Il a dit : « Oui » ",
    "« Oui. » ",
    "— Oui, dit-il.\n",
    "« Oui », ",
    "» ",
    "« ",
    "“Oui” ",
    "‘non’ ",
    '"oui" ',
    ": ",
    ", ",
    "; ",
    ". ",
    "! ",
    "? ",
    "...",
    "…",
    "(",
    ")",
    "[",
    "]",
    # speakers, titles, pronouns and reporting verbs
    "Selon Jean Dupont, ",
    "d'après elle ",
    "a-t-il ajouté ",
    "a estimé le ministre ",
    "Jean Dupont ",
    "M. Dupont ",
    "Mme ",
    "Dr ",
    "Me ",
    "Mgr ",
    "le président ",
    "Emmanuel Macron ",
    "porte-parole ",
    "du parquet ",
    "de la police ",
    "Le syndicat ",
    "la CGT ",
    "il ",
    "elle ",
    "ils ",
    "Il ",
    "Elle ",
    "a déclaré ",
    "explique ",
    "raconte-t-il ",
    "poursuit-elle ",
    "n'a pas dit ",
    "a-t-on appris ",
    "ont-ils dit ",
    "a dit ",
    "dit ",
    "ne ",
    "qui ",
    "que ",
    "dont ",
    "l'",
    "L'",
    "qu'",
    "a ",
    "avait ",
    "est ",
    "sont ",
    "été ",
    # furniture: headings, lists, credits, bylines, datelines
    "Réponse du ministre : ",
    "Extrait : ",
    "Lire aussi : ",
    "Titre\n\n",
    "INTERTITRE\n\n",
    "- point\n",
    "• point\n",
    "PHOTO REUTERS\n",
    "(AFP) ",
    "(Montréal) ",
    "Par Jean Dupont\n",
    "Photo : Jean Dupont / AFP\n",
    "Publié le 3 mars 2023 à 15h24\n",
    # dates
    "lundi ",
    "le lendemain ",
    "le 3 mars ",
    "en 2023 ",
    "il y a deux jours ",
    "aujourd'hui ",
    "du 3 ",
    "au 5 mars ",
    "entre ",
    "et ",
    "à 14 h ",
    "30 ",
    "1er ",
    "mi-",
    "fin ",
    "la veille ",
    "plus tard ",
    "depuis ",
    "jusqu'au ",
    "semaine ",
    "prochaine ",
    "dernier ",
    "ce ",
    "matin ",
    "heures ",
    "h",
    "printemps ",
    "Noël ",
    # session 26: a year counted back, ranks, lists of days, events, surnames, moved dates
    "L'an dernier, ",
    "il y a deux ans, ",
    "son dernier match ",
    "les 5 et 9, ",
    "le même jour, ",
    "la soirée électorale ",
    "Mme Avril ",
    "a renvoyé l'affaire au 3 septembre ",
    "le chef de l'État ",
    "le stade Modibo Keïta ",
    "Lire aussi\n\n",
    "Photo Dylan Meiffret\n\n",
    "XXe siècle ",
    "années 1990 ",
    "trimestre ",
    "tous les ",
    "fois par ",
    "2023-10-19 ",
    "19/10 ",
    "le même jour ",
    "le soir même ",
    "sera ",
    # spaces and line breaks
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u2028",
    "\u00a0",
    "\u202f",
)

#: What a case can time: ``name -> function of the text``.
FUNCS: dict[str, Callable[[str], object]] = {
    "parse": lambda t: frnews.parse(t, published=REF),
    "find_dates": lambda t: frnews.find_dates(t, reference=REF),
    "find_quotes": frnews.find_quotes,
    "segment": frnews.segment,
}

#: In the check of a case over the limit, 16× the text takes more than this many times as
#: long in a confirmed case: twice what a linear pass takes.
CONFIRM_GROWTH = 32.0


def units(seed: int, cases: int) -> list[tuple[str, ...]]:
    """``cases`` units of 2 to 7 pieces, the same for the same seed.

    >>> units(1, 3) == units(1, 3)
    True
    >>> [2 <= len(u) <= 7 for u in units(2, 4)]
    [True, True, True, True]
    """
    rng = random.Random(seed)
    sizes = (2, 3, 4, 5, 7)
    return [tuple(rng.sample(PIECES, sizes[i % len(sizes)])) for i in range(cases)]


def repeat(unit: Sequence[str], size: int) -> str:
    """The unit repeated, cut to ``size`` characters.

    >>> repeat(("ab", "c"), 7)
    'abcabca'
    """
    text = "".join(unit)
    return (text * (size // len(text) + 1))[:size]


def mix(unit: Sequence[str], size: int) -> str:
    """Pieces of the unit drawn at random, in no order, to ``size`` characters: the same
    text for the same unit, and a longer text starts with the shorter one.

    >>> mix(("ab", "c"), 50)[:20] == mix(("ab", "c"), 20)
    True
    >>> len(mix(("ab", "c"), 50)), sorted(set(mix(("ab", "c"), 50)))
    (50, ['a', 'b', 'c'])
    """
    rng = random.Random("\x00".join(unit))
    out: list[str] = []
    length = 0
    while length < size:
        batch = "".join(rng.choices(unit, k=1024))
        out.append(batch)
        length += len(batch)
    return "".join(out)[:size]


#: A function that makes a text of a given size from a unit.
Make = Callable[[Sequence[str], int], str]


def ratio(
    func: Callable[[str], object], unit: Sequence[str], size: int, make: Make = repeat
) -> float:
    """The time of ``func`` on 8× ``size`` characters made of the unit (by ``make``) over
    its time on ``size`` (the best of two measurements when the first is over the limit)."""
    small, large = make(unit, size), make(unit, 8 * size)
    func(small[: size // 8])  # compile what the unit needs
    best = float("inf")
    for _ in range(2):
        one, eight = pair(func, small, large)
        best = min(best, max(eight, FLOOR) / max(one, FLOOR))
        if best <= MAX_RATIO:
            break
    return best


def steps(
    func: Callable[[str], object], unit: Sequence[str], size: int, make: Make = repeat
) -> tuple[float, float]:
    """The growth of ``func``'s time from 1× to 4× and from 4× to 16× ``size`` (each time
    the best of two)."""
    texts = [make(unit, k * size) for k in (1, 4, 16)]
    times = [max(min(cpu_time(func, t) for _ in range(2)), FLOOR) for t in texts]
    return times[1] / times[0], times[2] / times[1]


def confirmed(growth: tuple[float, float]) -> bool:
    """Whether the two 4× steps together grew more than :data:`CONFIRM_GROWTH`.

    >>> confirmed((15.2, 16.8)), confirmed((5.3, 7.8)), confirmed((4.1, 3.9))
    (True, True, False)
    """
    return growth[0] * growth[1] > CONFIRM_GROWTH


#: How many times a case over the limit is measured at 1×, 4× and 16×: it is confirmed
#: only when every measurement is. A quadratic pass is confirmed every time; a machine
#: slowed down by other work can double one step of a linear pass (3.8× then 8.6×, with
#: the two test suites of ``.ci/run`` on both cores), seldom two measurements in a row.
CONFIRM_ATTEMPTS = 2


def check(
    func: Callable[[str], object], unit: Sequence[str], size: int, make: Make = repeat
) -> tuple[bool, tuple[float, float]]:
    """Whether the case is confirmed slower than linear, and the growth last measured: the
    :func:`steps` are measured until one measurement is not :func:`confirmed`, up to
    :data:`CONFIRM_ATTEMPTS` times.

    >>> check(len, ("ab",), 1000)[0]  # len takes no time: the floor, three times
    False
    """
    for _ in range(CONFIRM_ATTEMPTS):
        growth = steps(func, unit, size, make)
        if not confirmed(growth):
            return False, growth
    return True, growth


def main(argv: list[str] | None = None) -> int:
    """Run the sweep; 1 when a case is confirmed slower than linear."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=1, help="the seed of the cases (default 1)")
    ap.add_argument("--cases", type=int, default=150, help="how many units (default 150)")
    ap.add_argument("--func", choices=sorted(FUNCS), default="parse", help="what to time")
    ap.add_argument("--kb", type=int, default=16, help="the size of the 1x text (default 16)")
    ap.add_argument(
        "--mix", action="store_true", help="draw the unit's pieces at random, not in turn"
    )
    args = ap.parse_args(argv)
    func = FUNCS[args.func]
    make = mix if args.mix else repeat
    size = args.kb * 1000
    results: list[tuple[float, tuple[str, ...]]] = []
    found: list[tuple[str, ...]] = []
    for unit in units(args.seed, args.cases):
        r = ratio(func, unit, size, make)
        results.append((r, unit))
        if r > MAX_RATIO:
            slow, growth = check(func, unit, size // 2, make)
            verdict = "CONFIRMED" if slow else "not confirmed"
            print(
                f"over: {r:.1f}x for 8x the text; 4x steps {growth[0]:.1f}x, "
                f"{growth[1]:.1f}x: {verdict}: {unit!r}",
                flush=True,
            )
            if slow:
                found.append(unit)
    results.sort(reverse=True)
    how = ", mixed" if args.mix else ""
    print(f"{args.func}, seed {args.seed}{how}: {len(results)} cases; the slowest:")
    for r, unit in results[:5]:
        print(f"  {r:5.1f}x  {unit!r}")
    print(f"{len(found)} confirmed slower than linear")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
