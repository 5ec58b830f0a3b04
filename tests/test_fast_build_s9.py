"""The fast paths of the date builders (speed pass, session 9): each agrees with the path it
replaces.

* ``reading._fresh`` builds what ``Reading(start, end, rule)`` builds;
* ``rules._NUMS`` / ``rules._NUM`` give the group numbers that ``rules._GROUPS`` (read by
  ``_g``/``_gs``) gives, for every key the builders use;
* the patterns a builder now runs once, or precompiled, read what the ones they replace read.
"""

from __future__ import annotations

import copy
import pickle
import re
from pathlib import Path

import attrs
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from frnews.dates import rules
from frnews.dates.reading import Reading, _fresh, evolve
from tests.deep import examples

SETTINGS = settings(max_examples=examples(150), deadline=None)


@SETTINGS
@given(st.integers(0, 1 << 40), st.integers(0, 1 << 40), st.text(max_size=12))
def test_a_fresh_reading_is_the_constructors(start, end, rule):
    fast = _fresh(start, end, rule)
    plain = Reading(start, end, rule)
    assert type(fast) is Reading
    assert fast == plain
    assert repr(fast) == repr(plain)
    for field in attrs.fields(Reading):  # every slot is set (an unset one raises here)
        assert getattr(fast, field.name) == getattr(plain, field.name), field.name
        assert type(getattr(fast, field.name)) is type(getattr(plain, field.name)), field.name
    assert pickle.loads(pickle.dumps(fast)) == plain
    assert copy.copy(fast) == plain
    assert evolve(fast, day=3) == attrs.evolve(plain, day=3)
    fast.day = 3  # a reading stays mutable: the builders set fields one by one
    assert fast.day == 3


def _keys(table: str) -> set[str]:
    """The keys of ``_NUMS`` or ``_NUM`` written in the rules' source."""
    source = Path(rules.__file__).read_text(encoding="utf-8")
    return set(re.findall(table + r'\["([^"]+)"\]', source))


def test_the_builders_use_group_numbers():
    assert len(_keys("_NUMS")) >= 12
    assert len(_keys("_NUM")) >= 6


@pytest.mark.parametrize("key", sorted(_keys("_NUMS")))
def test_the_group_numbers_are_the_named_groups(key):
    rules.scan(rules.Context.of("le 3 mai"))  # the rules compiled, _GROUPS filled
    rule, *names = key.split()
    assert rules._NUMS[key] == rules._numbers(rule, " ".join(names))
    assert rules._NUMS[key] == tuple(rules._GROUPS[rule][name] for name in names)
    pattern = {n: p for n, p, _ in rules._ready_rules()}[rule]
    assert rules._NUMS[key] == tuple(pattern.groupindex[f"{rule}_{name}"] for name in names)


@pytest.mark.parametrize("key", sorted(_keys("_NUM")))
def test_the_group_number_is_the_named_group(key):
    rules.scan(rules.Context.of("le 3 mai"))
    rule, name = key.split()
    pattern = {n: p for n, p, _ in rules._ready_rules()}[rule]
    assert rules._NUM[key] == rules._GROUPS[rule][name] == pattern.groupindex[f"{rule}_{name}"]


def test_an_unknown_group_is_a_key_error():
    rules.scan(rules.Context.of("le 3 mai"))
    with pytest.raises(KeyError):
        rules._NUMS["year y nothing"]
    with pytest.raises(KeyError):
        rules._NUM["nothing y"]


# The year builder's tests after a number, written as two patterns before and joined now.
_UNIT_OR_MONEY = regex.compile(
    r"\s*+(?:%|€|\$|£|euros?|dollars?|francs?|km|m|kg|t|mw|g|ha|\.\d|,\d)\b"
)
_MONEY_OR_DECIMALS = regex.compile(r"\s*+(?:%|€|\$|£|\.\d|,\d)")

AFTER_A_NUMBER = [
    " euros",
    " euro",
    "€ de plus",
    " €",
    "%",
    " % des voix",
    "$",
    ",5 million",
    ".5",
    " km de route",
    " m",
    " mw",
    " kg",
    " t",
    " tonnes",
    " ha",
    "  ",
    "",
    ", puis",
    " et 2024",
    " soldats",
    " mensuels",
    "€uros",
    "$100",
    "£",
    "\u00a0euros",
]


