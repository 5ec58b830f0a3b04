"""French temporal expressions: find them, type them (TimeML TIMEX3), resolve them.

>>> import datetime
>>> from frnews.dates import find_dates
>>> [(m.text, m.value.timex) for m in find_dates("La semaine dernière, puis mi-septembre.",
...                                               reference=datetime.date(2023, 10, 19))]
[('La semaine dernière', '2023-W41'), ('mi-septembre', '2023-09')]
"""

from __future__ import annotations

from frnews.dates.api import find_dates, parse_date
from frnews.dates.model import DateMention, Duration, Grain, Mod, TemporalValue, TimexType

__all__ = [
    "DateMention",
    "Duration",
    "Grain",
    "Mod",
    "TemporalValue",
    "TimexType",
    "find_dates",
    "parse_date",
]
