"""The date scan's shipped dispatch table and its first scans without partial matching.

The rules each word can open are worked out from the rules' patterns by partial matching,
which needs every rule compiled with ``regex``: most of a short process's first call. They
are shipped as ``frnews/dates/dispatch.tsv`` instead, and the scan narrows the rules it
tries at a word by partial matching only once the process has scanned
``rules.NARROW_AFTER`` characters. These tests check that the table is the one the
patterns give, that a stale table is refused by name, that the scan finds the same
readings narrowed or not, and that a fresh process's first call compiles no rule with
``regex`` that the stdlib ``re`` can read.
"""

from __future__ import annotations

import functools
import subprocess
import sys
from importlib import resources

import pytest
from hypothesis import HealthCheck, example, given, settings

from frnews.dates import rules
from tests.conftest import SEED_PATH
from tests.deep import examples
from tests.test_fast_tries_s9 import SENTENCES, _readings, news


def _shipped() -> str:
    path = resources.files("frnews.dates").joinpath(rules.DISPATCH_FILE)
    return path.read_text(encoding="utf-8")


def test_the_shipped_table_is_the_one_the_patterns_give():
    assert _shipped() == rules.dispatch_table(), (
        "frnews/dates/dispatch.tsv is stale: python -m frnews.dates.dispatch"
    )
    assert rules._dispatch() == rules._computed_dispatch()


def test_each_row_is_a_word_and_its_rules_in_the_order_they_are_tried():
    rows = [line.split("\t") for line in _shipped().splitlines() if not line.startswith("#")]
    names = [r.name for r in rules.RULES]
    words = [word for word, _ in rows]
    assert words == sorted(set(words))
    assert {"0", "roman", "le", "hier", "mi"} <= set(words)
    for word, opened in rows:
        assert word == word.strip()
        assert word
        indexes = [names.index(name) for name in opened.split(" ")]
        assert indexes == sorted(set(indexes)), word


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("hier\tdeictic yesterday", "dispatch.tsv:2: no rule named 'yesterday'"),
        ("le\tday_month jour", "dispatch.tsv:2: no rule named 'jour'"),
    ],
)
def test_a_table_naming_an_unknown_rule_is_refused_by_line(monkeypatch, row, message):
    class Files:
        def joinpath(self, name):
            return self

        def read_text(self, encoding):
            return f"# a comment\n{row}\n"

    monkeypatch.setattr(resources, "files", lambda package: Files())
    rules._dispatch.cache_clear()
    try:
        with pytest.raises(ValueError, match=message) as error:
            rules._dispatch()
        assert "python -m frnews.dates.dispatch" in str(error.value)
    finally:
        monkeypatch.undo()
        rules._dispatch.cache_clear()


def _unnarrowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A scan as a fresh process runs it: no partial matching (which would fail here)."""

    def refuse(*_: object) -> tuple[int, ...]:
        msg = "partial matching in an unnarrowed scan"
        raise AssertionError(msg)

    monkeypatch.setattr(rules, "_narrowing", lambda n: False)
    monkeypatch.setattr(rules, "_word_candidates", refuse)
    monkeypatch.setattr(rules, "_later_candidates", refuse)


def _same_readings(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as m:
        m.setattr(rules, "_narrowing", lambda n: True)
        narrowed = [_readings(t) for t in texts]
    with monkeypatch.context() as m:
        _unnarrowed(m)
        assert [_readings(t) for t in texts] == narrowed


#: Sentences where a rule's builder refuses its match and a later rule reads the place:
#: « sept » is no month before « jours », « quarante-huit heures » no time of day.
REFUSED = [
    "Libéré sept jours après l'attaque, il a témoigné.",
    "Il est ressorti après quarante-huit heures de garde à vue.",
]


@pytest.mark.parametrize("sentence", SENTENCES + REFUSED)
def test_the_scan_reads_the_same_without_partial_matching(sentence, monkeypatch):
    _same_readings([sentence], monkeypatch)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    list(zip(REFUSED, ["sept jours", "quarante-huit heures"], strict=True)),
)
def test_a_later_rule_reads_what_a_builder_refused(sentence, expected, monkeypatch):
    with monkeypatch.context() as m:
        _unnarrowed(m)
        found = [
            (r.rule, sentence.lower()[r.start : r.end])
            for r in rules.scan(rules.Context.of(sentence))
        ]
    assert ("duration", expected) in found


def test_the_sentences_need_the_choices_partial_matching_makes(monkeypatch):
    """Narrowed, the scan asks partial matching at the words that open several rules and
    after a builder's refusal (so the test above compares two different paths)."""
    asked = {"word": 0, "later": 0}
    word, later = rules._word_candidates, rules._later_candidates

    def count_word(*args):
        asked["word"] += 1
        return word(*args)

    def count_later(*args):
        asked["later"] += 1
        return later(*args)

    monkeypatch.setattr(rules, "_narrowing", lambda n: True)
    monkeypatch.setattr(rules, "_word_candidates", count_word)
    monkeypatch.setattr(rules, "_later_candidates", count_later)
    for sentence in SENTENCES:
        _readings(sentence)
    assert asked["word"] > 20
    assert asked["later"] > 0


@settings(max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(news)
@example("le 3 mai, la veille, l'été 2023, fin oct. 2022, 14-juillet, 3 jours plus tard")
def test_news_reads_the_same_without_partial_matching(text):
    with pytest.MonkeyPatch.context() as m:
        _same_readings([text], m)


def test_a_process_narrows_after_its_first_megabyte(monkeypatch):
    @functools.cache
    def not_compiled() -> tuple[object, ...]:
        return ()

    monkeypatch.setattr(rules, "_ready_rules", not_compiled)
    monkeypatch.setattr(rules, "NARROW_AFTER", 100)
    monkeypatch.setattr(rules, "_SCANNED", [0])
    assert [rules._narrowing(40) for _ in range(4)] == [False, False, True, True]
    monkeypatch.setattr(rules, "_SCANNED", [0])
    not_compiled()  # the rules compiled with regex for another reason: narrow at once
    assert rules._narrowing(40) is True


def test_a_first_call_compiles_only_the_rules_the_stdlib_cannot_read():
    """In a fresh process, find_dates on the seed compiles no rule with regex but those
    that have no stdlib twin (two on Python 3.11; before it, ``re`` reads no possessive
    quantifier and nearly every rule has none), and does not work out the dispatch table
    (which would compile them all)."""
    code = f"""
import frnews
from frnews.dates import rules
frnews.find_dates(open({str(SEED_PATH)!r}, encoding="utf-8").read())
compiled = rules._rule_regex.cache_info().currsize
no_twin = sum(rules._stdlib_compiled(i) is None for i in range(len(rules.RULES)))
print(compiled, no_twin, rules._ready_rules.cache_info().currsize)
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    compiled, no_twin, ready = map(int, out.split())
    assert compiled <= no_twin
    assert ready == 0
    if sys.version_info >= (3, 11):
        assert no_twin < len(rules.RULES) // 4
