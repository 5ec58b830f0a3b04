"""The seed article's 16 gold dates: exact text, span, type and TIMEX3 value."""

from __future__ import annotations

import frnews


def test_seed_gold_dates(seed_text, seed_gold, seed_published):
    art = frnews.parse(seed_text, published=seed_published)
    got = [
        (m.text, [m.span.start, m.span.end], m.value.type.value, m.value.timex) for m in art.dates
    ]
    want = [(d["text"], d["span"], d["type"], d["value"]) for d in seed_gold["dates"]]
    assert len(want) == 16
    assert got == want


def test_seed_gold_mods(seed_text, seed_gold, seed_published):
    art = frnews.parse(seed_text, published=seed_published)
    assert [m.value.mod.value if m.value.mod else None for m in art.dates] == [
        d["mod"] for d in seed_gold["dates"]
    ]


def test_find_dates_agrees_with_parse(seed_text, seed_published):
    art = frnews.parse(seed_text, published=seed_published)
    assert frnews.find_dates(seed_text, reference=seed_published) == art.dates
