"""Memory grows linearly with the text, and the quote pass holds a window of paragraphs.

Ratios only (never bytes): the peak that tracemalloc traces on eight times the text is
compared with the peak on the text once.
"""

from __future__ import annotations

import copy
import datetime as dt
import gc
import pickle
import tracemalloc
from unittest import mock

import attrs
import pytest

import frnews
from frnews import Block, BlockKind, Span
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


def _public_twin(obj):
    """The same object built by its public constructor, from its public fields."""
    return type(obj)(**{f.name: getattr(obj, f.name) for f in attrs.fields(type(obj))})


def _results(art: frnews.Article):
    for q in art.quotes:
        yield q
        yield from (x for x in (q.speaker, q.cue) if x is not None)
        yield from q.nested
    yield from art.blocks
    yield from art.dates


def test_results_hold_no_copy_and_behave_as_built_publicly(seed_text):
    # the library's blocks, mentions, quotes, speakers and cues keep the parsed string
    # and their offsets: text and span are built on access, and nothing tells them from
    # objects built by their public constructors
    art = frnews.parse(seed_text, published=dt.date(2023, 10, 19))
    objs = list(_results(art))
    assert {type(o).__name__ for o in objs} >= {"Block", "DateMention", "Quote", "Speaker", "Cue"}
    for obj in objs:
        twin = _public_twin(obj)
        assert obj == twin
        assert hash(obj) == hash(twin)
        assert repr(obj) == repr(twin)
        assert obj.to_dict() == twin.to_dict()
        assert seed_text[obj.span.start : obj.span.end] == obj.text
        assert pickle.loads(pickle.dumps(obj)) == obj
        assert copy.deepcopy(obj) == obj
        assert attrs.evolve(obj) == obj
        # a pickle carries the object's own text, not the whole article
        assert len(pickle.dumps(obj)) < len(pickle.dumps(twin)) + 64
    assert pickle.loads(pickle.dumps(art)) == art


def test_public_constructors_keep_what_they_are_given():
    b = Block(BlockKind.PARAGRAPH, "abc", Span(5, 20))  # no check that the two agree
    assert (b.text, b.span) == ("abc", Span(5, 20))
    odd = Block(BlockKind.PARAGRAPH, "x", (1, 2))  # type: ignore[arg-type]
    assert odd.span == (1, 2)
    assert odd.text == "x"
    assert attrs.evolve(b, text="Il a parlé.").text == "Il a parlé."


def test_parse_result_is_smaller_than_its_text_twice(seed_text):
    # retained memory of the result (the text itself not counted), as a multiple of the
    # text's UTF-8 size: blocks and mentions hold no copy of their text
    # The same text is parsed once before: an entry that the measured call would add to
    # a cache (the words at the joins of the copies) could make its dict grow, and the
    # new table is counted as kept (a CI run measured 4.2x, 2.8x without it). Garbage in
    # reference cycles is collected: it is not kept by the result.
    text = "\n\n".join([seed_text] * 16)
    frnews.parse(text, published=dt.date(2023, 10, 19))
    gc.collect()
    tracemalloc.start()
    try:
        art = frnews.parse(text, published=dt.date(2023, 10, 19))
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(art.blocks) > 16
    assert kept <= 4 * len(text.encode("utf-8"))


def test_long_texts_are_read_in_windows_with_the_same_dates(seed_text, monkeypatch):
    # the date tagger reads a long text window after window (cut at blank lines far from
    # any date word); the narrative anchor goes on across windows: same mentions
    from frnews.dates import api as dates_api

    filler = "Le ministre a répondu aux questions des députés sur le budget."
    text = "\n\n".join(
        [seed_text, filler * 6, filler * 6, "Le lendemain, il est reparti.", seed_text]
    )
    ref = dt.date(2023, 10, 19)
    whole = frnews.find_dates(text, reference=ref)
    parsed = frnews.parse(text, published=ref).dates
    monkeypatch.setattr(dates_api, "WINDOW", 300)
    assert len(dates_api._windows(frnews.text.fold(text).text)) >= 3
    assert frnews.find_dates(text, reference=ref) == whole
    assert frnews.parse(text, published=ref).dates == parsed
    # "le lendemain" counts from the seed's last date, in the window before its own
    cut = text.index(filler * 6 + "\n\n" + filler) + len(filler) * 6
    assert any(a == cut for a, _ in dates_api._windows(frnews.text.fold(text).text))
    lendemain = next(m for m in whole if m.text == "Le lendemain")
    assert lendemain.value.timex != (ref + dt.timedelta(days=1)).isoformat()


_QUOTED = (
    "MONTRÉAL — « Nous ne céderons pas », a déclaré jeudi M. Kim, le ministre. "
    "Il a reçu M. Lavrov (AFP)…\n\n"
    "« C’est une provocation, estime la présidente de l’ONU, Mme Laurens. Il y a "
    "un danger » , a-t-elle ajouté hier.\n\nPHOTO AGENCE KCNA PAR REUTERS\n\n"
    "Le ministre russe des Affaires étrangères, Sergueï Lavrov\n\n"
    "Selon lui, la rencontre du 3 mars a été « fructueuse ». Il repart lundi."
)


