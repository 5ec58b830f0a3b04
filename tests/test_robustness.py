"""Adversarial inputs: every public function finishes, never raises, and grows linearly.

Time is never asserted in seconds: the linear-growth tests compare the time for 8× the
input with the time for 1× (at most 10×; see tests/timing.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

import frnews
from tests.conftest import SEED_PATH
from tests.timing import assert_linear

#: Every test here reads inputs of up to 10 MB or times the growth of a pass.
pytestmark = pytest.mark.slow

SEED = SEED_PATH.read_text(encoding="utf-8")
MB = 1_000_000


def _surrogates(n: int) -> str:
    raw = bytes(range(128, 256)) * (n // 128 + 1)
    return raw[:n].decode("utf-8", errors="surrogateescape")


#: name -> function of a size n giving an adversarial text of about n characters
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "open-guillemets": lambda n: "«" * n,
    "close-guillemets": lambda n: "»" * n,
    "nested-guillemets": lambda n: "« " * (n // 2),
    "digits": lambda n: ("0123456789" * (n // 10 + 1))[:n],
    "1er-repeated": lambda n: "1er " * (n // 4),
    "open-parens": lambda n: "(" * n,
    "em-dashes": lambda n: "—" * n,
    "single-line": lambda n: (SEED.replace("\n", " ") * (n // len(SEED) + 1))[:n],
    "empty-lines": lambda n: "\n" * n,
    "crlf-lines": lambda n: "\r\n" * (n // 2),
    "control-characters": lambda n: ("".join(map(chr, range(32))) + "\x7f\x85") * (n // 34 + 1),
    "nul-bytes": lambda n: "\x00" * n,
    "lone-surrogates": _surrogates,
    "rtl-and-emoji": lambda n: ("مرحبا بالعالم 🇫🇷👍🏽 שלום ‮abc‬ " * (n // 30 + 1))[:n],
    "months": lambda n: (
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
        * (n // 90 + 1)
    ),
    "weekdays": lambda n: "lundi mardi mercredi jeudi vendredi samedi dimanche " * (n // 50 + 1),
    "capitals-and-slashes": lambda n: "PHOTO AFP / REUTERS " * (n // 20 + 1),
    "datelines": lambda n: "(Pyongyang) MOSCOU (AFP) - " * (n // 28 + 1),
    "nfd-accents": lambda n: "e\N{COMBINING ACUTE ACCENT}" * (n // 2),
    "short-lines": lambda n: "Titre\n" * (n // 6),
    # a date beside every blank line: longer texts are read in windows, which end at a
    # blank line with no date near it (there is none here)
    "dated-paragraphs": lambda n: "Twitter\n\nLundi, 6 mai 2024 10:12\n\n" * (n // 34 + 1),
    # a year counted back, then days in one long sentence: the story's year is sought for
    # each day within its reach only (the search to the sentence's end was quadratic)
    "counted-year-then-days": lambda n: "L'an dernier, " + "le 2 mai et le 3 juin " * (n // 22),
    # found by fuzz/sweep_linear.py: the check after each century (« avant J.-C. ») read
    # the text to its end (the regex module looks for a pattern's required words there)
    "centuries": lambda n: "sont XXe siècle Mgr " * (n // 20),
}

#: The public functions that take any text.
REF = dt.date(2023, 10, 19)

FUNCTIONS: dict[str, Callable[[str], object]] = {
    "parse": lambda t: frnews.parse(t, published=REF),
    "segment": frnews.segment,
    "find_dateline": frnews.find_dateline,
    "find_quotes": frnews.find_quotes,
    "find_dates": lambda t: frnews.find_dates(t, reference=REF),
    "parse_date": lambda t: frnews.parse_date(t, reference=REF),
}


def _check_spans(text: str, result: object) -> None:
    if isinstance(result, frnews.Article):
        items: list[object] = [*result.blocks, *result.photo_credits, *result.dates]
        items += [*result.quotes, *(q.speaker for q in result.quotes if q.speaker)]
        if result.dateline is not None:
            items.append(result.dateline)
    elif isinstance(result, frnews.TemporalValue):
        items = []
    elif isinstance(result, tuple):
        items = list(result)
    elif result is None:
        items = []
    else:
        items = [result]
    for item in items:
        span = item.span  # type: ignore[attr-defined]
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == item.text  # type: ignore[attr-defined]


@pytest.mark.parametrize("func", FUNCTIONS.values(), ids=FUNCTIONS.keys())
@pytest.mark.parametrize("make", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_adversarial_input_finishes(make, func):
    text = make(200_000)
    result = func(text)
    _check_spans(text, result)


def test_ten_megabyte_single_line():
    text = ADVERSARIAL["single-line"](10 * MB)
    art = frnews.parse(text)
    assert len(art.blocks) >= 1
    _check_spans(text, art)


def test_one_megabyte_of_digits_and_of_1er():
    for text in (ADVERSARIAL["digits"](MB), ADVERSARIAL["1er-repeated"](MB)):
        _check_spans(text, frnews.parse(text))


LINEAR = [
    "open-guillemets",
    "nested-guillemets",
    "digits",
    "1er-repeated",
    "open-parens",
    "single-line",
    "empty-lines",
    "months",
    "weekdays",
    "capitals-and-slashes",
    "datelines",
    "nfd-accents",
    "short-lines",
    "dated-paragraphs",
    "counted-year-then-days",
    "centuries",
]


@pytest.mark.parametrize("name", LINEAR)
def test_time_grows_linearly(name):
    make = ADVERSARIAL[name]
    assert_linear(FUNCTIONS["parse"], make(40_000), make(320_000), name)


@pytest.mark.parametrize("name", ["digits", "months", "1er-repeated", "single-line", "weekdays"])
def test_parse_date_time_grows_linearly(name):
    # parse_date reads the whole string as one expression: it must give up in linear time
    make = ADVERSARIAL[name]
    assert_linear(FUNCTIONS["parse_date"], make(40_000), make(320_000), name)
