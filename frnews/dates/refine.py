"""Refiners: combine the readings of neighbouring rules, in the order of :data:`REFINERS`.

* ``time_range``: two clock times joined by ``à``/``-`` become one range
  (``de 9 h à 17 h`` → ``9 h à 17 h``);
* ``the_day``: ``la journée`` before a day is that day (``la journée de mardi``);
* ``date_time``: a day and a time next to each other become one expression
  (``jeudi 19 octobre à 14 h 30``, ``minuit ce jeudi soir``, ``demain 17:00``);
* ``year_of``: a day, month or holiday without a year takes the year written after it
  with ``de`` (``le 3 mars de l'an prochain``, ``en juillet de l'année suivante``, ``le
  Noël de 2019``): one expression;
* ``range_year``: in ``entre le 21 juin et le 15 novembre 2019`` the first end takes the
  year of the second (both stay separate mentions, as TimeML annotates them); in ``de
  janvier à mai``, the two ends are marked to be placed together (``range_start``).

Then, last, the readings inside the title of a work are dropped (:func:`drop_titles`: « le
film « Le Jour d'après » », « la série « Lundi matin » »).

>>> from frnews.dates.rules import Context, _search, scan
>>> ctx = Context.of("jeudi 19 octobre à 14 h 30")
>>> [(r.start, r.end, r.hour) for r in refine(scan(ctx), ctx)]
[(0, 26, 14)]
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from frnews.dates._lazy import lazy_pattern
from frnews.dates.model import Duration, Grain, TimexType
from frnews.dates.reading import Reading, evolve
from frnews.dates.rules import (
    _LENGTH_VERB_BEFORE,
    Context,
    _key,
    _search,
    duration_timex,
    parse_number,
)
from frnews.dates.zones import time_zones
from frnews.lexicons import load_table, opens_a_name

if TYPE_CHECKING:
    import regex

__all__ = ["REFINERS", "drop_titles", "is_range_pair", "refine", "shared_unit"]

# ``TimexType.TIME`` read through the enum metaclass costs ten times a global (Python 3.11)
_DATE, _TIME, _DURATION = TimexType.DATE, TimexType.TIME, TimexType.DURATION
_DATE_OR_TIME = (_DATE, _TIME)

#: The rules of a clock time, and those of a time of day (sets: a rule name is looked up
#: by its hash, not compared with each name in turn).
_CLOCK_RULES = frozenset(("clock", "clock_words", "clock_range"))
_SET_TYPE = TimexType.SET
_TIME_ONLY_RULES = frozenset((*_CLOCK_RULES, "part_of_day", "first_hours"))

_RANGE_GAP = lazy_pattern(r"\s*+(?:-|a|au|et|jusqu'a|jusqu'au)(?:\s++le)?+\s*+$")
_DATE_TIME_GAP = lazy_pattern(
    r"\s*+,?+\s*+(?:(?:a|vers|des|de|dans\s+la|en|aux\s+alentours\s+de|autour\s+de)\s++)?$"
)
_TIME_DATE_GAP = lazy_pattern(
    # « à 3 h 17 heure locale, mercredi », « 3 h 17 (heure locale) dans la nuit de … »
    r"\s*+(?:,\s*+)?+(?:\(?+heure\s++locale\)?+\s*+)?+,?+\s*+(?:le\s++|de\s++|du\s++|dans\s++)?$"
)
#: After a part of the day, its own day: « la soirée du 14 juillet », « la nuit de lundi ».
_DAY_AFTER_PART = lazy_pattern(
    r"[ \t]++(?:du|de)[ \t]++(?:\d|1er|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
)
#: What may part a range of clock times from the day after it (``de 8 h à 17 h, mardi``).
_RANGE_DAY_GAP = lazy_pattern(r"\s*+,?+\s*+(?:le\s++)?$")
_DAY_PART_GAP = lazy_pattern(
    r"\s*+,?+\s*+(?:(?:dans|en|au\s++cours\s++de|pendant|durant|a|au)\s++)?$"
)
_RANGE_START = lazy_pattern(r"(?:\b(?:du|de|d'|entre|des|depuis)\s++(?:le\s++)?|^\s*+)$")


def _is_clock(r: Reading) -> bool:
    return r.rule in _CLOCK_RULES and r.type is _TIME and not r.has_date and r.range_end is None


def _is_time_only(r: Reading) -> bool:
    return r.rule in _TIME_ONLY_RULES and r.type is _TIME and not r.has_date and r.month is None


def _is_clock_in_part(r: Reading) -> bool:
    """A clock time joined to a part of the day without its day (``vers 10 h dans la
    matinée``): the part's reading, with the hour."""
    return (
        r.rule == "part_of_day"
        and r.hour is not None
        and not r.has_date
        and r.month is None
        and r.range_end is None
    )


def _is_day(r: Reading) -> bool:
    return (
        r.type in _DATE_OR_TIME
        and r.hour is None
        and (r.has_date or (r.month is not None and r.day is not None))
        and not r.ref_value
        and not r.shift
    )


#: The holidays whose night is the one before them (``la nuit de Noël`` is Christmas Eve's,
#: ``la nuit du Nouvel An`` December 31st's, ``la nuit de Pâques`` the Easter vigil).
_NIGHT_BEFORE_HOLIDAYS = frozenset(("12-25", "01-01", "easter+0"))


def _time_range(a: Reading, b: Reading, gap: str, ctx: Context) -> Reading | None:
    if not (_is_clock(a) and _is_clock(b)) or not _RANGE_GAP.match(gap):
        return None
    if gap.strip() == "et" and not _search(r"\bentre\s*+$", ctx.before(a.start, 8)):
        return None
    return evolve(a, end=b.end, range_end=b, zone=b.zone or a.zone)


