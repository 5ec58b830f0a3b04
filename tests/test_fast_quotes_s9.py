"""The fast paths of quote attribution (session 9) give what the plain ones give.

- :data:`frnews.quotes.lex.TOKEN_SPLIT_LATIN1` splits a Latin-1 text as
  :data:`~frnews.quotes.lex.TOKEN_SPLIT` does, and :func:`~frnews.quotes.lex.token_split`
  picks it only for such a text;
- :func:`frnews.quotes.attribute._comma_segments` cuts tokens at their commas as
  :func:`~frnews.quotes.attribute._comma_segments_plain` does;
- :func:`frnews.quotes.attribute.quote_kind`, which no longer tests the words of a
  capitalized quote of five words or more, gives the kind it gave when it did.
"""

from __future__ import annotations

from types import SimpleNamespace
from unittest import mock

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from frnews.quotes import mentions
from frnews.quotes.attribute import (
    _SENTENCE_BREAK,
    _comma_segments,
    _comma_segments_plain,
    _has_break,
    _unaccent,
    _verbish,
    quote_kind,
)
from frnews.quotes.lex import TOKEN_SPLIT, TOKEN_SPLIT_LATIN1, token_split
from frnews.quotes.mentions import Para
from frnews.quotes.model import QuoteKind
from frnews.text import fold
from tests.deep import examples

# fmt: off
PIECES = [
    "Le", "ministre", "a", "déclaré", "l'", "qu'", "aujourd'hui", "Jean-Pierre", "a-t-il",
    "nord-coréen", "«", "»", "“", "”", ",", ".", ";", ":", "!", "?", "…", "(", ")", "-", "--",
    "'", "’", "_", "x_y", "2023", "12/10", "1er", "²", "³", "µ", "ª", "º", "½", "×", "÷", "ÿ",
    "Œ", "œ", "ß", "\u00a0", "\u00ad", "\u0085", "\x1c", "\x1f", "\t", "\n", " ", "  ", "¤",
    "§", "°", "±", "·", "¿", "¡", "Ø", "ø", "Þ", "þ", "Ð", "ð", "\x7f", "\x00",
]
# fmt: on
JOINERS = st.sampled_from(["", " ", "-", "'", ",", ".", "\u00a0", "\t"])
newsish = st.lists(st.tuples(st.sampled_from(PIECES), JOINERS), max_size=25).map(
    lambda parts: "".join(p + j for p, j in parts)
)
latin1 = st.text(alphabet=st.characters(max_codepoint=255), max_size=60)

