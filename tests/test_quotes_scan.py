"""Quote delimitation: typography, nesting, paragraphs, and bad input."""

from __future__ import annotations

import itertools
import re
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from frnews import QuoteKind, find_quotes, parse
from frnews.quotes.mentions import SENTENCE_MAX, Para
from frnews.text import fold
from tests.deep import examples
from tests.timing import assert_linear

NBSP = "\N{NO-BREAK SPACE}"
NNBSP = "\N{NARROW NO-BREAK SPACE}"
THIN = "\N{THIN SPACE}"

TYPOGRAPHY = [
    (f"Il a parlé de «{NBSP}paix durable{NBSP}» hier.", ["paix durable"]),
    (f"Il a parlé de «{NNBSP}paix durable{NNBSP}» hier.", ["paix durable"]),
    (f"Il a parlé de «{THIN}paix durable{THIN}» hier.", ["paix durable"]),
    ("Il a parlé de « paix durable » hier.", ["paix durable"]),
    ("Il a parlé de «paix durable» hier.", ["paix durable"]),
    (f"Il a parlé de «{NBSP}{NBSP}paix durable {NBSP}» hier.", ["paix durable"]),
    ("“Nous partirons demain”, a-t-il annoncé.", ["Nous partirons demain"]),
    (
        "Le maire dénonce une « erreur [du préfet] et (surtout) un mépris ».",
        ["erreur [du préfet] et (surtout) un mépris"],
    ),
    (
        "« Après ce vote […] plus rien ne sera comme avant », a dit la députée.",
        ["Après ce vote […] plus rien ne sera comme avant"],
    ),
    (
        "« L’État n’a pas tenu parole, c’est inadmissible », tonne l’élue.",
        ["L’État n’a pas tenu parole, c’est inadmissible"],
    ),
    ('Le texte dit "non" mais le ministre parle de « oui ».', ["oui"]),
]


@pytest.mark.parametrize(("text", "expected"), TYPOGRAPHY)
def test_typography(text, expected):
    qs = find_quotes(text)
    assert [q.text for q in qs] == expected
    for q in qs:
        assert text[q.span.start : q.span.end] == q.text


def test_nested_curly_quotes_inside_guillemets():
    text = "« Il m’a dit “ je reviens ” puis il est parti », raconte Léa Martin."
    (q,) = find_quotes(text)
    assert q.text == "Il m’a dit “ je reviens ” puis il est parti"
    assert [n.text for n in q.nested] == ["je reviens"]
    assert q.speaker.name == "Léa Martin"


def test_nested_single_quotes_inside_double():
    text = "“Le panneau disait ‘entrée interdite’ en rouge”, explique le gardien."
    (q,) = find_quotes(text)
    assert [n.text for n in q.nested] == ["entrée interdite"]


@pytest.mark.parametrize("text", ["L‘homme est parti.", "Ce que dit À‘ab n'est pas cité."])
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_a_left_single_quote_after_a_letter_is_an_apostrophe_in_either_form(text, form):
    # in decomposed text the letter before the mark ends with its combining accent
    assert find_quotes(unicodedata.normalize(form, text)) == ()


def test_nested_guillemets():
    text = "« Le juge a parlé de « faute grave » à l’audience », a précisé l’avocat."
    (q,) = find_quotes(text)
    assert q.text == "Le juge a parlé de « faute grave » à l’audience"
    assert [n.text for n in q.nested] == ["faute grave"]


@pytest.mark.parametrize("mark", ["«", "»"])
def test_quote_over_several_paragraphs_is_one_quote(mark):
    text = (
        "« Nous avons tout essayé pour sauver l’usine.\n\n"
        f"{mark} Mais la direction a refusé chaque proposition », a déclaré le délégué "
        "syndical Marc Leroy."
    )
    (q,) = find_quotes(text)
    assert q.closed
    assert q.text.startswith("Nous avons tout essayé")
    assert q.text.endswith("chaque proposition")
    assert q.speaker.name == "Marc Leroy"