def _small_hours(day: Reading, hour: int | None, midnight: bool) -> bool:
    """A time before noon in a night read with its first day (``la nuit du 3 au 4 mars, vers
    2 h``) is on the next day (a night read with its last day, ``la nuit de samedi à
    dimanche dernier``, is not)."""
    return (
        day.rule == "night_of"
        and hour is not None
        and hour < 12
        and not midnight
        and not day.previous_part
    )


def _with_clock(day: Reading, clock: Reading, start: int, end: int) -> Reading:
    """``day`` (a date, or a part of a day) at the clock time of ``clock``."""
    # "à 8 heures ce soir": in the half of the day of the part
    hour = None if clock.hour is None else _hour_in_part(clock, day.part)
    out = evolve(
        day,
        start=start,
        end=end,
        type=_TIME,
        hour=hour,
        minute=clock.minute,
        second=clock.second,
        part=None,
        # (midnight in a night read with its last day is the start of that day: « la nuit
        # de samedi à dimanche dernier, vers minuit » is Sunday 00:00)
        midnight=clock.midnight and not (day.rule == "night_of" and day.previous_part),
        small_hours=_small_hours(day, hour, clock.midnight),
        mod=day.mod if day.mod is not None else clock.mod,
        zone=clock.zone,
    )
    if clock.range_end is not None:
        e = clock.range_end
        e_hour = _end_in_part(clock, e, day.part)
        out.range_end = evolve(
            day,
            start=e.start,
            end=e.end,
            hour=e_hour,
            minute=e.minute,
            second=e.second,
            part=None,
            type=_TIME,
            range_end=None,
            midnight=e.midnight,
            small_hours=_small_hours(day, e_hour, e.midnight),
        )
    return out


def _is_part(r: Reading) -> bool:
    """A part of a day, with or without its day (``ce soir``, ``demain matin``)."""
    return r.part is not None and r.hour is None and r.range_end is None and not r.shift


def _the_day(a: Reading, b: Reading, gap: str, ctx: Context) -> Reading | None:
    """``la journée de mardi``: the day named, from ``la journée`` on."""
    if (
        a.rel_unit is Grain.DAY
        and a.rule == "relative_unit"
        and a.anchor == "narr"
        and a.rel_offset == 0
        and _is_day(b)
        and _TIME_DATE_GAP.match(gap)
        and "\n" not in gap
    ):
        return evolve(b, start=a.start, mod=a.mod or b.mod)
    return None


def _date_time(a: Reading, b: Reading, gap: str, ctx: Context) -> Reading | None:
    if "\n" in gap:
        return None
    clock_b = _is_clock(b) or (b.rule in _CLOCK_RULES and b.range_end is not None)
    # jeudi 19 octobre à 14 h 30; demain matin 11h; ce soir à 20 h
    if clock_b and (_is_day(a) or _is_part(a)) and _DATE_TIME_GAP.match(gap):
        return _with_clock(a, b, a.start, b.end)
    # minuit ce jeudi soir; 19h30 ce soir; 14 h, jeudi 19 octobre; de 8 h à 17 h mardi
    clock_a = _is_clock(a) or (
        a.rule in _CLOCK_RULES
        and a.range_end is not None
        and not a.has_date
        and _RANGE_DAY_GAP.match(gap) is not None  # not "de 9 h à 19 h du lundi au samedi"
    )
    if clock_a and (_is_day(b) or _is_part(b)) and _TIME_DATE_GAP.match(gap):
        return _with_clock(b, a, a.start, b.end)
    # vers 10 h dans la matinée | de mardi: a clock joined to its part of the day, then the day
    if _is_clock_in_part(a) and _is_day(b) and b.part is None and _TIME_DATE_GAP.match(gap):
        return _with_clock(b, a, a.start, b.end)
    # le 15 février dans la matinée; jeudi, en fin de matinée
    if _is_day(a) and a.part is None and _is_time_only(b) and b.part is not None:
        if _DAY_AFTER_PART.match(ctx.low, b.end, b.end + 32) is not None:
            return None  # "a raconté jeudi la soirée du 14 juillet 2016": that day's
        if _DAY_PART_GAP.match(gap):
            return evolve(a, end=b.end, type=_TIME, part=b.part, mod=b.mod or a.mod)
        return None
    # fin de matinée vendredi; dans la soirée de dimanche
    if _is_time_only(a) and a.part is not None and _is_day(b) and b.part is None:
        if _TIME_DATE_GAP.match(gap):
            # "la nuit de Noël", "la nuit du Nouvel An": the night before the day
            eve = a.part == "NI" and b.holiday in _NIGHT_BEFORE_HOLIDAYS
            return evolve(
                b, start=a.start, type=_TIME, part=a.part, mod=a.mod or b.mod, previous_part=eve
            )
        return None
    return None


#: The recurrences of days a clock time can join (``tous les jours``, ``chaque soir``,
#: ``chaque dimanche``, ``tous les dimanches soir``): their TIMEX3 values, where the time
#: goes (``XXXX-XX-XX`` for every day, ``XXXX-WXX-7`` for every Sunday), without a part
#: of the day.
_SET_DAYS = lazy_pattern(r"(?:P1D|(?P<days>XXXX-XX-XX|XXXX-WXX-[1-7]))(?:T(?P<part>MO|AF|EV|NI))?+")


