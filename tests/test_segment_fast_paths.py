"""The shortcuts of the segmenter give what the plain computations give.

The scans that pick the units a credit rule may match (``trailing_credit_candidates``,
``credit_line_candidates``) must never leave out a unit the rule matches; the ASCII count
of ``_mostly_upper`` and the one-unit-a-line path of ``split_units`` must give what the
reference computations (kept in the code, or in this file) give. Texts are news-like
pieces with credits, every kind of line break and odd spaces, and random text.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frnews.segment import credits, units
from frnews.segment.units import Unit, split_units
from frnews.text import LINE_BREAKS, fold
from tests.deep import examples

# fmt: off
PIECES = [
    "Le ministre a parlé", "jeudi", "à Kiev", "la photo", "une image", "vidéo", "archives",
    "crédit", "Illustration", "Capture d'écran", "infographie", "PHOTO", "Photo :", "Photo",
    "REUTERS", "AFP", "Getty Images", "La Presse", "Le Devoir", "EDUARDO SOTERAS", "Bob Edme",
    "Jacques Nadeau", "pour Libération", "Denis Allard", "©", "(c)", "copyright", "(", ")",
    "(PHOTO", "AGENCE KCNA PAR REUTERS", "/", " / ", "/AP", "12/10", ":", " - ", "-", "—",
    ".", "!", "?", "»", "«", "”", '"', ",", ";", "'", "Image: Keystone", "LUDOVIC MARIN",
    "Ville de Québec", "Photo d'archives", "[Keystone - Peter Klaunzer]", "[", "]", "|",
    " | ", "BELGA PHOTO NICOLAS MAETERLINCK", "Photo AFP", "POOL", "Capture d'écran Telegram",
]
BREAKS = ["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", *LINE_BREAKS, "\n \n", "\n\t\n"]
JOINERS = [" ", " ", "  ", "", "\t", "\u3000", "\x1f", "\u00a0", *BREAKS]
# fmt: on
newsish = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(JOINERS)), max_size=40).map(
    lambda parts: "".join(p + j for p, j in parts)
)
TEXTS = st.one_of(newsish, st.text(max_size=200))
SETTINGS = settings(
    max_examples=examples(400), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _units(text: str) -> tuple[str, str, list[tuple[int, int]]]:
    cased = fold(text, lower=False)
    lower = cased.lower()
    return lower.text, cased.text, [(u.start, u.end) for u in split_units(cased)]


#: Each whole-text scan and the matcher whose units it must not leave out.
SCANS = [
    pytest.param(
        credits.trailing_credit_candidates, credits.match_trailing_credit, id="trailing-credits"
    ),
    pytest.param(credits.credit_line_candidates, credits.match_credit_line, id="credit-lines"),
]


@pytest.mark.parametrize(("scan", "match"), SCANS)
@SETTINGS
@given(text=TEXTS)
def test_no_unit_left_out_of_a_credit_scan_is_a_credit(scan, match, text):
    lower, cased, spans = _units(text)
    found = scan(lower, [s for s, _ in spans], [e for _, e in spans])
    for i, (s, e) in enumerate(spans):
        if i not in found:
            assert match(lower[s:e], cased[s:e]) is None, cased[s:e]


def test_the_credit_scans_keep_the_credits_of_real_looking_lines():
    text = (
        "Le président, à Addis-Abeba, le 18 février 2023. EDUARDO SOTERAS / AFP\n\n"
        "PHOTO AGENCE KCNA PAR REUTERS\n\n"
        "Il a parlé.\r\n© Henri Frasque\u2028Getty Images\n"
        "Des dégâts à Hasparren. - Bob Edme/AP\n"
        "Le chlorothalonil est utilisé depuis des années. Image: Keystone\n"
        "Le conseiller fédéral à Berne [Keystone - Peter Klaunzer]"
    )
    lower, cased, spans = _units(text)
    starts, ends = [s for s, _ in spans], [e for _, e in spans]
    trailing = credits.trailing_credit_candidates(lower, starts, ends)
    lines = credits.credit_line_candidates(lower, starts, ends)
    matched_trailing = {
        i
        for i, (s, e) in enumerate(spans)
        if credits.match_trailing_credit(lower[s:e], cased[s:e]) is not None
    }
    matched_lines = {
        i
        for i, (s, e) in enumerate(spans)
        if credits.match_credit_line(lower[s:e], cased[s:e]) is not None
    }
    assert len(matched_trailing) == 4
    assert matched_trailing <= trailing
    assert len(matched_lines) == 3
    assert matched_lines <= lines
    assert len(trailing) < len(spans)
    assert len(lines) < len(spans)


@SETTINGS
@given(st.text(max_size=60), st.text(alphabet="ABCabc Éé/-.1", max_size=30))
def test_the_ascii_count_of_capitals_is_the_character_count(text, short):
    for s in (text, short, text.upper()):
        assert credits._mostly_upper(s) == credits._mostly_upper_any(s)


def _split_units_reference(text: str) -> list[Unit]:
    """split_units as first written: every line through rstrip, the wrap decided first."""
    lines: list[tuple[int, int, bool]] = []
    pos = 0
    blank = False
    for raw in text.splitlines(keepends=True):
        start = pos
        pos += len(raw)
        body = raw.rstrip(LINE_BREAKS)
        stripped = body.strip(units._WS)
        if not stripped:
            blank = True
            continue
        s = start + len(body) - len(body.lstrip(units._WS))
        lines.append((s, s + len(stripped), blank))
        blank = False
    if not lines:
        return []
    wrapped = units._wrapped(lines, text)
    out: list[Unit] = []
    us, ue, n, ublank = lines[0][0], lines[0][1], 1, False
    last_len = ue - us
    for s, e, blank in lines[1:]:
        join = (
            not blank
            and text[ue - 1] not in units._TERMINAL
            and (text[s].islower() or (wrapped and last_len >= 40))
        )
        last_len = e - s
        if join:
            ue, n = e, n + 1
            continue
        out.append(Unit(us, ue, n, ublank))
        us, ue, n, ublank = s, e, 1, blank
    out.append(Unit(us, ue, n, ublank))
    return out


WRAPPED = st.lists(
    st.tuples(
        st.text(alphabet="abcdefghij ABC.,", min_size=0, max_size=70),
        st.sampled_from(["\n", "\n", "\n\n", "\r\n", "\r", "\u2028", "\n \n"]),
    ),
    max_size=12,
).map(lambda parts: "".join(p + j for p, j in parts))


@SETTINGS
@given(st.one_of(TEXTS, WRAPPED))
def test_split_units_gives_the_units_of_the_reference(text):
    folded = fold(text, lower=False)
    got = split_units(folded)
    assert got == _split_units_reference(folded.text)
    assert all(type(u) is Unit for u in got)


def test_split_units_one_unit_a_line_and_joined_lines():
    text = "\n\n  Titre\n\nUn texte.\r\n\r\nFin.\n"
    assert split_units(fold(text)) == _split_units_reference(text)
    assert [u.blank_before for u in split_units(fold(text))] == [False, True, True]
    wire = "\n".join(itertools.repeat("un texte de depeche coupe a largeur fixe sans point", 4))
    assert [u.lines for u in split_units(fold(wire))] == [4]


@SETTINGS
@given(st.one_of(TEXTS, st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=80)))
def test_the_ascii_words_of_a_heading_are_the_regex_words(text):
    from frnews.segment import headings

    line = fold(text, lower=False).text
    if line.isascii():
        assert headings._ASCII_WORD.findall(line) == headings._WORD.findall(line)


@pytest.mark.parametrize(
    "line",
    ["Livraisons en cours ?", "Le 3e round", "A", "12 morts", "L'an 2000 a 10h", "a_b C_d", "x1"],
)
def test_the_ascii_words_of_real_looking_headings(line):
    from frnews.segment import headings

    assert headings._ASCII_WORD.findall(line) == headings._WORD.findall(line)


MARKER_PIECES = st.lists(
    st.sampled_from([*credits._MARKER_WORDS, "phot", "imag", "credi", "t", "o", " ", "le", "."]),
    max_size=8,
).map("".join)


@SETTINGS
@given(st.one_of(TEXTS, MARKER_PIECES))
def test_the_marker_word_search_is_the_search_of_each_word(text):
    window = fold(text).text
    found = credits._MARKER_WORD.search(window) is not None
    assert found == any(m in window for m in credits._MARKER_WORDS)


def test_the_dispatch_tables_follow_the_rule_tuples():
    lines = credits._line_dispatch()
    assert [rule for rule, _, _ in lines] == list(credits.LINE_RULES)
    firsts = credits._line_firsts()
    for rule, need, starts in lines:
        assert need == credits._LINE_NEEDS.get(rule.__name__)
        assert starts == firsts.get(rule.__name__)
    trailing = credits._trailing_dispatch()
    assert [name for name, _, _, _ in trailing] == list(credits.TRAILING_RULES)
    patterns = credits._trailing_patterns()
    for name, need, pattern, on_cased in trailing:
        assert need is credits._TRAILING_NEEDS[name]
        assert pattern is patterns[name]
        assert on_cased == (
            name
            in (
                "caps-name-slash-agency",
                "name-slash-agency-end",
                "paren-slash-agency",
                "photo-name-for",
                "photo-name-end",
                "bracket-agency",
                "marker-agency-end",
                "caps-agency-photo",
                "caps-name-for",
                "agency-dash-name",
                "bar-agency",
            )
        )
