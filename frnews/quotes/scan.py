"""The quotation-mark scanner: one linear pass that pairs « », “ ” and ‘ ’.

The scanner reads the marks of each region (a paragraph or a heading) in order with a
small stack:

* ``«`` and ``“`` open a quote; ``‘`` opens one when a letter follows it and none
  precedes it (``l‘homme`` is a misplaced apostrophe).
* ``»`` closes the innermost open ``«`` (marks opened inside it and never closed are
  closed with it, as unclosed nested quotes); ``”`` closes the innermost ``“``; ``’``
  closes an open ``‘`` when no letter follows it (otherwise it is an apostrophe).
* A closing mark with nothing to close is ignored (a stray ``»``, reversed ``»…«``).
* A ``«`` still open at the end of a region continues into the next region when that
  region opens with ``«`` or ``»`` (the French convention for a quotation over several
  paragraphs); otherwise it ends there, unclosed.
* At most :data:`MAX_DEPTH` quotes are open at once; deeper opening marks are read as
  plain characters. Every mark costs O(MAX_DEPTH), so the scan is linear.

>>> [(q.text_span, q.closed) for q in scan("Il a dit « oui » puis « non", [(0, 27)])]
[((11, 14), True), ((24, 27), False)]
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

import attrs

from frnews.text import (
    GUILLEMET_CLOSE,
    GUILLEMET_OPEN,
    INVISIBLE,
    LINE_BREAKS,
    SPACES,
)

__all__ = ["MAX_DEPTH", "RawQuote", "Regions", "scan"]

#: How many quotes may be open at once (a quote, a quote inside it, and one more).
MAX_DEPTH = 3

_LDQ = "\N{LEFT DOUBLE QUOTATION MARK}"
_RDQ = "\N{RIGHT DOUBLE QUOTATION MARK}"
_LSQ = "\N{LEFT SINGLE QUOTATION MARK}"
_RSQ = "\N{RIGHT SINGLE QUOTATION MARK}"
#: The marks the scanner reads. A ``’`` followed by a letter or a digit is an apostrophe
#: (see :func:`scan`) and is not read: the lookbehind refuses it after the match
#: (``[^\\W_]`` is ``str.isalnum`` in ``re``), which keeps the fast search of a class of
#: characters (an alternation with a second branch for ``’`` is much slower).
_MARKS = re.compile(
    f"[{GUILLEMET_OPEN}{GUILLEMET_CLOSE}{_LDQ}{_RDQ}{_LSQ}{_RSQ}](?<!{_RSQ}(?=[^\\W_]))"
)
_PAD = f" \t{LINE_BREAKS}{SPACES}{INVISIBLE}"
_CLOSER = {GUILLEMET_OPEN: GUILLEMET_CLOSE, _LDQ: _RDQ, _LSQ: _RSQ}
_OPENER = {v: k for k, v in _CLOSER.items()}


class Regions(Sequence[tuple[int, int, str]]):
    """The regions an article's quotes are read in: ``(start, end, kind)``, in text order.

    They are held in two arrays of offsets and a list of kinds (a tuple for each paragraph
    of a long text costs several times its offsets); the tuples are built on access.

    >>> r = Regions([(0, 9, "heading"), (11, 40, "paragraph")])
    >>> len(r), r[1], list(r.ends)
    (2, (11, 40, 'paragraph'), [9, 40])
    """

    __slots__ = ("ends", "kinds", "starts")

    def __init__(self, regions: Iterable[tuple[int, int, str]] = ()) -> None:
        #: The start of each region.
        self.starts = array("q")
        #: The end of each region.
        self.ends = array("q")
        #: The kind of each region (the block kind's value: ``paragraph``, ``heading``).
        self.kinds: list[str] = []
        for s, e, k in regions:
            self.append(s, e, k)

    def append(self, start: int, end: int, kind: str) -> None:
        """Add a region after the others.

        >>> r = Regions()
        >>> r.append(3, 8, "caption")
        >>> list(r)
        [(3, 8, 'caption')]
        """
        self.starts.append(start)
        self.ends.append(end)
        self.kinds.append(kind)

    def __len__(self) -> int:
        return len(self.kinds)

    @overload
    def __getitem__(self, i: int) -> tuple[int, int, str]: ...

    @overload
    def __getitem__(self, i: slice) -> list[tuple[int, int, str]]: ...

    def __getitem__(self, i: int | slice) -> tuple[int, int, str] | list[tuple[int, int, str]]:
        if isinstance(i, slice):
            return list(zip(self.starts[i], self.ends[i], self.kinds[i], strict=True))
        return self.starts[i], self.ends[i], self.kinds[i]

    def __iter__(self) -> Iterator[tuple[int, int, str]]:
        return zip(self.starts, self.ends, self.kinds, strict=True)


@attrs.define
class RawQuote:
    """A quote found by the scanner, as offsets into the scanned string.

    >>> RawQuote(GUILLEMET_OPEN, 0, 5, (2, 3), True).text_span
    (2, 3)
    """

    #: The opening mark.
    mark: str
    #: Offset of the opening mark.
    start: int
    #: Offset just past the closing mark (or the end of the last region it runs in).
    end: int
    #: The quoted words: inside the marks, without the spaces just inside them.
    text_span: tuple[int, int]
    #: Whether the closing mark was found.
    closed: bool
    #: Quotes inside this one, in text order.
    nested: list[RawQuote] = attrs.Factory(list)
    #: Index of the region the quote opens in, and of the one it ends in.
    region: int = 0
    last_region: int = 0


@attrs.define
class _Open:
    mark: str
    start: int
    region: int
    nested: list[RawQuote] = attrs.Factory(list)


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _PAD:
        start += 1
    while end > start and text[end - 1] in _PAD:
        end -= 1
    return start, end


def _letter(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isalnum()


def _letter_before(text: str, i: int) -> bool:
    """Whether a letter or a digit ends right before ``i``, its combining marks passed (in
    decomposed text « À‘ » is « A », a grave accent, then the mark)."""
    k = i - 1
    while k >= 0 and i - k <= _MAX_MARKS and unicodedata.combining(text[k]):
        k -= 1
    return _letter(text, k)


#: The most combining marks read back over before a quotation mark.
_MAX_MARKS = 8


def scan(text: str, regions: Sequence[tuple[int, int]] | Regions) -> list[RawQuote]:
    """Find the quotes of ``text`` inside ``regions``, in text order.

    ``regions`` are sorted, disjoint ``(start, end)`` ranges: the paragraphs and headings
    (or :class:`Regions`, whose kinds are not read).
    Nested quotes are inside their parent's ``nested``.

    The marks are read by one C-level scan from the first region to the end of the last
    (not a scan of each region: an article has many paragraphs and few marks); a mark
    between two regions is passed over, and the end of each region is read when the scan
    is past it.

    >>> t = "« Il a parlé de “ paix ” »"
    >>> [(t[slice(*q.text_span)], [t[slice(*n.text_span)] for n in q.nested])
    ...  for q in scan(t, [(0, len(t))])]
    [('Il a parlé de “ paix ”', ['paix'])]
    >>> t = "« Le début.\\n\\n« La suite. »"
    >>> [(t[slice(*q.text_span)], q.closed) for q in scan(t, [(0, 11), (13, 26)])]
    [('Le début.\\n\\n« La suite.', True)]
    """
    out: list[RawQuote] = []
    stack: list[_Open] = []

    def emit(frame: _Open, end: int, inner_end: int, closed: bool, region: int) -> None:
        ts, te = _inner(text, frame.start + 1, inner_end)
        if te <= ts and not frame.nested:
            return
        q = RawQuote(frame.mark, frame.start, end, (ts, te), closed, frame.nested)
        q.region, q.last_region = frame.region, region
        (stack[-1].nested if stack else out).append(q)

    def region_end(r: int) -> int:
        """Close what is open at the end of region ``r``, but a bottom ``«`` that goes on
        into the next region; return the offset of the mark that says so (else -1)."""
        nxt = starts[r + 1] if r + 1 < len(starts) else -1
        cont = -1
        if nxt >= 0 and stack[0].mark == GUILLEMET_OPEN:
            j = nxt
            while j < len(text) and text[j] in _PAD:
                j += 1
            if j < len(text) and text[j] in (GUILLEMET_OPEN, GUILLEMET_CLOSE):
                cont = j
        keep = 1 if cont >= 0 else 0
        end = ends[r]
        while len(stack) > keep:
            emit(stack.pop(), end, end, False, r)
        return cont

    if isinstance(regions, Regions):
        starts: Sequence[int] = regions.starts
        ends: Sequence[int] = regions.ends
    else:
        starts, ends = [r[0] for r in regions], [r[1] for r in regions]
    if not starts:
        return out
    skip = -1
    r = 0  # the region of the last mark read
    end_r = ends[0]
    for m in _MARKS.finditer(text, starts[0], ends[-1]):
        i = m.start()
        if i >= end_r:  # past region r: read the ends of the regions before the mark's
            k = bisect.bisect_right(starts, i) - 1
            while stack and r < k:
                cont = region_end(r)
                if cont >= 0:
                    skip = cont
                r += 1
            r, end_r = k, ends[k]
            if i >= end_r:
                continue  # between two regions
        if i == skip:
            continue
        ch = text[i]
        if ch in _CLOSER:
            if ch == _LSQ and (not _letter(text, i + 1) or _letter_before(text, i)):
                continue  # "l‘homme": a misplaced apostrophe, not a quote
            if len(stack) < MAX_DEPTH:
                stack.append(_Open(ch, i, r))
            continue
        if ch == _RSQ and (_letter(text, i + 1) or not stack or stack[-1].mark != _LSQ):
            continue  # an apostrophe
        want = _OPENER[ch]
        k = len(stack) - 1
        while k >= 0 and stack[k].mark != want:
            k -= 1
        if k < 0:
            continue  # nothing to close: a stray mark
        while len(stack) > k + 1:  # marks opened inside and never closed
            inner = stack.pop()
            emit(inner, i, i, False, r)
        emit(stack.pop(), i + 1, i, True, r)
    while stack and r < len(starts):  # the ends of the last regions
        region_end(r)
        r += 1
    return out
