"""The prefilters of the segmenter and of the quote pass keep what the plain tests keep.

Each shortcut spares a slower test on most units of a text; these properties check, on
news-like and random text, that no unit the slower test accepts is left out.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from frnews.lexicons import alternation, load_table, tree_alternation
from frnews.quotes.api import _opens_in
from frnews.segment import credits
from frnews.segment.credits import _line_start_probe, _photo_agencies
from frnews.segment.furniture import (
    _LEAD,
    _NUMBER_FIRST,
    _READING_TIME,
    _SYNDICATION,
    _WIRE_LINE,
    _WORD_END,
    _first_words,
    _furniture_any,
    _unit_start_probe,
    furniture_candidates,
    is_furniture,
)
from frnews.segment.units import _newlines_only, split_units
from frnews.text import fold
from tests.deep import examples

# fmt: off
WORDS = [
    *sorted(_first_words()), "Lire", "PARTAGER", "Vidéo", "aussi", "Le", "ministre", "a",
    "parlé", "jeudi", "©", "(c)", "(C)", "Copyright", "2023", "AFP", "Publicité", "Écouter",
    ":", ".", "...", "|", "-", "!", "»", "›", "«", "“", "‘", "’", "[", "]", "[vidéo]",
    "\N{BLACK RIGHTWARDS ARROWHEAD}", ">", "\N{BLACK RIGHT-POINTING POINTER}",
]
SPACES = [" ", "  ", "\t", "\u00a0", "\u202f", "\x1f", "\u3000", "\u2003"]
BREAKS = ["\n", "\n\n", "\r\n", "\r\n\r\n", "\u2028", "\x0c", "\n \n", "\n\t"]
# fmt: on
line = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(["", *SPACES, ".", ":", "-", "!"])),
    max_size=6,
).map(lambda parts: "".join(w + j for w, j in parts))
texts = st.lists(
    st.tuples(st.sampled_from(["", *SPACES]), line, st.sampled_from(BREAKS)), max_size=12
).map(lambda lines: "".join(s + t + b for s, t, b in lines))
SETTINGS = settings(
    max_examples=examples(400), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _check_furniture(text: str) -> None:
    cased = fold(text, lower=False)
    lower = cased.lower().text
    units = split_units(cased)
    kept = set(furniture_candidates(lower, [u.start for u in units]))
    for i, (s, e, lines, _blank) in enumerate(units):
        if lines == 1 and is_furniture(lower[s:e]):
            assert i in kept, (text, lower[s:e])


@SETTINGS
@given(st.one_of(texts, st.text(max_size=120)))
@example("\x1flire aussi : la suite")
@example("Titre\n\u3000partager")
@example("Le texte.\n\n© 2023 Le Point. Tous droits réservés")
@example("Lire.:-! aussi")
@example("Le texte.\n\n[VIDÉO] Le ministre s'explique")
@example("Le texte.\n  \N{BLACK RIGHTWARDS ARROWHEAD}\tLire aussi : la suite")
@example("Le texte.\n> lire aussi")
def test_the_furniture_candidates_hold_every_furniture_unit(text):
    _check_furniture(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lire aussi : Le sommet\n\nMoscou a dénoncé.",
        "Le texte.\n\nPartager\n\nPublicité\n\nVidéo. Le missile décolle",
        "  Abonnez-vous\r\n\r\nCopyright 2023 Le Devoir",
    ],
)
def test_the_furniture_candidates_on_site_furniture(text):
    _check_furniture(text)
    cased = fold(text, lower=False)
    units = split_units(cased)
    lower = cased.lower().text
    assert any(is_furniture(lower[u.start : u.end]) for u in units)


FORMS = sorted({fold(e.form).text for e in load_table("furniture")})
furniture_lines = st.tuples(
    st.sampled_from(["", *FORMS, *(f.split()[0] for f in FORMS)]),
    st.sampled_from(["", *SPACES, ".", ":", "-", "!", " :", " 2023", "s"]),
    line,
).map(lambda parts: fold("".join(parts)).text)


@SETTINGS
@given(st.one_of(furniture_lines, line.map(lambda t: fold(t).text)))
@example("les magasins seront fermes")
@example("les plus lus")
@example("les  plus lus")
@example("les\x1fplus lus")
@example("en direct")
@example("en images : la fusee")
@example("[video] le ministre")
@example("[en direct] la seance")
@example("\N{BLACK RIGHTWARDS ARROWHEAD} lire aussi : la suite")
@example("facebook-abonnez-vous")
@example("3 min. de lecture")
@example("afp 141402 mar 24")
@example("duree de lecture : 4 minutes")
@example("article original publie sur bfmtv.com")
def test_the_second_word_check_of_furniture_keeps_every_match_of_the_pattern(low):
    # is_furniture without the check of the second word: the length, the lead, the first
    # word; and the lines it reads by their own patterns (a number first, a wire line, a
    # reading time, a syndication line)
    lead = _LEAD.match(low)
    rest = low[lead.end() :] if lead is not None else low
    words = rest.split(maxsplit=1)
    first = words[0].rstrip(_WORD_END) if words else ""
    short = len(low) <= 200
    if first[:1].isdigit():
        assert is_furniture(low) == (short and _NUMBER_FIRST.fullmatch(rest) is not None)
        return
    if short and _WIRE_LINE.fullmatch(rest) is not None:
        assert is_furniture(low)
        return
    tried = short and (first in _first_words() or rest.startswith(("©", "(c)", "copyright")))
    own = (first in ("lecture", "temps", "duree") and _READING_TIME.fullmatch(rest)) or (
        first == "article" and _SYNDICATION.fullmatch(rest)
    )
    assert is_furniture(low) == (tried and (bool(own) or _furniture_any().match(rest) is not None))


@SETTINGS
@given(texts, st.lists(st.integers(min_value=0, max_value=200), max_size=12))
def test_an_opening_mark_in_a_region_is_found_by_the_scan(text, cuts):
    bounds = sorted({min(c, len(text)) for c in cuts})
    starts, ends = bounds[0::2], bounds[1::2]
    starts = starts[: len(ends)]
    expected = any(c in text[s:e] for s, e in zip(starts, ends, strict=True) for c in "«“‘")
    assert _opens_in(text, starts, ends) == expected


@SETTINGS
@given(texts)
def test_the_newline_pattern_finds_what_the_line_break_pattern_finds(text):
    low = fold(text).text
    for probe in (_unit_start_probe(), _line_start_probe()):
        expected = [m.span(1) for m in probe.any_text.finditer(low)]
        assert [m.span(1) for m in probe.finditer(low, 0)] == expected
        if _newlines_only(low):
            assert [m.span(1) for m in probe.newlines.finditer(low)] == expected


@SETTINGS
@given(
    st.lists(st.text(alphabet="abcé-'. ", min_size=1, max_size=6), min_size=1, max_size=12),
    st.text(alphabet="abcé-'. x", max_size=40),
)
def test_the_prefix_tree_matches_what_the_plain_alternation_matches(forms, text):
    tree = re.compile(tree_alternation(forms))
    plain = re.compile(alternation(forms))
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for form in forms:
        assert tree.fullmatch(form)


@SETTINGS
@given(
    st.one_of(
        st.sampled_from(sorted(_photo_agencies())),
        st.text(alphabet="abcdegiklmnoprstuy -'.éÉ", min_size=1, max_size=20),
    ),
    st.sampled_from([str.upper, str.title, str.lower]),
)
def test_the_photo_agency_rule_reads_an_ascii_line_as_its_fold(name, case):
    cased = fold(case(name), lower=False).text
    lower = fold(case(name), lower=False).lower().text
    (rule,) = [r for r in credits.LINE_RULES if r.__name__ == "photo_agency_line"]
    expected = fold(cased).text in _photo_agencies()
    assert (rule(lower, cased) is not None) == expected
