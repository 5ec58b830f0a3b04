"""The fast paths of folding and of the date scan give what the plain ones give.

Each shortcut replaces a slower computation that stays in the code (or in the test) as the
reference: these properties check them against each other on news-like and random text.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import itertools
import pickle
import re
from collections.abc import Container, Iterable

import attrs
import pytest
import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from frnews.dates import resolve, rules
from frnews.dates.model import (
    DateMention,
    Duration,
    Grain,
    Mod,
    TemporalValue,
    TimexType,
    _mention,
    _mention_at,
    _value,
)
from frnews.lexicons import tree_alternation
from frnews.model import Block, BlockKind, Span, _block, _span
from frnews.quotes.model import Cue, Quote, QuoteKind, Speaker, _cue_at, _quote_at, _speaker_at
from frnews.text import (
    _clusters,
    _fold_cluster,
    _fold_one_to_one,
    _tables,
    _translate,
    _translate_piece,
    fold,
)
from tests.deep import examples

# fmt: off
PIECES = [
    "le", "la", "l'", "du", "de", "au", "à", "a", "en", "et", "ou", "vers", "il y a", "dans",
    "1", "3", "12", "19", "24", "31", "45", "123", "1230", "2023", "1999", "12345", "1er",
    "2e", "1re", "3e", "h", "h30", "heures", "min", "pm", "am", "octobre", "oct.", "mars",
    "jours", "ans", "an", "semaine", "derniers", "prochaines", "fois", "par", "siècle",
    "trimestre", "et demi", "jeudi", "matin", "soir", "été", "Noël", "sera", "avait",
    "arriveront", "était", "s'est", "prévu", "-", "/", ".", ",", ":", " ", "  ", "\t", "\n",
    "«", "»", "’", "\u00a0", "\u202f", "œ", "é", "\u0663", "\u00b2", "_", "%", "€",
]
# fmt: on
JOINERS = st.sampled_from(["", " ", " ", "-", "/", ".", ",", ":", "'", "\t", "\u00a0"])
newsish = st.lists(st.tuples(st.sampled_from(PIECES), JOINERS), max_size=30).map(
    lambda parts: "".join(p + j for p, j in parts)
)
#: News-like text with characters that neither module reads as word or space (the
#: tense's stdlib patterns read them: resolve._inert) and with others that they read apart.
newsish_marks = st.lists(
    st.tuples(st.sampled_from([*PIECES, "©", "→", "\u2028", "\x1c", "Ж"]), JOINERS), max_size=30
).map(lambda parts: "".join(p + j for p, j in parts))
SETTINGS = settings(
    max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

LATIN = st.characters(min_codepoint=0x20, max_codepoint=0x24F)
WIDE = st.sampled_from("’‘–—…“”€\u2009\u202f\u03a3\u03c3\u0130\u0301\u00ad\u200b\u0153Ж平٣")


@SETTINGS
@given(st.text(alphabet=st.one_of(LATIN, WIDE), max_size=80), st.booleans())
def test_the_latin1_fold_is_the_character_table(text, lower):
    folded = _fold_one_to_one(text, _tables(), lower)
    tables = _tables()
    one_to_one = tables.expanding.search(text) is None and tables.marks.search(text) is None
    assert (folded is not None) == one_to_one
    if folded is not None:
        expected = _translate(text, tables)
        assert folded == (expected.lower() if lower else expected)


@SETTINGS
@given(st.text(alphabet=st.one_of(LATIN, WIDE), max_size=80))
@example("Déjà l’été – à Noël")
@example("cœur\u0301")
def test_the_pieces_between_clusters_fold_as_the_character_table(text):
    tables = _tables()
    assert _translate_piece(text, tables) == _translate(text, tables)
    # and the whole fold of a text with clusters is that of its pieces and clusters
    reference = []
    prev = 0
    for cs, ce in _clusters(text, tables):
        reference.append(_translate(text[prev:cs], tables) + _fold_cluster(text[cs:ce], tables))
        prev = ce
    reference.append(_translate(text[prev:], tables))
    assert fold(text, lower=False).text == "".join(reference)


@SETTINGS
@given(st.one_of(newsish, st.text(max_size=120)))
def test_anchors_are_the_anchor_pattern_matches(text):
    for low in (fold(text).text, fold(text * 3 + "." * 256 + text).text):  # short, long
        expected = [m.span() for m in rules._anchor_patterns()[0].finditer(low)]
        assert rules._anchors(low) == expected


def _digit_positions(low: str) -> list[int]:
    start = rules._anchor_patterns()[1]
    return [m.start() for m in start.finditer(low) if "0" <= low[m.start()] <= "9"]


def _assert_kept(
    low: str, st_: int, limit: int, rules_tried: Iterable[int], kept: Container[int]
) -> None:
    """Every rule of ``rules_tried`` whose pattern matches at ``st_`` is in ``kept``."""
    patterns = rules._rule_pattern_list()
    for i in rules_tried:
        if patterns[i].match(low, st_, limit) is not None:
            assert i in kept, (rules.RULES[i].name, low[st_ : st_ + 30])


def _check_digit_prefilter(text: str, reach: int) -> None:
    low = fold(text).text
    start = rules._anchor_patterns()[1]
    for st_ in _digit_positions(low):
        for limit in {len(low), min(len(low), st_ + reach)}:
            word = start.match(low, st_, limit).group()
            kept = rules._digit_rules(word, low, st_, limit) or ()
            _assert_kept(low, st_, limit, rules._dispatch()["0"], kept)


@SETTINGS
@given(newsish, st.integers(min_value=1, max_value=40))
def test_the_digit_prefilter_keeps_every_rule_that_matches(text, reach):
    _check_digit_prefilter(text, reach)


@pytest.mark.parametrize(
    "text",
    [
        "le 19 octobre 2023 à 14 h 30",
        "du 3 au 5 mars, 2022-2023, 19/10/2023, 2023-10-19T14:30, 15/02",
        "13h-15h, 18-22h, 1-3pm, 1230pm, 14:30, 8 h du matin",
        "les 3 derniers jours, 2 fois par semaine, 1,5 an, 48h, 3 jours, 21e siècle",
        "1er trimestre, 2e semestre, 1er oct. 2023, 19octobre, 7-Octobre",
        "défilé du 14-Juillet, cérémonies du 11-Novembre, 14-juillet 2023, 14-15 mai",
    ],
)
def test_the_digit_prefilter_on_dates_written_with_digits(text):
    for reach in (1, 3, 6, 12, 40):
        _check_digit_prefilter(text, reach)


def _check_later_candidates(text: str, reach: int) -> None:
    low = fold(text).text
    start = rules._anchor_patterns()[1]
    for st_ in [m.start() for m in start.finditer(low)]:
        for cut in {len(low), min(len(low), st_ + reach)}:  # the scan reads tokens up to an anchor
            token = start.match(low, st_, cut)
            if token is None:
                continue
            word = token.group()
            e = st_ + len(word)
            for limit in {len(low), min(len(low), cut + reach)}:
                kept = rules._later_candidates(-1, word, low[e : min(e + 2, limit)])
                _assert_kept(low, st_, limit, range(len(rules.RULES)), kept)


@SETTINGS
@given(newsish, st.integers(min_value=1, max_value=40))
def test_the_later_candidates_keep_every_rule_that_matches(text, reach):
    _check_later_candidates(text, reach)


@pytest.mark.parametrize(
    "text",
    [
        "Il a été élu cet été, l'été dernier, été 2023, fin d'été, un été.",
        "après la réunion, avant-hier, deux jours après, trois ans avant.",
        "le 31 février 2023, la planète Mars, sept morts, 1000 conteneurs, 20 Minutes.",
        "une seconde publication, un jour, il reviendra; en veille, la Seconde Guerre.",
        "Noël Mamère, le père Noël, le XXe siècle, Midi Libre, M. Jeudi a témoigné.",
    ],
)
def test_the_later_candidates_on_rejected_matches(text):
    for reach in (1, 3, 6, 12, 40):
        _check_later_candidates(text, reach)


def _scan_with_near(text: str, near: int) -> list[tuple[str, int, int]]:
    saved = rules._NEAR
    rules._NEAR = near
    try:
        return [(r.rule, r.start, r.end) for r in rules.scan(rules.Context.of(text))]
    finally:
        rules._NEAR = saved


@SETTINGS
@given(st.lists(newsish, min_size=1, max_size=4).map(" ".join))
@example("Il a été élu le 3 mai à 14 h, il y a trois jours, puis à la fin de l'année 2023.")
@example("de la fin du mois de mars 2022 au début de la semaine prochaine, vers 9 h du matin")
def test_reading_the_run_near_the_anchor_is_reading_it_from_the_window_start(text):
    # a huge _NEAR reads every run from the window's start; a small one reads it from a
    # space close to the anchor and reads the words before that space again most of the time
    expected = _scan_with_near(text, 10**9)
    for near in (1, 4, 9, rules._NEAR):
        assert _scan_with_near(text, near) == expected, near


class _LoggedPattern:
    """A rule pattern that logs where the scan tries it."""

    def __init__(self, i: int, pattern, log: list[tuple[int, int, int]]) -> None:
        self.i, self.pattern, self.log = i, pattern, log

    def match(self, string: str, pos: int, endpos: int):
        self.log.append((self.i, pos, endpos))
        return self.pattern.match(string, pos, endpos)


def _scan_trace(text: str, walk: bool) -> tuple[list, list]:
    """The readings of the scan and every rule it tried (rule, start, limit), with the runs
    of words read by the walk (:func:`rules._run_walk`) or by ``finditer`` alone."""
    saved = rules._run_walk, rules._fast_rule_patterns, rules._rule_pattern_list
    saved[1](), saved[2]()  # cached before the logged ones stand in for them
    log: list[tuple[int, int, int]] = []

    def logged(patterns):
        return lambda: tuple(_LoggedPattern(i, p, log) for i, p in enumerate(patterns()))

    if not walk:
        rules._run_walk = lambda: None
    rules._fast_rule_patterns = logged(saved[1])
    rules._rule_pattern_list = logged(saved[2])
    try:
        readings = [(r.rule, r.start, r.end) for r in rules.scan(rules.Context.of(text))]
    finally:
        rules._run_walk, rules._fast_rule_patterns, rules._rule_pattern_list = saved
    return readings, log


RUN_WORDS = sorted(w for w in rules._starters() if not w.isdigit())
run_text = st.lists(
    st.one_of(
        st.sampled_from(RUN_WORDS),
        st.sampled_from(PIECES),
        st.sampled_from(["xxe", "ive", "1er", "12h", "2mai", "a380", "mai2", "l", "-", "_"]),
    ).flatmap(lambda w: st.tuples(st.just(w), JOINERS)),
    max_size=24,
).map(lambda parts: "".join(p + j for p, j in parts))


@SETTINGS
@given(st.one_of(newsish, run_text))
@example("de la fin du mois de mars 2022 au début de la semaine prochaine, vers 9 h du matin")
@example("l'après-midi du samedi 3, le week-end du 14-Juillet, la saint-jean-baptiste 2023")
@example("le xxe siècle, 1er trimestre, x-après-midi 3, a380 le 3, 2mai 2023, le-3 mars")
@example("du 3 au 5 mars, le 2, le 3, le 4, le 5, le 6, le 7 et le 8 mai 2022-2023 à 13h-15h")
@example("et et et et et et 2023, a a a a a a mars, de la fin du mois de la mi-mars")
@example("Il dit: fin de la fin de la fin de mars, vers la fin de la mi-journée du lundi 3")
def test_the_walk_reads_the_runs_that_finditer_reads(text):
    # the same rules tried at the same places, and the same readings
    assert _scan_trace(text, True) == _scan_trace(text, False)


def _walked_words(low: str, a_start: int, lo: int) -> list[tuple[int, int]] | None:
    """The words before the anchor at ``a_start`` that the walk reads as groups, or None
    when it reads more words than groups or one at ``lo`` (the scan then reads forwards)."""
    n = len(low)
    back = rules._run_walk()(low[::-1], n - a_start, n - lo)
    words = back.lastindex or 0
    if words and not (back.end() < n - lo and back.end() == back.end(words)):
        return None
    return [(n - e, n - s) for s, e in back.regs[words:0:-1]]


def _check_walk(text: str) -> None:
    low = fold(text).text
    for a_start, a_end in rules._anchors(low):
        for lo in {0, max(0, a_start - 48), max(0, a_start - 5), a_start}:
            walked = _walked_words(low, a_start, lo)
            if walked is None:
                continue
            toks, k = rules._run_from(low, lo, a_start, a_end)
            c = low[a_start - 1] if a_start else ""
            if walked or not (c.isalnum() or c == "_"):  # the anchor is a word of the scan
                assert [t.span() for t in toks[k:]] == [*walked, (a_start, a_end)], (low, lo)


needs_walk = pytest.mark.skipif(rules._run_walk() is None, reason="Python 3.10")


@needs_walk
@SETTINGS
@given(st.one_of(newsish, run_text))
@example("de la fin du mois de mars 2022, l'après-midi du 3, le xxe siècle, le 1er mai")
def test_the_walk_reads_the_words_finditer_reads(text):
    _check_walk(text)


#: The starter words with a hyphen, their parts, and words that end or start like them.
HYPHENATED = sorted(w for w in rules._starters() if "-" in w)
PARTS = sorted({p for w in HYPHENATED for p in w.split("-")} | {"le", "xxe", "12", "a"})


@needs_walk
def test_the_starter_words_with_hyphens_are_read_alike_both_ways():
    # a word of the scan is read longest first, forwards by finditer and backwards by the
    # walk: they agree unless two starter words overlap ("a-b" and "b-c" in "a-b-c")
    for words in [*((w,) for w in HYPHENATED + PARTS), *itertools.product(PARTS, repeat=3)]:
        for joint in ("-", " "):
            _check_walk("le " + joint.join(words) + " 2023")
            _check_walk(joint.join(words) + "-2023")


def test_every_head_word_is_one_word_of_the_scan():
    # so that an anchor after no word character is the last word of its run, whole
    start = rules._anchor_patterns()[1]
    for head in rules._heads():
        m = start.match(head)
        assert m is not None, head
        assert m.end() == len(head), head


def test_every_starter_word_with_a_hyphen_is_a_head_word():
    # so that no anchor (a head word, after a character that is no letter) starts inside
    # a word of the scan: the walk takes the word before a hyphen for a word of its own
    assert {w for w in rules._starters() if "-" in w} <= set(rules._heads())


def _season_rule() -> rules.Rule:
    return next(rule for rule in rules.RULES if rule.name == "season")


#: The season rule as it was before it refused a bare "été" itself: the builder refused it.
_SEASON_CHECK = re.compile(r"\(\?\(season_det\)\|.*\)\)\)\)\)\)(?=\(\?:\[ )")


def _check_season_pattern(text: str) -> None:
    """Where the season pattern matches, the pattern without the "été" check matches the
    same; where only that plain pattern matches, its builder rejects the match."""
    rules._ready_rules()  # the group numbers the builder reads (the check adds no group)
    pattern = _season_rule().pattern
    plain_source, n = _SEASON_CHECK.subn("", pattern)
    assert n == 1
    assert "season_det)|" not in plain_source
    checked, plain = regex.compile(pattern), regex.compile(plain_source)
    ctx = rules.Context.of(text)
    for st_ in range(len(ctx.low) + 1):
        m, m_plain = checked.match(ctx.low, st_), plain.match(ctx.low, st_)
        if m is not None:
            assert m_plain is not None, (text, st_)
            assert m.span() == m_plain.span(), (text, st_)
            assert m.groups() == m_plain.groups()
        elif m_plain is not None:
            assert rules.build_season(m_plain, ctx, "season") is None, (text, st_)


@SETTINGS
@given(newsish)
def test_the_season_pattern_refuses_only_what_its_builder_rejects(text):
    _check_season_pattern(text)


@pytest.mark.parametrize(
    "text",
    [
        "Il a été élu; cet été, l'été dernier, été 2023, été passé, été prochain, un été.",
        "fin d'été, mi-été, début été 2022, courant été, été  2021, été\t dernier, étés.",
        "l'été, l’été, ce été, été dernière, été 202, été 2023a, été derniers, été-2023.",
        "en hiver, l'hiver 2023, au printemps, automne dernier, hiver, printemps 2024.",
    ],
)
def test_the_season_pattern_on_summers(text):
    _check_season_pattern(text)
    spans = {(r.start, r.end) for r in rules.scan(rules.Context.of(text)) if r.rule == "season"}
    low = rules.Context.of(text).low
    assert all(low[s:e] != "ete" for s, e in spans)  # a bare "été" is never a season


BACKWARD = {
    name: getattr(rules, name)
    for name in (
        "_YEAR_PREP",
        "_NOT_YEAR_BEFORE",
        "_MONTH_PREP",
        "_VAGUE_PREP",
        "_DURATION_BEFORE",
        "_TIME_BEFORE",
    )
}
BACKWARD_WORDS = sorted(
    {w for p in BACKWARD.values() for w in re.findall(r"[a-z'-]+|n°", p.compiled.pattern)}
)
backward_text = st.lists(
    st.one_of(
        st.sampled_from(BACKWARD_WORDS),
        st.sampled_from([" ", "  ", "\t", "\n", "-", ".", ",", "(", "'", "°", "€", "#", "1", "x"]),
        st.text(alphabet="aeinsu -.", max_size=3),
    ),
    max_size=12,
).map("".join)


@SETTINGS
@given(backward_text)
@example("il vit ici depuis ")
@example("des 2000 et -")
@example("jusqu'en -")
@example("fin mars a ")
def test_the_backward_ending_patterns_find_what_the_forward_ones_find(text):
    for name, backward in BACKWARD.items():
        source = backward.compiled.pattern
        assert source.startswith("(?r)"), name
        forward = regex.compile(source[len("(?r)") :])
        assert (forward.search(text) is None) is (backward.search(text) is None), (name, text)


@SETTINGS
@given(st.text(alphabet="0123456789\u0663\u00b2er ", min_size=1, max_size=6))
@example("1er")
@example("12")
@example("\u0663e")
def test_the_day_number_is_the_leading_digits(text):
    t = text.strip()
    m = regex.match(r"\d+", t)
    if t.startswith("premier") or m is None:
        return
    assert rules._day_value(text) == int(m.group())


@SETTINGS
@given(
    st.text(
        alphabet=st.one_of(
            st.sampled_from("ab 1.\x1b\x1c\x1d\x1e\x1f\x7f\x80\x85«»“”…€°•·×©é\u00a0\u2009\u0663"),
            LATIN,
            WIDE,
        ),
        max_size=60,
    )
)
@example("le 3 mai « hier » …")
@example("le 3\x1cmai « x »")
@example("le 3 mai © « x »")
def test_the_counted_safety_check_is_the_regex_scan(text):
    unsafe = set(rules._RE_UNSAFE.findall(text))
    assert rules._stdlib_safe(text) == all(rules._engines_agree(ch) for ch in unsafe)


def _cues(pattern: re.Pattern[str] | object, low: str, lo: int, hi: int) -> list[tuple]:
    """Each cue's span and kind (the last group its match closes: what tense_at reads)."""
    return [(m.span(), m.lastgroup) for m in pattern.finditer(low, lo, hi)]  # type: ignore[attr-defined]


