"""The example counts of a deep run (tests/deep.py): a table of the variable's values."""

from __future__ import annotations

import pytest

from tests.deep import VARIABLE, examples, scale


@pytest.mark.parametrize(
    ("value", "factor"),
    [
        (None, 1),
        ("", 1),
        ("  ", 1),
        ("1", 1),
        ("20", 20),
        (" 50 ", 50),
    ],
)
def test_the_factor_of_a_run(value: str | None, factor: int) -> None:
    environ = {} if value is None else {VARIABLE: value}
    assert scale(environ) == factor
    assert examples(300, environ) == 300 * factor


@pytest.mark.parametrize("value", ["0", "-3", "2.5", "twenty", "1e3"])
def test_a_bad_factor_is_refused_by_name(value: str) -> None:
    with pytest.raises(
        ValueError, match=f"{VARIABLE} must be a whole number, 1 or more; got '{value}'"
    ):
        scale({VARIABLE: value})


def test_a_normal_run_draws_the_tests_own_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(VARIABLE, raising=False)
    assert examples(300) == 300
    monkeypatch.setenv(VARIABLE, "7")
    assert examples(300) == 2100
