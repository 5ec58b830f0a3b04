"""One row per bug found (by the fuzzer in fuzz/, the property tests or a user), with where
it was found. Each input once raised or broke an invariant."""

from __future__ import annotations

import base64
import datetime as dt

import pytest

import frnews

REF = dt.date(2023, 10, 19)

REGRESSIONS = [
    # (id, text, where it was found)
    (
        "unit-separator-line",
        "\x1f ",
        "hypothesis, test_properties: str.split() sees \\x1f as a space",
    ),
    (
        "fuzz-crash-cf63e1e7",
        base64.b64decode(
            "AChQeW8AKFB5b25neWFuZykgTGUgZGlyaWd5bwAoUHlvbmd5YW5nKSBMZSBkaXJpZ2VhbnQgbm9yZC1jb3LD"
            "HR0dHR0dHR0dHR0dHR0fHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0d"
            "HR0dHR0dHR0dHR0NAAAAAAAAAB0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR2pZW4gS2ltIEpvbmctdW4g"
            "YSBkw6ljbGFyw6kgamV1ZGkgcXXigJlpbCBzb3VoYWl0YWlh"
        )[1:].decode("utf-8", errors="surrogateescape"),
        "atheris, fuzz/fuzz_parse.py: a line of \\x1d and \\x1f made the furniture check fail",
    ),
    (
        "superscript-day-after-selon",
        "Selon ³ mai, la ministre « a tort ».",
        "atheris, fuzz/fuzz_parse.py: int() of a superscript digit read as a day",
    ),
    (
        "superscript-day-before-postposed-subject",
        "« Non », a affirmé le ³ mai la ministre.",
        "atheris, fuzz/fuzz_parse.py: the same, between a reporting verb and its subject",
    ),
    (
        "superscript-day-after-selon-le",
        "« Il a tort », selon le ² avril la ministre.",
        "atheris, fuzz/fuzz_parse.py: the same, after « selon le »",
    ),
    (
        "nfd-preposition-a",
        "Noe\u0308l (Pyongyang) a\u0300 14 h 30 ",
        "hypothesis: NFD « à » read as the verb « a »",
    ),
]


@pytest.mark.parametrize(
    ("text", "where"), [r[1:] for r in REGRESSIONS], ids=[r[0] for r in REGRESSIONS]
)
def test_regression(text, where):
    art = frnews.parse(text, published=REF)
    for item in [*art.blocks, *art.quotes, *art.dates, *art.photo_credits]:
        assert text[item.span.start : item.span.end] == item.text, where


def test_nfd_preposition_is_not_a_past_tense():
    nfd = frnews.find_dates("Noe\u0308l (Pyongyang) a\u0300 14 h 30", reference=REF)
    nfc = frnews.find_dates("Noël (Pyongyang) à 14 h 30", reference=REF)
    assert (
        [m.value.timex for m in nfd]
        == [m.value.timex for m in nfc]
        == ["2023-12-25", "2023-12-25T14:30"]
    )
