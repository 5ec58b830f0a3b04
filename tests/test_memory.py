"""Memory grows linearly with the text, and the quote pass holds a window of paragraphs.

Ratios only (never bytes): the peak that tracemalloc traces on eight times the text is
compared with the peak on the text once.
"""

from __future__ import annotations

import tracemalloc
from unittest import mock

import frnews
from frnews.quotes import attribute


def _peak(func, text: str) -> int:
    func(text[:2000])  # build the lazy tables and patterns outside the measure
    tracemalloc.start()
    try:
        func(text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_parse_peak_grows_linearly(seed_text):
    once = "\n\n".join([seed_text] * 2)
    eight = "\n\n".join([seed_text] * 16)
    assert _peak(frnews.parse, eight) <= 10 * _peak(frnews.parse, once)


def test_quote_pass_keeps_a_window_of_paragraphs():
    para = "« Nous ne céderons pas », a déclaré M. Kim, le ministre. Il a reçu M. Lavrov."
    text = "\n\n".join(f"{para} Point {i}." for i in range(3 * attribute.CACHED))
    held: list[int] = []
    build = attribute._Paras.__missing__

    def spy(self: attribute._Paras, i: int) -> object:
        p = build(self, i)
        held.append(dict.__len__(self))  # len() of _Paras counts every paragraph
        return p

    with mock.patch.object(attribute._Paras, "__missing__", spy):
        quotes = frnews.find_quotes(text)
    assert len(quotes) == 3 * attribute.CACHED
    assert {q.speaker.name for q in quotes} == {"Kim"}
    assert len(held) >= 3 * attribute.CACHED
    assert max(held) <= attribute.CACHED + 1