SENTENCES = [
    "« Nous sommes préoccupés », a déclaré le ministre russe Sergueï Lavrov.",
    "Le maire de Marseille, Benoît Payan, a-t-il ajouté : « C'est fini ».",
    "L'OFAG (Office fédéral de l'agriculture) l’a confirmé à l’AFP jeudi 12/10.",
    "Selon lui, la « provocation » n'est pas passée ; « jamais », dit-elle.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_latin1_split_on_news(text: str) -> None:
    folded = fold(text, lower=False).text
    assert token_split(folded) == TOKEN_SPLIT_LATIN1.split
    assert TOKEN_SPLIT_LATIN1.split(folded) == TOKEN_SPLIT.split(folded)
    assert TOKEN_SPLIT_LATIN1.split(text) == TOKEN_SPLIT.split(text)


@settings(max_examples=examples(400))
@given(st.one_of(latin1, newsish))
@example("ª²³µ¹º¼½¾ À×÷ÿ_x-y'z")
@example("a\x1cb\x1fc\x85d\xa0e")
def test_latin1_split_is_the_split(text: str) -> None:
    if token_split(text) == TOKEN_SPLIT_LATIN1.split:
        assert TOKEN_SPLIT_LATIN1.split(text) == TOKEN_SPLIT.split(text)
    else:  # a character beyond Latin-1: the plain pattern
        assert max(text) > "\xff"
        assert token_split(text) == TOKEN_SPLIT.split


@pytest.mark.parametrize(
    "text", ["Oui \u2014 non", "Zelensky : « \u0421\u043b\u0430\u0432\u0430 »"]
)
def test_beyond_latin1_takes_the_plain_split(text: str) -> None:
    assert token_split(text) == TOKEN_SPLIT.split


def _tokens(p: Para) -> tuple[object, ...]:
    return (p.low, list(p.starts), list(p.ends), p.cap, p.caps, p.quote_of)


@settings(max_examples=examples(200))
@given(newsish)
@example("« Oui », a dit l'élu À Paris.")
def test_paragraph_tokens_as_with_the_plain_split(text: str) -> None:
    """A paragraph's tokens are those the plain pattern gives, with and without holes."""
    cased = fold(text, lower=False)
    n = len(cased.text)
    for holes in ([], [(n // 3, n // 2, 0)] if n >= 6 else []):
        fast = Para.build(text, cased, 0, n, "paragraph", holes)
        with mock.patch.object(mentions, "token_split", return_value=TOKEN_SPLIT.split):
            plain = Para.build(text, cased, 0, n, "paragraph", holes)
        assert _tokens(fast) == _tokens(plain)


TOKENS = st.lists(st.sampled_from([",", ",", "(", ")", "le", "chef", "Jean", "qui", "."]))


@settings(max_examples=examples(500))
@given(TOKENS, st.integers(0, 12), st.integers(0, 12))
@example(["le", ",", ",", "chef"], 0, 4)
@example(["le", "(", ",", ")", ",", "chef"], 0, 6)
def test_comma_segments_as_the_plain_loop(low: list[str], a: int, b: int) -> None:
    a, b = min(a, len(low)), min(max(a, b), len(low))
    assert _comma_segments(low, a, b) == _comma_segments_plain(low, a, b)


@pytest.mark.parametrize(
    ("low", "expected"),
    [
        (["le", "ministre", ",", "jean", ",", "a"], [(0, 2), (3, 4), (5, 6)]),
        (["le", "chef", "(", "x", ",", "y", ")", ",", "jean"], [(0, 7), (8, 9)]),
        ([",", ","], [(0, 0), (1, 1), (2, 2)]),
        ([], [(0, 0)]),
    ],
)
def test_comma_segments_table(low: list[str], expected: list[tuple[int, int]]) -> None:
    assert _comma_segments(low, 0, len(low)) == expected


def _kind_before_s9(inner: str, prev: str) -> QuoteKind:
    """:func:`frnews.quotes.attribute.quote_kind` as it was before its early exit (every
    word tested, then the length): the reference."""
    if _has_break(inner) and _SENTENCE_BREAK.search(inner):
        return QuoteKind.FULL
    if prev and (prev[0].isalnum() or prev.endswith("'")):
        return QuoteKind.FRAGMENT
    if (
        inner[:1].isupper()
        and inner.rstrip()[-1:] in ".!?…"
        and prev in ("", ".", "!", "?", "…", "»")
    ):
        return QuoteKind.FULL  # a sentence of its own (since the session of 2026-11-29)
    words = _unaccent(inner.lower().replace("’", "'")).split()
    verbish = _verbish(words)
    if inner[:1].isupper() and (verbish or len(words) >= 5):
        return QuoteKind.FULL
    return QuoteKind.FULL if verbish else QuoteKind.FRAGMENT


QUOTE_WORDS = st.lists(
    st.sampled_from(
        [
            "Nous",
            "nous",
            "sommes",
            "c'est",
            "C’est",
            "une",
            "provocation",
            "Élu",
            "était",
            "répondra",
            "la",
            "paix",
            "ne",
            "pas",
            "\u00a0",
            "\u2028",
            "İ",
            "ǅ",
            ".",
            "Oui",
            "?",
        ]
    ),
    max_size=9,
).map(" ".join)


@settings(max_examples=examples(500))
@given(st.one_of(QUOTE_WORDS, st.text(max_size=30)), st.sampled_from(["", "a", "une", "l'", ":"]))
@example("Nous sommes très préoccupés ici", "")
@example("Une provocation inacceptable pour tous", "")
@example("Une provocation", "")
@example("Oui la paix encore", "")  # four words: a fragment
@example("Oui  la  paix", "")  # three words, two spaces apart
def test_quote_kind_as_before_its_early_exit(inner: str, prev: str) -> None:
    doc = SimpleNamespace(text=inner)
    q = SimpleNamespace(raw=SimpleNamespace(text_span=(0, len(inner))), prev=prev)
    assert quote_kind(doc, q) is _kind_before_s9(inner, prev)  # type: ignore[arg-type]
