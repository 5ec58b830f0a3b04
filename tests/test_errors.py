"""Clear errors at every public boundary: the message names the function, the argument
and what is expected (issue 6). Any ``str`` is valid text and never raises."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import frnews

BAD_CALLS = [
    # (id, call, exception, message)
    (
        "parse-none",
        lambda: frnews.parse(None),
        TypeError,
        "parse() argument 'text' must be str, not NoneType",
    ),
    (
        "parse-bytes",
        lambda: frnews.parse(b"x"),
        TypeError,
        "parse() argument 'text' must be str, not bytes: decode it first, e.g. data.decode('utf-8')",
    ),
    (
        "parse-published-str",
        lambda: frnews.parse("x", published="2023-10-19"),
        TypeError,
        "parse() argument 'published' must be a datetime.date, a datetime.datetime or None, not str: use datetime.date.fromisoformat('2023-10-19')",
    ),
    (
        "parse-published-int",
        lambda: frnews.parse("x", published=20231019),
        TypeError,
        "parse() argument 'published' must be a datetime.date, a datetime.datetime or None, not int",
    ),
    (
        "segment-int",
        lambda: frnews.segment(3),
        TypeError,
        "segment() argument 'text' must be str, not int",
    ),
    (
        "find-dateline-list",
        lambda: frnews.find_dateline(["x"]),
        TypeError,
        "find_dateline() argument 'text' must be str, not list",
    ),
    (
        "find-quotes-bytes",
        lambda: frnews.find_quotes(b"x"),
        TypeError,
        "find_quotes() argument 'text' must be str, not bytes: decode it first",
    ),
    (
        "find-dates-none",
        lambda: frnews.find_dates(None),
        TypeError,
        "find_dates() argument 'text' must be str, not NoneType",
    ),
    (
        "find-dates-reference",
        lambda: frnews.find_dates("x", reference="2023-10-19"),
        TypeError,
        "find_dates() argument 'reference' must be a datetime.date, a datetime.datetime or None, not str",
    ),
    (
        "find-dates-prefer-value",
        lambda: frnews.find_dates("x", prefer="futur"),
        ValueError,
        "find_dates() argument 'prefer' must be one of 'auto', 'past', 'future', 'nearest', not 'futur'",
    ),
    (
        "find-dates-prefer-type",
        lambda: frnews.find_dates("x", prefer=1),
        TypeError,
        "find_dates() argument 'prefer' must be a str",
    ),
    (
        "find-dates-locale-value",
        lambda: frnews.find_dates("x", locale="en-US"),
        ValueError,
        "find_dates() argument 'locale' must be one of 'fr-FR', 'fr-CA', 'fr-BE', 'fr-CH' "
        "(France, Quebec and Canada, Belgium, Switzerland), not 'en-US'",
    ),
    (
        "find-dates-locale-type",
        lambda: frnews.find_dates("x", locale=None),
        TypeError,
        "find_dates() argument 'locale' must be a str, one of fr-FR, fr-CA, fr-BE, fr-CH; "
        "not NoneType",
    ),
    (
        "parse-date-locale",
        lambda: frnews.parse_date("la fête du Travail", locale="fr"),
        ValueError,
        "parse_date() argument 'locale' must be one of",
    ),
    (
        "parse-locale",
        lambda: frnews.parse("Texte.", locale="fr-QC"),
        ValueError,
        "parse() argument 'locale' must be one of",
    ),
    (
        "parse-many-locale",
        lambda: frnews.parse_many(["Texte."], locale=("fr", "CA")),
        TypeError,
        "parse_many() argument 'locale' must be a str",
    ),
    (
        "parse-date-none",
        lambda: frnews.parse_date(None),
        TypeError,
        "parse_date() argument 'expression' must be str, not NoneType",
    ),
    (
        "parse-date-reference",
        lambda: frnews.parse_date("hier", reference=5),
        TypeError,
        "parse_date() argument 'reference' must be a datetime.date, a datetime.datetime or None, not int",
    ),
    (
        "parse-date-prefer",
        lambda: frnews.parse_date("jeudi", prefer="soon"),
        ValueError,
        "parse_date() argument 'prefer' must be one of",
    ),
    (
        "parse-many-int",
        lambda: list(frnews.parse_many(5)),
        TypeError,
        "parse_many() argument 'texts' must be an iterable of str or (str, published) pairs, not int",
    ),
    (
        "parse-many-jobs-zero",
        lambda: list(frnews.parse_many(["a"], n_jobs=0)),
        ValueError,
        "parse_many() argument 'n_jobs' must be -1 (every core) or at least 1, not 0",
    ),
    (
        "parse-many-jobs-bool",
        lambda: list(frnews.parse_many(["a"], n_jobs=True)),
        TypeError,
        "parse_many() argument 'n_jobs' must be an int, not bool",
    ),
    (
        "parse-many-jobs-float",
        lambda: list(frnews.parse_many(["a"], n_jobs=2.0)),
        TypeError,
        "parse_many() argument 'n_jobs' must be an int, not float",
    ),
    (
        "parse-many-chunk",
        lambda: list(frnews.parse_many(["a"], chunk_size=0)),
        ValueError,
        "parse_many() argument 'chunk_size' must be at least 1, not 0",
    ),
    (
        "parse-many-item",
        lambda: list(frnews.parse_many(["a", 1])),
        TypeError,
        "parse_many() argument 'texts[1]' must be a str or a (text, published) pair, not int",
    ),
    (
        "span-bounds",
        lambda: frnews.Span(3, 1),
        ValueError,
        "Span needs 0 <= start <= end, got start=3, end=1",
    ),
    (
        "span-negative",
        lambda: frnews.Span(-1, 1),
        ValueError,
        "Span needs 0 <= start <= end, got start=-1, end=1",
    ),
]


@pytest.mark.parametrize(
    ("call", "error", "message"), [c[1:] for c in BAD_CALLS], ids=[c[0] for c in BAD_CALLS]
)
def test_bad_arguments_raise_a_clear_error(call, error, message):
    with pytest.raises(error, match=re.escape(message)):
        call()


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00",
        "\ud800",
        "«",
        "»",
        "\u202e",
        "🇫🇷",
        "\r",
        "\x85",
        "\N{ZERO WIDTH NO-BREAK SPACE}",
    ],
)
def test_any_str_is_valid_input(text):
    ref = dt.date(2023, 10, 19)
    frnews.parse(text, published=ref)
    frnews.segment(text)
    frnews.find_dateline(text)
    frnews.find_quotes(text)
    frnews.find_dates(text, reference=ref)
    assert frnews.parse_date(text, reference=ref) is None
    list(frnews.parse_many([text]))