def _set_time(a: Reading, b: Reading, gap: str, ctx: Context) -> Reading | None:
    """``tous les jours à 20 h``, ``chaque dimanche à 10 h 30``, ``tous les soirs vers 8 h``:
    a recurrence of days at a clock time, one recurrence (``XXXX-WXX-7T10:30``).

    >>> from frnews.dates.rules import scan
    >>> ctx = Context.of("La messe a lieu chaque dimanche à 10 h 30, tous les soirs à 8 h.")
    >>> [(r.timex, ctx.low[r.start : r.end]) for r in refine(scan(ctx), ctx)]
    [('XXXX-WXX-7T10:30', 'chaque dimanche a 10 h 30'),
     ('XXXX-XX-XXT20:00', 'tous les soirs a 8 h')]

    Hours from one time to another are the two times of the recurrence (``chaque samedi
    de 8 h à 13 h`` is ``XXXX-WXX-6T08:00/XXXX-WXX-6T13:00``), and ``à partir de`` gives
    the time it starts at.
    """
    if (
        b.rule not in _CLOCK_RULES
        or b.type is not _TIME
        or b.has_date
        or "\n" in gap
        or a.timex is None
    ):
        return None
    days = _SET_DAYS.fullmatch(a.timex)
    if days is None or not (_DATE_TIME_GAP.match(gap) or _SET_TIME_GAP.match(gap)):
        return None
    when = days.group("days") or "XXXX-XX-XX"
    part = days.group("part")
    timex = f"{when}T{_hour_in_part(b, part):02d}:{b.minute or 0:02d}"
    if b.range_end is not None:
        e = b.range_end
        timex += f"/{when}T{_end_in_part(b, e, part) or 0:02d}:{e.minute or 0:02d}"
    return evolve(a, end=b.end, timex=timex, mod=a.mod or b.mod, zone=b.zone)


#: What may part a recurrence from its hours, beside what parts a day from its time:
#: ``chaque samedi de 8 h à 13 h`` (the range's ``de``), ``chaque soir à partir de 19 h``.
_SET_TIME_GAP = lazy_pattern(r"\s*+,?+\s*+(?:de|des|entre|a\s++partir\s++de)\s++$")


def _hour_in_part(clock: Reading, part: str | None) -> int:
    """The hour of ``clock`` in the half of the day of ``part`` (``tous les soirs à 8 h``
    is at 20:00)."""
    hour = clock.hour or 0
    if hour < 12 and part in ("AF", "EV") and not clock.midnight:
        return hour + 12
    return hour


def _end_in_part(clock: Reading, end: Reading, part: str | None) -> int | None:
    """The hour of the end of the clock range ``clock`` in the half of the day of ``part``,
    when its start is there too: ``ce soir de 8 h à 10 h`` ends at 22:00, ``ce soir de 20 h
    à 2 h`` at 2:00 (a start written on the 24-hour clock says the end is written so too).

    >>> from frnews.dates.reading import Reading
    >>> a, b = Reading(0, 3, "clock", hour=8), Reading(6, 10, "clock", hour=10)
    >>> _end_in_part(a, b, "EV"), _end_in_part(evolve(a, hour=20), evolve(b, hour=2), "EV")
    (22, 2)
    """
    if end.hour is None or _hour_in_part(clock, part) == (clock.hour or 0):
        return end.hour
    return _hour_in_part(end, part)


def is_range_pair(a: Reading, b: Reading, ctx: Context) -> bool:
    """True when ``a`` and ``b`` are the two ends of a range of dates written in full.

    As in ``du 21 juin au 15 novembre 2019``, ``entre 2019 et 2021``, ``de janvier à mars``.

    >>> from frnews.dates.rules import scan
    >>> ctx = Context.of("entre 2019 et 2021")
    >>> a, b = scan(ctx)
    >>> is_range_pair(a, b, ctx)
    True
    """
    if a.type is not _DATE or b.type is not _DATE:
        return False
    return _range_words(a, b, ctx)


def _range_words(a: Reading, b: Reading, ctx: Context) -> bool:
    """The words around ``a`` and ``b`` make them a range (``entre … et …``, ``du … au
    …``, ``de … à …``, ``… - …``), neither being a shift, a range or a fixed value."""
    if a.shift or b.shift or a.ref_value or b.ref_value or a.range_end or b.range_end:
        return False
    gap = ctx.low[a.end : b.start]
    if not _RANGE_GAP.match(gap) or "\n" in gap:
        return False
    word = gap.strip().removesuffix(" le").strip()
    before = ctx.before(a.start, 12)
    if word == "et":
        return _search(r"\bentre\s*+(?:le\s++)?$", before) is not None
    if word in ("a", "au", "jusqu'a", "jusqu'au"):
        return _search(r"\b(?:du|de|d'|depuis|des)\s*+(?:le\s++)?$", before) is not None
    return True


#: The rules of a year written in digits (``2019``, ``l'année 2021``).
_YEAR_RULES = frozenset(("year", "year_named"))
_OF_GAP = lazy_pattern(r"\s*+d(?:e\s++|')$")


def _this_years_period(r: Reading) -> bool:
    """A quarter or a half of the year written without its year (``le premier trimestre``:
    this year's, until a year after it says which)."""
    return (
        (r.quarter is not None or r.half is not None)
        and r.rel_unit is Grain.YEAR
        and r.rel_offset == 0
        and r.anchor == "ref"
    )


def _is_year_of(a: Reading, b: Reading) -> bool:
    """A reading without a year that can take one (a month or a day of it, a holiday, a
    quarter or a half), and a year after it: written (``2019``) or counted (``l'an
    dernier``, ``l'année suivante``)."""
    return (
        a.year is None
        and a.year_offset is None
        and (
            ((a.month is not None or a.holiday is not None) and a.rel_unit is None)
            or _this_years_period(a)
        )
        and a.direction is None
        and a.range_end is None
        and not a.week_of
        and b.mod is None
        and (
            (b.rule in _YEAR_RULES and b.year is not None and b.month is None)
            or (b.rule == "relative_unit" and b.rel_unit is Grain.YEAR)
        )
    )


def _year_of(a: Reading, b: Reading, gap: str, ctx: Context) -> Reading | None:
    """``le 3 mars de l'an prochain``: the day with the year after it, one expression.

    >>> from frnews.dates.rules import scan
    >>> ctx = Context.of("le 3 mars de l'an prochain")
    >>> [(r.start, r.end, r.year_offset) for r in refine(scan(ctx), ctx)]
    [(3, 26, 1)]
    >>> ctx = Context.of("le 23 mars l'an dernier")
    >>> [(r.start, r.end, r.year_offset) for r in refine(scan(ctx), ctx)]
    [(3, 23, -1)]
    """
    if not _is_year_of(a, b):
        return None
    if _OF_GAP.match(gap) is None and not (
        # « le 23 mars l'an dernier »: a year counted from the reference, with its
        # article, right after (not « l'année suivante », counted from the story)
        b.year is None and b.anchor == "ref" and gap.isspace() and ctx.low.startswith("l'", b.start)
    ):
        return None
    if _this_years_period(a):  # the year after it replaces "this year"
        a = evolve(a, rel_unit=None, anchor=None)
    if b.year is not None:
        return evolve(a, end=b.end, year=b.year)
    return evolve(a, end=b.end, year_offset=b.rel_offset, year_anchor=b.anchor)


