"""Cut a text into units: its lines, with hard-wrapped lines joined into paragraphs.

A unit is what the segmentation rules classify. Offsets are those of the folded text
(:mod:`frnews.text`); the segmenter maps them back to the original string.

>>> from frnews.text import fold
>>> [(u.start, u.end, u.blank_before) for u in split_units(fold("Titre\\n\\nUn texte.\\r\\nFin."))]
[(0, 5, False), (7, 16, True), (18, 22, False)]
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from frnews.text import LINE_BREAKS, FoldedText

__all__ = ["LineStarts", "Unit", "split_units"]

_BLANK_BEFORE = operator.itemgetter(2)
_new_unit: Callable[[type[Unit], tuple[int, int, int, bool]], Unit] = tuple.__new__
_TERMINAL = frozenset('.!?…»"”:;)')
_WS = " \t"


class Unit(NamedTuple):
    """A line of the text, or several hard-wrapped lines that form one paragraph.

    A named tuple: the rules unpack it (``for s, e, lines, blank in units``), which is
    cheaper than reading attributes on every unit of a long text.

    >>> Unit(0, 5, 1, False).start
    0
    """

    #: Folded offset of the first non-space character.
    start: int
    #: Folded offset just past the last non-space character.
    end: int
    #: How many lines the unit spans.
    lines: int
    #: Whether an empty line separates it from the previous unit.
    blank_before: bool


def _wrapped(lines: list[tuple[int, int, bool]], text: str) -> bool:
    """Whether the text looks hard-wrapped (a wire feed cut at a fixed width)."""
    inner = total = 0
    for (s, e, _), (_, _, blank) in itertools.pairwise(lines):
        if blank:
            continue
        total += 1
        if 40 <= e - s <= 100 and text[e - 1] not in _TERMINAL:
            inner += 1
    return total >= 3 and inner * 2 >= total


#: Characters of text split into lines at once by :func:`_split_lines`.
_LINES_PIECE = 1 << 16


def _split_lines(text: str, keepends: bool = False, piece: int = 0) -> Iterable[str]:
    """``text.splitlines(keepends)``, a piece of the text at a time: the lines of a long
    text are not all held at once (a str each). The pieces end just after a ``\\n``, so
    that no line, and no ``\\r\\n``, is cut.

    >>> t = "Un\\nDeux\\r\\n\\nTrois\\u2028Quatre\\n"
    >>> list(_split_lines(t, piece=3)) == t.splitlines()
    True
    >>> list(_split_lines(t, True, piece=3)) == t.splitlines(True)
    True
    """
    piece = piece or _LINES_PIECE
    if len(text) <= piece:
        return text.splitlines(keepends)  # an article: its lines at once
    return itertools.chain.from_iterable(p.splitlines(keepends) for p in _line_pieces(text, piece))


def _line_pieces(text: str, piece: int) -> Iterator[str]:
    """The pieces of :func:`_split_lines`."""
    n = len(text)
    start = 0
    while start < n:
        cut = text.find("\n", start + piece)
        cut = n if cut < 0 else cut + 1
        yield text[start:cut]
        start = cut


def split_units(folded: FoldedText) -> list[Unit]:
    """Split a folded text into units, in text order; blank lines are dropped.

    Consecutive lines (no blank line between them) are joined when the next line starts
    in lower case after a line that does not end a sentence, and, in a text that looks
    hard-wrapped, when a long line does not end a sentence.

    >>> from frnews.text import fold
    >>> t = "Le ministre a déclaré\\nque la guerre continue.\\nTitre"
    >>> [(u.start, u.end, u.lines) for u in split_units(fold(t))]
    [(0, 45, 2), (46, 51, 1)]
    """
    text = folded.text
    lines: list[tuple[int, int, bool]] = []
    append = lines.append
    blank = False
    # str.splitlines knows exactly the line boundaries of LINE_BREAKS, \r\n counted once
    if "\r\n" in text:
        pos = 0
        for raw in _split_lines(text, keepends=True):
            start = pos
            pos += len(raw)
            body = raw.rstrip(LINE_BREAKS)
            stripped = body.strip(_WS)
            if not stripped:
                blank = True
                continue
            s = start + len(body) - len(body.lstrip(_WS))
            append((s, s + len(stripped), blank))
            blank = False
    else:  # every line ends with one character
        start = 0
        for line in _split_lines(text):
            if not line:  # an empty line (the blank line between two paragraphs)
                blank = True
                start += 1
                continue
            stripped = line.strip(_WS)
            if stripped:
                s = start if line[0] not in _WS else start + len(line) - len(line.lstrip(_WS))
                append((s, s + len(stripped), blank))
                blank = False
            else:
                blank = True
            start += len(line) + 1
    if not lines:
        return []
    if all(map(_BLANK_BEFORE, itertools.islice(lines, 1, None))):
        # a blank line before every line but the first: no line is joined, each is a unit
        # (built by tuple.__new__, which skips the named tuple's Python-level __new__)
        direct = [_new_unit(Unit, (s, e, 1, blank)) for s, e, blank in lines]
        if direct[0].blank_before:
            direct[0] = direct[0]._replace(blank_before=False)
        return direct
    wrapped: bool | None = None  # computed when a join needs it
    units: list[Unit] = []
    us, ue, n, ublank = lines[0][0], lines[0][1], 1, False
    last_len = ue - us
    for s, e, blank in lines[1:]:
        if blank or text[ue - 1] in _TERMINAL:
            join = False
        elif text[s].islower():
            join = True
        else:
            if wrapped is None:
                wrapped = _wrapped(lines, text)
            join = wrapped and last_len >= 40
        last_len = e - s
        if join:
            ue, n = e, n + 1
            continue
        units.append(_new_unit(Unit, (us, ue, n, ublank)))
        us, ue, n, ublank = s, e, 1, blank
    units.append(_new_unit(Unit, (us, ue, n, ublank)))
    return units


#: The line breaks other than ``\\n`` and ``\\r``.
_OTHER_BREAKS = LINE_BREAKS.replace("\n", "").replace("\r", "")


class LineStarts:
    """A pattern that starts with a line break, in two forms: for any text, and for most.

    The first form is ``[LINE_BREAKS]`` then ``tail``; the second starts with ``\\n``,
    for the texts whose every line break is a ``\\n`` or a ``\\r\\n`` (nearly all).
    ``re`` searches for a plain character much faster than for a class that holds
    characters beyond Latin-1, and the two find the same matches in such a text when
    ``tail`` cannot match a ``\\n`` (the ``\\r`` of a ``\\r\\n`` then starts no match).

    >>> starts = LineStarts(r"[ \\t]*(p\\w+)")
    >>> [m.group(1) for m in starts.finditer("Le texte.\\r\\n  partager\\u2028pour", 0)]
    ['partager', 'pour']
    >>> [m.group(1) for m in starts.finditer("Le texte.\\r\\n  partager\\npour", 0)]
    ['partager', 'pour']
    """

    __slots__ = ("any_text", "newlines")

    def __init__(self, tail: str) -> None:
        #: The pattern for any text.
        self.any_text = re.compile(f"[{LINE_BREAKS}]{tail}")
        #: The pattern for a text whose line breaks are all ``\\n`` or ``\\r\\n``.
        self.newlines = re.compile(f"\n{tail}")

    def finditer(self, text: str, pos: int) -> Iterator[re.Match[str]]:
        """The matches in ``text`` from ``pos``, by the faster pattern that finds them.

        >>> [m.start(1) for m in LineStarts("(x)").finditer("x\\nx\\r\\nx", 0)]
        [2, 5]
        """
        return (self.newlines if _newlines_only(text) else self.any_text).finditer(text, pos)


def _newlines_only(text: str) -> bool:
    """Whether every line break of ``text`` is a ``\\n`` or a ``\\r\\n`` (a few C-level
    searches of the text).

    >>> _newlines_only("a\\nb\\r\\nc"), _newlines_only("a\\rb"), _newlines_only("a\\u2028b")
    (True, False, False)
    """
    for c in _OTHER_BREAKS:
        if c in text:
            return False
    return "\r" not in text or text.count("\r") == text.count("\r\n")
