"""Time zones written after a clock time: « à 14 h GMT », « 20 h HNE », « à 9 h, heure de
Paris », « 3 h (heure de Moscou) ».

The zone words join the mention (its span covers them), and the TIMEX3 value of the time
gets the zone's offset from UTC as ISO 8601 writes it (``2023-10-19T14:00Z``,
``2023-10-19T20:00-05:00``). The zones are the table ``time_zones.tsv``; for a zone with
daylight saving time (``heure de Paris``, ``heure de l'Est``) the offset is that of the
day of the time, so a time whose day is not resolved gets none. ``start`` and ``end``
stay the clock time as written (naive datetimes, in that zone).
"""

from __future__ import annotations

import datetime as dt
import functools

import attrs

from frnews.dates._lazy import lazy_pattern
from frnews.dates.model import TemporalValue, TimexType
from frnews.dates.reading import Reading, evolve
from frnews.dates.rules import Context, _alt, _lookup, _table, _utc_offset

__all__ = ["time_zones", "zoned"]

_ZONES = _table("time_zones")
#: A zone right after a clock time: after a space, after a comma (a zone of several words:
#: « 9 h, heure de Paris »), or in parentheses (« 3 h (heure de Moscou) »).
_ZONE_AFTER = lazy_pattern(
    r"(?:[ \t]++|[ \t]*+,[ \t]*+(?=heure|temps)|[ \t]*+(?P<paren>\()[ \t]*+)"
    rf"(?P<zone>{_alt(_ZONES)})(?:(?P<shift>[+-])(?P<h>1[0-4]|0?\d)(?::?(?P<m>[0-5]\d))?)?"
    r"(?![\w'+-])(?(paren)[ \t]*+\))"
)
_ZONED_TYPES = (TimexType.TIME, TimexType.SET)


def time_zones(readings: list[Reading], ctx: Context) -> list[Reading]:
    """Extend each clock time followed by a time zone over it.

    The reading gets the zone's value (:attr:`Reading.zone`); after ``GMT`` or ``UTC``, a
    shift is read too (``14 h GMT+1``).

    >>> from frnews.dates.rules import scan
    >>> ctx = Context.of("Le vote ferme à 20 h HNE, et non à 20 h hne.")
    >>> [(ctx.low[r.start : r.end], r.zone) for r in time_zones(scan(ctx), ctx)]
    [('20 h hne', '-05:00'), ('20 h', None)]
    >>> ctx = Context.of("Il est 14 h GMT+1.")
    >>> [(ctx.low[r.start : r.end], r.zone) for r in time_zones(scan(ctx), ctx)]
    [('14 h gmt+1', '+01:00')]
    """
    out = readings
    for k, r in enumerate(readings):
        last = r.range_end if r.range_end is not None else r
        if last.hour is None or r.type not in _ZONED_TYPES:
            continue
        m = _ZONE_AFTER.match(ctx.low, r.end)
        if m is None:
            continue
        e = _lookup("time_zones", m.group("zone"))
        if "cap" in e.flags and not ctx.original_at(*m.span("zone")).isupper():
            continue
        zone = e.value
        if m.group("shift"):
            if zone != "Z":
                continue  # « heure de Paris+1 »: no such zone
            zone = _utc_offset(m.group("shift"), int(m.group("h")), m.group("m") or "00")
        if out is readings:
            out = list(readings)
        out[k] = evolve(r, end=m.end(), zone=zone)
    return out


def zoned(value: TemporalValue, zone: str) -> TemporalValue:
    """Write the offset of ``zone`` after each clock time of ``value``.

    ``zone`` is a value of ``time_zones.tsv``. The value is unchanged when the offset
    depends on a day it does not know.

    >>> v = TemporalValue(TimexType.TIME, "2023-10-19T14:00", start=dt.datetime(2023, 10, 19, 14))
    >>> zoned(v, "Z").timex, zoned(v, "europe").timex, zoned(v, "america:-5").timex
    ('2023-10-19T14:00Z', '2023-10-19T14:00+02:00', '2023-10-19T14:00-04:00')
    >>> zoned(TemporalValue(TimexType.TIME, "XXXX-XX-XXT14:00"), "europe").timex
    'XXXX-XX-XXT14:00'
    """
    offset = _offset(zone, value.start)
    if offset is None:
        return value
    parts = value.timex.split("/")
    timex = "/".join(p + offset if _is_clock(p) else p for p in parts)
    return attrs.evolve(value, timex=timex)


def _is_clock(part: str) -> bool:
    """Whether a TIMEX3 value ends with a clock time (``…T14:00``, ``…T14:00:30``)."""
    t = part.rfind("T")
    return t >= 0 and part[t + 1 : t + 3].isdigit() and part[t + 3 : t + 4] == ":"


#: The zones of ``time_zones.tsv`` that follow the European Union's summer time: their
#: offset in winter, in hours.
_EUROPEAN_WINTER = {"europe": 1, "europe-west": 0, "europe-east": 2}


def _offset(zone: str, start: dt.datetime | None) -> str | None:
    """The ISO 8601 offset of ``zone`` at ``start`` (``Z``, ``+02:00``), None when it
    depends on a day not known.

    >>> _offset("europe", dt.datetime(2024, 1, 5)), _offset("europe-west", dt.datetime(2024, 7, 5))
    ('+01:00', '+01:00')
    >>> _offset("america:-8", dt.datetime(2024, 1, 5)), _offset("+05:30", None)
    ('-08:00', '+05:30')
    """
    if zone == "Z" or zone[:1] in "+-":
        return zone
    if start is None:
        return None
    if zone.startswith("america:"):
        hours = int(zone[8:])
        first, last = _north_american_summer(start.year)
    else:
        hours = _EUROPEAN_WINTER[zone]
        first, last = _european_summer(start.year)
    if first <= start.date() < last:
        hours += 1
    if hours == 0:
        return "Z"
    return f"{'+' if hours > 0 else '-'}{abs(hours):02d}:00"


@functools.lru_cache(maxsize=64)
def _european_summer(year: int) -> tuple[dt.date, dt.date]:
    """The first day of summer time in the European Union, and the first day after it:
    the last Sundays of March and of October.

    >>> _european_summer(2024)
    (datetime.date(2024, 3, 31), datetime.date(2024, 10, 27))
    """
    return _last_sunday(year, 3), _last_sunday(year, 10)


@functools.lru_cache(maxsize=64)
def _north_american_summer(year: int) -> tuple[dt.date, dt.date]:
    """The first day of daylight saving time in Canada and the United States, and the
    first day after it: the second Sunday of March, the first Sunday of November.

    >>> _north_american_summer(2024)
    (datetime.date(2024, 3, 10), datetime.date(2024, 11, 3))
    """
    march = dt.date(year, 3, 1)
    november = dt.date(year, 11, 1)
    second_sunday = march + dt.timedelta(days=(6 - march.weekday()) % 7 + 7)
    first_sunday = november + dt.timedelta(days=(6 - november.weekday()) % 7)
    return second_sunday, first_sunday


def _last_sunday(year: int, month: int) -> dt.date:
    after = dt.date(year + month // 12, month % 12 + 1, 1)
    return after - dt.timedelta(days=(after.weekday() + 1) % 7 or 7)
