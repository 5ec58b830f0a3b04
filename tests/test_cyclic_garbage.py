"""The date tagger and the parser leave no cyclic garbage behind (a guard on speed, see
``docs/limits.md``, "Speed").

Everything :func:`frnews.find_dates` and :func:`frnews.parse` build for a text (readings,
values, the tense of each clause, the narrative state) is freed by reference counting as
soon as it is no longer used. An object that holds itself, even through a bound method
stored on it, lives until the garbage collector finds it, and the collections of those
objects (and of the readings they hold) cost about 2 % of ``find_dates``: a bound
``__call__`` kept on each clause tense once added 1.7 % to the instructions it runs on
news articles. The check is shown to fail when such a cycle is made.
"""

from __future__ import annotations

import datetime as dt
import gc

import pytest

import frnews
from frnews.dates import resolve
from tests.timing import gc_paused

# fmt: off
#: News paragraphs with expressions of every kind the resolver reads: placed by the tense
#: of their clause, by the narrative, by the reference, ranges, durations, clock times.
TEXTS = [
    "PARIS, 3 mai (AFP) - Le navire a fait escale en juillet ; une réunion est prévue en "
    "novembre et lundi. « Nous verrons en juin », a-t-il ajouté samedi à 18 h.",
    "Il avait annoncé mardi qu'il viendrait en mars, puis jeudi il a renoncé. La veille, "
    "il était à Lyon ; le lendemain matin, vers 2 h 30, il est reparti.",
    "Depuis janvier, les ventes ont chuté de 3 % ; elles reprendront au quatrième trimestre "
    "2024, du 3 au 5 octobre, pendant deux jours, il y a trois semaines.",
    "Le 14, il partira cette nuit. L'an dernier, à Noël, au printemps et le week-end "
    "prochain, dans les années 1990, au XXe siècle.",
]
# fmt: on
REFERENCE = dt.datetime(2023, 10, 19, 14, 30)


def _cyclic_garbage() -> int:
    """How many unreachable objects in cycles the calls of this test leave (the lazy
    tables and patterns are built first, outside the count)."""
    for text in TEXTS:  # warm: the first call builds tables, patterns and caches
        frnews.find_dates(text, reference=REFERENCE)
        frnews.parse(text, published=REFERENCE)
    with gc_paused():
        for k, text in enumerate(TEXTS):
            reference = REFERENCE + dt.timedelta(days=k + 1)  # new caches' entries too
            frnews.find_dates(text, reference=reference)
            frnews.find_dates(text)
            frnews.parse(text, published=reference)
        return gc.collect()


def test_find_dates_and_parse_leave_no_cyclic_garbage():
    assert _cyclic_garbage() == 0


def test_the_garbage_test_fails_when_the_resolution_makes_a_cycle(monkeypatch):
    """A cycle made at each window the resolver reads (a list that holds itself and the
    window's readings) is found."""
    feed = resolve.Resolution.feed

    def feed_with_a_cycle(self, readings):
        box: list[object] = [readings]
        box.append(box)
        return feed(self, readings)

    monkeypatch.setattr(resolve.Resolution, "feed", feed_with_a_cycle)
    with pytest.raises(AssertionError):
        test_find_dates_and_parse_leave_no_cyclic_garbage()