@SETTINGS
@given(
    newsish_marks, st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=140)
)
def test_the_re_cue_pattern_finds_the_regex_cues(text, lo, width):
    low = fold(text).text
    lo = min(lo, len(low))
    hi = min(len(low), lo + width)
    if not resolve._tense_safe(low[lo - 1 if lo else 0 : hi]):
        return  # the fast pattern is only used where both modules agree on \w
    slow = resolve._cue_patterns()[0]
    assert _cues(resolve._fast_cue_pattern(), low, lo, hi) == _cues(slow, low, lo, hi)


def _cue_starts(pattern: re.Pattern[str] | object, low: str, lo: int, hi: int) -> list[tuple]:
    """The cues of a cue pattern: where each starts (its ``at`` group), ends, its kind; a
    cue word's ``w`` group holds the word in the regex pattern, and is empty at its end in
    the stdlib ones (tense_at reads the word from ``at`` to the end)."""
    out = []
    for m in pattern.finditer(low, lo, hi):  # type: ignore[attr-defined]
        w = m.group("w")
        if w is not None:
            assert m.span("w") in ((m.start("at"), m.end()), (m.end(), m.end()))
            w = low[m.start("at") : m.end()]
        out.append((m.start("at"), m.end(), m.lastgroup, w))
    return out


