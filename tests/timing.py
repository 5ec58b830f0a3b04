"""Linear-time checks by ratio, never in absolute seconds.

Every time is taken with the cyclic garbage collector paused: its pauses depend on how
many objects the whole process holds, not on the algorithm under test, and they made 8x
inputs look 13x slower on a loaded machine. It is the CPU time of the process
(:func:`time.process_time`), not the wall clock: on a shared machine the wall clock also
counts the time other processes hold the core, which made 8x inputs look 11x slower while
other jobs ran on both cores.

The 1x time is the mean of eight calls in a row, measured just before the one 8x call, so
that both measurements last about as long and are taken under the same conditions. On a
virtual machine whose speed changed by up to 1.8x from one second to the next (one call
on the 1x input took 0.10 s or 0.17 s), the best of three short 1x calls caught a fast
moment more often than the best of three long 8x calls could, and linear passes looked
10-15x slower on 8x their input.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

#: 8 times the input may take at most this many times as long (a quadratic pass: 64).
MAX_RATIO = 10.0
#: Times under this many seconds are rounded up to it (timer and scheduler noise).
FLOOR = 1e-3
#: Pairs of measurements before giving up: a busy machine can slow one of them down (with
#: both cores busy, about one pair in 18 of a linear pass went over 10x, never two in a
#: row), a quadratic pass (a ratio of about 64) fails every one.
ATTEMPTS = 4


@contextmanager
def gc_paused() -> Iterator[None]:
    """Collect, then pause the cyclic garbage collector until the block ends."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def cpu_time(func: Callable[[str], object], text: str, calls: int = 1) -> float:
    """The CPU time of ``calls`` calls of ``func(text)`` in a row, GC paused."""
    with gc_paused():
        t0 = time.process_time()
        for _ in range(calls):
            func(text)
        return time.process_time() - t0


def pair(func: Callable[[str], object], small: str, large: str) -> tuple[float, float]:
    """One measurement of a linear-time check: the mean time of eight calls on ``small``
    in a row, then the time of one call on ``large``."""
    return cpu_time(func, small, calls=8) / 8, cpu_time(func, large)


def assert_linear(func: Callable[[str], object], small: str, large: str, label: str) -> None:
    """Assert that ``func`` on ``large`` (8x ``small``) takes at most MAX_RATIO times as long.

    Each attempt times eight calls on ``small`` in a row, then one call on ``large``, and
    compares the 8x call with the mean 1x call of that same attempt. The pair is measured
    again (up to ATTEMPTS times) when its ratio is over the limit: a burst of load during
    one pair does not fail the check, while a quadratic pass (whose 8x call takes about
    64 times its 1x call) fails every attempt.
    """
    func(small)  # warm the lazy tables and caches
    seen = []
    for _ in range(ATTEMPTS):
        t1, t8 = pair(func, small, large)
        if t8 <= MAX_RATIO * max(t1, FLOOR):
            return
        seen.append(f"1x {t1:.4f}s, 8x {t8:.4f}s ({t8 / max(t1, FLOOR):.1f}x)")
    raise AssertionError(f"{label}: " + "; ".join(seen))


def linear_pass(text: str) -> object:
    """A pass in linear time, to test a linear-time check with."""
    return [c for c in text if c == "«"]


def quadratic_pass(text: str) -> object:
    """A pass in quadratic time, to test a linear-time check with: each search runs to the
    end of the text (no "§" in it), n/32 searches of n/2 characters."""
    return [text.find("§", i) for i in range(0, len(text), 32)]
