"""The linear-time check itself: it passes a linear pass and fails a quadratic one."""

from __future__ import annotations

import pytest

from tests.timing import assert_linear


def _linear(text: str) -> object:
    return [c for c in text if c == "«"]


def _quadratic(text: str) -> object:
    # each search runs to the end of the text (no "§" in it): n/32 searches of n/2 characters
    return [text.find("§", i) for i in range(0, len(text), 32)]


def test_a_linear_pass_passes():
    small = "Le 19 octobre, il a dit « oui ». " * 3_000
    assert_linear(_linear, small, small * 8, "linear")


def test_a_quadratic_pass_fails():
    small = "Le 19 octobre, il a dit « oui ». " * 2_000
    with pytest.raises(AssertionError, match="quadratic"):
        assert_linear(_quadratic, small, small * 8, "quadratic")