def _range_year(a: Reading, b: Reading, gap: str, ctx: Context) -> Reading | None:
    """``de janvier à mars 2023``: the first end takes the year of the second (the year
    before, across a new year); so does the first of two months or days listed with
    « et » or « ou » in the year's order (``en mars et en juin 2026``, ``le 3 février et le
    5 août 2023``, ``celles de février et d'août 2023``).

    >>> from frnews.dates.rules import scan
    >>> ctx = Context.of("en mars et en juin 2026")
    >>> [r.year for r in refine(scan(ctx), ctx)]
    [2026, 2026]
    """
    if a.year is None and a.month is not None and b.month is not None:
        if is_range_pair(a, b, ctx):
            if b.year is not None:
                a.year = b.year if a.month <= b.month else b.year - 1
            elif a.weekday is None and b.weekday is None:
                a.range_start = True  # "de janvier à mai": placed together when resolved
        elif (
            b.year is not None
            and a.month <= b.month
            and a.range_end is None
            and a.direction is None
            and a.rel_unit is None
            and _LIST_GAP.fullmatch(gap) is not None
        ):
            a.year = b.year
    return None


#: Between two months or days of one list: « et », « ou », and a preposition or article.
_LIST_GAP = lazy_pattern(r"[ \t]*+,?+[ \t]*+(?:et|ou)[ \t]++(?:(?:en|de|du|le|au|a)[ \t]++|d')?+")


def _weekday_range(a: Reading, b: Reading, gap: str, ctx: Context) -> Reading | None:
    """``du lundi au vendredi``, ``entre mardi et jeudi``: two weekdays alone that make a
    range are marked to be placed together, in order (``range_start``), as two months
    without a year are.

    >>> from frnews.dates.rules import scan
    >>> ctx = Context.of("du lundi au vendredi")
    >>> [r.range_start for r in refine(scan(ctx), ctx)]
    [True, False]
    """
    if (
        _weekday_alone(a, habit=True)
        and _weekday_alone(b, habit=True)
        and b.direction is None
        and _range_words(a, b, ctx)
    ):
        # (the ends of « ouvert du lundi au vendredi » may be a habit, if the clause has
        # no tense: then they are not placed)
        a.range_start = True
    return None


def _weekday_sequence(a: Reading, b: Reading, gap: str, ctx: Context) -> Reading | None:
    """``à partir de mardi 20 h et jusqu'à jeudi 8 h``, ``commencera mardi et se
    poursuivra jusqu'à jeudi``, ``mercredi, puis … vendredi``: the second weekday of a
    sequence in one sentence comes after the first; the two are placed together, in
    order, as the ends of a range are (not one mention: two).

    >>> from frnews.dates.rules import scan
    >>> ctx = Context.of("La grève commencera mardi et se poursuivra jusqu'à jeudi.")
    >>> [r.range_start for r in refine(scan(ctx), ctx)]
    [True, False]
    """
    if (
        not a.range_start
        and _weekday_of_sequence(a)
        and _weekday_of_sequence(b)
        and a.weekday != b.weekday
        and _SEQUENCE_GAP.search(gap) is not None
        and _SEQUENCE_BREAK.isdisjoint(gap)
    ):
        a.range_start = True
    return None


def _weekday_of_sequence(r: Reading) -> bool:
    """A weekday without a day number, a month, a direction or an anchor, maybe at a
    clock time or a part of the day (``mardi 20 h``, ``jeudi``)."""
    return (
        _undated_weekday(r)
        and r.direction is None
        and r.range_end is None
        and not r.habitual
        and not r.midnight  # « minuit ce jeudi soir » ends the day: Friday 00:00
    )


#: Between two weekdays of a sequence (one sentence): « jusqu'à » right before the second,
#: or « puis » between them.
_SEQUENCE_GAP = lazy_pattern(r"jusqu'(?:a|au)[ \t]++$|(?<![\w'])puis(?!\w)")
#: What ends a sentence or a clause between two weekdays: no sequence across it.
_SEQUENCE_BREAK = frozenset(".!?;:\n")


#: Between a weekday and the week it is in: ``mardi de la semaine prochaine``.
_WEEK_OF_DAY_GAP = lazy_pattern(r"\s++de\s++$")


def _day_of_week(a: Reading, b: Reading, gap: str, ctx: Context) -> Reading | None:
    """``le mardi de la semaine prochaine``, ``jeudi de la semaine suivante``: a weekday
    in a week counted from the reference or the story, that day of that week.

    >>> from frnews.dates.rules import scan
    >>> ctx = Context.of("Il partira le mardi de la semaine prochaine.")
    >>> [(r.weekday, r.rel_unit.name, r.rel_offset) for r in refine(scan(ctx), ctx)]
    [(2, 'WEEK', 1)]
    """
    if (
        _weekday_alone(a)
        and a.direction is None
        and b.rel_unit is Grain.WEEK
        and b.rule == "relative_unit"
        and b.weekday is None
        and b.mod is None
        and _WEEK_OF_DAY_GAP.match(gap)
    ):
        return evolve(b, start=a.start, weekday=a.weekday, part=a.part, type=a.type)
    return None


