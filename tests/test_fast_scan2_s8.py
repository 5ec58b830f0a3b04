"""The date scan's second set of shortcuts of speed session 8 give what they replace.

Each shortcut is checked against the plain computation it replaces, and each test is
checked to fail when its shortcut is broken.
"""

from __future__ import annotations

import pytest

from frnews.dates import rules


def _check_month_numbers(numbers: dict[str, int]) -> None:
    assert numbers.keys() == rules._MONTHS.keys()
    for form, entry in rules._MONTHS.items():
        assert numbers[form] == int(entry.value), form


def test_month_numbers_are_the_table_values():
    _check_month_numbers(rules._MONTH_NUMBERS)
    assert rules._month_value("octobre") == rules._month_value("oct.") == 10


def test_the_month_number_test_fails_on_a_wrong_number():
    wrong = {**rules._MONTH_NUMBERS, "mars": 4}
    with pytest.raises(AssertionError):
        _check_month_numbers(wrong)


def test_an_unknown_month_form_is_a_key_error_as_before():
    with pytest.raises(KeyError):
        rules._month_value("brumaire")


@pytest.mark.parametrize(
    ("text", "value"),
    [("1er", 1), ("1re", 1), ("premier", 1), ("2e", 2), ("12", 12), (" 31 ", 31), ("03", 3)],
)
def test_day_values_are_those_of_the_uncached_function(text, value):
    assert rules._day_value(text) == rules._day_value.__wrapped__(text) == value