def test_quote_never_closed_runs_to_the_end_of_its_paragraph():
    text = "Le ministre a évoqué « une réforme nécessaire.\n\nLe débat continue."
    (q,) = find_quotes(text)
    assert not q.closed
    assert q.text == "une réforme nécessaire."
    assert q.outer_span.end == text.index("\n")


def test_stray_and_reversed_marks_are_ignored_or_unclosed():
    assert find_quotes("Il a dit » non » deux fois.") == ()
    qs = find_quotes("»Guten Tag«, sagte er.")
    assert all(not q.closed for q in qs)


def test_quote_in_a_heading_counts_and_credit_lines_do_not():
    text = (
        "« Une journée historique »\n\n"
        "Le Parlement a adopté la loi.\n\n"
        "PHOTO « ARCHIVES » LA PRESSE\n\n"
        "Les députés, mardi"
    )
    art = parse(text)
    assert [q.text for q in art.quotes] == ["Une journée historique"]


def test_kinds():
    text = (
        "« Nous ne lâcherons rien », a lancé la syndicaliste. Elle dénonce une réforme "
        "« brutale et injuste »."
    )
    assert [q.kind for q in find_quotes(text)] == [QuoteKind.FULL, QuoteKind.FRAGMENT]


#: name -> function of a size n giving an adversarial text of about n characters
ADVERSARIAL = {
    "open": lambda n: "«" * n,
    "nested": lambda n: "« " * (n // 4) + "x" + " »" * (n // 4),
    "close": lambda n: "»" * n,
    "reversed": lambda n: "» a dit « " * (n // 10),
    "pairs": lambda n: "« a » " * (n // 6),
    "pairs-with-cues": lambda n: "« Oui », a dit M. Dupont. " * (n // 26),
    "open-paragraphs": lambda n: "« début\n\n" * (n // 9),
    "curly": lambda n: "“ ‘ ” ’ " * (n // 8),
    "one-sentence": lambda n: "« Oui », selon lui, " * (n // 20),
    # antecedent searches (a bare body, a plural pronoun, a label before a colon) read a
    # bounded number of sentences back, even in one paragraph of thousands of sentences
    "bare-bodies": lambda n: "« Non », a dit le syndicat. " * (n // 28),
    "plural-pronouns": lambda n: "« Non », ont-ils dit. " * (n // 22),
    "document-colons": lambda n: "Réponse du ministre : « Non ». " * (n // 30),
    "impersonal-on": lambda n: "« Non », a-t-on appris auprès du parquet. " * (n // 42),
    "lone-pronouns": lambda n: "« Non », a-t-elle dit.\n\nLe texte a été voté.\n\n" * (n // 46),
    # quotes opened by a colon in a run-on sentence (no full stop): the rules that read the
    # words of a quote's sentence before its colon read a bounded piece of it
    # (mentions.SENTENCE_MAX tokens), not the whole paragraph (found by a sweep of
    # repeated news phrases; a 40 KB line took 1.4 to 7.9 s, 0.13 to 0.37 s now)
    "run-on-colons": lambda n: "Lire aussi : « Oui », dans deux semaines " * (n // 41),
    "colon-chains": lambda n: "« a » « b » : " * (n // 14),
    "comma-runs": lambda n: "Le ministre , , , , , , , , : « a » " * (n // 36),
}


@pytest.mark.parametrize("make", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_adversarial_input_is_sound(make):
    text = make(100_000)
    for q in find_quotes(text):
        assert text[q.span.start : q.span.end] == q.text


#: name -> the size of the small input: inputs that are fast to read are made larger, so
#: that their times stay well above the timer's and the scheduler's noise.
LINEAR = {
    "open": 80_000,
    "nested": 80_000,
    "pairs": 20_000,
    "pairs-with-cues": 20_000,
    "one-sentence": 20_000,
    "bare-bodies": 20_000,
    "plural-pronouns": 20_000,
    "document-colons": 20_000,
    "impersonal-on": 20_000,
    "lone-pronouns": 20_000,
    "run-on-colons": 20_000,
    "colon-chains": 20_000,
    "comma-runs": 20_000,
}


@pytest.mark.parametrize(
    ("text", "longest"),
    [
        # a run-on paragraph is cut after a comma, into pieces of at most SENTENCE_MAX tokens
        ("il a dit , et " * 200, SENTENCE_MAX),
        ("Lire aussi : « Oui » " * 300, SENTENCE_MAX),
        # a long real sentence is one sentence (the longest of the development articles
        # has 79 tokens)
        (
            "Le gouvernement, qui avait promis en mars une loi sur l'eau, les forêts, les "
            "pêches, les routes du sud, les ports du nord et les écoles de tout le pays, a "
            "dit jeudi, au terme d'un conseil des ministres de six heures, que le texte, "
            "attendu depuis deux ans par les élus, les syndicats, les maires, les patrons "
            "et les associations, serait voté avant l'été, puis appliqué dès septembre, "
            "sauf dans les régions où les travaux, déjà en retard, ne seraient pas finis.",
            None,
        ),
    ],
)
def test_sentences_are_bounded_and_whole(text, longest):
    p = Para.build(text, fold(text, lower=False), 0, len(text), "paragraph")
    p.split_sentences()
    sizes = [b - a for a, b in p.sentences]
    assert p.sentences[0][0] == 0
    assert all(b == a2 for (_, b), (a2, _) in itertools.pairwise(p.sentences))
    assert p.sentences[-1][1] == len(p.low)
    assert len(p.sent_of) == len(p.low)
    if longest is None:
        assert len(p.sentences) == 1
        assert 79 < sizes[0] <= SENTENCE_MAX
    else:
        assert len(p.sentences) > 1
        assert max(sizes) <= longest
        # no piece starts just after a colon or a quote mark: they stay with their quote
        assert all(p.low[a - 1] not in (":", "«", "»") for a, _ in p.sentences[1:])


@pytest.mark.slow
@pytest.mark.parametrize("name", LINEAR)
def test_time_grows_linearly(name):
    make, n = ADVERSARIAL[name], LINEAR[name]
    assert_linear(find_quotes, make(n), make(8 * n), name)


_PIECES = [
    "a dit ",
    "M. ",
    "Mme ",
    "selon ",
    "le ministre ",
    "a-t-il ajouté",
    "Lavrov ",
    "\n\n",
    "œ",
    "e\u0301",
]
_ALPHABET = st.sampled_from(
    [*"«»“”‘’\"'()[].,:;!? \n\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}aeiléMKXs-", *_PIECES]
)


def _walk(qs):
    for q in qs:
        yield q
        yield from _walk(q.nested)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_spans_slice_back_and_are_sorted(text):
    qs = find_quotes(text)
    starts = [q.outer_span.start for q in qs]
    assert starts == sorted(starts)
    for q in _walk(qs):
        assert text[q.span.start : q.span.end] == q.text
        assert q.outer_span.start <= q.span.start <= q.span.end <= q.outer_span.end
        assert text[q.outer_span.start] in "«“‘"
        if q.speaker is not None:
            sp = q.speaker
            assert text[sp.span.start : sp.span.end] == sp.text
        if q.cue is not None:
            assert text[q.cue.span.start : q.cue.span.end] == q.cue.text


@settings(max_examples=examples(200), deadline=None)
@given(st.text(max_size=200))
def test_any_string_is_accepted(text):
    for q in find_quotes(text):
        assert text[q.span.start : q.span.end] == q.text


def test_find_quotes_rejects_bytes():
    with pytest.raises(TypeError, match="find_quotes"):
        find_quotes(b"\xc2\xab oui \xc2\xbb")


def test_scan_reads_regions_as_it_reads_pairs():
    from frnews.quotes.scan import Regions, scan

    t = "« Le début.\n\n« La suite. » Il a dit « oui »\n\nPHOTO AFP « non »"
    pairs = [(0, 11), (13, 43)]
    regions = Regions([(0, 11, "paragraph"), (13, 43, "paragraph")])
    assert list(regions) == [(0, 11, "paragraph"), (13, 43, "paragraph")]
    assert regions[1] == (13, 43, "paragraph")
    assert regions[:1] == [(0, 11, "paragraph")]
    found = scan(t, regions)
    assert [(q.text_span, q.closed, q.region, q.last_region) for q in found] == [
        (q.text_span, q.closed, q.region, q.last_region) for q in scan(t, pairs)
    ]
    assert [t[slice(*q.text_span)] for q in found] == ["Le début.\n\n« La suite.", "oui"]


def _scan_region_by_region(text, regions):
    """The scanner as it was before it read the marks of all the regions in one scan: one
    scan of each region, every mark read (``’`` included). The reference of the
    property below."""
    from frnews.quotes.scan import (
        _CLOSER,
        _LSQ,
        _OPENER,
        _PAD,
        _RSQ,
        MAX_DEPTH,
        RawQuote,
        _inner,
        _letter,
        _Open,
    )
    from frnews.text import GUILLEMET_CLOSE, GUILLEMET_OPEN

    marks = re.compile(f"[{GUILLEMET_OPEN}{GUILLEMET_CLOSE}“”‘’]")
    out, stack = [], []

    def emit(frame, end, inner_end, closed, region):
        ts, te = _inner(text, frame.start + 1, inner_end)
        if te <= ts and not frame.nested:
            return
        q = RawQuote(frame.mark, frame.start, end, (ts, te), closed, frame.nested)
        q.region, q.last_region = frame.region, region
        (stack[-1].nested if stack else out).append(q)

    skip = -1
    starts, ends = [r[0] for r in regions], [r[1] for r in regions]
    for r, (rs, re_) in enumerate(zip(starts, ends, strict=True)):
        for m in marks.finditer(text, rs, re_):
            i = m.start()
            if i == skip:
                continue
            ch = text[i]
            if ch in _CLOSER:
                if ch == _LSQ and (not _letter(text, i + 1) or _letter(text, i - 1)):
                    continue
                if len(stack) < MAX_DEPTH:
                    stack.append(_Open(ch, i, r))
                continue
            if ch == _RSQ and (_letter(text, i + 1) or not stack or stack[-1].mark != _LSQ):
                continue
            want = _OPENER[ch]
            k = len(stack) - 1
            while k >= 0 and stack[k].mark != want:
                k -= 1
            if k < 0:
                continue
            while len(stack) > k + 1:
                emit(stack.pop(), i, i, False, r)
            emit(stack.pop(), i + 1, i, True, r)
        if not stack:
            continue
        nxt = starts[r + 1] if r + 1 < len(starts) else -1
        cont = False
        if nxt >= 0 and stack[0].mark == GUILLEMET_OPEN:
            j = nxt
            while j < len(text) and text[j] in _PAD:
                j += 1
            if j < len(text) and text[j] in (GUILLEMET_OPEN, GUILLEMET_CLOSE):
                cont, skip = True, j
        keep = 1 if cont else 0
        while len(stack) > keep:
            emit(stack.pop(), re_, re_, False, r)
    if stack:
        emit(stack.pop(), ends[-1], ends[-1], False, len(ends) - 1)
    return out


_SCAN_PIECES = st.sampled_from(
    [
        *("«", "»", "“", "”", "‘", "’", "« ", " »", "l’", "’a", "a‘b", "‘oui", "’_", "’1", "’é"),
        *(" ", "\n", "\n\n", "\u00a0", "Il a dit", "oui", "x", "1", "_", ".", "Le", "é"),
    ]
)


@st.composite
def _text_and_regions(draw):
    text = "".join(draw(st.lists(_SCAN_PIECES, max_size=40)))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=12)))
    # sorted, disjoint regions between the cuts (some left out, some empty)
    regions = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if draw(st.booleans())]
    return text, regions


@settings(max_examples=examples(1000), deadline=None)
@given(_text_and_regions())
@example(("« a ‘oui’_ b » « c\n\n» d", [(0, 15), (18, 23)]))
@example(("‘oui’", [(0, 4)]))
def test_scan_of_all_regions_at_once_reads_as_region_by_region(case):
    from frnews.quotes.scan import scan

    text, regions = case

    def flat(quotes):
        return [
            (q.mark, q.start, q.end, q.text_span, q.closed, q.region, q.last_region, flat(q.nested))
            for q in quotes
        ]

    assert flat(scan(text, regions)) == flat(_scan_region_by_region(text, regions))
