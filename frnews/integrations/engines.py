"""Articles as records, for data engines: one code path for the CLI, Dask and Spark.

A *record* is a mapping with the article's text under ``text_field`` (default ``"text"``),
its publication date under ``published_field`` (default ``"published"``; optional), and any
other fields, which are passed through. :func:`to_record` turns a record (or a bare text)
into the same record without the text and date fields, plus ``"frnews"``: the
:meth:`Article.to_dict() <frnews.Article.to_dict>` of the parsed text. Whatever
``Article.to_dict()`` carries is carried here too.

- ``frnews --jsonl`` writes ``{"line": n, **to_record(obj)}`` for each input line.
- Dask: ``bag.map(to_record)`` (see ``docs/scale.md``).
- Spark: :func:`to_rows` inside ``mapInPandas`` gives flat rows whose ``"frnews"`` column
  is the same dict as a JSON string, and whose ``"error"`` column says why a row failed.

A bad record (no text, a text that is not a string, a ``published`` that is not an ISO
date) raises a ``TypeError`` or ``ValueError`` with ``errors="raise"``; with
``errors="record"`` it becomes ``{**other_fields, "error": "message"}`` instead, so that one
bad row never stops a job of millions.

Nothing here imports Dask, pandas or Spark.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal, TypeAlias

from frnews._check import check_locale
from frnews.api import parse

__all__ = ["RESERVED_FIELDS", "parse_published", "to_record", "to_rows"]

#: Output field names: an input record may not use them for its own fields.
RESERVED_FIELDS: tuple[str, ...] = ("frnews", "error")

Published: TypeAlias = dt.date | dt.datetime | None

# YYYY-MM-DD, optionally followed by a time and an offset (Z, +02:00, +0200), as written by
# JSON exports, Spark and pandas. Parsed by hand so that every Python version reads the same.
_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<f>\d{1,6}))?)?"
    r"(?P<tz>Z|z|[+-]\d{2}:?\d{2})?)?"
)


def to_record(
    item: str | Mapping[str, Any],
    *,
    published: dt.date | dt.datetime | None = None,
    text_field: str = "text",
    published_field: str = "published",
    errors: Literal["raise", "record"] = "raise",
    locale: str = "fr-FR",
) -> dict[str, Any]:
    """Parse a text or a record; return its other fields plus ``"frnews"``, the article dict.

    Args:
        item: An article's text, or a record (a mapping) holding it.
        published: The publication date of an article whose record gives none (no
            ``published_field``, or null).
        text_field: The record field that holds the text.
        published_field: The record field that holds the publication date: a ``date``, a
            ``datetime``, an ISO 8601 string (see
            :func:`~frnews.integrations.engines.parse_published`) or None.
        errors: ``"raise"`` raises on a bad item; ``"record"`` returns
            ``{**other_fields, "error": message}`` instead.
        locale: Whose calendar the holidays follow (see :func:`~frnews.find_dates`); a
            wrong one raises whatever ``errors`` says, as a wrong ``errors`` does.

    Returns:
        ``{**other_fields, "frnews": frnews.parse(text, published=..., locale=...).to_dict()}``.

    Raises:
        TypeError: The item is neither a ``str`` nor a mapping, its text is not a string,
            its publication date is of the wrong type (with ``errors="raise"``),
            ``errors`` is not ``"raise"`` or ``"record"``, or ``locale`` is not a ``str``.
        ValueError: The record has no text field, its publication date is not an ISO date,
            or it uses a field named in ``RESERVED_FIELDS`` (with ``errors="raise"``); or
            ``locale`` is not one of :data:`~frnews.LOCALES`.

    >>> from frnews.integrations.engines import to_record
    >>> rec = to_record(
    ...     {"id": 7, "text": "(Québec) Le ministre a parlé.", "published": "2023-10-19"}
    ... )
    >>> rec["id"], rec["frnews"]["dateline"]["place"], rec["frnews"]["published"]
    (7, 'Québec', '2023-10-19')
    >>> to_record({"id": 8, "published": "19/10/2023"}, errors="record")
    {'id': 8, 'error': "missing field 'text'"}
    >>> to_record({"id": 8, "text": "Texte.", "published": "19/10/2023"})
    Traceback (most recent call last):
    ...
    ValueError: to_record() argument 'item': field 'published' is not an ISO 8601 date ...
    """
    if errors not in ("raise", "record"):
        msg = f"to_record() argument 'errors' must be 'raise' or 'record', not {errors!r}"
        raise TypeError(msg)
    check_locale(locale, "to_record")
    try:
        text, pub, fields = split_record(
            item,
            published=published,
            text_field=text_field,
            published_field=published_field,
        )
    except (TypeError, ValueError) as e:
        if errors == "raise":
            msg = f"to_record() argument 'item': {e}"
            raise type(e)(msg) from None
        return {**passthrough(item, text_field, published_field), "error": str(e)}
    return {**fields, "frnews": parse(text, published=pub, locale=locale).to_dict()}


def to_rows(
    items: Iterable[str | Mapping[str, Any]],
    *,
    published: dt.date | dt.datetime | None = None,
    text_field: str = "text",
    published_field: str = "published",
    locale: str = "fr-FR",
) -> Iterator[dict[str, Any]]:
    """Flat rows for table engines (Spark, pandas, Arrow): the ``to_record`` of each item.

    Every row has the item's other fields, ``"frnews"`` (the article dict as a JSON string,
    or None when the item was bad) and ``"error"`` (None, or why the item was bad), so every
    row has the same columns and a bad item never stops the job. ``locale`` is that of
    :func:`~frnews.find_dates` (checked when the first row is asked for).

    >>> import json
    >>> from frnews.integrations.engines import to_rows
    >>> rows = list(to_rows([{"id": 1, "text": "PARIS (AFP) - Le sommet."}, {"id": 2}]))
    >>> [(r["id"], r["error"], r["frnews"] is None) for r in rows]
    [(1, None, False), (2, "missing field 'text'", True)]
    >>> json.loads(rows[0]["frnews"])["dateline"]["agency"]
    'AFP'
    """
    for item in items:
        record = to_record(
            item,
            published=published,
            text_field=text_field,
            published_field=published_field,
            errors="record",
            locale=locale,
        )
        article = record.pop("frnews", None)
        error = record.pop("error", None)
        record["frnews"] = None if article is None else json.dumps(article, ensure_ascii=False)
        record["error"] = error
        yield record


def split_record(
    item: Any,
    *,
    published: Published = None,
    text_field: str = "text",
    published_field: str = "published",
    reserved: tuple[str, ...] = RESERVED_FIELDS,
) -> tuple[str, Published, dict[str, Any]]:
    """Check an item and split it into its text, its publication date and its other fields.

    The messages of the errors name the field and say what was found, in JSON terms
    (``string``, ``number``, ``null``…); they are written as is in error records.

    >>> split_record({"text": "Texte.", "published": "2023-10-19T08:30:00Z", "id": 3})
    ('Texte.', datetime.datetime(2023, 10, 19, 8, 30, tzinfo=datetime.timezone.utc), {'id': 3})
    >>> split_record({"text": 42})
    Traceback (most recent call last):
    ...
    TypeError: field 'text' must be a string, not number
    """
    if isinstance(item, str):
        return item, published, {}
    if not isinstance(item, Mapping):
        hint = ": decode it first" if isinstance(item, (bytes, bytearray)) else ""
        msg = f"expected a text (str) or a record (mapping), not {_kind(item)}{hint}"
        raise TypeError(msg)
    for name in reserved:
        if name in item and name not in (text_field, published_field):
            msg = f"field {name!r} is reserved for the output of frnews; rename it"
            raise ValueError(msg)
    if text_field not in item:
        msg = f"missing field {text_field!r}"
        raise ValueError(msg)
    text = item[text_field]
    if not isinstance(text, str):
        msg = f"field {text_field!r} must be a string, not {_kind(text)}"
        raise TypeError(msg)
    own = _published(item.get(published_field), published_field)
    fields = passthrough(item, text_field, published_field, reserved)
    return text, published if own is None else own, fields


def passthrough(
    item: Any,
    text_field: str = "text",
    published_field: str = "published",
    reserved: tuple[str, ...] = RESERVED_FIELDS,
) -> dict[str, Any]:
    """The fields of a record that are passed through: all but the text, the date and the
    reserved names (an empty dict when the item is not a mapping).

    >>> passthrough({"id": 1, "text": "Texte.", "published": None, "url": "https://…"})
    {'id': 1, 'url': 'https://…'}
    """
    if not isinstance(item, Mapping):
        return {}
    skip = {text_field, published_field, *reserved}
    return {k: v for k, v in item.items() if k not in skip}


def parse_published(value: str) -> dt.date | dt.datetime:
    """Read an ISO 8601 publication date, as a ``date`` or a ``datetime``.

    ``YYYY-MM-DD`` gives a ``date``; with a time (``T`` or a space, seconds and fraction
    optional) and an optional offset (``Z``, ``+02:00``, ``+0200``) a ``datetime``.

    >>> from frnews.integrations.engines import parse_published
    >>> parse_published("2023-10-19")
    datetime.date(2023, 10, 19)
    >>> parse_published("2023-10-19T08:30:00+02:00").isoformat()
    '2023-10-19T08:30:00+02:00'
    >>> parse_published("2023-10-19 08:30Z").tzinfo
    datetime.timezone.utc
    >>> parse_published("19/10/2023")
    Traceback (most recent call last):
    ...
    ValueError: not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS±HH:MM): '19/10/2023'

    Raises:
        ValueError: ``value`` is not in one of these forms, or not a real date or time.
    """
    m = _ISO.fullmatch(value)
    if m is None:
        msg = f"not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS±HH:MM): {value!r}"
        raise ValueError(msg)
    try:
        day = dt.date(int(m["y"]), int(m["mo"]), int(m["d"]))
        if m["h"] is None:
            return day
        tz = m["tz"]
        tzinfo: dt.tzinfo | None = None
        if tz in ("Z", "z"):
            tzinfo = dt.timezone.utc
        elif tz:
            sign = -1 if tz[0] == "-" else 1
            digits = tz[1:].replace(":", "")
            offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            tzinfo = dt.timezone(sign * offset)
        return dt.datetime(
            day.year,
            day.month,
            day.day,
            int(m["h"]),
            int(m["mi"]),
            int(m["s"] or 0),
            int((m["f"] or "0").ljust(6, "0")),
            tzinfo=tzinfo,
        )
    except ValueError as e:  # 2023-02-30, 25:00, an offset of 24 hours or more
        msg = f"not a valid date or time: {value!r} ({e})"
        raise ValueError(msg) from None


def _published(value: Any, field: str) -> Published:
    if value is None or isinstance(value, dt.date):  # datetime is a date too
        return value
    if isinstance(value, str):
        try:
            return parse_published(value)
        except ValueError as e:
            msg = f"field {field!r} is {e}"
            raise ValueError(msg) from None
    msg = f"field {field!r} must be an ISO 8601 date string or null, not {_kind(value)}"
    raise TypeError(msg)


def _kind(value: Any) -> str:
    """The JSON name of a value's type (``number``, ``array``…), else its Python type."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, (list, tuple)):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__