def _weekday_alone(r: Reading, habit: bool = False) -> bool:
    """A weekday without a day number, a month or a clock time (``lundi``, ``lundi
    dernier``, ``lundi soir``), which the tense places: an end of a range of weekdays
    (``du lundi au vendredi``); with ``habit``, also one that may be a habit.

    >>> from frnews.dates.rules import scan
    >>> [_weekday_alone(r) for r in scan(Context.of("lundi, mardi 3 mars, jeudi soir"))]
    [True, False, True]
    """
    return _undated_weekday(r) and r.hour is None and (habit or not r.habitual)


def _undated_weekday(r: Reading) -> bool:
    """A weekday with no day number, month, year, anchor or unit: what the tense places
    (:func:`_weekday_alone`, :func:`_weekday_of_sequence`)."""
    return (
        r.weekday is not None
        and r.day is None
        and r.month is None
        and r.year is None
        and r.anchor is None
        and r.rel_unit is None
    )


#: The refiners, tried in this order on each pair of neighbouring readings; a refiner
#: returns the merged reading, or None to leave the pair alone.
REFINERS: tuple[tuple[str, Callable[[Reading, Reading, str, Context], Reading | None]], ...] = (
    ("time_range", _time_range),
    ("the_day", _the_day),
    ("weekday_range", _weekday_range),
    ("day_of_week", _day_of_week),
    ("date_time", _date_time),
    ("weekday_sequence", _weekday_sequence),  # after date_time: « mardi 20 h … jeudi 8 h »
    ("set_time", _set_time),
    ("year_of", _year_of),
    ("range_year", _range_year),
)


def _two_clocks(run: list[Reading]) -> bool:
    """``time_range`` joins two clock times: the run has two readings of a clock rule."""
    clocks = 0
    for r in run:
        if r.rule in _CLOCK_RULES:
            if clocks:
                return True
            clocks = 1
    return False


def _day_unit(run: list[Reading]) -> bool:
    """``the_day`` joins ``la journée`` to the day after it: a reading of the day as a unit."""
    for r in run:  # noqa: SIM110 (a loop, as in _clock_or_part)
        if r.rel_unit is Grain.DAY:
            return True
    return False


def _clock_or_part(run: list[Reading]) -> bool:
    """``date_time`` joins a clock time or a part of the day to a day: one of the two is a
    reading of a clock rule, or has a part of the day."""
    for r in run:  # noqa: SIM110 (a loop, not any() over a generator: a third of the time)
        if r.rule in _CLOCK_RULES or r.part is not None:
            return True
    return False


def _set_and_clock(run: list[Reading]) -> bool:
    """``set_time`` joins a clock time to a recurrence: the run has both."""
    sets = clocks = False
    for r in run:
        if r.type is _SET_TYPE:
            sets = True
        elif r.rule in _CLOCK_RULES:
            clocks = True
    return sets and clocks


def _a_year(run: list[Reading]) -> bool:
    """``year_of`` gives a year to the reading before it: the run has a year, written or
    counted."""
    for r in run:  # noqa: SIM110 (a loop, as in _clock_or_part)
        if r.rel_unit is Grain.YEAR or r.rule in _YEAR_RULES:
            return True
    return False


def _two_weekdays(run: list[Reading]) -> bool:
    """``weekday_range`` pairs two weekdays: the run has two readings of a weekday."""
    weekdays = 0
    for r in run:
        if r.weekday is not None:
            if weekdays:
                return True
            weekdays = 1
    return False


def _a_week(run: list[Reading]) -> bool:
    """``day_of_week`` puts a weekday in the week after it: the run has a week counted
    from an anchor."""
    for r in run:  # noqa: SIM110 (a loop, as in _clock_or_part)
        if r.rel_unit is Grain.WEEK:
            return True
    return False


def _months_to_pair(run: list[Reading]) -> bool:
    """``range_year`` gives the year of a month that has one to a month that has none, or
    pairs two months without a year: the run has two months, one of them without a year."""
    months = without_year = 0
    for r in run:
        if r.month is not None:
            months += 1
            if r.year is None:
                without_year = 1
    return months >= 2 and without_year == 1


#: For each refiner of :data:`REFINERS`, what a run of readings must have for it to
#: change anything (a refiner whose condition fails is not tried on the run's pairs). The
#: readings a refiner merges are those of its condition: a refiner that merged nothing yet
#: cannot have made the run meet it.
_RUN_CONDITIONS: dict[str, Callable[[list[Reading]], bool]] = {
    "time_range": _two_clocks,
    "the_day": _day_unit,
    "weekday_range": _two_weekdays,
    "weekday_sequence": _two_weekdays,
    "day_of_week": _a_week,
    "date_time": _clock_or_part,
    "set_time": _set_and_clock,
    "year_of": _a_year,
    "range_year": _months_to_pair,
}


#: For each refiner of :data:`REFINERS`, what a pair of neighbours (the reading before,
#: the reading after) must have for it to change anything: the first tests of the refiner
#: itself, without their calls (a refiner is not called on a pair that fails it).
_PAIR_CONDITIONS: dict[str, Callable[[Reading, Reading], bool]] = {
    # _is_clock(a) and _is_clock(b)
    "time_range": lambda a, b: a.rule in _CLOCK_RULES and b.rule in _CLOCK_RULES,
    # la journée, then a day
    "the_day": lambda a, b: a.rel_unit is Grain.DAY,
    # two weekdays
    "weekday_range": lambda a, b: a.weekday is not None and b.weekday is not None,
    "weekday_sequence": lambda a, b: a.weekday is not None and b.weekday is not None,
    # a weekday, then a week
    "day_of_week": lambda a, b: a.weekday is not None and b.rel_unit is Grain.WEEK,
    # one of the five joins: a clock after (or before) a day or a part of the day, a part
    # of the day after (or before) a day, a clock joined to its part of the day before a day
    "date_time": lambda a, b: (
        b.rule in _CLOCK_RULES
        or a.rule in _CLOCK_RULES
        or b.part is not None
        or a.part is not None
        or a.rule == "part_of_day"
    ),
    # a recurrence, then a clock time
    "set_time": lambda a, b: a.type is _SET_TYPE and b.rule in _CLOCK_RULES,
    # a month, day or holiday without a year before a year
    "year_of": _is_year_of,
    # a month without a year before a month
    "range_year": lambda a, b: a.year is None and a.month is not None and b.month is not None,
}


