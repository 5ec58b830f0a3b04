"""The shortcuts of the resolver give what the general computations they replace give.

Each shortcut keeps the slower computation in the code as the reference: these tests check
them against each other, on every day of whole years and on random references.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from frnews.dates import resolve
from tests.deep import examples
from tests.test_fast_paths import _fresh_candidates

SETTINGS = settings(
    max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

#: The values without a year the resolver places (kind, n, day, spec, as _options takes them).
OPTIONS = [
    *(("month", n, 0, "") for n in range(1, 13)),
    *(("day", n, d, "") for n, d in ((1, 1), (2, 29), (3, 15), (6, 30), (10, 19), (12, 31))),
    *(("weekday", n, 0, "") for n in range(1, 8)),
    *(("season", n, 0, "") for n in (3, 6, 9, 12)),
    *(("holiday", 0, 0, spec) for spec in ("12-25", "05-01", "easter1", "nth:5:4:4", "02-29")),
]


def _key(c: resolve._Cal | None) -> tuple[object, ...] | None:
    return None if c is None else (c.grain, c.start, c.end)


def _check_ordered_picks(kind: str, ref: dt.datetime, n: int, day: int, spec: str) -> None:
    """The picks of one pass over the ordered candidates are those of :func:`resolve._picks`
    and :func:`resolve._pick` (which read every candidate, and its end)."""
    try:
        cands = resolve._options.__wrapped__(kind, ref, n, day, spec).cands
    except (ValueError, OverflowError):
        return  # no candidates (29 February, the edge of datetime): the resolver's error
    # the candidates, and every stretch of them (none before or after the day, none at all)
    for a in range(len(cands) + 1):
        for b in range(a, len(cands) + 1):
            _check_ordered(cands[a:b], ref)


def _check_ordered(cands: Sequence[resolve._Cal], ref: dt.datetime) -> None:
    ordered = resolve._ordered_picks(cands, ref)
    if ordered is None:  # a candidate at the edge of datetime: the general path
        assert resolve._picks(cands, ref, False) is None
        assert resolve._picks(cands, ref, True) is None
        return
    # what the one pass relies on: in order, apart, a day or more each
    starts = [c.start for c in cands]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in itertools.pairwise(cands))
    assert all(c.end - resolve._DAY >= c.start for c in cands)
    near = _key(resolve._pick(cands, ref, None))
    for strict in (False, True):
        expected = resolve._picks(cands, ref, strict)
        assert expected is not None
        assert [_key(c) for c in ordered[strict]] == [_key(c) for c in expected]
        assert _key(ordered[strict][2]) == near


@pytest.mark.parametrize(("kind", "n", "day", "spec"), OPTIONS)
def test_ordered_picks_on_every_day_of_two_years(kind: str, n: int, day: int, spec: str) -> None:
    # every distance and every tie of a candidate before and one after the reference
    ref = dt.datetime(2023, 1, 1)
    while ref.year < 2025:
        _check_ordered_picks(kind, ref, n, day, spec)
        ref += resolve._DAY


@SETTINGS
@given(
    st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31)),
    st.sampled_from(OPTIONS),
)
@example(dt.datetime(9998, 12, 30), ("weekday", 4, 0, ""))
@example(dt.datetime(2, 1, 3), ("month", 1, 0, ""))
@example(dt.datetime(9998, 1, 1), ("season", 12, 0, ""))
@example(dt.datetime(2024, 7, 2, 23, 59), ("month", 1, 0, ""))
def test_ordered_picks_on_any_reference(
    ref: dt.datetime, option: tuple[str, int, int, str]
) -> None:
    kind, n, day, spec = option
    _check_ordered_picks(kind, ref, n, day, spec)


def test_options_read_the_ordered_picks_once() -> None:
    resolve._options.cache_clear()
    opts = resolve._options("month", dt.datetime(2023, 10, 19), 3)
    near = opts.nearest()
    assert near is not None
    assert near.timex == "2024-03"
    assert opts.picks(False) is opts.picks(False)
    assert opts.picks(True) == (opts.cands[1], opts.cands[2], near)


def _candidates_for(kind: str, ref: dt.datetime, n: int, day: int, spec: str) -> list[object]:
    """The candidates as :func:`resolve._options` built them for each reference, before
    they were shared by the references of a year (the grain, start, end and TIMEX3 value
    of each, from ``test_fast_paths._fresh_candidates``)."""
    return [(c.grain, c.start, c.end, c.timex) for c in _fresh_candidates(kind, ref, n, day, spec)]


@pytest.mark.parametrize(("kind", "n", "day", "spec"), OPTIONS)
def test_the_candidates_of_a_year_are_those_of_each_reference(
    kind: str, n: int, day: int, spec: str
) -> None:
    resolve._options.cache_clear()
    resolve._year_candidates.cache_clear()
    # references of three years, each asked twice (the second time from the year's cache)
    for ref in [dt.datetime(y, m, d) for y in (2023, 2024, 2023) for m, d in ((1, 1), (7, 14))]:
        try:
            expected = _candidates_for(kind, ref, n, day, spec)
        except ValueError:  # (29 February as a holiday, in a year that has none)
            with pytest.raises(ValueError, match="day is out of range"):
                resolve._options(kind, ref, n, day, spec)
            continue
        cands = resolve._options(kind, ref, n, day, spec).cands
        assert [(c.grain, c.start, c.end, c.timex) for c in cands] == expected
