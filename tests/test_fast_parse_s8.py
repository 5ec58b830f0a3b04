"""The fast paths of the segmenter and the quote pass (speed pass, session 8): each agrees
with the path it replaces."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from frnews.model import Block, BlockKind, PhotoCredit, Span, _photo_credit
from frnews.segment.credits import (
    CreditMatch,
    _credit_match,
    _line_groups,
    _line_patterns,
    match_credit_line,
)
from frnews.segment.segmenter import run
from frnews.text import fold
from tests.test_fast_paths import _same_object

_WORDS = st.text(alphabet="abcdeéÉ ©/-'().:AFPREUTERS", max_size=40)
_MAYBE = st.one_of(st.none(), _WORDS)


@given(
    rule=_WORDS,
    start=st.integers(0, 1 << 40),
    length=st.integers(0, 200),
    who=st.tuples(st.integers(0, 500), st.integers(0, 500)),
    side=st.sampled_from(["after", "before", "inline"]),
    medium=_WORDS,
)
def test_a_credit_match_built_fast_is_the_constructors(rule, start, length, who, side, medium):
    fast = _credit_match(rule, start, start + length, who[0], who[1], side, medium)
    slow = CreditMatch(rule, start, start + length, who[0], who[1], side, medium)
    assert type(fast) is CreditMatch
    assert fast == slow
    assert hash(fast) == hash(slow)
    assert repr(fast) == repr(slow)
    assert attrs.astuple(fast) == attrs.astuple(slow)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        fast.start = 0  # type: ignore[misc]


@given(
    text=st.text(max_size=60),
    bounds=st.tuples(st.integers(0, 60), st.integers(0, 60)),
    caption=st.booleans(),
    photographer=_MAYBE,
    agency=_MAYBE,
    medium=st.sampled_from(["photo", "illustration", "video"]),
)
def test_a_photo_credit_built_fast_is_the_constructors(
    text, bounds, caption, photographer, agency, medium
):
    s, e = sorted(bounds)
    cap = Block(BlockKind.CAPTION, text[:s], Span(0, len(text[:s]))) if caption else None
    fast = _photo_credit(text, s, e, cap, photographer, agency, medium)
    slow = PhotoCredit(
        text[s:e],
        Span(s, e),
        caption=cap,
        photographer=photographer,
        agency=agency,
        medium=medium,
    )
    _same_object(fast, slow)


_CREDIT_LINES = [
    "PHOTO AGENCE KCNA PAR REUTERS",
    "Photo : Jacques Nadeau Le Devoir",
    "Photo: Adil Boukind Archives Le Devoir",
    "(Photo : Olivier Jean)",
    "© Henri Frasque",
    "Bob Edme/AP",
    "LUDOVIC MARIN / AFP",
    "Photo Olivier Jean, La Presse",
    "ILLUSTRATION SOPHIE LENOIR",
    "Capture d'écran : France 2",
    "Crédit photo : Mairie de Lyon",
    "Photo de famille au sommet",
    "Reuters",
    "Le 12/10, la réunion a eu lieu.",
]


@pytest.mark.parametrize("line", _CREDIT_LINES)
def test_the_group_numbers_read_the_named_groups(line):
    lower, cased = fold(line).text, fold(line, lower=False).text
    for name, pattern in _line_patterns().items():
        numbered, who, marker = _line_groups()[name]
        assert numbered is pattern
        m = pattern.fullmatch(lower)
        if m is None:
            continue
        assert m.span(who) == m.span("who")
        assert m.group(who) == m.group("who")
        if "marker" in pattern.groupindex:
            assert m.group(marker) == m.group("marker")
        else:
            assert marker == 0
    # and the rule reads what the named groups give: the names part and the medium
    m = match_credit_line(lower, cased)
    if m is not None:
        full = _line_patterns()[m.rule].fullmatch(lower)
        assert full is not None
        if full.group("who") is not None:
            assert (m.who_start, m.who_end) == full.span("who")


_CREDITED = [
    "(Pyongyang) Kim Jong-un a reçu M. Lavrov.\n\nPHOTO AGENCE KCNA PAR REUTERS\n\n"
    "Le ministre russe des Affaires étrangères, Sergueï Lavrov\n\nMoscou a dénoncé.",
    "Titre\n\nLe président, à Addis-Abeba, le 18 février 2023. EDUARDO SOTERAS / AFP\n\n"
    "Texte du jour.\n\n© Henri Frasque\n\nLa légende.\n\nPhoto : Jacques Nadeau Le Devoir\n\n"
    "La suite.",
    "Des dégâts à Hasparren, dans les Pyrénées-Atlantiques. - Bob Edme/AP\n\nIl pleut.\n\n"
    "Photo Olivier Jean, La Presse\n\nUne légende courte\n\nLe texte continue ici.",
]


@pytest.mark.parametrize("text", _CREDITED)
def test_the_credits_are_those_of_their_blocks_in_text_order(text):
    seg = run(text)
    blocks = [b for b in seg.blocks if b.kind is BlockKind.PHOTO_CREDIT]
    assert len(seg.credits) == len(blocks) >= 1
    assert [c.span for c in seg.credits] == sorted(c.span for c in seg.credits)
    for credit, block in zip(seg.credits, blocks, strict=True):
        assert type(credit) is PhotoCredit
        assert (credit.text, credit.span) == (block.text, block.span)
        assert text[credit.span.start : credit.span.end] == credit.text
        if credit.caption is not None:
            assert credit.caption.kind is BlockKind.CAPTION
            assert credit.caption in seg.blocks
        assert credit == attrs.evolve(credit)
        assert hash(credit) == hash(attrs.evolve(credit))
    assert any(c.caption is not None for c in seg.credits)  # each text has a caption
