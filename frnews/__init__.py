"""frnews: the structure of French news articles, with exact character offsets.

>>> import frnews
>>> art = frnews.parse(
...     "(Québec) Le premier ministre a parlé.\\n\\n"
...     "PHOTO ALAIN ROBERGE, LA PRESSE\\n\\n"
...     "Le premier ministre, à Québec"
... )
>>> art.dateline.place, art.photo_credits[0].photographer, art.photo_credits[0].agency
('Québec', 'ALAIN ROBERGE', 'La Presse')

``import frnews`` loads none of the library: its public names (the functions and the
result types) are bound on first use of any of them (:pep:`562`), so that a program that
imports frnews and does not call it pays nothing for it. The first call then imports what
it needs.
"""

from __future__ import annotations

#: True only for type checkers (a constant of this name, not ``typing.TYPE_CHECKING``:
#: importing ``typing`` is part of what ``import frnews`` leaves to the first use).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from frnews.api import find_dateline, parse, segment
    from frnews.batch import parse_many
    from frnews.dates import (
        DateMention,
        Duration,
        Grain,
        Mod,
        TemporalValue,
        TimexType,
        find_dates,
        parse_date,
    )
    from frnews.model import Article, Block, BlockKind, Dateline, PhotoCredit, Span
    from frnews.quotes import Cue, Quote, QuoteKind, Speaker, find_quotes

#: The version of frnews (PEP 440), the one of its package metadata.
__version__ = "0.1.0.dev0"

#: The locales whose calendars frnews knows, the values of the ``locale`` argument of
#: :func:`find_dates`, :func:`parse_date`, :func:`parse` and :func:`parse_many`: France
#: (the default), Quebec and Canada, Belgium, Switzerland. They differ in the days of
#: some holidays (« la fête du Travail », « la fête nationale », « la fête des Mères »),
#: and in Quebec « la fin de semaine » is the weekend.
LOCALES = ("fr-FR", "fr-CA", "fr-BE", "fr-CH")

__all__ = [
    "LOCALES",
    "Article",
    "Block",
    "BlockKind",
    "Cue",
    "DateMention",
    "Dateline",
    "Duration",
    "Grain",
    "Mod",
    "PhotoCredit",
    "Quote",
    "QuoteKind",
    "Span",
    "Speaker",
    "TemporalValue",
    "TimexType",
    "__version__",
    "find_dateline",
    "find_dates",
    "find_quotes",
    "parse",
    "parse_date",
    "parse_many",
    "segment",
]

#: The modules the public names come from, in the order :func:`_bind` imports them: each
#: gives the names of its own ``__all__`` that are in this ``__all__``.
_HOMES = ("frnews.api", "frnews.batch", "frnews.dates", "frnews.model", "frnews.quotes")

# The subpackage frnews.segment is imported now, and its binding in this namespace dropped:
# importing a subpackage for the first time sets it as an attribute of its parent, which
# would hide the function frnews.segment (bound on first use) if the first call imported it.
# Once in sys.modules, it is not set again. Its __init__ holds only a docstring.
import frnews.segment  # noqa: E402, F401  (here, see above)

globals().pop("segment", None)
globals().pop("frnews", None)  # the name the import statement binds


def _bind() -> None:
    """Import the modules of the public names and bind the names here (once: later uses
    find them in the module's namespace and never come back here)."""
    import importlib

    public = set(__all__)
    names: dict[str, object] = {}
    for module in _HOMES:
        home = importlib.import_module(module)
        names.update((name, getattr(home, name)) for name in home.__all__ if name in public)
    globals().update(names)


# Hidden from type checkers, which see the imports above instead: a misspelt name is then
# an error for them, not an ``object``.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        """A public name of frnews, bound on its first use (:pep:`562`).

        The first use of any public name imports the library's modules and binds all of
        them; names that are not frnews's raise :class:`AttributeError`, as on any module.

        >>> import frnews
        >>> frnews.find_dates.__module__
        'frnews.dates.api'
        >>> frnews.no_such_name
        Traceback (most recent call last):
        ...
        AttributeError: module 'frnews' has no attribute 'no_such_name'
        """
        if name in __all__ or name in ("api", "batch", "dates", "model", "quotes", "text"):
            _bind()
            if name in globals():
                return globals()[name]
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)

    def __dir__() -> list[str]:
        """The module's names, with the public ones that are bound on first use.

        >>> import frnews
        >>> {"parse", "Quote", "__version__"} <= set(dir(frnews))
        True
        """
        return sorted(set(globals()) | set(__all__))
