"""Folding for matching, and the offset map back to the original string."""

from __future__ import annotations

import unicodedata
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import frnews.text
from frnews.text import fold, strip_span
from tests.deep import examples

FOLD_CASES = [
    ("accents", "Été à Montréal", "ete a montreal"),
    ("ligature", "cœur et Œuvre", "coeur et oeuvre"),
    ("nbsp", "«\N{NO-BREAK SPACE}Nous\N{NARROW NO-BREAK SPACE}»", "« nous »"),
    ("thin space", "en cours\N{THIN SPACE}?", "en cours ?"),
    ("apostrophes", "l’agence l'État l‘an", "l'agence l'etat l'an"),
    ("dashes", "nord‑coréen — 2019–2021", "nord-coreen - 2019-2021"),
    ("soft hyphen", "jan\N{SOFT HYPHEN}vier", "janvier"),
    ("bom", "\N{ZERO WIDTH NO-BREAK SPACE}Paris", "paris"),
    ("nfd", unicodedata.normalize("NFD", "Sergueï Lavrov à Pékin"), "serguei lavrov a pekin"),
    ("guillemets kept", "« dangereuse »", "« dangereuse »"),
    ("other scripts kept", "Пхеньян 平壤", "пхеньян 平壤"),
    ("dotted capital i", "İstanbul", "istanbul"),
    (
        "superscript ordinals",
        "le 1ᵉʳ mai, la 1ʳᵉ fois, au XIXᵉ siècle",
        "le 1er mai, la 1re fois, au xixe siecle",
    ),
    (
        "superscript abbreviations",
        "Mᵐᵉ Roux, Mˡˡᵉ Petit, nᵒ 5, 2ᵈ",
        "mme roux, mlle petit, no 5, 2d",
    ),
]


@pytest.mark.parametrize(
    ("original", "expected"), [c[1:] for c in FOLD_CASES], ids=[c[0] for c in FOLD_CASES]
)
def test_fold(original: str, expected: str) -> None:
    assert fold(original).text == expected


def test_fold_nfd_diaeresis_is_folded_like_nfc() -> None:
    nfc = "Sergueï"
    nfd = unicodedata.normalize("NFD", nfc)
    assert fold(nfd).text == fold(nfc).text == "serguei"


def test_fold_keeps_case_on_request() -> None:
    assert fold("MONTRÉAL — Québec", lower=False).text == "MONTREAL - Quebec"


@pytest.mark.parametrize(
    ("original", "word", "expected"),
    [
        ("Le 1er août", "aout", "août"),
        ("un cœur d’or", "coeur", "cœur"),
        (
            unicodedata.normalize("NFD", "le 3 février à Pékin"),
            "fevrier",
            unicodedata.normalize("NFD", "février"),
        ),
        ("jan\N{SOFT HYPHEN}vier 2023", "janvier", "jan\N{SOFT HYPHEN}vier"),
        ("\N{ZERO WIDTH NO-BREAK SPACE}Paris", "paris", "Paris"),
    ],
)
def test_span_maps_back_to_the_original(original: str, word: str, expected: str) -> None:
    f = fold(original)
    i = f.text.index(word)
    s, e = f.span(i, i + len(word))
    assert original[s:e] == expected


def test_identity_map_for_one_to_one_texts() -> None:
    f = fold("Québec, le 19 octobre")
    assert f.identity
    assert f.span(0, 6) == (0, 6)


