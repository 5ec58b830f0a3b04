"""The date scan's rule choice of speed session 9 keeps every rule that can match.

Partial matching asks whether a rule can match a text that starts with a given piece (a
word and what follows it). It puts a context before the piece for the rules whose patterns
look behind where they start; a rule that never looks there gets one context instead of
two (``rules._partial_befores``). These tests check that this gives the answers that both
contexts give, for the rule choices built on it (the per-word dispatch, the word and
character candidates), and that the scan finds what it finds when every rule is tried at
every word; each test is checked to fail when the shortcut is broken.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from frnews.dates import rules
from frnews.text import fold
from tests.deep import examples

SETTINGS = settings(
    max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

# fmt: off
#: Pieces of news text around the words that open the rules.
PIECES = [
    "le", "la", "l'", "les", "du", "de", "d'", "au", "à", "a", "en", "et", "vers", "dès",
    "depuis", "fin", "début", "mi", "il y a", "dans", "jusqu'à", "ce", "cet", "cette",
    "1", "3", "12", "14", "19", "31", "99", "300", "2023", "1er", "2e", "21e", "h", "h30",
    "heures", "pm", "octobre", "juillet", "mars", "jours", "ans", "an", "année", "semaine",
    "dernière", "prochain", "précédente", "fois", "par", "siècle", "trimestre", "été",
    "printemps", "Noël", "Toussaint", "saint-Jean", "veille", "lendemain", "midi", "après",
    "après-midi", "soir", "matin", "nuit", "deux", "trois", "une", "dizaine", "demi",
    "euros", "personnes", "élu", "-", "/", ".", ",", ":", " ", "\n", "«", "»", "’",
]
# fmt: on
JOINERS = st.sampled_from(["", " ", " ", "-", "'", ".", ",", "/"])
news = st.lists(st.tuples(st.sampled_from(PIECES), JOINERS), max_size=25).map(
    lambda parts: "".join(p + j for p, j in parts)
)

SENTENCES = [
    "Le 19 octobre 2023, la semaine dernière, l'année précédente et le mois prochain.",
    "Il a été élu cet été, l'été dernier, en été 2023, à la fin de l'été.",
    "En fin d'après-midi, le lendemain, le surlendemain, la veille au soir.",
    "Depuis plusieurs mois, depuis une dizaine d'années, depuis le 1er mars.",
    "À deux heures du matin, à midi, vers 14 h 30, jusqu'à minuit, dès 8 h.",
    "Le XXe siècle, le 21e siècle, le 1er trimestre 2024, le deuxième semestre.",
    "Le 14 juillet, le 11-Novembre, à la Saint-Jean, pour Noël 2024, à Pâques.",
    "Défilé du 14-Juillet, cérémonies du 11-Novembre ; 14-juillet 2023.",
    "Trois jours plus tard, 48 heures après, quarante-huit heures, un an et demi.",
    "99 euros, 300 personnes, 1500 conteneurs, le 3 au 5 mai, les 2 et 3 février.",
]


def _both(i: int, start: str) -> bool:
    """What partial matching said before: with both contexts, for every rule."""
    pattern = rules._ready_rules()[i][1]
    return any(
        pattern.match(b + start, pos=len(b), partial=True) is not None
        for b in rules._PARTIAL_BEFORE
    )


def _starts(text: str) -> list[str]:
    """The pieces the scan reads at each word of ``text``: the word and 0 to 6 characters
    after it (the dispatch's and the candidates' keys)."""
    low = fold(text).text
    out = []
    for m in rules._anchor_patterns()[1].finditer(low):
        out.extend(low[m.start() : m.end() + k] for k in (0, 1, 2, 4, 6))
    return out


def _check_can_start(text: str) -> None:
    for start in _starts(text):
        for i in range(len(rules.RULES)):
            assert rules._can_start(i, start) == _both(i, start), (rules.RULES[i].name, start)


@pytest.mark.parametrize("text", SENTENCES)
def test_one_context_answers_as_both_on_real_sentences(text):
    _check_can_start(text)


@SETTINGS
@given(news)
@example("à deux heures")
def test_one_context_answers_as_both_on_news_like_text(text):
    _check_can_start(text)


def test_the_rule_choices_are_those_of_both_contexts():
    """The per-word dispatch and the first characters, worked out once, are those that
    partial matching with both contexts gives for every rule."""
    words = {w: (w + " ", w + "'", w + "-", w + ",", w + ".") for w in rules._starters()}
    words["0"] = rules._DIGIT_PROBES
    words["roman"] = ("xxe ", "xixe ", "ive ")
    n = len(rules.RULES)
    expected = {}
    for w, probes in words.items():
        kept = tuple(i for i in range(n) if any(_both(i, p) for p in probes))
        if kept:
            expected[w] = kept
    assert rules._dispatch() == expected
    chars = [chr(c) for c in range(128)]
    assert rules._first_chars() == tuple(
        frozenset(c for c in chars if _both(i, c)) for i in range(n)
    )


def test_the_check_fails_when_a_rule_that_looks_behind_gets_one_context(monkeypatch):
    """A rule whose lookbehind wants ``le`` before it (the day of ``le 3``) is not seen
    with the first context alone: the check above fails when every rule gets only that."""
    n = len(rules.RULES)
    monkeypatch.setattr(rules, "_partial_befores", lambda: (rules._PARTIAL_BEFORE[:1],) * n)
    with pytest.raises(AssertionError):
        _check_can_start("Il reviendra le 3 au 5 mai.")


def _readings(text: str) -> list[tuple[object, ...]]:
    return [
        (r.rule, r.start, r.end, r.year, r.month, r.day, r.hour, r.timex)
        for r in rules.scan(rules.Context.of(text))
    ]


def _every_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the scan try every rule, in order, at every word of a run."""
    every = tuple(range(len(rules.RULES)))
    dispatch = dict.fromkeys(rules._dispatch(), every)
    monkeypatch.setattr(rules, "_dispatch", lambda: dispatch)
    monkeypatch.setattr(rules, "_digit_rules", lambda *_: every)
    monkeypatch.setattr(rules, "_word_candidates", lambda *_: every)
    monkeypatch.setattr(rules, "_later_candidates", lambda i, *_: every[i + 1 :])


def _check_scan(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = [_readings(t) for t in texts]
    with monkeypatch.context() as m:
        _every_rule(m)
        every = [_readings(t) for t in texts]
    assert chosen == every


def test_the_scan_finds_what_every_rule_finds_on_real_sentences(monkeypatch):
    _check_scan(SENTENCES, monkeypatch)


@SETTINGS
@given(st.lists(news, min_size=1, max_size=4))
def test_the_scan_finds_what_every_rule_finds_on_news_like_text(texts):
    with pytest.MonkeyPatch.context() as monkeypatch:
        _check_scan(texts, monkeypatch)


def test_the_scan_check_fails_when_the_rule_choice_drops_a_rule(monkeypatch):
    """The scan check fails when the candidates of a word lose a rule that matches there
    (the relative unit of ``la semaine dernière``)."""
    relative = [r.name for r in rules.RULES].index("relative_unit")
    word_candidates = rules._word_candidates

    def broken(word: str, after: str) -> tuple[int, ...]:
        return tuple(i for i in word_candidates(word, after) if i != relative)

    monkeypatch.setattr(rules, "_word_candidates", broken)
    with pytest.raises(AssertionError):
        _check_scan(["Il est parti la semaine dernière."], monkeypatch)