@SETTINGS
@given(
    newsish_marks, st.integers(min_value=1, max_value=60), st.integers(min_value=0, max_value=140)
)
@example("il a dit qu'il viendrait", 1, 40)
@example("x.avait ete prevu, aurait tire", 2, 40)
@example("l'avait-il vu ? se sont", 2, 40)
def test_the_lead_cue_pattern_finds_the_regex_cues(text, lo, width):
    """From the character before the window, the ASCII pattern led by a non-word character
    finds the cues the lookbehind pattern finds from the window's start (tense_at reads it
    there, where rules._RE_UNSAFE finds nothing)."""
    for low in (fold(text).text, fold("Il " + text + " " + text).text):
        a = min(lo, len(low))
        hi = min(len(low), a + width)
        if a == 0 or not resolve._tense_safe(low[a - 1 : hi]):
            continue
        slow = resolve._cue_patterns()[0]
        expected = _cue_starts(slow, low, a, hi)
        assert _cue_starts(resolve._lead_cue_pattern(), low, a - 1, hi) == expected
        assert _cue_starts(resolve._fast_cue_pattern(), low, a, hi) == expected


CLAUSE_TEXT = st.one_of(
    newsish_marks,
    st.text(alphabet=st.sampled_from("ab' \t\n.,;!?«»\"“”\x1c\x1f\u00a0\u2028é©→"), max_size=120),
)