@given(st.text())
def test_fold_never_raises_and_maps_every_range_inside_the_text(text: str) -> None:
    f = fold(text)
    n = len(f.text)
    for i in range(0, n + 1, max(1, n // 7)):
        for j in range(i, n + 1, max(1, n // 5)):
            s, e = f.span(i, j)
            assert 0 <= s <= e <= len(text)


FRENCH_CHARS = st.sampled_from(
    "aeiouyAEIOU éèêëàâîïôöùûüçÿÉÈÀÇœŒæßdéjà \N{COMBINING ACUTE ACCENT}\N{COMBINING DIAERESIS}"
    "\N{SOFT HYPHEN}’«»-\N{NO-BREAK SPACE}\N{ZERO WIDTH SPACE}"
)


@given(st.text(alphabet=FRENCH_CHARS))
def test_every_folded_character_comes_from_its_original_slice(text: str) -> None:
    f = fold(text)
    for i in range(len(f.text)):
        s, e = f.span(i, i + 1)
        assert s < e
        assert f.text[i] in fold(text[s:e]).text


LATIN = st.characters(min_codepoint=0x20, max_codepoint=0x17F, exclude_categories=("Cc", "Cs"))


@given(st.text(alphabet=LATIN))
def test_nfc_and_nfd_fold_alike_for_latin_text(text: str) -> None:
    nfc = unicodedata.normalize("NFC", text)
    nfd = unicodedata.normalize("NFD", text)
    assert fold(nfd).text == fold(nfc).text


def test_strip_span_strips_typographic_spaces() -> None:
    s = "\N{ZERO WIDTH NO-BREAK SPACE} « Oui »\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}\r\n"
    a, b = strip_span(s, 0, len(s))
    assert s[a:b] == "« Oui »"


@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet=st.sampled_from("ΣσςΟΔaÉé İ\n.'’-"), max_size=120))
def test_lower_text_in_pieces_is_str_lower(text):
    # pieces of a few characters: every cut falls next to a final sigma somewhere
    with mock.patch.object(frnews.text, "_LOWER_CHUNK", 5):
        assert frnews.text.lower_text(text) == text.lower()


def test_lower_text_of_a_long_text_is_str_lower():
    text = "ΟΔΟΣ Élysée\nΣΑΣ À l’ÉTÉ " * 20_000
    assert len(text) > frnews.text._LOWER_CHUNK
    assert frnews.text.lower_text(text) == text.lower()


# Characters whose lower case is one character (every character of a folded text: the one
# exception, U+0130, folds to "I"), with final sigmas and spaces to cut at.
_VIEW_CHARS = st.sampled_from("ΣσςΟΔaÉé É\n.'-«»…€LLE")


@settings(max_examples=examples(300), deadline=None)
@given(
    st.text(alphabet=_VIEW_CHARS, max_size=150),
    st.lists(st.tuples(st.integers(0, 160), st.integers(0, 160)), max_size=8),
    st.integers(1, 9),
    st.sampled_from(["l", "σ", "ς", "é ", "… «"]),
)
def test_lower_view_reads_exactly_str_lower(text, ranges, piece, sub):
    # tiny pieces: windows start and end everywhere, next to final sigmas too
    view = frnews.text.LowerView(text, piece=piece)
    low = text.lower()
    for a, b in ranges:
        a, b = min(a, b, len(text)), min(max(a, b), len(text))
        window, off = view.window(a, b)
        assert off <= a
        assert b <= off + len(window)
        assert window == low[off : off + len(window)]
        assert view.find(sub, a, b) == low.find(sub, a, b)


def test_lower_view_keeps_a_window_not_the_whole_text():
    text = "Le MINISTRE a dit. " * 50_000
    view = frnews.text.LowerView(text)
    window, off = view.window(500_000, 500_100)
    assert len(window) < len(text) // 10
    assert window[500_000 - off : 500_100 - off] == text.lower()[500_000:500_100]
    assert view.find("ministre", 900_000, len(text)) == text.lower().find("ministre", 900_000)
    # with the lower-case text given, it is read as it is, nothing is lowered again
    low = text.lower()
    assert frnews.text.LowerView(text, low).window(3, 11) == (low, 0)


def test_release_to_lower_is_the_lower_twin_and_lets_the_folded_text_go():
    text = "« NŒUD » — Sergueï\N{COMBINING DIAERESIS} à l’ÉTÉ…"
    folded = fold(text, lower=False)
    twin = folded.lower()
    assert not folded.identity
    released = frnews.text.release_to_lower(folded)
    assert folded.text == ""
    assert released.text == twin.text
    assert [released.span(i, i + 1) for i in range(len(twin.text))] == [
        twin.span(i, i + 1) for i in range(len(twin.text))
    ]
