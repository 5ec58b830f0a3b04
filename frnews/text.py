"""Character classes and accent folding with an exact map back to the original offsets.

frnews never rewrites the text it is given. Rules match on a *folded* copy (accents
removed, typographic spaces, apostrophes and dashes unified, optionally lower-cased) and
every match is mapped back to the original string with :class:`FoldedText`.

Most characters fold to exactly one character, so for most texts the folded copy has the
same length as the original and the map is the identity. Characters that fold to several
characters (``œ`` → ``oe``) or to none (combining accents of text in NFD, soft hyphens,
zero-width spaces, a BOM) are handled by a piecewise map, so offsets stay exact in every
case.

>>> f = fold("Le 1er août, à Montréal")
>>> f.text
'le 1er aout, a montreal'
>>> m = f.text.index("aout")
>>> f.original[slice(*f.span(m, m + 4))]
'août'
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    import regex

__all__ = [
    "APOSTROPHES",
    "DASHES",
    "GUILLEMET_CLOSE",
    "GUILLEMET_OPEN",
    "LINE_BREAKS",
    "SPACES",
    "FoldedText",
    "fold",
    "strip_span",
]

#: Spaces that French typography puts inside « », before ? ! ; : and in numbers.
SPACES = (
    "\N{NO-BREAK SPACE}"
    "\N{NARROW NO-BREAK SPACE}"
    "\N{THIN SPACE}"
    "\N{FIGURE SPACE}"
    "\N{EN SPACE}"
    "\N{EM SPACE}"
    "\N{THREE-PER-EM SPACE}"
    "\N{FOUR-PER-EM SPACE}"
    "\N{SIX-PER-EM SPACE}"
    "\N{PUNCTUATION SPACE}"
    "\N{HAIR SPACE}"
    "\N{MEDIUM MATHEMATICAL SPACE}"
    "\N{IDEOGRAPHIC SPACE}"
    "\N{OGHAM SPACE MARK}"
    "\N{EN QUAD}"
    "\N{EM QUAD}"
)
#: Characters used as apostrophes (folded to ``'``).
APOSTROPHES = (
    "\N{RIGHT SINGLE QUOTATION MARK}"
    "\N{LEFT SINGLE QUOTATION MARK}"
    "\N{MODIFIER LETTER APOSTROPHE}"
    "\N{PRIME}"
    "\N{ACUTE ACCENT}"
    "\N{GRAVE ACCENT}"
)
#: Hyphens and dashes (folded to ``-``).
DASHES = (
    "\N{HYPHEN}"
    "\N{NON-BREAKING HYPHEN}"
    "\N{FIGURE DASH}"
    "\N{EN DASH}"
    "\N{EM DASH}"
    "\N{HORIZONTAL BAR}"
    "\N{MINUS SIGN}"
)
#: Superscript letters of French abbreviations (``1ᵉʳ``, ``2ᵉ``, ``XIXᵉ``, ``1ʳᵉ``,
#: ``Mᵐᵉ``, ``Mˡˡᵉ``, ``nᵒ``), folded to their letters: ``1ᵉʳ novembre`` reads as ``1er
#: novembre``.
_SUPERSCRIPT_LETTERS = (
    ("\N{MODIFIER LETTER SMALL E}", "e"),
    ("\N{MODIFIER LETTER SMALL R}", "r"),
    ("\N{MODIFIER LETTER SMALL D}", "d"),
    ("\N{MODIFIER LETTER SMALL M}", "m"),
    ("\N{MODIFIER LETTER SMALL L}", "l"),
    ("\N{MODIFIER LETTER SMALL O}", "o"),
    ("\N{MODIFIER LETTER SMALL S}", "s"),
    ("\N{MODIFIER LETTER SMALL A}", "a"),
    ("\N{SUPERSCRIPT LATIN SMALL LETTER N}", "n"),
)
#: Characters deleted by folding (they never carry meaning for matching).
INVISIBLE = (
    "\N{SOFT HYPHEN}"
    "\N{ZERO WIDTH SPACE}"
    "\N{ZERO WIDTH NON-JOINER}"
    "\N{ZERO WIDTH JOINER}"
    "\N{WORD JOINER}"
    "\N{ZERO WIDTH NO-BREAK SPACE}"  # also the byte order mark
)
#: Opening quotation marks: the French guillemet and the single one.
GUILLEMET_OPEN = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
#: Closing French guillemet.
GUILLEMET_CLOSE = "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
#: Every line boundary that :meth:`str.splitlines` knows, ``\r\n`` counted once.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

# Latin letters and ligatures whose transliteration is several letters.
_MULTI = "œŒæÆßĳĲﬀﬁﬂﬃﬄﬅﬆ"
# Code point ranges whose letters are folded through unidecode.
_LATIN_RANGES = ((0x00C0, 0x0250), (0x1E00, 0x1F00), (0xFB00, 0xFB07))


@attrs.frozen
class _Tables:
    one: dict[int, str]  # one-to-one folds
    multi: dict[int, str]  # folds to several characters or to none
    marks: regex.Pattern[str]  # a run of combining marks (folded away with their base)
    expanding: re.Pattern[str]  # a character that folds to several characters or to none
    non_ascii: re.Pattern[str]
    # The one-to-one folds of the Latin-1 characters, as a bytes.translate table, and the
    # same folds lower-cased.
    latin1: bytes
    latin1_lower: bytes
    # The Latin-1 characters that fold to several characters or to none.
    latin1_multi: bytes
    # Frequent characters beyond Latin-1 and their one-to-one folds (’ – — and spaces).
    frequent: tuple[tuple[str, str], ...]


@functools.cache
def _tables() -> _Tables:
    """Build the folding tables and patterns once, on first use (``import frnews`` stays
    light)."""
    import regex
    from unidecode import unidecode

    one: dict[int, str] = {}
    multi: dict[int, str] = {}
    for lo, hi in _LATIN_RANGES:
        for cp in range(lo, hi):
            ch = chr(cp)
            if not ch.isalpha():
                continue
            out = unidecode(ch)
            if len(out) == 1 and out.isascii() and out.isalpha():
                one[cp] = out
            elif out.isascii() and out.isalpha() and len(out) > 1:
                multi[cp] = out
    for ch in _MULTI:
        multi[ord(ch)] = unidecode(ch)
    for ch in SPACES:
        one[ord(ch)] = " "
    for ch in APOSTROPHES:
        one[ord(ch)] = "'"
    for ch in DASHES:
        one[ord(ch)] = "-"
    for ch, letter in _SUPERSCRIPT_LETTERS:
        one[ord(ch)] = letter
    for ch in INVISIBLE:
        multi[ord(ch)] = ""
    one[0x0130] = "I"  # "İ".lower() has two characters; keep the fold one-to-one
    # The stdlib re is much faster than regex on a class of scattered characters, and
    # regex much faster than re on \p{M}: each does the search it is best at.
    expanding = re.escape("".join(chr(cp) for cp in sorted(multi)))
    # (ASCII stays as it is: fold translates only the characters beyond ASCII)
    latin1 = bytes(ord(one[cp]) if cp in one and cp >= 128 else cp for cp in range(256))
    frequent = "\N{RIGHT SINGLE QUOTATION MARK}\N{EN DASH}\N{EM DASH}\N{NARROW NO-BREAK SPACE}"
    return _Tables(
        one=one,
        multi=multi,
        marks=regex.compile(r"\p{M}++"),
        expanding=re.compile(f"[{expanding}]"),
        non_ascii=re.compile("[^\\x00-\\x7f]+"),
        latin1=latin1,
        latin1_lower=bytes(ord(chr(b).lower()) for b in latin1),
        latin1_multi=bytes(cp for cp in sorted(multi) if cp < 256),
        frequent=tuple((ch, one[ord(ch)]) for ch in frequent + "\N{THIN SPACE}"),
    )


#: Characters of text lower-cased at once by :func:`lower_text` (str.lower of a non-ASCII
#: string allocates 12 bytes a character before it shrinks the result).
_LOWER_CHUNK = 1 << 16


def lower_text(text: str) -> str:
    """``text.lower()``, computed piece by piece on long non-ASCII texts.

    ``str.lower`` of a non-ASCII string first allocates 12 bytes for each character:
    lower-casing a long text at once costs several times its size in transient memory.
    The pieces end just after a whitespace character, where lower-casing has no context
    (only the final sigma looks at its neighbours, and never across a space), so the
    result is exactly ``text.lower()``.

    >>> lower_text("ÉTÉ À MONTRÉAL ΟΔΟΣ ΟΔΟΣ") == "ÉTÉ À MONTRÉAL ΟΔΟΣ ΟΔΟΣ".lower()
    True
    """
    return "".join(_lower_pieces(text))


def _lower_pieces(text: str) -> list[str]:
    """The pieces of ``text.lower()`` that :func:`lower_text` joins."""
    if len(text) <= _LOWER_CHUNK or text.isascii():
        return [text.lower()]
    cuts = _lower_cuts(text, _LOWER_CHUNK)
    return [text[a:b].lower() for a, b in itertools.pairwise(cuts)]


def _lower_cuts(text: str, piece: int) -> list[int]:
    """Where ``text`` may be cut into pieces of about ``piece`` characters that are
    lower-cased apart: ``[0, …, len(text)]``, each cut just after a whitespace character
    (lower-casing has no context across one).

    >>> _lower_cuts("Un Deux Trois", 4)
    [0, 8, 13]
    """
    n = len(text)
    cuts = [0]
    while cuts[-1] < n:
        cut = cuts[-1] + piece
        if cut >= n:
            cut = n
        else:
            ws = _WHITESPACE.search(text, cut)
            cut = n if ws is None else ws.end()
        cuts.append(cut)
    return cuts


def release_to_lower(folded: FoldedText) -> FoldedText:
    """``folded.lower()``, for a caller done with ``folded``: its text is let go.

    The lower-case pieces are made, then ``folded.text`` is emptied (the folded string
    is freed if nothing else holds it) before the pieces are joined, so that the folded
    text, the pieces and the twin, each as large as the text, are never all held at once.

    >>> f = fold("MONTRÉAL — Le", lower=False)
    >>> low = release_to_lower(f)
    >>> low.text, low.span(0, 8), f.text
    ('montreal - le', (0, 8), '')
    """
    pieces = _lower_pieces(folded.text)
    twin = folded._twin("")
    folded.text = ""
    twin.text = "".join(pieces)
    return twin


_WHITESPACE = re.compile(r"[ \n]")


#: Texts up to this many characters are lower-cased once and the lower-case twin is shared
#: by the passes of :func:`frnews.parse` (an article); a longer text's passes each lower
#: what they read, so that the twin (as large as the folded text) is not held by one pass
#: while another works.
SHARE_LOWER = 1 << 18

#: Characters of text that a :class:`LowerView` lower-cases in one piece (about; it cuts
#: just after a space).
_VIEW_PIECE = 1 << 14
#: How many pieces a :class:`LowerView` lower-cases at least when it moves: the reads of
#: a pass go forward, the next ones are likely in the pieces after this one.
_VIEW_AHEAD = 4


class LowerView:
    """``lower_text(text)``, lower-cased a window at a time, when a range of it is read.

    A pass that reads a long text here and there (the quote pass looks for a name in the
    paragraphs around a quote) asks for the lower-case text of a range: the view
    lower-cases the pieces of ``text`` around it and keeps that window until a range
    outside it is asked for, so that a whole lower-case copy of a long text is never
    held. The pieces are cut just after a space or a line break, where lower-casing has
    no context (see :func:`lower_text`): every window is exactly the same characters as
    ``text.lower()`` at the same offsets. With ``lowered`` (``text.lower()``, when the
    caller has it), the view reads it and lower-cases nothing.

    >>> v = LowerView("Le Maire de Paris. ΟΔΟΣ ΟΔΟΣ.", piece=4)
    >>> low, off = v.window(3, 8)
    >>> off <= 3 and low[3 - off : 8 - off]
    'maire'
    >>> v.find("paris", 0, 30), v.find("οδος.", 0, 30)
    (12, 24)
    """

    __slots__ = ("_cuts", "_low", "_off", "_text")

    def __init__(self, text: str, lowered: str | None = None, piece: int = _VIEW_PIECE) -> None:
        self._text = text
        self._low = ""
        self._off = 0
        if lowered is not None:
            self._low = lowered
            self._cuts = [0, len(text)]
            return
        self._cuts = _lower_cuts(text, piece)

    def window(self, start: int, end: int) -> tuple[str, int]:
        """``(low, off)``: ``low`` is ``text.lower()[off : off + len(low)]``, and that range
        holds ``[start, end)`` (clipped to the text).

        >>> v = LowerView("Un Deux Trois Quatre", piece=3)
        >>> low, off = v.window(8, 13)
        >>> low[8 - off : 13 - off]
        'trois'
        """
        off, low = self._off, self._low
        if off <= start and end <= off + len(low):
            return low, off
        cuts = self._cuts
        last = len(cuts) - 1
        if last < 1:
            return low, off  # an empty text
        i = max(0, min(bisect.bisect_right(cuts, start) - 1, last - 1))
        j = max(bisect.bisect_left(cuts, end, i + 1), i + _VIEW_AHEAD)
        j = min(j, last)
        self._low = ""  # the old window is freed before the new one is made
        text = self._text
        # piece by piece: str.lower allocates 12 bytes a character before it shrinks
        self._low = "".join([text[cuts[k] : cuts[k + 1]].lower() for k in range(i, j)])
        self._off = cuts[i]
        return self._low, self._off

    def find(self, sub: str, start: int, end: int) -> int:
        """``text.lower().find(sub, start, end)``.

        >>> LowerView("Selon M. KIM, oui.").find("kim", 0, 18)
        9
        """
        low, off = self.window(start, end)
        k = low.find(sub, max(start - off, 0), end - off)
        return k + off if k >= 0 else -1


def _clusters(text: str, tables: _Tables) -> list[tuple[int, int]]:
    """The ranges of ``text`` that do not fold one-to-one, sorted and disjoint: a base
    character with the combining marks after it, a character that expands or vanishes."""
    marks = [m.span() for m in tables.marks.finditer(text)]
    exp = [m.start() for m in tables.expanding.finditer(text)]
    out: list[tuple[int, int]] = []
    i = j = 0
    while i < len(marks) or j < len(exp):
        if j == len(exp) or (i < len(marks) and marks[i][0] - 1 <= exp[j]):
            a, b = marks[i]
            start = max(a - 1, 0)
            if out and out[-1][1] > start:  # the base is an expanding character
                start = out.pop()[0]
            out.append((start, b))
            i += 1
        else:
            if not out or exp[j] >= out[-1][1]:
                out.append((exp[j], exp[j] + 1))
            j += 1
    return out


def _translate(text: str, tables: _Tables) -> str:
    """The one-to-one fold of ``text`` (same length)."""
    if text.isascii():
        return text
    one = tables.one
    return tables.non_ascii.sub(lambda m: m.group().translate(one), text)


def _fold_one_to_one(text: str, tables: _Tables, lower: bool) -> str | None:
    """The fold of ``text`` (lower-cased with ``lower``) when every character folds to
    exactly one (same length), else None (a character expands, vanishes, or is a
    combining mark).

    Most of a French text is Latin-1: it is folded with ``bytes.translate`` (C speed);
    the few characters beyond Latin-1 are put back one by one.
    """
    for ch, folded in tables.frequent:  # same folds as the table, before the encoding
        text = text.replace(ch, folded)
    try:
        raw = text.encode("latin-1")
        wide = False
    except UnicodeEncodeError:
        raw = text.encode("latin-1", "replace")  # "?" for each character beyond Latin-1
        wide = True
    if len(raw.translate(None, tables.latin1_multi)) != len(raw):
        return None
    # Latin-1 lower-cases within Latin-1, character by character
    out = raw.translate(tables.latin1_lower if lower else tables.latin1).decode("latin-1")
    if not wide:
        return out
    # The characters beyond Latin-1 are where out has a "?" that text has not.
    if out.count("?") - text.count("?") > len(text) // 16:
        # many of them (another script): one substitution per run is cheaper
        if tables.expanding.search(text) is not None or tables.marks.search(text) is not None:
            return None
        return lower_text(_translate(text, tables)) if lower else _translate(text, tables)
    at: list[int] = []
    i = out.find("?")
    while i >= 0:
        if text[i] != "?":
            at.append(i)
        i = out.find("?", i + 1)
    chars = "".join([text[i] for i in at])
    if tables.expanding.search(chars) is not None or tables.marks.search(chars) is not None:
        return None
    if lower and "\N{GREEK CAPITAL LETTER SIGMA}" in chars:
        return lower_text(_translate(text, tables))  # the final sigma depends on its neighbours
    one = tables.one
    pieces = []
    prev = 0
    for i, ch in zip(at, chars, strict=True):
        pieces.append(out[prev:i])
        folded = one.get(ord(ch), ch)
        pieces.append(folded.lower() if lower else folded)  # one character, no context
        prev = i + 1
    pieces.append(out[prev:])
    return "".join(pieces)


def _translate_piece(text: str, tables: _Tables) -> str:
    """:func:`_translate` of a piece of text between two clusters, by the Latin-1 fold of
    :func:`_fold_one_to_one` (C-level ``bytes.translate``; a substitution with a Python
    callback for each run of non-ASCII characters costs several times as much), which
    folds every piece without a cluster.

    >>> _translate_piece("Déjà l’été", _tables())
    "Deja l'ete"
    """
    folded = _fold_one_to_one(text, tables, False)
    return _translate(text, tables) if folded is None else folded


def _fold_cluster(cluster: str, tables: _Tables) -> str:
    out = []
    for ch in cluster:
        if unicodedata.category(ch)[0] == "M":
            continue
        cp = ord(ch)
        if cp in tables.multi:
            out.append(tables.multi[cp])
        else:
            out.append(tables.one.get(cp, ch))
    return "".join(out)


class FoldedText:
    """A folded copy of a string, with the map from folded offsets to original offsets.

    Build it with :func:`fold`. ``text`` is the folded string; :meth:`span` turns a
    half-open range of ``text`` into the half-open range of ``original`` that produced it,
    so that ``original[start:end]`` is exactly what the user wrote.

    >>> f = fold("cœur\N{NO-BREAK SPACE}d’or")
    >>> f.text
    "coeur d'or"
    >>> f.span(0, 5)
    (0, 4)
    """

    __slots__ = ("_fe", "_fs", "_oe", "_os", "original", "text")

    #: The string that was folded, unchanged.
    original: str
    #: The folded string: match on it, then map offsets back with :meth:`span`.
    text: str

    def __init__(
        self,
        original: str,
        text: str,
        clusters: list[tuple[int, int, int, int]] | None = None,
    ) -> None:
        self.original = original
        self.text = text
        clusters = clusters or []
        self._os = [c[0] for c in clusters]
        self._oe = [c[1] for c in clusters]
        self._fs = [c[2] for c in clusters]
        self._fe = [c[3] for c in clusters]

    @property
    def identity(self) -> bool:
        """True when folded and original offsets are the same.

        >>> fold("Montréal").identity, fold("Noe\N{COMBINING DIAERESIS}l").identity
        (True, False)
        """
        return not self._fs

    def start(self, i: int) -> int:
        """Map a folded start offset to the original start offset.

        >>> fold("sœur").start(3)
        2
        """
        if not self._fs:
            return i
        k = bisect.bisect_right(self._fs, i) - 1
        if k < 0:
            return i
        if i < self._fe[k]:
            return self._os[k]
        return self._oe[k] + (i - self._fe[k])

    def end(self, i: int) -> int:
        """Map a folded end offset (exclusive) to the original end offset (exclusive).

        >>> fold("Noe\N{COMBINING DIAERESIS}l").end(3)
        4
        """
        if not self._fs or i <= 0:
            return i
        k = bisect.bisect_right(self._fs, i - 1) - 1
        if k < 0:
            return i
        if i - 1 < self._fe[k]:
            return self._oe[k]
        return self._oe[k] + (i - self._fe[k])

    def to_folded(self, i: int) -> int:
        """Map an offset of the original string to the folded offset.

        It is the inverse of :meth:`start`; an offset inside a cluster maps to the
        cluster's start.

        >>> f = fold("sœur et cœur")
        >>> f.text[f.to_folded(5):f.to_folded(12)]
        'et coeur'
        """
        if not self._fs:
            return i
        k = bisect.bisect_right(self._os, i) - 1
        if k < 0:
            return i
        if i < self._oe[k]:
            return self._fs[k]
        return self._fe[k] + (i - self._oe[k])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open folded range to the half-open original range.

        >>> f = fold("e\N{COMBINING ACUTE ACCENT}te\N{COMBINING ACUTE ACCENT}")
        >>> f.text, f.span(0, 3)
        ('ete', (0, 5))
        """
        if end <= start:
            s = self.start(start)
            return s, s
        return self.start(start), self.end(end)

    def lower(self) -> FoldedText:
        """The same folded text in lower case, with the same offset map.

        >>> f = fold("MONTRÉAL — Le", lower=False)
        >>> f.text, f.lower().text
        ('MONTREAL - Le', 'montreal - le')
        """
        return self._twin(lower_text(self.text))

    def _twin(self, text: str) -> FoldedText:
        """A twin whose text is ``text`` (the lower-cased text, already made), with the same
        offset map.

        >>> f = fold("Œuvre", lower=False)
        >>> f._twin("oeuvre").span(0, 2)
        (0, 1)
        """
        twin = FoldedText(self.original, text)
        twin._os, twin._oe, twin._fs, twin._fe = self._os, self._oe, self._fs, self._fe
        return twin

    def __repr__(self) -> str:
        return f"FoldedText({self.text!r})"


