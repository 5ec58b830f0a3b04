"""The search for slower-than-linear texts (fuzz/sweep_linear.py): its pieces, its cases,
and that its check tells a quadratic pass from a linear one."""

from __future__ import annotations

import doctest
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.timing import linear_pass, quadratic_pass

ROOT = Path(__file__).resolve().parent.parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sweep_linear", ROOT / "fuzz/sweep_linear.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["sweep_linear"] = module
    spec.loader.exec_module(module)
    return module


sweep = _load()


def test_doctests() -> None:
    result = doctest.testmod(sweep)
    assert result.attempted >= 4
    assert result.failed == 0


def test_pieces_are_distinct_and_not_empty() -> None:
    assert len(set(sweep.PIECES)) == len(sweep.PIECES)
    assert all(sweep.PIECES)


@pytest.mark.parametrize(
    "needed",
    ["« ", "» ", ": ", "a déclaré ", "Lire aussi : ", "PHOTO REUTERS\n", "le 3 mars ", "\u202f"],
)
def test_pieces_cover_the_shapes_that_were_slow(needed: str) -> None:
    """The pieces of the run-on paragraph found in session 13, and of each kind of text."""
    assert needed in sweep.PIECES


def test_units_are_reproducible_and_varied() -> None:
    a, b = sweep.units(7, 50), sweep.units(7, 50)
    assert a == b
    assert a != sweep.units(8, 50)
    assert {len(u) for u in a} == {2, 3, 4, 5, 7}
    assert all(len(set(u)) == len(u) for u in a)  # no piece twice in one unit


@pytest.mark.parametrize("size", [1, 5, 16, 1000])
def test_repeat_gives_the_size_asked(size: int) -> None:
    text = sweep.repeat(("« Oui », ", "a dit Jean Dupont. "), size)
    assert text == ("« Oui », a dit Jean Dupont. " * 40)[:size]


def test_mix_draws_the_pieces_in_no_order() -> None:
    unit = ("« ", "Oui ", "» ", "a dit Jean Dupont. ")
    text = sweep.mix(unit, 4000)
    assert len(text) == 4000
    assert text != sweep.repeat(unit, 4000)
    assert text.count("« ") != text.count("» ")  # marks left open, or closed twice
    assert sweep.mix(unit, 32_000).startswith(text)


@pytest.mark.parametrize(
    ("growth", "expected"),
    [
        ((16.0, 16.0), True),  # quadratic
        ((5.3, 7.8), True),  # quadratic, with a linear part that still weighs at 1x
        ((4.0, 4.0), False),  # linear
        ((4.5, 6.5), False),  # linear, one step slowed down by the machine
        ((3.9, 8.1), False),
    ],
)
def test_confirmed(growth: tuple[float, float], expected: bool) -> None:
    assert sweep.confirmed(growth) is expected


@pytest.mark.parametrize(
    ("measured", "expected"),
    [
        ([(16.0, 16.0), (15.1, 16.9)], (True, (15.1, 16.9))),  # quadratic: twice
        ([(3.8, 8.6), (4.0, 4.1)], (False, (4.0, 4.1))),  # linear, a slow moment once
        ([(4.0, 4.1)], (False, (4.0, 4.1))),  # linear: measured once
        ([(16.0, 16.0), (4.2, 3.9)], (False, (4.2, 3.9))),
    ],
)
def test_a_case_is_confirmed_only_by_every_measurement(
    monkeypatch: pytest.MonkeyPatch,
    measured: list[tuple[float, float]],
    expected: tuple[bool, tuple[float, float]],
) -> None:
    left = list(measured)
    monkeypatch.setattr(sweep, "steps", lambda *_: left.pop(0))
    assert sweep.check(len, ("ab",), 1000) == expected
    assert left == []  # measured again only while confirmed


@pytest.mark.slow
def test_the_check_tells_quadratic_from_linear() -> None:
    unit = ("« Oui », ", "a dit Jean Dupont. ")
    assert sweep.ratio(quadratic_pass, unit, 80_000) > sweep.MAX_RATIO
    assert sweep.check(quadratic_pass, unit, 40_000)[0]
    assert not sweep.check(linear_pass, unit, 100_000)[0]


def test_main_runs_a_small_sweep(capsys: pytest.CaptureFixture[str]) -> None:
    assert sweep.main(["--seed", "3", "--cases", "2", "--kb", "1", "--func", "segment"]) == 0
    out = capsys.readouterr().out
    assert "segment, seed 3: 2 cases; the slowest:" in out
    assert "0 confirmed slower than linear" in out


def test_main_mixed(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        sweep.main(["--seed", "4", "--cases", "1", "--kb", "1", "--func", "segment", "--mix"]) == 0
    )
    assert "segment, seed 4, mixed: 1 cases; the slowest:" in capsys.readouterr().out


def test_main_rejects_an_unknown_function() -> None:
    with pytest.raises(SystemExit):
        sweep.main(["--func", "nothing"])
