"""The shortcuts of speed session 9 in the resolution give what the paths they replace give.

* ``rules._stdlib_safe``, the one check of whether the stdlib ``re`` may read a text (for
  the scan's rules, ``alike=rules._engines_agree``, and for the tense's patterns,
  ``alike=resolve._inert``), read on the text's Latin-1 bytes when the caller has them, or
  on the text without its guillemets: the same answer as the class search it replaces,
  ``all(alike(ch) for ch in set(rules._RE_UNSAFE.findall(low)))``;
* the tense of :class:`resolve._ClauseTense`, which lists the starts and ends of the
  expressions only when a tense is computed: the tense :func:`resolve.tense_at` gives with
  the expressions as ``spans``.

Each check is also shown to fail when its shortcut is broken.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from frnews.dates import resolve, rules
from frnews.text import fold
from tests.deep import examples

SETTINGS = settings(
    max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

#: The two readings of "alike": where the modules agree on \w, \s and \d (the scan), and
#: where a character is neither a word nor a space character for both (the tense).
ALIKE = (rules._engines_agree, resolve._inert)

# fmt: off
#: Characters on which the two regular expression modules agree or not: safe marks within
#: and beyond Latin-1, inert ones (a photo credit's ``©``, an arrow), a superscript and an
#: Arabic-Indic digit (``\w`` or ``\d`` for one module only), spaces for ``re`` only, a
#: question mark (the stand-in of the characters beyond Latin-1 in the bytes).
ODD = "«»°·×“”…€•©→\u2028\u09f4\x1c\x1fЖ平\u0663\u00b2\u00e9?’\u00a0"
PIECES = [
    "le", "3", "mai", "2024", "hier", "il a dit", "qu'il viendrait", "en juillet", "à", "été",
    " ", "\n", ",", ".", "« ", " »", "© AFP", "…", "?",
]
# fmt: on
odd_text = st.lists(st.sampled_from([*PIECES, *ODD]), max_size=60).map("".join)


def _class_search(low: str, alike) -> bool:
    """The definition: the characters ``rules._RE_UNSAFE`` finds are all read alike."""
    return all(alike(ch) for ch in set(rules._RE_UNSAFE.findall(low)))


def _check_safe(text: str) -> None:
    low = fold(text).text
    for alike in ALIKE:
        expected = _class_search(low, alike)
        assert rules._stdlib_safe(low, alike, rules._latin1(low)) == expected, alike
        assert rules._stdlib_safe(low, alike) == expected, alike
    assert rules._only_safe(low) == (rules._RE_UNSAFE.search(low) is None)


@pytest.mark.parametrize(
    "text",
    [
        "Le 3 mai, il a dit « hier » qu'il viendrait en juillet.",  # guillemets only
        "Le 3 mai 2024 à Paris.",  # ASCII once folded
        "« Nous verrons », a-t-il ajouté. © AFP",  # an inert mark: safe for the tense only
        "Il arrive le 3 mai → puis le 4 ; coût : 12 €…",  # marks beyond Latin-1
        "Le 3\x1cmai",  # a space for re only
        "Le 3 mai\u2028il viendra",  # a line separator: a space for both, inert for neither
        "Le ² mai",  # a superscript: \w for re only
        "Le \u0663 mai ?",  # an Arabic-Indic digit, and a question mark
        "Москва, 3 мая",  # letters beyond Latin-1: \w for both, not inert
        "“" * 70 + "\u2028",  # many characters beyond Latin-1: the class search itself
        "?" * 40 + "\u2028",  # many question marks, one unsafe character
        "",
    ],
)
def test_the_safety_check_is_the_class_search_on_news_sentences(text):
    _check_safe(text)


@SETTINGS
@given(st.one_of(odd_text, st.text(alphabet=st.sampled_from(ODD + "ab 1"), max_size=200)))
@example("le 3 mai « hier » “ok” ©")
@example("le 3\x1cmai « x »")
def test_the_safety_check_is_the_class_search(text):
    _check_safe(text)


@SETTINGS
@given(st.text(max_size=80))
def test_the_safety_check_is_the_class_search_on_any_text(text):
    _check_safe(text)


@pytest.mark.parametrize(
    ("name", "value", "text"),
    [
        # a character beyond Latin-1 let in
        ("_SAFE_WIDE", frozenset("“”…€•\u09f4"), "le 3 mai\u09f4hier"),
        # a byte let in
        ("_SAFE_BYTES", rules._SAFE_BYTES + b"\x1c", "le 3\x1cmai, à 9 h"),
        # an unsafe character taken for a guillemet
        ("_GUILLEMET_BYTES", (b"\xab", b"\xbb", b"\xb2"), "le \u00b2 mai"),
        ("_GUILLEMETS", ("\xab", "\xbb", "\xb2"), "le \u00b2 mai"),
    ],
)
def test_the_safety_test_fails_when_an_unsafe_character_is_let_in(monkeypatch, name, value, text):
    monkeypatch.setattr(rules, name, value)
    with pytest.raises(AssertionError):
        _check_safe(text + " « é »")


# fmt: off
#: Sentences with several expressions, some placed by the tense of their clause.
TENSE_TEXTS = [
    "Le navire a fait escale en juillet, une réunion est prévue en novembre et lundi.",
    "Il avait annoncé mardi qu'il viendrait en mars, puis jeudi il a renoncé.",
    "Depuis janvier, les ventes ont chuté ; elles reprendront en septembre, dit-il le 3 mai.",
    "« Nous verrons en juin », a-t-il ajouté samedi. Le 14, il partira.",
    "Le 3 mai 2024, hier et demain.",
    "Il y a deux semaines, en juillet, rien.",
]
# fmt: on


@pytest.mark.parametrize("text", TENSE_TEXTS)
def test_the_lazy_clause_tense_is_tense_at(text):
    ctx = rules.Context.of(text)
    readings = rules.scan(ctx)
    assert readings
    spans = [(r.start, r.end) for r in readings]
    clause = resolve._ClauseTense(ctx.low, ctx.low, readings, resolve._SafeStretch(ctx.low))
    for r in readings:
        expected = resolve.tense_at(ctx.low, ctx.low, r.start, r.end, spans)
        assert clause.at(r.start, r.end)() == expected, (text, r.start)
    values = resolve.resolve_all(readings, ctx.low, ctx.low, dt.date(2023, 10, 19))
    assert all(v is not None for v in values)


def test_the_lazy_clause_tense_test_fails_when_the_expressions_are_lost():
    text = "Il y a deux semaines, en juillet, rien."  # the "a" of "il y a": no cue
    ctx = rules.Context.of(text)
    readings = rules.scan(ctx)
    spans = [(r.start, r.end) for r in readings]
    broken = resolve._ClauseTense(ctx.low, ctx.low, [], resolve._SafeStretch(ctx.low))
    answers = [broken.at(r.start, r.end)() for r in readings]
    expected = [resolve.tense_at(ctx.low, ctx.low, r.start, r.end, spans) for r in readings]
    assert answers != expected  # without the other expressions, their words become cues


def _picked(opts):
    """What the resolver reads of an _Options: its candidates, the nearest one and its
    distance in days, the past, future and nearest ones (plain and strict)."""
    near = opts.nearest()
    return (
        [(c.grain, c.start) for c in opts.cands],
        near and (near.start, opts.near_days()),
        [[c and c.start for c in opts.picks(strict)] for strict in (False, True)],
    )


#: The kinds of _options: (kind, n, day, spec).
KINDS = [
    ("month", 9, 0, ""),
    ("day", 2, 29, ""),
    ("day", 12, 31, ""),
    ("weekday", 3, 0, ""),
    ("season", 6, 0, ""),
    ("holiday", 0, 0, "easter+1"),
    ("holiday", 0, 0, "12-25"),
]


@SETTINGS
@given(
    st.sampled_from(KINDS),
    st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 12, 31)),
)
@example(("day", 2, 29, ""), dt.datetime(2024, 2, 29, 23, 59, 59, 999999))
@example(("weekday", 4, 0, ""), dt.datetime(2023, 10, 19, 12, 30))
def test_the_options_of_a_day_are_those_of_its_times(kind, ref):
    """_options is asked with the reference's day (_State.day): what it gives is what it
    gave for the reference with its time."""
    name, n, day, spec = kind
    midnight = dt.datetime(ref.year, ref.month, ref.day)
    fresh = resolve._options.__wrapped__  # not cached: each is built for its own reference
    assert _picked(fresh(name, ref, n, day, spec)) == _picked(fresh(name, midnight, n, day, spec))


def test_the_state_has_the_day_of_the_reference():
    for reference, day in [
        (dt.datetime(2023, 10, 19, 17, 45), dt.datetime(2023, 10, 19)),
        (dt.datetime(2023, 10, 19, 0, 0, 0, 5), dt.datetime(2023, 10, 19)),
        (dt.date(2023, 10, 19), dt.datetime(2023, 10, 19)),
    ]:
        assert resolve._state(reference, "auto").day == day
    assert resolve._state(None, "auto").day is None


def test_the_options_test_fails_when_the_time_is_read(monkeypatch):
    def days_away(c, ref):  # the time of the reference counted
        return abs((c.start - ref).total_seconds()) / 86400

    monkeypatch.setattr(resolve, "_days_away", days_away)
    with pytest.raises(AssertionError):
        test_the_options_of_a_day_are_those_of_its_times.hypothesis.inner_test(
            ("month", 9, 0, ""), dt.datetime(2023, 10, 19, 12, 30)
        )
