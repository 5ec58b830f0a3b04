"""The public functions of the date tagger: :func:`find_dates` and :func:`parse_date`.

The grammar (:mod:`frnews.dates.rules`), the refiners and the resolver are imported on the
first call, not with frnews: ``import frnews`` stays light.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from frnews._check import check_locale, check_reference, check_text
from frnews.dates._lazy import lazy_pattern
from frnews.dates.model import DateMention, TemporalValue, TimexType, _mention_at
from frnews.text import FoldedText, fold

if TYPE_CHECKING:
    from frnews.dates.reading import Reading
    from frnews.dates.resolve import Resolution
    from frnews.dates.rules import Context

__all__ = ["PREFER", "extract", "find_dates", "parse_date"]

#: The accepted values of ``prefer``.
PREFER = ("auto", "past", "future", "nearest")


def _check_prefer(prefer: object, func: str) -> str:
    if not isinstance(prefer, str):
        msg = (
            f"{func}() argument 'prefer' must be a str, one of {', '.join(PREFER)}; "
            f"not {type(prefer).__name__}"
        )
        raise TypeError(msg)
    if prefer not in PREFER:
        msg = (
            f"{func}() argument 'prefer' must be one of {', '.join(map(repr, PREFER))}, "
            f"not {prefer!r}"
        )
        raise ValueError(msg)
    return prefer


_ENGINE: list[Any] = []


def _engine() -> tuple[
    Callable[[Context], list[Reading]],
    Callable[[list[Reading], Context], list[Reading]],
    type[Resolution],
]:
    """The scan, the refiners and the resolver, imported on the first call."""
    if not _ENGINE:
        from frnews.dates.refine import refine
        from frnews.dates.resolve import Resolution
        from frnews.dates.rules import scan

        _ENGINE.extend((scan, refine, Resolution))
    return _ENGINE[0], _ENGINE[1], _ENGINE[2]


def _context(folded: FoldedText, region: str = "FR") -> Context:
    from frnews.dates.rules import Context

    return Context(folded.text, folded.original, folded.span, region)


def _orig_char(folded: FoldedText) -> str | Callable[[int], str]:
    if folded.identity:
        return folded.original

    def char(i: int) -> str:
        # the whole cluster: in NFD text "à" is "a" + a combining grave accent
        return folded.original[folded.start(i) : folded.end(i + 1)]

    return char


def extract(
    folded: FoldedText,
    reference: dt.date | dt.datetime | None,
    prefer: str = "auto",
    keep: Callable[[int, int], bool] | None = None,
    region: str = "FR",
) -> tuple[DateMention, ...]:
    """Find the temporal expressions of an already folded, lower-cased text.

    ``keep(start, end)`` (original offsets) drops the mentions it returns False for
    (:func:`frnews.parse` keeps out photo credits and bylines); dropped mentions do not
    move the narrative anchor. ``region`` is the country of the holidays' days (``FR``,
    ``CA``, ``BE``, ``CH``, from :func:`~frnews._check.check_locale`).

    >>> [m.text for m in extract(fold("Le 3 mars, puis hier."), None)]
    ['3 mars', 'hier']
    """
    scan, refine, Resolution = _engine()  # noqa: N806 (the class, imported on first use)
    ctx = _context(folded, region)
    low = ctx.low
    span = folded.span
    identity = folded.identity
    text = folded.original
    res = Resolution(low, _orig_char(folded), reference, prefer)
    out: list[DateMention] = []
    # Equal values share one object (the same date is often written many times):
    # TemporalValue is frozen, and its fields are all immutable.
    shared: dict[tuple[Any, ...], TemporalValue] = {}
    # windows whose values may still change (a reading waits for the next expression)
    waiting: list[tuple[list[Reading], list[TemporalValue | None]]] = []
    for a, b in _windows(low):
        wctx = ctx if a == 0 and b == len(low) else _window_context(ctx, a, b)
        readings = refine(scan(wctx), wctx)
        if wctx is not ctx:
            _shift(readings, a)
        if keep is not None:
            if identity:
                readings = [r for r in readings if keep(r.start, r.end)]
            else:
                readings = [r for r in readings if keep(*span(r.start, r.end))]
        if not readings:
            continue
        waiting.append((readings, res.feed(readings)))
        del readings
        if not res.pending:
            _mentions(waiting, text, None if identity else span, shared, out)
    res.finish()
    _mentions(waiting, text, None if identity else span, shared, out)
    return tuple(out)


#: Longer texts (in characters) are read window after window: the readings of one window
#: are resolved and turned into mentions before the next window is read, so that the
#: memory of a long text stays that of its results (a reading costs several times its
#: characters). An article is far shorter: it is read in one piece.
WINDOW = 1 << 18
#: A window ends at a blank line with no anchor (a digit, a month, a weekday…) this many
#: characters before or after it: no expression, and no rule or refiner that reads the
#: words around one, reaches across it.
_WINDOW_MARGIN = 256
#: The anchors around the blank lines where a window may end are found this many
#: characters at a time.
_ANCHOR_STRETCH = 1 << 14


def _windows(low: str, size: int = 0) -> list[tuple[int, int]]:
    """The windows ``[a, b)`` of ``low`` that :func:`extract` reads one after the other.

    >>> _windows("Le 3 mars.\\n\\nHier.")
    [(0, 17)]
    >>> text = "Il pleut.\\n\\n" * 40 + "Le 3 mars.\\n\\nHier."
    >>> _windows(text, 100)
    [(0, 108), (108, 457)]
    """
    from frnews.dates.rules import _anchors

    size = size or WINDOW
    n = len(low)
    out: list[tuple[int, int]] = []
    a = 0
    # the anchors of a stretch [lo, hi) of ``low``, found once for all the blank lines
    # whose margins it holds with 64 characters to spare (a head word is shorter), so
    # that a text with an anchor beside every blank line is not scanned once a line
    lo = hi = 0
    starts: list[int] = []
    ends: list[int] = []
    pad = _WINDOW_MARGIN + 64
    while n - a > size:
        cut = low.find("\n\n", a + size)
        while cut >= 0:
            if (lo and cut - pad < lo) or (hi < n and cut + pad > hi):
                lo = max(0, cut - pad)
                hi = min(n, cut + pad + _ANCHOR_STRETCH)
                found = _anchors(low[lo:hi])
                starts = [lo + s for s, _ in found]
                ends = [lo + e for _, e in found]
            i = bisect.bisect_right(ends, cut - _WINDOW_MARGIN)
            if i == len(ends) or starts[i] >= cut + _WINDOW_MARGIN:
                break
            cut = low.find("\n\n", cut + 2)
        if cut < 0:
            break
        out.append((a, cut))
        a = cut
    out.append((a, n))
    return out


def _window_context(ctx: Context, a: int, b: int) -> Context:
    """The context of ``ctx.low[a:b]``: folded offsets from ``a``, the original text whole."""
    from frnews.dates.rules import Context

    to_original = ctx.to_original

    def window_to_original(start: int, end: int) -> tuple[int, int]:
        return to_original(start + a, end + a)

    return Context(ctx.low[a:b], ctx.original, window_to_original, ctx.region)


def _shift(readings: list[Reading], a: int) -> None:
    """Move the readings of a window to the offsets of the whole text."""
    seen: set[int] = set()
    for first in readings:
        r: Reading | None = first
        while r is not None and id(r) not in seen:
            seen.add(id(r))
            r.start += a
            r.end += a
            r = r.range_end


def _zoned(value: TemporalValue, zone: str) -> TemporalValue:
    from frnews.dates.zones import zoned

    return zoned(value, zone)


def _mentions(
    waiting: list[tuple[list[Reading], list[TemporalValue | None]]],
    text: str,
    span: Callable[[int, int], tuple[int, int]] | None,
    shared: dict[tuple[Any, ...], TemporalValue],
    out: list[DateMention],
) -> None:
    """Turn the resolved windows into mentions (and free their readings)."""
    append = out.append
    share = shared.setdefault
    for readings, values in waiting:
        for i, v in enumerate(values):
            if v is None:
                continue
            r = readings[i]
            s, e = (r.start, r.end) if span is None else span(r.start, r.end)
            if e > s:
                if r.zone is not None:
                    v = _zoned(v, r.zone)
                d = v.duration  # its amount's type too: Duration(2, DAY) == Duration(2.0, DAY)
                dk = None if d is None else (d.amount.__class__, d.amount, d.unit)
                key = (v.type, v.timex, v.grain, v.mod, v.start, v.end, dk, v.freq, v.resolved)
                append(_mention_at(text, s, e, share(key, v)))
            values[i] = None  # a value not shared is freed as we go
    waiting.clear()


def find_dates(
    text: str,
    *,
    reference: dt.date | dt.datetime | None = None,
    prefer: str = "auto",
    locale: str = "fr-FR",
) -> tuple[DateMention, ...]:
    """Find every temporal expression in a French text and resolve it.

    Args:
        text: Any text; spans index into it unchanged.
        reference: The publication date (or datetime) that relative expressions count
            from. Without it, relative values keep ``X`` placeholders (``XXXX-09``) and
            have no interval (``resolved`` is False).
        prefer: How a month, weekday, season or holiday written without a year is placed:
            ``"auto"`` (the tense of the clause decides, else the nearest occurrence),
            ``"past"``, ``"future"`` or ``"nearest"``.
        locale: Whose calendar the holidays follow, one of :data:`frnews.LOCALES`:
            ``"fr-FR"`` (France), ``"fr-CA"`` (Quebec and Canada), ``"fr-BE"`` (Belgium)
            or ``"fr-CH"`` (Switzerland). « La fête du Travail » is May 1st in France and
            the first Monday of September in Canada; « la fête nationale » is July 14th
            in France and June 24th in Quebec; « la fête des Mères » is the last Sunday of
            May in France (a week later when that is Pentecost), the second Sunday of May
            elsewhere. In Quebec, « la fin de semaine » is the weekend.

    Returns:
        The mentions, sorted by position, not overlapping.

    Raises:
        TypeError: ``text`` is not a ``str``, ``reference`` not a ``date``/``datetime``,
            or ``prefer`` or ``locale`` not a ``str``.
        ValueError: ``prefer`` or ``locale`` is not one of its values.

    >>> import datetime
    >>> ms = find_dates(
    ...     "Kim Jong-un a déclaré jeudi qu'il était arrivé la veille, il y a trois jours.",
    ...     reference=datetime.date(2023, 10, 19),
    ... )
    >>> [(m.text, m.value.timex) for m in ms]
    [('jeudi', '2023-10-19'), ('la veille', '2023-10-18'), ('il y a trois jours', '2023-10-16')]
    >>> find_dates("en juillet")[0].value.timex
    'XXXX-07'
    >>> text = "Les syndicats défileront à la fête du Travail."
    >>> july = datetime.date(2023, 7, 3)
    >>> [m.value.timex for m in find_dates(text, reference=july)]
    ['2024-05-01']
    >>> [m.value.timex for m in find_dates(text, reference=july, locale="fr-CA")]
    ['2023-09-04']
    """
    check_text(text, "find_dates")
    check_reference(reference, "find_dates", "reference")
    _check_prefer(prefer, "find_dates")
    region = check_locale(locale, "find_dates")
    return extract(fold(text), reference, prefer, region=region)


_FILLER = lazy_pattern(
    r"(?:\s|[,.;:!?()\[\]«»\"'-]|\b(?:le|la|les|l|a|en|du|de|d|au|aux|des|depuis|dans|pour|vers"
    r"|jusqu|entre|et|ou|on|est|sera|etait|publie|publiee|pendant|durant|sous|apres|avant|ici"
    r"|partir|compter)\b)*+"
)


def _covers(low: str, readings: list[Reading]) -> bool:
    pos = 0
    for r in readings:
        if not _FILLER.fullmatch(low[pos : r.start]):
            return False
        pos = r.end
    return _FILLER.fullmatch(low[pos:]) is not None


def parse_date(
    expression: str,
    *,
    reference: dt.date | dt.datetime | None = None,
    prefer: str = "auto",
    locale: str = "fr-FR",
) -> TemporalValue | None:
    """Read a string that is one temporal expression; None when it is not one.

    Prepositions and articles around the expression are allowed (``le 19 octobre``,
    ``en 2023``). A range written in full (``du 21 juin au 15 novembre 2019``) gives one
    interval value. ``en``/``pour`` before a duration reads as a shift forward, as
    assistants do (``en 2 heures`` = two hours from now). Absolute formats that the
    grammar does not read go to dateparser (imported on first use).

    Args:
        expression: The string to read.
        reference: See :func:`find_dates`.
        prefer: See :func:`find_dates`.
        locale: See :func:`find_dates`.

    Raises:
        TypeError: ``expression``, ``reference``, ``prefer`` or ``locale`` has the wrong
            type.
        ValueError: ``prefer`` or ``locale`` is not one of its values.

    >>> import datetime
    >>> ref = datetime.date(2023, 10, 19)
    >>> v = parse_date("mi-septembre", reference=ref)
    >>> v.timex, v.mod.value
    ('2023-09', 'MID')
    >>> parse_date("du 21 juin au 15 novembre 2019").timex
    '2019-06-21/2019-11-15'
    >>> parse_date("la planète Mars") is None
    True
    """
    check_text(expression, "parse_date", "expression")
    check_reference(reference, "parse_date", "reference")
    _check_prefer(prefer, "parse_date")
    region = check_locale(locale, "parse_date")
    if not expression.strip() or len(expression) > 500:
        return None
    import attrs

    from frnews.dates.fallback import parse_absolute
    from frnews.dates.refine import is_range_pair, refine
    from frnews.dates.resolve import resolve_all
    from frnews.dates.rules import scan

    folded = fold(expression)
    ctx = _context(folded, region)
    readings = refine(scan(ctx), ctx)
    if readings and _covers(ctx.low, readings):
        if len(readings) == 1:
            r = readings[0]
            if r.type is TimexType.DURATION and r.timex and not r.timex.startswith("PX"):
                lead = ctx.low[: r.start].strip()
                if lead in ("en", "pour", "d'ici"):
                    r = _forward_shift(r, ctx)
            v = resolve_all([r], ctx.low, _orig_char(folded), reference, prefer)[0]
            return v if v is None or r.zone is None else _zoned(v, r.zone)
        if len(readings) == 2 and is_range_pair(readings[0], readings[1], ctx):
            a, b = resolve_all(readings, ctx.low, _orig_char(folded), reference, prefer)
            if a is None or b is None:
                return None
            if (
                a.start is not None
                and b.start is not None
                and b.end is not None
                and a.start < b.start
            ):
                return attrs.evolve(a, timex=f"{a.timex}/{b.timex}", end=b.end)
            return a
    return parse_absolute(expression, reference=reference, prefer=prefer)


def _forward_shift(r: Reading, ctx: Context) -> Reading:
    from frnews.dates.reading import Reading
    from frnews.dates.rules import _shift_parts

    parts, vague, _ = _shift_parts(ctx.low[r.start : r.end], 1)
    return Reading(r.start, r.end, "in", shift=parts, shift_vague=vague, anchor="ref")
