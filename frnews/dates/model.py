"""Result types of the temporal-expression tagger: :class:`DateMention`, :class:`TemporalValue`.

Values follow TimeML's TIMEX3: a ``type`` (DATE, TIME, DURATION, SET), a ``timex`` value
string (``2023-10-19``, ``2023-W42-WE``, ``P2D``, ``PRESENT_REF``…), an optional ``mod``
(START, MID, END, APPROX…), plus what TIMEX3 leaves implicit: the ``grain`` of the
expression and the half-open interval ``[start, end)`` it covers once resolved.

>>> import datetime as dt
>>> v = TemporalValue(
...     TimexType.DATE, "2023-09", Grain.MONTH, mod=Mod.MID,
...     start=dt.datetime(2023, 9, 1), end=dt.datetime(2023, 10, 1),
... )
>>> v.to_dict()["timex"], v.to_dict()["mod"], v.to_dict()["start"]
('2023-09', 'MID', '2023-09-01T00:00:00')
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from frnews.model import (
    _MASK,
    Span,
    _bind_annotation,
    _builder,
    _fields_dict,
    _Packed,
    _source_backed,
)

__all__ = ["DateMention", "Duration", "Grain", "Mod", "TemporalValue", "TimexType"]


class TimexType(str, enum.Enum):
    """The four TIMEX3 types.

    >>> TimexType("DURATION") is TimexType.DURATION
    True
    """

    #: A calendar date or period: ``19 octobre``, ``la semaine dernière``, ``2023``.
    DATE = "DATE"
    #: A time of day, or a part of a day: ``14 h 30``, ``jeudi matin``.
    TIME = "TIME"
    #: An amount of time: ``deux jours``, ``des décennies``.
    DURATION = "DURATION"
    #: A recurrence: ``chaque jeudi``, ``deux fois par semaine``.
    SET = "SET"

    def __str__(self) -> str:
        return self.value


class Grain(str, enum.Enum):
    """How precise an expression is: the unit of its value.

    >>> Grain.PART_OF_DAY.value, Grain("weekend") is Grain.WEEKEND
    ('part_of_day', True)
    """

    #: A second (``il y a 40 secondes``, shifts in minutes).
    SECOND = "second"
    #: A minute (``14 h 30``).
    MINUTE = "minute"
    #: An hour (``vers 9 h``).
    HOUR = "hour"
    #: Morning, afternoon, evening, night (``TMO``, ``TAF``, ``TEV``, ``TNI``).
    PART_OF_DAY = "part_of_day"
    #: A day (``2023-10-19``).
    DAY = "day"
    #: A weekend (``2023-W42-WE``).
    WEEKEND = "weekend"
    #: An ISO week (``2023-W42``).
    WEEK = "week"
    #: A month (``2023-09``).
    MONTH = "month"
    #: A season (``2023-SU``).
    SEASON = "season"
    #: A quarter (``2023-Q3``).
    QUARTER = "quarter"
    #: A semester (``2023-H1``).
    HALF_YEAR = "half_year"
    #: A year (``2023``).
    YEAR = "year"
    #: A decade (``197`` for « les années 1970 »).
    DECADE = "decade"
    #: A century (``19`` for « le XXe siècle »).
    CENTURY = "century"
    #: A millennium (``2`` for « le troisième millénaire »).
    MILLENNIUM = "millennium"

    def __str__(self) -> str:
        return self.value


class Mod(str, enum.Enum):
    """TIMEX3 ``mod``: what the text says about the position inside, or around, a value.

    >>> Mod("APPROX") is Mod.APPROX
    True
    """

    #: ``début octobre``, ``les premières heures de la matinée``.
    START = "START"
    #: ``mi-septembre``, ``à la mi-mars``.
    MID = "MID"
    #: ``fin 2023``, ``fin d’après-midi``.
    END = "END"
    #: ``vers 9 h``, ``une trentaine d’années``, ``le 28, 29 avril``.
    APPROX = "APPROX"
    #: ``avant-guerre``-like bounds written into the expression (``il y a plus de trois ans``).
    BEFORE = "BEFORE"
    #: ``il y a moins de trois ans``.
    AFTER = "AFTER"
    #: ``plus de trois ans``.
    MORE_THAN = "MORE_THAN"
    #: ``moins de trois ans``.
    LESS_THAN = "LESS_THAN"
    #: ``au moins trois ans``.
    EQUAL_OR_MORE = "EQUAL_OR_MORE"
    #: ``au plus trois ans``.
    EQUAL_OR_LESS = "EQUAL_OR_LESS"

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class Duration:
    """An amount of time: ``amount`` units of ``unit``; ``amount`` is None when vague.

    >>> Duration(2, Grain.DAY).to_dict(), Duration(None, Grain.DECADE).to_dict()
    ({'amount': 2, 'unit': 'day'}, {'amount': None, 'unit': 'decade'})
    """

    #: How many units (``1.5`` for ``un an et demi``), or None (``des décennies``).
    amount: float | int | None
    #: The unit.
    unit: Grain

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form.

        >>> Duration(48, Grain.HOUR).to_dict()["amount"]
        48
        """
        return _fields_dict(self)