def refine(readings: list[Reading], ctx: Context) -> list[Reading]:
    """Apply :data:`REFINERS` left to right; a merged reading can merge again.

    Only neighbours at most :data:`_REACH` characters apart are given to a refiner, and a
    merged reading ends where the second one ended: the readings are refined run by run
    (a run: neighbours that close), and a reading alone passes unchanged.

    >>> from frnews.dates.rules import scan
    >>> ctx = Context.of("le 2014-04-18 de 7:00 à 20:00")
    >>> [(r.hour, r.range_end.hour) for r in refine(scan(ctx), ctx)]
    [(7, 20)]
    """
    # a zone first, so that the time it ends joins its day (« 20 h HNE jeudi »)
    readings = time_zones(readings, ctx)
    readings = weekday_lists(readings, ctx)
    out: list[Reading] = []
    n = len(readings)
    i = 0
    while i < n:
        j = i + 1
        while j < n and readings[j].start - readings[j - 1].end <= _REACH:
            j += 1
        if j == i + 1:
            out.append(readings[i])
        else:
            out.extend(_refine_run(readings[i:j], ctx))
        i = j
    out = shared_unit(out, ctx)
    if "\u00ab" in ctx.low:
        return drop_titles(out, ctx)
    return out


#: Weekdays after a recurring weekday, with no article or ``chaque`` of their own: ``les
#: samedis, dimanches et jours fériés``, ``les lundis et mardis``, ``chaque lundi et jeudi``.
_MORE_WEEKDAYS = lazy_pattern(
    r"[ \t]*+(?:,|et|ou)[ \t]++(?:et[ \t]++|ou[ \t]++)?+"
    r"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(s?+)(?!\w)"
)
_WEEKDAY_NUMBER = {
    w: k for k, w in enumerate(("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"), 1)
} | {"dimanche": 7}


def weekday_lists(readings: list[Reading], ctx: Context) -> list[Reading]:
    """Each weekday that goes on a list opened by a recurring weekday, in its number (``les
    samedis et dimanches``, ``chaque lundi et jeudi``): a recurrence too. The scan left a
    plural out (it wants its article) and read a singular as one day.

    >>> from frnews.dates.rules import scan
    >>> ctx = Context.of("Fermé les samedis, dimanches et lundis ; ouvert chaque mardi et jeudi.")
    >>> [(ctx.low[r.start : r.end], r.timex) for r in weekday_lists(scan(ctx), ctx)]
    [('les samedis', 'XXXX-WXX-6'), ('dimanches', 'XXXX-WXX-7'), ('lundis', 'XXXX-WXX-1'),
     ('chaque mardi', 'XXXX-WXX-2'), ('jeudi', 'XXXX-WXX-4')]
    """
    out: list[Reading] | None = None  # a copy, from the first list on (one pass)
    n = len(readings)
    i = 0
    while i < n:
        r = readings[i]
        i += 1
        if out is not None:
            out.append(r)
        if r.type is not _SET_TYPE or r.timex is None or not r.timex.startswith("XXXX-WXX-"):
            continue
        if r.timex[-1:] not in "1234567":
            continue  # "les lundis matin": a list after it is no list of its days
        plural = ctx.low[r.end - 1] == "s"
        end = r.end
        added: list[Reading] = []
        replaced = 0
        while True:
            m = _MORE_WEEKDAYS.match(ctx.low, end)
            if m is None or bool(m.group(2)) != plural:
                break
            at = readings[i + replaced] if i + replaced < n else None
            if at is not None and at.start < m.end():
                if plural or not (_weekday_alone(at) and (at.start, at.end) == m.span(1)):
                    break  # something else is read there
                replaced += 1  # "chaque lundi et jeudi": the day read alone is every one
            day = _WEEKDAY_NUMBER[m.group(1)]
            added.append(evolve(r, start=m.start(1), end=m.end(), timex=f"XXXX-WXX-{day}"))
            end = m.end()
        if added:
            if out is None:
                out = readings[:i]
            out.extend(added)
            i += replaced
    return readings if out is None else out


#: A count, and the word that joins it to a second count that has the unit (``18 et`` 24
#: mois, ``de cinq à`` dix ans, ``2-`` 3 jours, ``deux ou`` trois heures, ``de 14 à`` 16
#: heures), at the end of the text before the second count. ASCII digits only, as the
#: rules read them (« ٣-12min » holds no count of minutes).
_SHARED_UNIT_BEFORE = lazy_pattern(
    r"(?:\b(?P<lead>de|entre)[ \t]++)?(?<![\w.,'-])"
    r"(?P<n>[0-9]{1,4}+(?:,[0-9]++)?+|[a-z]++(?:-[a-z]++)*+)"
    r"(?:[ \t]*+-[ \t]*+|[ \t]++(?P<c>a|et|ou)[ \t]++)$"
)
#: A count of hours a clock time may share its unit with: ``16 heures``, ``16 h``,
#: ``5 heures du matin``.
_HOURS_ALONE = lazy_pattern(
    r"([0-9]{1,2}+|[a-z]++(?:-[a-z]++)*+)[ \t]*+(?:h|heures?+)\b(?![ \t]*+[0-9])"
)
#: A shift before the first count (``il y a deux ou trois ans``, ``dans 2 à 3 semaines``):
#: the two counts are a range of two shifts (:func:`_shift_range`), not two durations.
_SHIFT_BEFORE = lazy_pattern(r"(?:\bil[ \t]++y[ \t]++a|\bdans)[ \t]++$")
#: The rules whose readings may be the second count of :func:`shared_unit`: a duration
#: (a count of hours the clock rule read as one too), a clock time in hours.
_DURATION_RULES = frozenset(("duration", "clock"))
_HOUR_RULES = frozenset(("clock", "clock_words"))
#: The value of a duration of one unit (``P24M``, ``PT4H``, ``P1.5Y``, ``P3DE``).
_ONE_PART = lazy_pattern(r"PT?+\d++(?:\.\d++)?+[A-Z]{1,2}+")
#: How far before the second count the first one and its words may start.
_SHARED_REACH = 40