def fold(text: str, *, lower: bool = True) -> FoldedText:
    """Fold ``text`` for matching: accents off, spaces, apostrophes and dashes unified.

    Latin letters lose their diacritics (through ``unidecode``: ``é`` → ``e``,
    ``œ`` → ``oe``), every typographic space becomes a plain space, every apostrophe
    ``'`` and every dash ``-``, the superscript letters of abbreviations their letters
    (``1ᵉʳ`` → ``1er``, ``Mᵐᵉ`` → ``mme``); soft hyphens, zero-width characters and
    combining marks disappear. Guillemets, digits and other scripts are kept. With
    ``lower`` (the default) the result is also lower-cased.

    >>> fold("ÉTÉ 2023 – l’Hôtel").text
    "ete 2023 - l'hotel"
    >>> fold("le 1ᵉʳ mai").text
    'le 1er mai'
    >>> fold("Québec", lower=False).text
    'Quebec'
    """
    tables = _tables()
    if text.isascii():
        return FoldedText(text, text.lower() if lower else text)
    one_to_one = _fold_one_to_one(text, tables, lower)
    if one_to_one is not None:
        return FoldedText(text, one_to_one)
    pieces: list[str] = []
    clusters: list[tuple[int, int, int, int]] = []
    flen = 0
    prev = 0
    for cs, ce in _clusters(text, tables):
        if cs > prev:
            piece = _translate_piece(text[prev:cs], tables)
            pieces.append(piece)
            flen += len(piece)
        out = _fold_cluster(text[cs:ce], tables)
        if lower:
            out = out.lower()
        clusters.append((cs, ce, flen, flen + len(out)))
        pieces.append(out)
        flen += len(out)
        prev = ce
    if prev < len(text):
        pieces.append(_translate_piece(text[prev:], tables))
    folded = "".join(pieces)
    if lower:
        # lower() is length-preserving here: the only exception (U+0130) is translated.
        folded = lower_text(folded)
    return FoldedText(text, folded, clusters)


_STRIP = f" \t{LINE_BREAKS}{SPACES}{INVISIBLE}"


def strip_span(text: str, start: int, end: int, chars: str = _STRIP) -> tuple[int, int]:
    """Shrink ``[start, end)`` so that it neither starts nor ends with whitespace.

    Typographic spaces (NBSP, thin spaces), zero-width characters and a BOM count as
    whitespace.

    >>> s = "  Livraisons en cours\N{THIN SPACE}?\N{NO-BREAK SPACE} "
    >>> strip_span(s, 0, len(s))
    (2, 23)
    """
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end
