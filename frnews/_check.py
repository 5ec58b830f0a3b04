"""Argument checks shared by the public functions: clear errors that name the argument."""

from __future__ import annotations

import datetime as dt
from typing import Any

from frnews import LOCALES

__all__ = ["check_locale", "check_reference", "check_text"]


def check_text(value: Any, func: str, arg: str = "text") -> str:
    """Return ``value`` if it is a ``str``; raise a ``TypeError`` that says what to pass.

    >>> check_text(b"abc", "parse")
    Traceback (most recent call last):
    ...
    TypeError: parse() argument 'text' must be str, not bytes: decode it first, ...
    """
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        msg = (
            f"{func}() argument {arg!r} must be str, not {type(value).__name__}: "
            "decode it first, e.g. data.decode('utf-8')"
        )
        raise TypeError(msg)
    msg = f"{func}() argument {arg!r} must be str, not {type(value).__name__}"
    raise TypeError(msg)


def check_reference(value: Any, func: str, arg: str) -> dt.date | dt.datetime | None:
    """Return ``value`` if it is None, a ``date`` or a ``datetime``; raise ``TypeError``.

    >>> check_reference("2023-10-19", "parse", "published")
    Traceback (most recent call last):
    ...
    TypeError: parse() argument 'published' must be a datetime.date, ... not str: ...
    """
    if value is None or isinstance(value, dt.date):
        return value
    hint = ""
    if isinstance(value, str):
        hint = f": use datetime.date.fromisoformat({value!r})"
    msg = (
        f"{func}() argument {arg!r} must be a datetime.date, a datetime.datetime or None, "
        f"not {type(value).__name__}{hint}"
    )
    raise TypeError(msg)


def check_locale(value: Any, func: str) -> str:
    """Return the region of the locale ``value``: ``"CA"`` for ``"fr-CA"``.

    ``value`` is one of :data:`frnews.LOCALES`, in any case, with ``-`` or ``_``; anything
    else raises a ``TypeError`` (not a ``str``) or a ``ValueError`` that names ``func``.

    >>> check_locale("fr_ca", "find_dates")
    'CA'
    >>> check_locale("en-US", "find_dates")
    Traceback (most recent call last):
    ...
    ValueError: find_dates() argument 'locale' must be one of 'fr-FR', 'fr-CA', 'fr-BE', ...
    """
    if not isinstance(value, str):
        msg = (
            f"{func}() argument 'locale' must be a str, one of {', '.join(LOCALES)}; "
            f"not {type(value).__name__}"
        )
        raise TypeError(msg)
    if value in LOCALES:  # the common case, written as documented
        return value[3:]
    canonical = value.replace("_", "-").casefold()
    for locale in LOCALES:
        if locale.casefold() == canonical:
            return locale[3:]
    msg = (
        f"{func}() argument 'locale' must be one of {', '.join(map(repr, LOCALES))} "
        f"(France, Quebec and Canada, Belgium, Switzerland), not {value!r}"
    )
    raise ValueError(msg)
