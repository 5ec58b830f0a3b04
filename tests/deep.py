"""How many examples the property tests draw.

A normal run (``.ci/run``, a contributor's ``pytest``) draws each test's own count, sized
so that the whole suite stays within a few minutes on a 2-core machine. A deep run draws
that count times ``FRNEWS_HYPOTHESIS_SCALE``, with fresh random seeds each time: a run to
leave going for an hour or a night, which finds the rare inputs that 200 examples a test
seldom reach (a property test found one in CI after thirteen sessions of green runs)::

    FRNEWS_HYPOTHESIS_SCALE=20 python -m pytest -m "not slow" -p no:cacheprovider

Tests with an explicit count write ``settings(max_examples=examples(300))``; the others
take hypothesis's default of 100, scaled the same way by the ``deep`` profile that
``conftest.py`` loads.
"""

from __future__ import annotations

import os

#: The environment variable that scales the examples (a whole number, 1 or more).
VARIABLE = "FRNEWS_HYPOTHESIS_SCALE"


def scale(environ: dict[str, str] | None = None) -> int:
    """The factor read from :data:`VARIABLE` (1 when it is unset or empty).

    >>> scale({}), scale({"FRNEWS_HYPOTHESIS_SCALE": "20"})
    (1, 20)
    """
    value = (os.environ if environ is None else environ).get(VARIABLE, "").strip()
    if not value:
        return 1
    try:
        factor = int(value)
    except ValueError:
        factor = 0
    if factor < 1:
        msg = f"{VARIABLE} must be a whole number, 1 or more; got {value!r}"
        raise ValueError(msg)
    return factor


def examples(count: int, environ: dict[str, str] | None = None) -> int:
    """A test's own example count, times the factor of a deep run.

    >>> examples(300, {}), examples(300, {"FRNEWS_HYPOTHESIS_SCALE": "20"})
    (300, 6000)
    """
    return count * scale(environ)
