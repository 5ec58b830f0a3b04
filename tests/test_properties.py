"""Invariants of every public function, on generated French-news-like text.

The strategy mixes news vocabulary (datelines, credits, reporting verbs, dates), guillemets
and curly quotes, typographic spaces, digits, every kind of newline, combining accents and
arbitrary Unicode. For every text: no exception; every span inside the text and slicing
back to its text; results sorted and, within one kind, not overlapping; ``to_dict()``
accepted by ``json.dumps``; the same output twice; and the same text in NFD gives its
results at the corresponding places.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Iterable

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import frnews
from tests.deep import examples

REF = dt.date(2023, 10, 19)

VOCABULARY = [
    *("(Pyongyang)", "MOSCOU, 19 octobre (Reuters) -", "Paris (AFP) –", "MONTRÉAL —"),
    *("PHOTO AGENCE KCNA PAR REUTERS", "Photo : Jacques Nadeau Le Devoir", "© Reuters"),
    *("EDUARDO SOTERAS / AFP", "— Bob Edme/AP", "Image: Keystone", "Lire aussi :", "Par"),
    *("Le", "la", "les", "M.", "Mme", "Kim Jong-un", "Sergueï Lavrov", "le ministre russe"),
    *("a déclaré", "a-t-il ajouté", "s’est félicité", "selon", "estime-t-elle", "lui", "il"),
    *("jeudi", "jeudi matin", "la veille", "le lendemain", "19 octobre 2023", "1er", "oct."),
    *("mi-septembre", "fin 2023", "il y a trois jours", "à 14 h 30", "du 3 au 5 mars"),
    *("ce week-end", "la semaine dernière", "les années 1990", "XXe siècle", "Noël", "2023"),
    *("1000 conteneurs", "3-1", "19/10/2023", "49.3", "Mars", "deux jours", "des décennies"),
    *("«", "»", "« ", " »", "“", "”", "‘", "’", '"', "[…]", "(", ")", "—", "-", "/", ":"),
    *(",", ".", "?", "!", ";", "…", "Livraisons en cours\N{THIN SPACE}?", "Thème récurrent"),
    *("la fête du Travail", "la fête nationale", "fin de semaine", "GMT", "HNE", "UTC+2"),
    *("(heure de Paris)", "heure de l'Est", "tous les jours", "chaque dimanche soir", "à 20 h"),
]
SEPARATORS = [
    *(" ", " ", " ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\u2028", "\t"),
    *("\N{NO-BREAK SPACE}", "\N{NARROW NO-BREAK SPACE}", "\N{THIN SPACE}", ""),
]
PIECES = st.one_of(
    st.sampled_from(VOCABULARY),
    st.sampled_from(VOCABULARY).map(str.upper),
    st.sampled_from(VOCABULARY).map(lambda w: unicodedata.normalize("NFD", w)),
    st.text(max_size=4),
    st.integers(0, 3000).map(str),
)
TEXTS = st.lists(st.tuples(PIECES, st.sampled_from(SEPARATORS)), max_size=40).map(
    lambda parts: "".join(p + s for p, s in parts)
)
# Composed text only (NFD is applied by the test): vocabulary and Latin letters.
COMPOSED = st.lists(
    st.tuples(
        st.one_of(
            st.sampled_from(VOCABULARY),
            st.text(st.characters(min_codepoint=0x20, max_codepoint=0x17F), max_size=4),
        ),
        st.sampled_from(SEPARATORS),
    ),
    max_size=40,
).map(lambda parts: unicodedata.normalize("NFC", "".join(p + s for p, s in parts)))

SETTINGS = settings(
    max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _check(text: str, items: Iterable[object], *, disjoint: bool = True) -> None:
    prev_start, prev_end = -1, -1
    for item in items:
        span = item.span  # type: ignore[attr-defined]
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == item.text  # type: ignore[attr-defined]
        assert span.start >= prev_start  # sorted
        if disjoint:
            assert span.start >= prev_end  # not overlapping
        prev_start, prev_end = span.start, span.end


def _check_article(text: str, art: frnews.Article) -> None:
    assert art.text is text
    _check(text, art.blocks)
    _check(text, art.headings)
    _check(text, art.photo_credits)
    _check(text, [c.caption for c in art.photo_credits if c.caption is not None])
    _check(text, art.quotes)
    _check(text, art.dates)
    for q in art.quotes:
        outer = text[q.outer_span.start : q.outer_span.end]
        assert q.outer_span.start <= q.span.start <= q.span.end <= q.outer_span.end
        assert q.text in outer
        _check(text, q.nested)
        for part in (q.speaker, q.cue):
            if part is not None:
                _check(text, [part])
    if art.dateline is not None:
        _check(text, [art.dateline])
    json.dumps(art.to_dict())


@SETTINGS
@given(TEXTS)
def test_parse(text):
    art = frnews.parse(text, published=REF)
    _check_article(text, art)
    assert frnews.parse(text, published=REF) == art


@SETTINGS
@given(TEXTS)
def test_parse_without_reference(text):
    _check_article(text, frnews.parse(text))


@SETTINGS
@given(TEXTS)
def test_segment_and_find_dateline(text):
    blocks = frnews.segment(text)
    _check(text, blocks)
    assert frnews.segment(text) == blocks
    d = frnews.find_dateline(text)
    if d is not None:
        _check(text, [d])
        json.dumps(d.to_dict())


@SETTINGS
@given(TEXTS)
def test_find_quotes(text):
    quotes = frnews.find_quotes(text)
    _check(text, quotes)
    assert frnews.find_quotes(text) == quotes
    json.dumps([q.to_dict() for q in quotes])


@SETTINGS
@given(TEXTS, st.sampled_from(["auto", "past", "future", "nearest"]))
def test_find_dates(text, prefer):
    dates = frnews.find_dates(text, reference=REF, prefer=prefer)
    _check(text, dates)
    assert frnews.find_dates(text, reference=REF, prefer=prefer) == dates
    json.dumps([m.to_dict() for m in dates])
    for m in dates:
        v = m.value
        if v.start is not None and v.end is not None:
            assert v.start <= v.end


@SETTINGS
@given(TEXTS, st.sampled_from(["fr-CA", "fr-BE", "fr-CH"]))
def test_a_locale_changes_only_the_values_of_dates(text, locale):
    france = frnews.parse(text, published=REF)
    art = frnews.parse(text, published=REF, locale=locale)
    _check_article(text, art)
    assert (art.blocks, art.quotes, art.photo_credits) == (
        france.blocks,
        france.quotes,
        france.photo_credits,
    )
    dates = frnews.find_dates(text, reference=REF, locale=locale)
    assert dates == frnews.find_dates(text, reference=REF, locale=locale)
    _check(text, dates)


@SETTINGS
@given(TEXTS)
def test_parse_date(text):
    value = frnews.parse_date(text, reference=REF)
    assert frnews.parse_date(text, reference=REF) == value
    if value is not None:
        json.dumps(value.to_dict())


def _nfd_offsets(text: str) -> list[int]:
    """For each offset of an NFC text, the offset of the same place in its NFD form."""
    out = [0]
    for ch in text:
        out.append(out[-1] + len(unicodedata.normalize("NFD", ch)))
    return out


def _places(art: frnews.Article, where: list[int] | None = None) -> list[tuple[str, int, int]]:
    def at(i: int) -> int:
        return where[i] if where is not None else i

    kinds: list[tuple[str, Iterable[object]]] = [
        ("block", art.blocks),
        ("quote", art.quotes),
        ("date", art.dates),
        ("credit", art.photo_credits),
    ]
    return [
        (kind, at(x.span.start), at(x.span.end))  # type: ignore[attr-defined]
        for kind, items in kinds
        for x in items
    ]


@SETTINGS
@given(COMPOSED)
@example("À‘0 ")  # a left single quote after a letter with its accent decomposed
def test_nfd_text_gives_results_at_corresponding_places(text):
    nfd = unicodedata.normalize("NFD", text)
    if _nfd_offsets(text)[-1] != len(nfd):
        return  # canonical reordering across characters: no one-to-one places
    a = frnews.parse(text, published=REF)
    b = frnews.parse(nfd, published=REF)
    assert _places(b) == _places(a, _nfd_offsets(text))
    assert [m.value for m in b.dates] == [m.value for m in a.dates]
