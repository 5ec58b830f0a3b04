"""The date scan's shortcuts of speed session 8 give what the paths they replace give.

Each shortcut is checked against the plain computation it replaces (kept in the library
or written here), on real-looking sentences and on news-like random text, and each test is
checked to fail when its shortcut is broken.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from frnews.dates import rules
from frnews.dates.model import Duration, Grain, TimexType
from frnews.dates.reading import Reading
from frnews.text import fold
from tests.deep import examples

SETTINGS = settings(
    max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

# fmt: off
#: Pieces of text around the anchors: head words with and without their hyphen, digits of
#: other scripts, characters beyond Latin-1, question marks (the Latin-1 bytes' stand-in).
PIECES = [
    "le", "la", "en", "à", "mi", "l'", "après-midi", "apres midi", "après", "midi",
    "week-end", "week end", "week-ends", "weekend", "saint-jean-baptiste", "saint jean",
    "avant-veille", "avant veille", "veille", "saint-valentin", "saint-", "-midi", "end",
    "3", "12", "2024", "1er", "12h30", "x4", "septembre", "sept", "mars", "hier", "été",
    "jours", "an", "annees", "\u0663", "\u00b2", "?", "Ж", "’", "«", "»", "…", "œ", "_",
    "\u00a0", "-", " ", "\n", ",", ".",
]
# fmt: on
JOINERS = st.sampled_from(["", " ", "-", ".", ",", "'", "\n", "?", "Ж"])
news = st.lists(st.tuples(st.sampled_from(PIECES), JOINERS), max_size=40).map(
    lambda parts: "".join(p + j for p, j in parts)
)


def _reference_anchors(low: str) -> list[tuple[int, int]]:
    return [m.span() for m in rules._anchor_patterns()[0].finditer(low)]


def _long(text: str) -> str:
    """``text`` made long enough (256 characters or more) for the two-scan path."""
    return fold(text + " " + "." * 256 + " " + text).text


@pytest.mark.parametrize(
    "text",
    [
        "Le conseil se réunira dans l'après-midi du 3 mars, puis le week-end suivant.",
        "Il est arrivé en début d'après midi, et repartira le week end prochain.",
        "La veille de la Saint-Jean-Baptiste, puis à la saint jean, l'avant veille.",
        "Entre le 12 et le 14 septembre 2024, à 12h30, mi-septembre.",
        "Des chiffres d'autres écritures : \u0663 mars, puis « 3 mars » … et Ж 2024.",
        "Une question ? Le 3 mars ? " + "Ж" * 70 + " le 4 mars.",
    ],
)
def test_anchors_of_real_sentences_are_the_anchor_pattern_matches(text):
    low = _long(text)
    assert rules._anchors(low) == _reference_anchors(low)


@SETTINGS
@given(news)
@example("apres midi week end")
@example("\u0663" + "Ж" * 80)
def test_anchors_are_the_anchor_pattern_matches_with_hyphen_heads(text):
    low = _long(text)
    assert rules._anchors(low) == _reference_anchors(low)


def test_the_anchor_test_sees_a_hyphen_head_written_apart(monkeypatch):
    """The test above fails when the search by bytes is kept for a head word with a hyphen
    written with another separator (``apres midi``: the heads ``apres`` and ``midi``)."""
    low = _long("dans l'apres midi")
    monkeypatch.setattr(rules, "_hyphen_head_min", lambda: 10**6)
    assert rules._anchors(low) != _reference_anchors(low)


def test_the_head_words_are_what_the_search_by_bytes_assumes():
    """The search on bytes holds for head words of letters a-z and inner hyphens only: a
    head added to a lexicon with another character must change the search first."""
    heads = rules._heads()
    assert all(h.replace("-", "").isalpha() and h.isascii() and h.islower() for h in heads)
    assert all("--" not in h and h[0] != "-" and h[-1] != "-" for h in heads)


def test_the_anchor_test_sees_a_digit_of_another_script(monkeypatch):
    """It fails when the characters beyond Latin-1 are not looked at (a decimal digit of
    another script is then left out of the anchors)."""
    low = _long("le \u0663 mars")
    assert rules._anchors(low) == _reference_anchors(low)
    latin1 = rules._latin1
    monkeypatch.setattr(rules, "_latin1", lambda text: (latin1(text)[0], False))
    assert rules._anchors(low) != _reference_anchors(low)


# Builders set the fields of a reading one by one on ``Reading(start, end, rule)`` instead
# of passing them as keywords, and read month and day numbers from tables and caches:
# the readings are those the keywords gave.
_DAY = Grain.DAY
_R = Reading
BUILT = [
    (
        "Il a été entendu pendant trois jours.",
        _R(25, 36, "duration", type=TimexType.DURATION, duration=Duration(3, _DAY), timex="P3D"),
    ),
    (
        "Le festival aura lieu du 3 au 5 novembre.",
        _R(
            25, 40, "day_month", month=11, day=3, range_end=_R(30, 40, "day_month", month=11, day=5)
        ),
    ),
    ("Il est arrivé jeudi soir.", _R(14, 24, "weekday", type=TimexType.TIME, weekday=4, part="EV")),
    (
        "Le conseil se réunit à 14 h 30.",
        _R(23, 30, "clock", type=TimexType.TIME, hour=14, minute=30),
    ),
    ("Il partira en mars 2024.", _R(14, 23, "month", year=2024, month=3)),
    (
        "La semaine dernière, rien.",
        _R(0, 19, "relative_unit", rel_unit=Grain.WEEK, rel_offset=-1, anchor="ref"),
    ),
    (
        "Ce matin, il pleuvait.",
        _R(0, 8, "part_of_day", type=TimexType.TIME, part="MO", deictic=True),
    ),
    ("Il reviendra à Noël 2024.", _R(15, 24, "holiday", year=2024, holiday="12-25")),
    ("En 2023, la loi a changé.", _R(3, 7, "year", year=2023)),
    ("Il y a trois jours, il est parti.", _R(0, 18, "ago", anchor="ref", shift=((-3, _DAY),))),
    ("Il reviendra dans deux semaines.", _R(13, 31, "in", anchor="ref", shift=((2, Grain.WEEK),))),
    (
        "Trois jours plus tard, il est revenu.",
        _R(0, 21, "later", anchor="narr", shift=((3, _DAY),)),
    ),
    # month numbers from the table of ints, day numbers from the cached _day_value
    ("Le vote a eu lieu le 1er oct. 2023.", _R(21, 34, "day_month", year=2023, month=10, day=1)),
    ("Réunion le premier mars.", _R(11, 23, "day_month", month=3, day=1)),
    ("Il partira en déc. 2024.", _R(14, 23, "month", year=2024, month=12)),
]


@pytest.mark.parametrize(("text", "expected"), BUILT)
def test_builders_give_the_readings_of_the_keyword_construction(text, expected):
    assert rules.scan(rules.Context.of(text)) == [expected]


DURATIONS = [
    "trois jours",
    "trois  jours et deux heures",
    "48 heures",
    "un an et demi",
    "une dizaine d'annees",
    "des decennies",
    "1,5 an",
    "jours",
    "",
    "quelques semaines",
]


def _check_first_part(text: str) -> None:
    first = rules._DUR_PART_RE.match(text)
    expected = None if first is None else (" ".join(first.group("n").split()), first.group("u"))
    assert rules._first_dur_part(text) == expected


@SETTINGS
@given(st.one_of(st.sampled_from(DURATIONS), news.map(lambda t: fold(t).text)))
def test_the_first_part_of_a_duration_is_the_part_pattern_match(text):
    _check_first_part(text)


def test_the_duration_part_test_fails_when_the_count_keeps_its_spaces(monkeypatch):
    def unspaced(text: str) -> tuple[str, str] | None:
        first = rules._DUR_PART_RE.match(text)
        return None if first is None else (first.group("n"), first.group("u"))

    monkeypatch.setattr(rules, "_first_dur_part", unspaced)
    with pytest.raises(AssertionError):
        _check_first_part("vingt  et  un jours")