#: A given name alone, then another full name that opens with it in a later paragraph: the
#: search for the full names stops at the quote's paragraph, whatever the view holds (the
#: fuzzer found the search reading on to the end of the view's piece).
_GIVEN_NAME_ALONE = (
    "Thomas Ramos a marqué. « Une leçon qu'on va retenir », a renchéri Thomas.\n\n"
    "Thomas Salles est entré en jeu à la 60e minute, à la place de l'ouvreur."
)


@pytest.mark.parametrize("which", ["seed", "quoted", "given-name-alone"])
def test_long_text_path_gives_the_same_results(seed_text, monkeypatch, which):
    # a text over SHARE_LOWER characters is not lowered once for every pass: the
    # segmenter drops its twin, the quote pass reads windows of a few characters here,
    # the dates get a twin made while the folded text is let go; the results are the same
    from frnews import api
    from frnews.quotes import api as quotes_api

    text = {"seed": seed_text, "quoted": _QUOTED, "given-name-alone": _GIVEN_NAME_ALONE}[which]
    ref = dt.date(2023, 10, 19)
    shared_parse = frnews.parse(text, published=ref)
    shared_quotes = frnews.find_quotes(text)
    assert shared_quotes
    monkeypatch.setattr(api, "SHARE_LOWER", 0)
    monkeypatch.setattr(quotes_api, "SHARE_LOWER", 0)
    monkeypatch.setattr(frnews.text.LowerView.__init__, "__defaults__", (None, 7))
    assert frnews.parse(text, published=ref) == shared_parse
    assert frnews.parse(text, published=ref).to_dict() == shared_parse.to_dict()
    assert frnews.find_quotes(text) == shared_quotes


def test_long_text_path_holds_no_lower_case_twin_in_the_quote_pass(seed_text, monkeypatch):
    # the peak of find_quotes on a long text, over the peak when the lower-case twin is
    # held by every pass (as for an article): the twin is as large as the folded text
    from frnews.quotes import api as quotes_api

    text = "\n\n".join([seed_text] * 80)
    assert len(text) > frnews.text.SHARE_LOWER
    # each path reads the text once before it is measured: every table, pattern and cache
    # entry it needs is built outside the measure
    frnews.find_quotes(text)
    windowed = _peak(frnews.find_quotes, text)
    monkeypatch.setattr(quotes_api, "SHARE_LOWER", len(text))
    frnews.find_quotes(text)
    shared = _peak(frnews.find_quotes, text)
    assert windowed < 0.95 * shared  # about 0.9 (10.4x and 11.4x the text's size)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_units_of_a_long_text_are_split_piece_by_piece_alike(seed_text, monkeypatch, newline):
    # the lines of a long text are split a piece at a time (cut just after a "\n"): the
    # same units as the lines of the whole text at once
    from frnews.segment import units

    text = "\n\n".join([seed_text, "Titre\nsuite en minuscules\u2028fin", seed_text])
    text = text.replace("\n", newline)
    folded = frnews.text.fold(text, lower=False)
    whole = units.split_units(folded)
    monkeypatch.setattr(units, "_LINES_PIECE", 7)
    assert len(list(units._line_pieces(text, 7))) > 40
    assert units.split_units(folded) == whole


def _windows_one_scan_a_line(low: str, size: int) -> list[tuple[int, int]]:
    """The windows as they were cut before session 26: the anchors found anew around
    each blank line (the reference of the stretch that finds them once for many)."""
    from frnews.dates.api import _WINDOW_MARGIN
    from frnews.dates.rules import _anchors

    margin = _WINDOW_MARGIN
    out, a, n = [], 0, len(low)
    while n - a > size:
        cut = low.find("\n\n", a + size)
        while cut >= 0:
            lo = max(0, cut - margin - 64)
            spans = _anchors(low[lo : cut + margin + 64])
            if not any(lo + s < cut + margin and lo + e > cut - margin for s, e in spans):
                break
            cut = low.find("\n\n", cut + 2)
        if cut < 0:
            break
        out.append((a, cut))
        a = cut
    out.append((a, n))
    return out


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Le ministre a répondu aux questions des députés sur le budget."] * 40,
        ["Twitter", "Lundi, 6 mai 2024 10:12"] * 60,
        ["Il pleut sur la ville sans discontinuer."] * 12 + ["Hier, le 3 mars."] * 30,
        ["Le 3 mars 2024, à 14 h 30, le conseil s'est réuni en séance."] * 25
        + ["Aucune réunion n'est prévue pour l'instant, a dit la mairie."] * 25,
        (["Mardi"] + ["Le conseil municipal a voté le budget de la ville."] * 12) * 6,
    ],
    ids=["no-date", "a-date-at-every-line", "dates-at-the-end", "dates-first", "weekdays"],
)
@pytest.mark.parametrize("stretch", [90, 700, 1 << 14])
def test_windows_end_where_they_ended_with_one_scan_a_line(paragraphs, stretch, monkeypatch):
    # the anchors around the blank lines are found a stretch at a time, not once a line:
    # the cuts are the same, whatever the stretch (a small one is found anew often)
    from frnews.dates import api as dates_api

    monkeypatch.setattr(dates_api, "_ANCHOR_STRETCH", stretch)
    low = frnews.text.fold("\n\n".join(paragraphs)).text
    for size in (200, 600, 1500):
        assert dates_api._windows(low, size) == _windows_one_scan_a_line(low, size)