@SETTINGS
@given(
    CLAUSE_TEXT, st.integers(min_value=0, max_value=140), st.integers(min_value=0, max_value=140)
)
def test_the_re_clause_bounds_are_the_regex_ones(text, a, b):
    low = fold(text).text
    lo, start = sorted((min(a, len(low)), min(b, len(low))))
    back = resolve._BOUNDARY_BACK.search(low, lo, start)
    last = resolve._LAST_BOUNDARY_RE.match(low, lo, start)
    assert (back and back.end()) == (last and last.end())
    for twin, plain in (
        (resolve._BOUNDARY_RE, resolve._BOUNDARY),
        (resolve._AFTER_BOUNDARY_RE, resolve._AFTER_BOUNDARY),
    ):
        found, expected = twin.search(low, lo, start), plain.search(low, lo, start)
        assert (found and found.span()) == (expected and expected.span())
    if resolve._tense_safe(low[lo:start]):  # where tense_at uses the twin
        front = resolve._FRONT_RE.fullmatch(low, lo, start)
        assert (front is None) == (resolve._FRONT.fullmatch(low, lo, start) is None)


# fmt: off
MULTI_WORD_TEXT = st.lists(
    st.sampled_from(
        ["se", "s'y", "aurait", "auraient", "serait", "seraient", "sera", "est", "sont", "e",
         "n'est", "as", "s", "a", "x", "'", " ", "-", "\n", "é", "_", "1", "\u00a0", "\x1c"]
    ),
    max_size=16,
).map("".join)
# fmt: on


@SETTINGS
@given(
    st.one_of(MULTI_WORD_TEXT, CLAUSE_TEXT),
    st.integers(min_value=0, max_value=140),
    st.integers(min_value=0, max_value=140),
)
@example("xse se", 1, 6)  # the search starts after a letter: no word starts there
@example("'s'y aurait", 1, 11)
@example("l'aurait", 2, 8)
def test_the_multi_word_head_pattern_is_the_lookbehind_one(text, a, b):
    """The head of a cue of several words is found where the pattern that starts with its
    lookbehind finds it (tense_at searches ``low[lo:near]``, lo possibly inside a word)."""
    plain = re.compile(
        r"(?<![\w'])(?:se|s'y|aurai(?:en)?t|serai(?:en)?t|sont)(?!\w)|(?<!\w)est(?!\w)"
    )
    for low in (text, fold(text).text):
        lo, hi = sorted((min(a, len(low)), min(b, len(low))))
        found, expected = resolve._MULTI_WORD_HEAD.search(low, lo, hi), plain.search(low, lo, hi)
        assert (found and found.span()) == (expected and expected.span())


FRONT_TEXT = st.lists(
    st.sampled_from(["le", "fin", "mars", "l'", "abcdefg", "abcdefgh", " ", "  ", "\n", "\t", ","]),
    max_size=8,
).map("".join)


@SETTINGS
@given(FRONT_TEXT, st.integers(min_value=0, max_value=4))
@example("fin mars ", 0)  # two words: fronted
@example(" le l' mars ", 0)  # three: not
@example("abcdefg  ", 0)
@example("abcdefgh ", 0)  # a word of eight letters: not
def test_the_re_front_pattern_is_the_regex_one(text, lo):
    """Whether the words before an expression are few and short (a fronted expression,
    tense_at), as the regex pattern says, on whole windows from their start."""
    lo = min(lo, len(text))
    found = resolve._FRONT_RE.fullmatch(text, lo, len(text))
    assert (found is None) == (resolve._FRONT.fullmatch(text, lo, len(text)) is None)


PREP_TEXT = st.lists(
    st.sampled_from(
        [
            "depuis",
            "des",
            "de",
            "jusqu'",
            "jusqu'a",
            "aux",
            "au",
            "a",
            "pour",
            "d'ici",
            "le",
            "les",
            "la",
            "l'",
            "du",
            "partir",
            "compter",
            " ",
            "  ",
            "\n",
            "\t",
            "-",
            "x",
            "é",
        ]
    ),
    max_size=12,
).map("".join)


@SETTINGS
@given(st.one_of(PREP_TEXT, CLAUSE_TEXT), st.integers(min_value=0, max_value=40))
@example("depuis le\n", 10)
@example("jusqu'aux  ", 11)
@example("on attend la reunion depuis le  ", 31)
@example("xxxxxx depuis" + " " * 14, 27)  # the preposition where the search starts
@example("xxxxxxxdepuis" + " " * 14, 27)  # ... after a letter: none
@example("xxxxxx'a partir de la ", 22)
def test_the_re_preposition_pattern_is_the_regex_one(text, start):
    low = fold(text).text
    start = min(start, len(low))
    lo = max(0, start - 20)
    if not resolve._tense_safe(low[lo - 1 if lo else 0 : start]):
        return  # tense_at reads the stdlib twin only where both modules agree
    found = resolve._fast_prep_pattern().search(low, lo, start)
    expected = resolve._cue_patterns()[1].search(low, lo, start)
    assert (found and (found.span(), found.group("p"))) == (
        expected and (expected.span(), expected.group("p"))
    )
    if lo > 0:  # from the character before: the preposition found by the lead pattern
        lead = resolve._lead_prep_pattern().search(low, lo - 1, start)
        assert (lead and (lead.span("p"), lead.group("p"))) == (
            expected and (expected.span("p"), expected.group("p"))
        )


@pytest.mark.parametrize(
    "words",
    [["a", "ont", "avait", "avaient"], ["prevu", "prevue", "prevus", "prevues", "pr"], ["jusqu'a"]],
)
def test_the_cue_word_tree_matches_the_longest_word_first(words):
    tree = re.compile(f"(?:{tree_alternation(words)})(?![\\w'])")
    flat = re.compile(
        "(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")(?![\\w'])"
    )
    for text in [w + tail for w in words for tail in ("", " ", "s", "'", "x y")]:
        found, expected = tree.match(text), flat.match(text)
        assert (found and found.span()) == (expected and expected.span()), text


@SETTINGS
@given(
    st.one_of(CLAUSE_TEXT, st.text(alphabet=st.one_of(LATIN, WIDE), max_size=60), st.text()),
    st.integers(min_value=0, max_value=140),
    st.integers(min_value=0, max_value=140),
)
@example("il aurait\x1ctire", 0, 20)
@example("« il a dit »", 2, 9)
def test_the_cue_safe_check_is_the_unsafe_search(text, a, b):
    for low in (text, fold(text).text):
        assert rules._only_safe(low[a:b]) == (rules._RE_UNSAFE.search(low, a, b) is None)


@SETTINGS
@given(
    st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9997, 12, 1)),
    st.sampled_from([resolve.Grain.MONTH, resolve.Grain.YEAR]),
)
@example(dt.datetime(2023, 12, 1), resolve.Grain.MONTH)
@example(dt.datetime(2024, 2, 1), resolve.Grain.YEAR)
@example(dt.datetime(2023, 3, 1, 14, 30), resolve.Grain.YEAR)
def test_the_end_of_a_month_or_year_is_the_start_replaced(start, grain):
    start = start.replace(day=1, fold=0)  # the resolver builds its month and year starts
    if grain is resolve.Grain.MONTH:
        expected = (
            start.replace(year=start.year + 1, month=1)
            if start.month == 12
            else start.replace(month=start.month + 1)
        )
    else:
        expected = start.replace(year=start.year + 1)
    end = resolve._Cal(grain, start).end
    assert (end, end.fold, end.tzinfo) == (expected, expected.fold, expected.tzinfo)


