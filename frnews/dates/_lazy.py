"""Patterns compiled on first use, so that ``import frnews`` stays fast.

>>> p = lazy_pattern(r"\\d+")
>>> p.search("le 19").group()
'19'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import regex

__all__ = ["LazyPattern", "lazy_pattern"]


class LazyPattern:
    """A ``regex`` pattern compiled the first time one of its methods is used.

    Once compiled, the pattern's own methods replace these (on the instance), so a call
    costs no more than on the compiled pattern.

    >>> LazyPattern(r"a+").match("aab").group()
    'aa'
    """

    _METHODS = ("search", "match", "fullmatch", "finditer", "sub", "split")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._compiled: regex.Pattern[str] | None = None

    @property
    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern.

        >>> LazyPattern("x").compiled.pattern
        'x'
        """
        if self._compiled is None:
            import regex  # on first use: ``import frnews`` stays light

            compiled = regex.compile(*self._args)
            for name in self._METHODS:  # the instance's own attributes shadow the methods
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
        return self._compiled

    def search(self, *args: Any) -> regex.Match[str] | None:
        """``Pattern.search``."""
        return self.compiled.search(*args)

    def match(self, *args: Any) -> regex.Match[str] | None:
        """``Pattern.match``."""
        return self.compiled.match(*args)

    def fullmatch(self, *args: Any) -> regex.Match[str] | None:
        """``Pattern.fullmatch``."""
        return self.compiled.fullmatch(*args)

    def finditer(self, *args: Any) -> Any:
        """``Pattern.finditer``."""
        return self.compiled.finditer(*args)

    def sub(self, *args: Any) -> str:
        """``Pattern.sub``."""
        return self.compiled.sub(*args)

    def split(self, *args: Any) -> list[str | Any]:
        """``Pattern.split``."""
        return self.compiled.split(*args)


def lazy_pattern(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern compiled on first use.

    >>> lazy_pattern("b").search("abc").start()
    1
    """
    return LazyPattern(pattern, flags)
