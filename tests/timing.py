"""Linear-time checks by ratio, never in absolute seconds.

The time of a call is the best of a few runs with the cyclic garbage collector paused:
its pauses depend on how many objects the whole process holds, not on the algorithm
under test, and they made 8x inputs look 13x slower on a loaded machine. It is the CPU
time of the process (:func:`time.process_time`), not the wall clock: on a shared machine
the wall clock also counts the time other processes hold the core, which made 8x inputs
look 11x slower while other jobs ran on both cores.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

#: 8 times the input may take at most this many times as long (a quadratic pass: 64).
MAX_RATIO = 10.0
#: Times under this many seconds are rounded up to it (timer and scheduler noise).
FLOOR = 1e-3


def best_time(func: Callable[[str], object], text: str, runs: int = 3) -> float:
    """The best CPU time of ``func(text)`` over ``runs`` runs, GC paused."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            t0 = time.process_time()
            func(text)
            best = min(best, time.process_time() - t0)
        finally:
            gc.enable()
    return best


#: Measurements before giving up: a busy machine can slow one of them down, a quadratic
#: pass (a ratio of about 64) fails every one.
ATTEMPTS = 3


def assert_linear(func: Callable[[str], object], small: str, large: str, label: str) -> None:
    """Assert that ``func`` on ``large`` (8x ``small``) takes at most MAX_RATIO times as long.

    The pair of times is measured again (up to ATTEMPTS times) when the ratio is over the
    limit, and each time is the best over all the attempts so far: a burst of load on a
    shared machine during one measurement does not fail the check, while a quadratic pass
    (whose every 8x run is about 64 times its 1x run) fails every attempt.
    """
    func(small)  # warm the lazy tables and caches
    seen = []
    t1 = t8 = float("inf")
    for _ in range(ATTEMPTS):
        t1 = min(t1, best_time(func, small))
        t8 = min(t8, best_time(func, large))
        if t8 <= MAX_RATIO * max(t1, FLOOR):
            return
        seen.append(f"1x {t1:.4f}s, 8x {t8:.4f}s")
    raise AssertionError(f"{label}: " + "; ".join(seen))