def test_the_cue_safe_characters_are_not_word_characters_for_either_module():
    import regex

    safe = "«»“”…€°•·×"
    assert not re.search(r"\w", safe)
    assert not regex.search(r"\w", safe)
    assert rules._RE_UNSAFE.search(safe) is None


def test_the_cue_safe_characters_are_read_alike_by_both_modules():
    """Every ASCII character the fast cue pattern accepts is a word, space or other
    character for re exactly as for regex (re counts U+001C-U+001F as spaces, regex does
    not: they are unsafe)."""
    import regex

    for c in map(chr, range(128)):
        if rules._RE_UNSAFE.search(c) is not None:
            continue
        for cls in (r"\w", r"\s", r"\d"):
            assert bool(re.fullmatch(cls, c)) == bool(regex.fullmatch(cls, c)), (hex(ord(c)), cls)


def test_a_separator_control_character_gives_the_tense_of_the_plain_scan():
    low = fold("il aurait\x1ctire en juillet").text
    at = low.index("juillet")
    spans = [(at, at + len("juillet"))]
    assert resolve.tense_at(low, low, at, at + 7, spans) == _tense_plain(
        low, low, at, at + 7, spans
    )


def _tense_plain(low, original, start, end, spans):
    """tense_at as first written: every cue of the clause, the nearest kept."""
    import bisect

    cue, prep, table = resolve._cue_patterns()
    starts = [a for a, _ in spans]
    pm = prep.search(low, max(0, start - 20), start)
    from_on = pm is not None and pm.group("p") == "des"  # « dès »: ahead, unless told past
    if pm is not None and not from_on:
        return table[pm.group("p")]
    if pm is None and resolve._moved_with_object(low, start, end):
        return 1  # « a renvoyé l'affaire au 3 septembre »
    if pm is None and resolve._participle_before(low, original, start):
        return -1  # « la loi, promulguée le 14 avril »
    lo = max(0, start - 100)
    lo_m = resolve._BOUNDARY_BACK.search(low, lo, start)
    if lo_m is not None:
        q = lo_m.end()
        if low[q - 1] == "«" and start - q <= 12 and resolve._FRAGMENT_END_RE.match(low, end):
            # a quoted fragment of the clause: it goes on before the guillemet
            lo_m = resolve._BOUNDARY_BACK.search(low, lo, q - 1)
            q = lo_m.end() if lo_m is not None else lo
        elif low[q - 1] == "»" and start - q <= 12:
            o = resolve._title_quote_before(low, original, lo, q - 1)
            if o >= 0:  # a title in guillemets: the clause goes on before it
                lo_m = resolve._BOUNDARY_BACK.search(low, lo, o)
                q = lo_m.end() if lo_m is not None else lo
        lo = q
    if not from_on and resolve._fronted_participle(low, original, lo, start):
        return -1  # « Condamné en première instance le 3 mars, … »
    fronted = resolve._FRONT.fullmatch(low, lo, start) is not None
    weight = 1 if fronted else 3
    hi = min(len(low), end + 100 // weight)
    hi_m = (resolve._BOUNDARY if fronted else resolve._AFTER_BOUNDARY).search(low, end, hi)
    if (
        hi_m is not None
        and not fronted
        and low[hi_m.start()] == ","
        and not low[end : hi_m.start()].strip()
    ):
        # an expression between commas after the subject: its clause goes on after the
        # second one ("Les manifestants, mardi, ont défilé"), as tense_at reads it since
        # 9c5abf3
        c = low.rfind(",", lo, start)
        if c >= 0 and resolve._FRONT.fullmatch(low, c + 1, start) is not None:
            hi = min(len(low), hi_m.end() + 100 // weight)
            hi_m = resolve._AFTER_BOUNDARY.search(low, hi_m.end(), hi)
    if hi_m is not None:
        hi = hi_m.start()
    best = None
    for m in cue.finditer(low, lo, hi):
        s, e = m.span()
        if s < end and start < e:
            continue
        k = bisect.bisect_right(starts, s) - 1
        if k >= 0 and s < spans[k][1]:
            continue
        if low.startswith(("-t-", "-il", "-elle", "-on"), e):
            continue
        if m.group("w") is not None:
            w = m.group("w")
            if w == "a" and original[s : s + 1] not in ("a", "A"):
                continue
            if w in resolve._AVOIR_PRESENT and resolve._HAVE_NOUN_AFTER.match(low, e):
                continue  # "a lieu", "a un match": avoir in the present
            if w in resolve._FIRST_PERSONS_OF_AVOIR and not resolve._PARTICIPLE_AFTER.match(low, e):
                continue  # "nous avons deux matchs": avoir in the present
            if w in ("dernier", "derniere") and re.match(
                r"[ \t]+(?!(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![a-z]))[a-z]",
                low[e:],
            ):
                continue  # "la dernière étape": a rank
            sign = table[w]
            if w == "annonce":  # "annoncé" past; "annonce" future or a noun
                sign = resolve._annonce_sign(low, original, s, e)
                if sign is None:
                    continue
        elif m.group("fut") is not None:
            if low[s:e] in resolve._NOT_FUTURES:
                continue  # "aux environs de", "livra bataille": no future
            sign = 1
        elif m.group("cond") is not None:
            k = e - (7 if low.endswith("eraient", 0, e) else 5)
            accent = low.startswith("er", k) and original[k : k + 1] not in ("e", "E")
            sign = -1 if accent else 1
        else:
            sign = -1
        dist = (start - e) if e <= start else (s - end) * weight
        if best is None or dist < best[0]:
            best = (dist, sign, e, s)
    if from_on:  # a past cue of the clause, not of a verb that reports it (« a dit que dès »)
        told = best is not None and best[0] <= 100 and best[1] == -1
        if told and best[2] <= start and re.search(r"\bqu(?:e\b|')|[,:;]", low[best[2] : start]):
            told = False  # another clause's verb
        if told and best[3] >= end and resolve._incise_at(low, end, best[3]):
            told = False  # an incise: « Dès lundi, a-t-il annoncé, … »
        return -1 if told else 1
    if best and best[0] <= 100:
        return best[1] or None
    # no cue: « dernier » before a noun, outside the expressions, tells the latest, past
    for m in re.finditer(r"(?<![\w'])derniere?(?=[ \t]+[a-z])", low[lo:hi]):
        s = lo + m.start()
        k = bisect.bisect_right(starts, s) - 1
        if not (start <= s < end) and not (k >= 0 and s < spans[k][1]):
            return -1
    return None


# fmt: off
CLAUSE_WORDS = st.sampled_from(
    ["a", "à", "avait", "sera", "arriveront", "dernier", "dernière", "étape", "reporté à", "fixé l'audience au", "renvoyé la", "annonce", "annoncé", "l'annonce", "devra", "étaient", "prévu", "se sont", "s'est", "suis",
     "a-t-il", "le", "de", "jeudi", "juillet", "en", "depuis", "jusqu'à", "ministre", ",", ".",
     "«", "»", "Pékin", "\n", "entrerait", "espérait", "aurait", "tiré", "lieu", "serait",
     "arrivé", "se serait", "pourrait", "montrait", "©", "→", "Ж", "\u2028", "est", "sont",
     "intervenus", "ont", "un", "dû", "tenir", "Grand Jury", "Quotidien", "avez", "j'ai",
     "dès", "que", "qu'il", "Condamné", "condamnée", "publie"]
)
# fmt: on


@SETTINGS
@given(
    st.lists(CLAUSE_WORDS, min_size=1, max_size=60),
    st.integers(min_value=0, max_value=400),
    st.integers(min_value=1, max_value=12),
    st.lists(st.integers(min_value=0, max_value=400), max_size=6),
)
# a past conditional across the space the fast scan starts from (found by hypothesis in CI)
@example(["aurait", "depuis", "a-t-il", "a-t-il", "avait"], 31, 1, [])
@example(["serait", "arrivé", "a-t-il", "a-t-il", "a-t-il", "avait"], 38, 1, [])
@example(["a", "le"], 1, 1, [])  # « a » before a determiner: avoir, no cue (found in CI)
# an expression between commas: the clause goes on after the second one (found in CI)
@example([",", "a", ",", "a"], 1, 2, [])
def test_tense_reads_the_nearest_cue_like_the_plain_scan(words, at, width, others):
    text = " ".join(words)
    low = fold(text).text
    n = len(low)
    start = min(at, n)
    end = min(n, start + width)
    spans = sorted({(a, min(n, a + 5)) for a in others if a < n} | {(start, end)})
    expected = _tense_plain(low, text, start, end, spans)
    assert resolve.tense_at(low, text, start, end, spans) == expected


def _readings(ctx, fast):
    """The scan's readings with the stdlib twins of the rules (``fast``) or without."""
    from unittest import mock

    with mock.patch.object(rules, "_stdlib_safe", return_value=fast):
        return rules.scan(ctx)  # readings compare field by field


@SETTINGS
@given(st.one_of(newsish, st.text(max_size=120)))
@example("En oct. 2023, puis www.oct.fr, le site x.oct. 2023, .mioct. et fin.oct. dernier")
@example("mi-janv., mioct., le mois d'oct. 2022, .sept., 3.nov. 2023, ...dec. et a.b.mars.")
def test_the_stdlib_rules_read_what_the_regex_rules_read(text):
    ctx = rules.Context.of(text)
    if not rules._stdlib_safe(ctx.low):
        return  # the stdlib twins only run where both modules agree on every character
    assert _readings(ctx, True) == _readings(ctx, False)


def test_every_stdlib_twin_has_the_groups_of_its_rule():
    """The twins are compiled from the rules' sources without the regex patterns, and
    _GROUPS reads a rule's numbers from its twin when it has one: the group numbers must
    be those of the regex pattern, on every Python that CI runs."""
    import regex

    twins = 0
    for i, pattern in enumerate(rules._rule_pattern_list()):
        match = rules._stdlib_twin(i)
        if match != pattern.match:
            twins += 1
            source = pattern.pattern
            if isinstance(match, functools.partial):  # the month rule: no dotted word
                assert match.func is rules._undotted_match
                rule = match.args[1]
                assert rule.func is rules._rule_match
                assert rule.args == (i,)
                match = match.args[0]
                source = source.replace(rules._DOTTED_WORD, "")
                assert source != pattern.pattern
            twin = match.__self__
            assert isinstance(twin, re.Pattern)
            assert twin is rules._stdlib_compiled(i)
            assert twin.pattern == source
            assert twin.groupindex == dict(pattern.groupindex)
        else:
            assert isinstance(pattern, regex.Pattern)
            assert rules._stdlib_compiled(i) is None
    assert twins > 0 or not hasattr(re, "NOFLAG")  # re reads possessive quantifiers from 3.11


def test_a_dotted_match_of_the_month_twin_is_read_by_the_rule_itself():
    """The month rule's twin has no dotted-word lookbehind; a match with a dot goes to the
    regex pattern, compiled then (in ``www.oct. 2023`` the month is ``oct`` alone)."""
    names = [r.name for r in rules.RULES]
    i = names.index("month")
    match = rules._stdlib_twin(i)
    twin = rules._stdlib_compiled(i)
    if twin is None:  # before Python 3.11 (possessive quantifiers): the rule itself
        assert match == rules._rule_regex(i).match
    else:
        assert isinstance(match, functools.partial)
        assert twin.match("www.oct. 2023", 4).group() == "oct. 2023"
    assert match("www.oct. 2023", 4, 13).group() == "oct"
    assert match("fin oct. 2023", 4, 13).group() == "oct. 2023"
    assert match("le 3 mars 2023", 5, 14).group() == "mars 2023"


@pytest.mark.parametrize(
    ("chars", "agree"),
    [
        ("abcXYZ019_ -'.,;:!?()«»“”…€°•·×©→", True),
        ("éœЖ平σ", True),  # letters for both
        ("\x1c\x1d\x1e\x1f", False),  # spaces for re, not for regex
        ("\u00b2\u0663", None),  # a superscript, an Arabic-Indic digit: whatever they say
    ],
)
def test_the_engines_agree_where_the_check_says_so(chars, agree):
    import regex

    for ch in chars:
        same = all(
            (re.match(c, ch) is None) == (regex.match(c, ch) is None) for c in (r"\w", r"\s", r"\d")
        )
        assert rules._engines_agree(ch) == same
        if agree is not None:
            assert same == agree
        assert rules._stdlib_safe("le 3 mai " + ch) == same


def _fresh_candidates(kind, ref, n, day, spec):
    """The candidates as the resolver built them for each expression, before the cache."""
    years = (ref.year - 1, ref.year, ref.year + 1)
    cal, grain, one_day = resolve._Cal, resolve.Grain, dt.timedelta(days=1)
    if kind == "month":
        return [cal(grain.MONTH, dt.datetime(y, n, 1)) for y in years]
    if kind == "day":
        out = []
        for y in years:
            try:
                out.append(cal(grain.DAY, dt.datetime(y, n, day)))
            except ValueError:
                out.append(cal(grain.DAY, dt.datetime(y, n, 28) + one_day))
        return out
    if kind == "weekday":
        d0 = dt.datetime(ref.year, ref.month, ref.day)
        days = [cal(grain.DAY, d0 + k * one_day) for k in range(-7, 8)]
        return [c for c in days if c.start.isoweekday() == n]
    if kind == "season":
        return [cal(grain.SEASON, dt.datetime(y, n, 1)) for y in range(ref.year - 2, ref.year + 2)]
    days = [resolve._holiday_date(spec, y) for y in years]
    return [cal(grain.DAY, dt.datetime(d.year, d.month, d.day)) for d in days if d]


def _outcome(compute):
    """What a computation gives: its value, or the type of the error it raises."""
    try:
        return compute()
    except (ValueError, OverflowError) as e:
        return type(e)


def _cal_key(c):
    return None if c is None else (c.grain, c.start, c.end)


@SETTINGS
@given(
    st.datetimes(
        min_value=dt.datetime(2, 1, 1),
        max_value=dt.datetime(9998, 12, 31),
    ),
    st.sampled_from(["month", "day", "weekday", "season", "holiday"]),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=31),
    st.sampled_from(["12-25", "05-01", "easter1", "easter-2", "nth:5:4:4", "02-29"]),
    st.booleans(),
)
@example(dt.datetime(9998, 12, 30), "weekday", 4, 1, "", False)
@example(dt.datetime(2, 1, 3), "month", 1, 1, "", True)
@example(dt.datetime(2023, 10, 19), "day", 2, 29, "", False)
@example(dt.datetime(9998, 1, 1), "season", 2, 1, "12-25", False)
def test_the_cached_candidates_are_those_built_for_each_expression(ref, kind, n, day, spec, strict):
    if kind == "weekday":
        n = n % 7 + 1
    if kind == "season":
        n = (3, 6, 9, 12)[n % 4]
    resolve._options.cache_clear()
    fresh = _outcome(lambda: _fresh_candidates(kind, ref, n, day, spec))
    options = _outcome(lambda: resolve._options(kind, ref, n, day, spec))
    if isinstance(fresh, type):
        assert options is fresh
        return
    # (at the edge of datetime, a candidate's end may not exist: the same error for both)
    assert _outcome(lambda: [_cal_key(c) for c in options.cands]) == _outcome(
        lambda: [_cal_key(c) for c in fresh]
    )
    for _ in range(2):  # computed, then cached
        near = _outcome(lambda: _cal_key(resolve._pick(fresh, ref, None)))
        assert _outcome(lambda: _cal_key(options.nearest())) == near
        expected = _outcome(lambda: resolve._picks(fresh, ref, strict))
        picks = _outcome(lambda: options.picks(strict))
        if expected is None or isinstance(expected, type):
            assert picks == expected
        else:
            assert [_cal_key(c) for c in picks] == [_cal_key(c) for c in expected]
            past, future, nearest = picks  # the tense is read only when they differ
            same = past is future and future is nearest
            assert same == (len({_cal_key(c) for c in expected}) == 1)


ENDINGS = ["eront|era|erons|erez|erai|iront|ira|dront|dra|rront|rra|ura|uront", "aient|ait"]


@SETTINGS
@given(
    st.sampled_from([resolve._FUTURE_ENDINGS, resolve._COND_ENDINGS, *ENDINGS]),
    st.text(alphabet="aeinorstudz", min_size=1, max_size=12),
)
@example(resolve._COND_ENDINGS, "prendraient")
@example(resolve._FUTURE_ENDINGS, "arriveront")
@example(resolve._FUTURE_ENDINGS, "montrait")
def test_the_ending_tree_tells_the_words_with_one_of_the_endings(endings, word):
    pattern = re.compile(r"\w+(?!\w)" + resolve._ends_with(endings))
    assert (pattern.fullmatch(word) is not None) == word.endswith(tuple(endings.split("|")))


@pytest.mark.parametrize(
    "sentence",
    [
        "Jeudi 19 octobre à 14 h 30, le conseil a voté.",
        "Du 3 au 5 mars 2024, puis la semaine dernière et il y a trois jours.",
        "Ce soir vers 20 h, deux fois par semaine, depuis des décennies.",
    ],
)
def test_the_fast_evolve_is_attrs_evolve(sentence):
    import attrs

    from frnews.dates.reading import evolve

    changes = {"end": 99, "type": resolve.TimexType.TIME, "hour": 7, "part": None, "mod": None}
    readings = rules.scan(rules.Context.of(sentence))
    assert readings
    for r in readings:
        copied = evolve(r, **changes)
        assert copied == attrs.evolve(r, **changes)
        assert copied is not r
        assert evolve(r) == r


@SETTINGS
@given(st.one_of(newsish, st.text(max_size=120)))
@example("jeudi 19 octobre à 14 h 30, puis de 9 h à 17 h, entre le 21 juin et le 15 novembre 2019")
@example("le 2014-04-18 de 7:00 à 20:00 et ce soir à 20 h, minuit ce jeudi soir")
@example("٣-12min")  # a digit of another script: no count for shared_unit (found in a run)
def test_refining_run_by_run_is_refining_the_whole_list(text):
    from frnews.dates.refine import _refine_run, refine

    ctx = rules.Context.of(text)
    assert refine(rules.scan(ctx), ctx) == _refine_run(rules.scan(ctx), ctx)


@SETTINGS
@given(st.one_of(newsish, st.text(max_size=120)))
@example("jeudi 19 octobre à 14 h 30, puis de 9 h à 17 h, entre le 21 juin et le 15 novembre 2019")
@example("le 2014-04-18 de 7:00 à 20:00 et ce soir à 20 h, minuit ce jeudi soir")
@example("de janvier à mars 2020, le 15 février dans la matinée, fin de matinée vendredi")
def test_a_refiner_skipped_by_its_run_condition_would_change_nothing(text):
    """The run conditions of the refiners (refine._RUN_CONDITIONS) only skip refiners that
    would merge or change nothing: without them, the same readings."""
    from frnews.dates import refine

    ctx = rules.Context.of(text)
    fast = refine._refine_run(rules.scan(ctx), ctx)
    conditions = refine._RUN_CONDITIONS
    refine._RUN_CONDITIONS = {}
    try:
        assert refine._refine_run(rules.scan(ctx), ctx) == fast
    finally:
        refine._RUN_CONDITIONS = conditions


def test_every_run_condition_belongs_to_a_refiner():
    # a condition keyed by a name no refiner has (a refiner renamed) would never run
    from frnews.dates import refine

    assert set(refine._RUN_CONDITIONS) <= {name for name, _ in refine.REFINERS}


def test_every_pair_condition_belongs_to_a_refiner():
    from frnews.dates import refine

    assert set(refine._PAIR_CONDITIONS) <= {name for name, _ in refine.REFINERS}


# fmt: off
REFINE_PIECES = st.sampled_from(
    ["jeudi", "jeudi 19 octobre", "le 15 février", "demain", "hier", "ce soir", "matin",
     "dans la matinée", "en fin de matinée", "à 14 h 30", "14 h", "19h30", "vers 9 h", "minuit",
     "de 9 h à 17 h", "9 h - 17 h", "midi", "du 21 juin", "au 15 novembre 2019", "entre mars",
     "et avril 2020", "en 2019", "mars", "la nuit", "dimanche soir", "le 3", "et le 5 mai",
     "jusqu'au 4 juin 2021", "2023", "la semaine prochaine", "il y a trois jours", "le lendemain"]
)
# fmt: on
REFINE_TEXT = st.lists(st.tuples(REFINE_PIECES, JOINERS), min_size=2, max_size=10).map(
    lambda parts: " ".join(p + j for p, j in parts)
)


@SETTINGS
@given(REFINE_TEXT)
@example("jeudi 19 octobre à 14 h 30")
@example("de 9 h à 17 h")
@example("le 15 février dans la matinée")
@example("en fin de matinée jeudi")
@example("du 21 juin au 15 novembre 2019")
def test_a_refiner_changes_nothing_on_a_pair_its_pair_condition_refuses(text):
    """refine._refine_run does not call a refiner on a pair of neighbours that fails the
    refiner's pair condition: the refiner would have returned None and changed nothing."""
    from frnews.dates import refine
    from frnews.dates.reading import evolve

    ctx = rules.Context.of(text)
    readings = rules.scan(ctx)
    for name, fn in refine.REFINERS:
        pair = refine._PAIR_CONDITIONS.get(name)
        if pair is None:
            continue
        for i, a in enumerate(readings):
            for b in readings[i + 1 :]:
                gap = ctx.low[a.end : b.start]
                if len(gap) > refine._REACH or pair(a, b):
                    continue
                a2, b2 = evolve(a), evolve(b)
                assert fn(a2, b2, gap, ctx) is None, (name, a, b)
                assert (a2, b2) == (a, b), name


SAFE_TEXT = st.text(alphabet=st.sampled_from("ab \n«»é\x1cЖ©→"), max_size=80)


@SETTINGS
@given(SAFE_TEXT, st.lists(st.tuples(st.integers(0, 90), st.integers(0, 90)), max_size=12))
def test_the_safe_stretch_reads_windows_as_tense_safe(text, windows):
    """resolve._SafeStretch, which remembers the last safe stretch, answers for any
    sequence of windows what resolve._tense_safe answers for each."""
    safe = resolve._SafeStretch(text)
    for a, b in sorted(windows) + windows:
        a, b = min(a, b), max(a, b)
        assert safe(a, b) == resolve._tense_safe(text[a:b]), (a, b)


@SETTINGS
@given(st.one_of(SAFE_TEXT, st.text(max_size=40)))
@example("© AFP → Ж")
def test_the_tense_safe_characters_are_safe_or_neither_word_nor_space(text):
    """A window the tense's stdlib patterns read: its characters are all safe, or read as
    neither word nor space characters by either module (the ASCII lead patterns then read
    them as the regex ones do)."""
    import regex

    def inert(ch: str) -> bool:
        return all(
            re.fullmatch(c, ch) is None and regex.fullmatch(c, ch) is None
            for c in (r"\w", r"\s", r"\d")
        )

    expected = all(rules._RE_UNSAFE.search(ch) is None or inert(ch) for ch in text)
    assert resolve._tense_safe(text) == expected


@SETTINGS
@given(st.one_of(newsish, st.text(alphabet=st.sampled_from("a sera\x1c «»éЖ.,"), max_size=120)))
def test_the_tense_with_a_safe_stretch_is_the_tense_without(text):
    """tense_at given a _SafeStretch of the text (as Resolution.feed gives it, expression
    after expression) reads the tenses it reads without."""
    low = fold(text).text
    safe = resolve._SafeStretch(low)
    for start in range(0, len(low), 7):
        end = min(len(low), start + 5)
        with_safe = resolve.tense_at(low, low, start, end, (), [start], [end], safe)
        assert with_safe == resolve.tense_at(low, low, start, end, (), [start], [end])


# The fast constructors of the result objects (filled on a private subclass, then given
# their class) against the public attrs constructors.
_TIMES = st.one_of(st.none(), st.datetimes(min_value=dt.datetime(1, 1, 2)))
_VALUES = st.builds(
    lambda t, timex, g, m, s, e, d, f, r: (t, timex, g, m, s, e, d, f, r),
    st.sampled_from(TimexType),
    st.text(max_size=12),
    st.one_of(st.none(), st.sampled_from(Grain)),
    st.one_of(st.none(), st.sampled_from(Mod)),
    _TIMES,
    _TIMES,
    st.one_of(st.none(), st.builds(Duration, st.integers(0, 99), st.sampled_from(Grain))),
    st.one_of(st.none(), st.text(max_size=4)),
    st.booleans(),
)


def _same_object(fast: object, plain: object) -> None:
    assert type(fast) is type(plain)
    assert fast == plain
    assert hash(fast) == hash(plain)
    assert repr(fast) == repr(plain)
    assert fast.to_dict() == plain.to_dict()  # type: ignore[attr-defined]
    assert pickle.loads(pickle.dumps(fast)) == plain
    assert copy.copy(fast) == plain
    assert attrs.evolve(fast) == plain
    name = attrs.fields(type(plain))[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(fast, name, None)


@SETTINGS
@given(_VALUES, st.text(max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_the_fast_constructors_build_what_the_constructors_build(args, source, a, b):
    start, end = sorted((min(a, len(source)), min(b, len(source))))
    value = _value(*args)
    _same_object(value, TemporalValue(*args))
    _same_object(
        _mention_at(source, start, end, value),
        DateMention(source[start:end], Span(start, end), value),
    )
    _same_object(
        _mention(source, Span(start, end), value), DateMention(source, Span(start, end), value)
    )
    kind = BlockKind.PARAGRAPH
    _same_object(_block(kind, source, start, end), Block(kind, source[start:end], Span(start, end)))
    _same_object(_span(start, end), Span(start, end))


def test_the_fast_constructors_past_four_giga_characters():
    # offsets that do not pack into 64 bits: the object holds a copy and a Span
    end = 2**32 + 5
    value = _value(TimexType.DATE, "2023", Grain.YEAR, None, None, None)
    _same_object(_mention_at("En 2023.", 3, end, value), DateMention("2023.", Span(3, end), value))
    kind = BlockKind.HEADING
    _same_object(_block(kind, "Titre", 0, end), Block(kind, "Titre", Span(0, end)))


@SETTINGS
@given(
    st.text(max_size=30),
    st.lists(st.integers(0, 30), min_size=6, max_size=6),
    st.sampled_from(QuoteKind),
    st.booleans(),
    st.one_of(st.none(), st.text(max_size=8)),
    st.sampled_from(("person", "body", "group")),
    st.text(max_size=12),
)
def test_the_fast_quote_constructors_build_what_the_constructors_build(
    source, offsets, kind, closed, name, speaker_kind, rule
):
    n = len(source)
    (s, e), (os_, oe), (cs, ce) = (
        sorted((min(a, n), min(b, n))) for a, b in zip(offsets[::2], offsets[1::2], strict=True)
    )
    speaker = _speaker_at(source, cs, ce, name, speaker_kind)
    _same_object(speaker, Speaker(source[cs:ce], Span(cs, ce), name=name, kind=speaker_kind))
    cue = _cue_at(source, cs, ce, rule)
    _same_object(cue, Cue(source[cs:ce], Span(cs, ce), rule=rule))
    inner = _quote_at(source, s, e, os_, oe, kind, (), closed)
    _same_object(inner, Quote(source[s:e], Span(s, e), Span(os_, oe), kind, (), closed))
    _same_object(
        _quote_at(source, s, e, os_, oe, kind, (inner,), closed, speaker, cue),
        Quote(source[s:e], Span(s, e), Span(os_, oe), kind, (inner,), closed, speaker, cue),
    )


def test_the_fast_quote_constructors_past_four_giga_characters():
    end = 2**32 + 5
    _same_object(
        _quote_at("« non »", 2, end, 0, end + 2, QuoteKind.FRAGMENT, (), False),
        Quote("non »", Span(2, end), Span(0, end + 2), QuoteKind.FRAGMENT, (), False),
    )
    _same_object(
        _speaker_at("M. Kim", 0, end, "Kim", "person"), Speaker("M. Kim", Span(0, end), "Kim")
    )
    _same_object(_cue_at("a dit", 0, end, "preposed"), Cue("a dit", Span(0, end), "preposed"))
