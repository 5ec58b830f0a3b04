"""Invariants of find_dates on any text, and linear time on pathological inputs."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import frnews
from frnews import BlockKind
from tests.deep import examples
from tests.timing import assert_linear

REF = dt.date(2023, 10, 19)

# Text made of pieces that look like temporal expressions, glued by odd characters.
PIECES = [
    "le",
    "la",
    "1er",
    "19",
    "octobre",
    "2023",
    "jeudi",
    "matin",
    "hier",
    "veille",
    "il y a",
    "trois",
    "jours",
    "mi-",
    "fin",
    "sept",
    "mars",
    "h",
    "30",
    ":",
    "/",
    ".",
    "-",
    "à",
    "au",
    "du",
    "l’an",
    "années",
    "XXe",
    "siècle",
    "Noël",
    "chaque",
    "fois",
    "par",
    "semaine",
    "dernière",
    "\u00a0",
    "\u202f",
    " ",
    "\n",
    "«",
    "»",
    "œ",
    "e\u0301",
    "’",
    "dans",
    "plus tard",
]
newsish = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)
anything = st.text(max_size=200)


def _check(text, mentions):
    prev_end = -1
    for m in mentions:
        assert text[m.span.start : m.span.end] == m.text
        assert m.span.start >= prev_end  # sorted, not overlapping
        assert m.span.end > m.span.start
        prev_end = m.span.end
        v = m.value
        if v.start is not None and v.end is not None:
            assert v.start <= v.end


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(newsish, anything), st.sampled_from(["auto", "past", "future", "nearest"]))
def test_spans_slice_back_sorted_and_disjoint(text, prefer):
    _check(text, frnews.find_dates(text, reference=REF, prefer=prefer))
    _check(text, frnews.find_dates(text))


@settings(max_examples=examples(200), deadline=None)
@given(st.one_of(newsish, anything))
def test_parse_date_never_raises(text):
    v = frnews.parse_date(text, reference=dt.datetime(2023, 10, 19, 8, 30))
    assert v is None or isinstance(v.timex, str)


@settings(max_examples=examples(100), deadline=None)
@given(newsish)
def test_parse_and_find_dates_agree(text):
    """parse's dates are find_dates' outside credits, bylines and site furniture."""
    art = frnews.parse(text, published=REF)
    skipped = [
        b.span
        for b in art.blocks
        if b.kind in (BlockKind.PHOTO_CREDIT, BlockKind.BYLINE, BlockKind.FURNITURE)
    ]
    expected = tuple(
        m
        for m in frnews.find_dates(text, reference=REF)
        if not any(s.start < m.span.end and m.span.start < s.end for s in skipped)
    )
    assert art.dates == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "piece",
    ["7", "1er ", "octobre ", "19 octobre ", "il y a ", "mi-", "les années ", "\u00a0", "jeudi "],
)
def test_linear_time_on_repetitions(piece):
    assert_linear(
        lambda t: frnews.find_dates(t, reference=REF), piece * 5_000, piece * 40_000, piece
    )