@attrs.frozen
class TemporalValue:
    """The value of a temporal expression, TIMEX3-style, with its resolved interval.

    >>> import frnews, datetime
    >>> v = frnews.parse_date("la veille", reference=datetime.date(2023, 10, 19))
    >>> v.type.value, v.timex, v.grain.value
    ('DATE', '2023-10-18', 'day')
    >>> v.start, v.end
    (datetime.datetime(2023, 10, 18, 0, 0), datetime.datetime(2023, 10, 19, 0, 0))
    """

    #: DATE, TIME, DURATION or SET.
    type: TimexType
    #: The TIMEX3 value string (``2023-10-19TMO``, ``XXXX-09``, ``PXW``, ``PRESENT_REF``…);
    #: two values joined by ``/`` for a range (``2023-10-03/2023-10-05``).
    timex: str
    #: The unit of the value (for a duration, its unit; for a set, its period).
    grain: Grain | None = None
    #: What the text says about the position inside or around the value.
    mod: Mod | None = None
    #: Start of the resolved half-open interval; None for durations, sets and values
    #: that cannot be resolved.
    start: dt.datetime | None = None
    #: End (exclusive) of the resolved interval.
    end: dt.datetime | None = None
    #: The amount of time, for DURATION values (and the period of a SET).
    duration: Duration | None = None
    #: TIMEX3 ``freq`` of a SET: ``2X`` for ``deux fois par semaine``.
    freq: str | None = None
    #: False when the expression is relative and no reference was given: ``timex`` then
    #: has ``X`` placeholders and ``start``/``end`` are None.
    resolved: bool = True

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form.

        >>> TemporalValue(TimexType.DURATION, "P2D", Grain.DAY,
        ...               duration=Duration(2, Grain.DAY)).to_dict()["duration"]
        {'amount': 2, 'unit': 'day'}
        """
        return _fields_dict(self)


@attrs.frozen
class DateMention:
    """A temporal expression found in a text, with its span and its value.

    >>> import frnews, datetime
    >>> ref = datetime.date(2023, 10, 19)
    >>> m = frnews.find_dates("Il est arrivé jeudi matin.", reference=ref)[0]
    >>> m.text, (m.span.start, m.span.end), m.value.timex
    ('jeudi matin', (14, 25), '2023-10-19TMO')
    """

    #: The expression exactly as written (``text == source[span.start:span.end]``).
    text: str
    #: Where it is in the original string.
    span: Span
    #: Its value.
    value: TemporalValue

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form.

        >>> import frnews
        >>> frnews.find_dates("pendant deux jours")[0].to_dict()["value"]["timex"]
        'P2D'
        """
        return _fields_dict(self)


#: DateMention holds the parsed string and packed offsets (see frnews.model).
_point_mention = _source_backed(DateMention)
_point_value = DateMention.__dict__["value"].__set__

# Fast construction for the engine's hot path. attrs' ``__init__`` of a frozen class sets
# each field through ``object.__setattr__``; the builders below (see frnews.model._builder)
# fill the slots by plain assignment, then become the class itself: the same object in
# about a third of the time (no validator or converter to skip: these classes have none).
# Internal only: the public constructors stay the attrs ones.
_new = object.__new__
_VALUE_BUILDER = _builder(TemporalValue)
_MENTION_BUILDER = _builder(DateMention)


def _value(
    type: TimexType,
    timex: str,
    grain: Grain | None,
    mod: Mod | None,
    start: dt.datetime | None,
    end: dt.datetime | None,
    duration: Duration | None = None,
    freq: str | None = None,
    resolved: bool = True,
) -> TemporalValue:
    """``TemporalValue(type, timex, grain, mod, start, end, duration, freq, resolved)``,
    built faster.

    >>> _value(TimexType.DATE, "2023", Grain.YEAR, None, None, None) == TemporalValue(
    ...     TimexType.DATE, "2023", Grain.YEAR)
    True
    >>> d = Duration(2, Grain.DAY)
    >>> _value(TimexType.SET, "P1D", Grain.DAY, Mod.APPROX, None, None, d, "2X", False) == (
    ...     TemporalValue(TimexType.SET, "P1D", Grain.DAY, Mod.APPROX, None, None, d, "2X", False))
    True
    """
    v: Any = _new(_VALUE_BUILDER)
    v.type = type
    v.timex = timex
    v.grain = grain
    v.mod = mod
    v.start = start
    v.end = end
    v.duration = duration
    v.freq = freq
    v.resolved = resolved
    v.__class__ = TemporalValue
    return v  # type: ignore[no-any-return]


def _mention(text: str, span: Span, value: TemporalValue) -> DateMention:
    """``DateMention(text, span, value)``, built faster.

    >>> v = TemporalValue(TimexType.DATE, "2023")
    >>> _mention("2023", Span(0, 4), v) == DateMention("2023", Span(0, 4), v)
    True
    """
    m: Any = _new(_MENTION_BUILDER)
    m.text = text
    m.span = span
    m.value = value
    m.__class__ = DateMention
    return m  # type: ignore[no-any-return]


def _mention_at(source: str, start: int, end: int, value: TemporalValue) -> DateMention:
    """``DateMention(source[start:end], Span(start, end), value)``, holding ``source``
    itself (no copy of the text, no Span object: both are built on access).

    >>> v = TemporalValue(TimexType.DATE, "2023")
    >>> m = _mention_at("En 2023.", 3, 7, v)
    >>> m == DateMention("2023", Span(3, 7), v), m.text, m.span
    (True, '2023', Span(start=3, end=7))
    """
    m: Any = _new(_MENTION_BUILDER)
    if end > _MASK:  # a string over 4 G characters: a copy and a Span
        m.__class__ = DateMention
        _point_mention(m, source, start, end)
        _point_value(m, value)
        return m  # type: ignore[no-any-return]
    m.text = source  # what _point_mention does, without its call (a hot path)
    m.span = _Packed(start << 32 | end)
    m.value = value
    m.__class__ = DateMention
    return m  # type: ignore[no-any-return]


_bind_annotation(DateMention)  # Article's annotations name it (frnews.model)
