"""The fallback normalizer: dateparser, imported on first use, for absolute formats the
grammar does not read (``parse_date`` only; ``find_dates`` never calls it).

Only strings with a digit are handed over, and dateparser must find a day, a month and a
year (``REQUIRE_PARTS``), so that it adds no guess of its own.

>>> import datetime as dt
>>> v = parse_absolute("2023年10月19日", reference=dt.date(2023, 10, 19), prefer="auto")
>>> v is None or v.timex.startswith("2023")
True
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from frnews.dates.model import Grain, TemporalValue, TimexType

__all__ = ["parse_absolute"]

_PREFER = {
    "past": "past",
    "future": "future",
    "auto": "current_period",
    "nearest": "current_period",
}
_HAS_TIME = re.compile(r"\d\s*(?:h|:)\s*\d")


@functools.cache
def _dateparser() -> Any:
    import dateparser  # slow to import (~0.3 s): only here, on first use

    return dateparser


def parse_absolute(
    expression: str, *, reference: dt.date | dt.datetime | None, prefer: str
) -> TemporalValue | None:
    """Read a fully specified date (day, month and year) with dateparser, or return None.

    >>> parse_absolute("pas une date", reference=None, prefer="auto") is None
    True
    """
    if not any(ch.isdigit() for ch in expression) or len(expression) > 80:
        return None
    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": _PREFER.get(prefer, "current_period"),
        "REQUIRE_PARTS": ["day", "month", "year"],
        "DATE_ORDER": "DMY",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if reference is not None:
        ref = (
            reference
            if isinstance(reference, dt.datetime)
            else dt.datetime(reference.year, reference.month, reference.day)
        )
        settings["RELATIVE_BASE"] = ref.replace(tzinfo=None)
    try:
        found = _dateparser().parse(expression, languages=["fr"], settings=settings)
    except Exception:  # dateparser raises on some odd inputs; the answer is then "none"
        return None
    if found is None:
        return None
    try:
        return _value(found.replace(tzinfo=None, microsecond=0), expression)
    except OverflowError:  # 31 December 9999
        return None


def _value(found: dt.datetime, expression: str) -> TemporalValue:
    if _HAS_TIME.search(expression):
        return TemporalValue(
            TimexType.TIME,
            found.strftime("%Y-%m-%dT%H:%M"),
            Grain.MINUTE,
            start=found,
            end=found + dt.timedelta(minutes=1),
        )
    day = dt.datetime(found.year, found.month, found.day)
    return TemporalValue(
        TimexType.DATE,
        day.strftime("%Y-%m-%d"),
        Grain.DAY,
        start=day,
        end=day + dt.timedelta(days=1),
    )
