"""The linear-time check itself: it passes a linear pass and fails a quadratic one."""

from __future__ import annotations

import pytest

from tests.timing import assert_linear, linear_pass, quadratic_pass


def test_a_linear_pass_passes():
    small = "Le 19 octobre, il a dit « oui ». " * 3_000
    assert_linear(linear_pass, small, small * 8, "linear")


def test_a_quadratic_pass_fails():
    small = "Le 19 octobre, il a dit « oui ». " * 2_000
    with pytest.raises(AssertionError, match="quadratic"):
        assert_linear(quadratic_pass, small, small * 8, "quadratic")