def _year_after_checks(after: str) -> list[bool]:
    return [
        (_UNIT_OR_MONEY.match(after) is not None or _MONEY_OR_DECIMALS.match(after) is not None)
        is (rules._NOT_YEAR_AFTER.match(after) is not None),
        (rules._YEAR_END_AFTER.match(after) is not None)
        is (regex.match(r"\s*+(?:[.,;:)!?\]»]|$|-\s|et\b|ou\b)", after) is not None),
        (rules._WORD_AFTER.match(after) is not None)
        is (regex.match(r"\s++[a-z]", after) is not None),
    ]


@pytest.mark.parametrize("after", AFTER_A_NUMBER)
def test_the_joined_tests_after_a_year_read_as_before(after):
    assert all(_year_after_checks(after))


@SETTINGS
@given(st.text(alphabet=" \u00a0\t%€$£.,;:km0123456789tgahuroesdlx-»]", max_size=10))
def test_the_joined_tests_after_a_year_read_as_before_on_any_text(after):
    assert all(_year_after_checks(after))


# What the builders read before this pass (the same sentences, the code of 4971114).
SENTENCES = [
    (
        "En 2023, puis fin 2024, 2 000 emplois et 1000 conteneurs.",
        [("2023", "2023"), ("fin 2024", "2024")],
    ),
    ("Il a touché 2000 euros en 2019.", [("2019", "2019")]),
    (
        "Le marché de Noël ouvre avant Noël, puis Noël Mamère parle.",
        [("Noël", "XXXX-12-25")],  # (session 26: « le marché de Noël » is no date)
    ),
    (
        "M. Jeudi a témoigné jeudi; Jeudi Dupont aussi.",
        [("jeudi", "XXXX-WXX-4"), ("Jeudi", "XXXX-WXX-4")],
    ),
    (
        "Il part jeudi. Jeudi, il reviendra pendant 48 heures.",
        [("jeudi", "XXXX-WXX-4"), ("Jeudi", "XXXX-WXX-4"), ("48 heures", "PT48H")],
    ),
    (
        "à 14 h 30, pendant 48 heures, 24h/24, puis 1 h 30 de route",
        [("14 h 30", "XXXX-XX-XXT14:30"), ("1 h 30", "PT1H30M")],
    ),
    (
        "la planète Mars, en mars, mai 45 personnes, Mai 68",
        [("mars", "XXXX-03"), ("mai", "XXXX-05"), ("Mai 68", "1968-05")],
    ),
    (
        "Le 31 février 2023 et le 3 au 5 novembre 2023",
        [("3 au 5 novembre 2023", "2023-11-03/2023-11-05")],
    ),
    (
        "Le 1er mai 2023 à 8:10 pm puis vers 9 h du soir.",
        [("1er mai 2023 à 8:10 pm", "2023-05-01T20:10"), ("vers 9 h du soir", "2023-05-01T21:00")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_the_builders_read_the_sentences(text, expected):
    from frnews.dates.api import find_dates

    assert [(m.text, m.value.timex) for m in find_dates(text)] == expected


@pytest.mark.parametrize(
    "text",
    [t for t, _ in SENTENCES]
    + [
        "Le 3\u00a0mai 2023, puis hier.",  # a no-break space: offsets mapped by span
        "Le 3 mai, puis l\u2019e\u0301te\u0301 2024.",  # combining accents: offsets mapped
    ],
)
def test_the_mentions_are_the_constructors(text):
    import datetime as dt

    from frnews.dates.api import find_dates
    from frnews.dates.model import DateMention
    from frnews.model import Span
    from tests.test_fast_paths import _same_object

    mentions = find_dates(text, reference=dt.date(2023, 10, 19))
    assert mentions
    for m in mentions:
        s, e = m.span.start, m.span.end
        assert text[s:e] == m.text
        _same_object(m, DateMention(text[s:e], Span(s, e), m.value))