def shared_unit(readings: list[Reading], ctx: Context) -> list[Reading]:
    """Give the unit of a count to the count joined to it before it.

    ``entre 18 et 24 mois``, ``de cinq à dix ans``, ``deux ou trois jours``, ``2-3
    semaines`` are two durations (the first count alone is one, as TimeML annotates « two
    to three years »); ``de 14 à 16 heures`` and ``entre 8 et 18 heures`` are a range of
    clock times (one mention, as ``de 14 h à 16 h`` is); ``3 à 4 heures``, with no ``de``
    before, two durations; ``il y a deux ou trois ans`` a range of the two shifts. The
    first count was no mention.

    >>> from frnews.dates.rules import scan
    >>> ctx = Context.of("entre 18 et 24 mois, de 14 à 16 heures")
    >>> [(ctx.low[r.start : r.end], r.timex, r.hour) for r in shared_unit(scan(ctx), ctx)]
    [('18', 'P18M', None), ('24 mois', 'P24M', None), ('14 a 16 heures', None, 14)]
    """
    out: list[Reading] | None = None  # a copy, made at the first change
    low = ctx.low
    duration, hour_rules, joined = _DURATION, _HOUR_RULES, _joined_before
    for k, r in enumerate(readings):
        if (
            (r.type is duration or r.rule in hour_rules)
            and r.mod is None
            and r.start
            and joined(low, r.start)
        ):
            first = _first_count(r, readings[k - 1].end if k else 0, low)
            if first is not None:
                if out is None:
                    out = readings[:k]
                out.extend(first)
                continue
        if out is not None:
            out.append(r)
    return readings if out is None else out


def _joined_before(low: str, at: int) -> bool:
    """Whether ``à``, ``et``, ``ou`` (and the spaces after it) or a dash ends right before
    ``at``: the first test of :data:`_SHARED_UNIT_BEFORE`, without its search.

    >>> _joined_before("de 3 a 5", 7), _joined_before("2-3", 2), _joined_before("la 5", 3)
    (True, True, False)
    """
    j = at
    while j and low[j - 1] in " \t":
        j -= 1
    if j and low[j - 1] == "-":
        return True
    if j == at or j < 2:
        return False
    return (low[j - 1] == "a" and low[j - 2] in " \t") or (
        j > 2 and low[j - 2 : j] in ("et", "ou") and low[j - 3] in " \t"
    )


def _count_before(low: str, at: int, floor: int) -> regex.Match[str] | None:
    """The match of :data:`_SHARED_UNIT_BEFORE` that ends at ``at`` (from ``floor`` on):
    tried where the word before the joining word starts, and where ``de``/``entre``
    before that word starts, instead of searched for at every place.

    >>> _count_before("il faut de 3 a 5", 15, 0).group("lead", "n", "c")
    ('de', '3', 'a')
    >>> _count_before("condamne a 5", 11, 0).group("n")  # (not a count: see _first_count)
    'condamne'
    """
    j = at
    while j > floor and low[j - 1] in " \t":
        j -= 1
    if j > floor and low[j - 1] == "-":
        j -= 1
    else:
        j -= 2 if low[j - 1 : j] == "a" else 3  # "a" or "et", "ou", and a space before it
    while j > floor and low[j - 1] in " \t":
        j -= 1
    i = j
    while i > floor and (low[i - 1].isalnum() or low[i - 1] in ",-"):
        i -= 1
    if i == j or at - i > _SHARED_REACH:
        return None
    pattern = _SHARED_UNIT_BEFORE
    k = i
    while k > floor and low[k - 1] in " \t":
        k -= 1
    if k < i and (low[k - 2 : k] == "de" or low[k - 5 : k] == "entre"):
        lead_start = k - (2 if low[k - 2 : k] == "de" else 5)
        if lead_start >= floor:
            m = pattern.match(low, lead_start, at)
            if m is not None and m.end() == at:
                return m
    m = pattern.match(low, i, at)
    return m if m is not None and m.end() == at else None


def _shift_range(start: int, end: int, sign: int, low: float, high: float, unit: Grain) -> Reading:
    """``il y a deux ou trois ans`` (``sign`` -1), ``dans deux à trois semaines`` (+1): a
    range from the nearer or farther shift to the other, in the order of time.

    >>> r = _shift_range(0, 24, -1, 2, 3, Grain.YEAR)
    >>> r.shift, r.range_end.shift
    (((-3, <Grain.YEAR: 'year'>),), ((-2, <Grain.YEAR: 'year'>),))
    """
    rule = "ago" if sign < 0 else "in"
    first, last = (high, low) if sign < 0 else (low, high)
    r = Reading(start, end, rule, anchor="ref")
    r.shift = ((sign * first, unit),)
    r.range_end = Reading(start, end, rule, anchor="ref")
    r.range_end.shift = ((sign * last, unit),)
    return r


def _duration(start: int, end: int, amount: float, unit: Grain) -> Reading:
    """A reading of ``amount`` units (``P18M``).

    >>> _duration(0, 2, 18, Grain.MONTH).timex
    'P18M'
    """
    r = Reading(start, end, "duration", type=_DURATION)
    r.duration = Duration(amount, unit)
    r.timex = duration_timex([(amount, unit)])
    return r


def _first_count(r: Reading, floor: int, low: str) -> list[Reading] | None:
    """The readings :func:`shared_unit` puts in the place of ``r`` (the first count, then
    ``r`` or what it becomes), or None to keep ``r`` alone. ``floor``: where the reading
    before ``r`` ends."""
    m = _count_before(low, r.start, floor)
    if m is None:
        return None
    n = parse_number(m.group("n").replace(",", "."))
    if n is None or n <= 0:
        return None  # "condamné à six mois"
    lead, joint = m.group("lead", "c")
    if (lead == "entre") != (joint == "et") or (lead == "de" and joint != "a"):
        return None  # "entre 18 et", "de cinq à", "deux ou", "2-"; not "2 et 3 jours"
    is_duration = (
        r.type is _DURATION
        and r.rule in _DURATION_RULES
        and r.duration is not None
        and r.duration.amount is not None
        and r.timex is not None
        and _ONE_PART.fullmatch(r.timex) is not None
    )
    hours = None
    if is_duration:
        assert r.duration is not None
        amount, unit = r.duration.amount, r.duration.unit
    else:
        if r.rule not in _HOUR_RULES or r.type is not _TIME or r.has_date or r.range_end:
            return None
        hours = _HOURS_ALONE.match(low, r.start, r.end)
        if hours is None or r.hour is None or r.minute not in (0, None):
            return None
        amount, unit = parse_number(hours.group(1)), Grain.HOUR
    if amount is None:
        return None
    start = m.start("n")
    shift = _SHIFT_BEFORE.search(low, max(floor, m.start() - 12), m.start())
    if shift is not None:  # "il y a deux ou trois ans", "dans deux à trois semaines"
        if not n < amount or (hours is not None and r.end != hours.end()):
            return None
        sign = -1 if low.startswith("il", shift.start()) else 1
        return [_shift_range(shift.start(), r.end, sign, n, amount, unit)]
    if hours is None:  # a duration
        if not n < amount or n >= 1000:
            return None
        if joint is None and unit is Grain.HOUR:  # "18-22h": a range of clock times
            return None
        return [_duration(start, m.end("n"), n, unit), r]
    if amount != int(amount):
        return None
    written = int(amount)
    if lead is None or _LENGTH_VERB_BEFORE.search(low, max(0, m.start() - 24), m.start()):
        # "3 à 4 heures", "deux à trois heures", "le débat a duré de 2 à 3 heures": lengths
        if not n < written or r.end != hours.end():
            return None
        return [
            _duration(start, m.end("n"), n, Grain.HOUR),
            _duration(r.start, r.end, written, Grain.HOUR),
        ]
    if n != int(n) or n > 24 or n == written:
        return None
    hour = int(n)
    if r.hour == written + 12 and hour < 12:  # "de 8 à 10 heures du soir"
        hour += 12
    return [evolve(r, start=start, hour=hour % 24, minute=0, range_end=evolve(r))]


@functools.cache
def _name_markers() -> tuple[frozenset[str], frozenset[str]]:
    """The words that announce a name or a title before « … » (``name_markers.tsv``,
    folded), and those after which the name may start with a lower-case letter."""
    rows = load_table("name_markers")
    return (
        frozenset(_key(e.form) for e in rows),
        frozenset(_key(e.form) for e in rows if "any-case" in e.flags),
    )


#: The word right before an opening guillemet (and the spaces between them).
_WORD_BEFORE_QUOTE = lazy_pattern(r"(\w[\w-]*+)[\s\u00a0\u202f]*+$")
#: How far back from a reading its title's opening guillemet may be, and how far on its
#: closing one.
_TITLE_REACH = 80


def drop_titles(readings: list[Reading], ctx: Context) -> list[Reading]:
    """Leave out the readings inside the title of a work or the name of an operation.

    Such a title is a « … » that a word of ``name_markers.tsv`` announces (``le film``,
    ``la série``, ``l'opération``) and that starts with a capital or a digit (after
    ``baptisé`` and the other ``any-case`` markers, with any letter): the quotes read it
    as a name too (nobody said it), by the same test, :func:`~frnews.lexicons.opens_a_name`.

    >>> from frnews.dates.rules import scan
    >>> ctx = Context.of("Le film « Le Jour d'après » sort jeudi.")
    >>> [ctx.low[r.start : r.end] for r in refine(scan(ctx), ctx)]
    ['jeudi']
    """
    low = ctx.low
    markers, any_case = _name_markers()
    out: list[Reading] = []
    for r in readings:
        o = low.rfind("\u00ab", r.start - _TITLE_REACH if r.start > _TITLE_REACH else 0, r.start)
        if (
            o >= 0
            and low.find("\u00bb", o, r.start) < 0
            and low.find("\u00bb", r.end, r.end + _TITLE_REACH) >= 0
        ):
            w = _WORD_BEFORE_QUOTE.search(low, o - 30 if o > 30 else 0, o)
            if (
                w is not None
                and w.group(1) in markers
                and (w.group(1) in any_case or opens_a_name(ctx.original_at(o, r.end)))
            ):
                continue
        out.append(r)
    return out


#: How far apart (in characters) two neighbouring readings may be for a refiner to see them.
_REACH = 40


def _refine_run(readings: list[Reading], ctx: Context) -> list[Reading]:
    """:func:`refine` on every pair of neighbours, each refiner in turn.

    >>> from frnews.dates.rules import scan
    >>> ctx = Context.of("jeudi à 14 h")
    >>> [(r.start, r.end, r.hour) for r in _refine_run(scan(ctx), ctx)]
    [(0, 12, 14)]
    """
    conditions = _RUN_CONDITIONS
    low = ctx.low
    for name, fn in REFINERS:
        condition = conditions.get(name)
        if condition is not None and not condition(readings):
            continue
        pair = _PAIR_CONDITIONS.get(name)
        out: list[Reading] = []
        for r in readings:
            if out:
                prev = out[-1]
                if pair is None or pair(prev, r):
                    gap = low[prev.end : r.start]
                    if len(gap) <= _REACH:
                        merged = fn(prev, r, gap, ctx)
                        if merged is not None:
                            out[-1] = merged
                            continue
            out.append(r)
        readings = out
    return readings
