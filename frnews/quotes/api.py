"""The public entry point of quote extraction: :func:`find_quotes`.

>>> text = "« Nous nous opposons à cette ligne », a ajouté M. Lavrov."
>>> [(q.text, q.speaker.name) for q in find_quotes(text)]
[('Nous nous opposons à cette ligne', 'Lavrov')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from frnews._check import check_text
from frnews.model import Block, BlockKind, _block_bounds
from frnews.quotes.model import Quote
from frnews.text import SHARE_LOWER, FoldedText, fold

__all__ = ["QUOTE_BLOCKS", "find_quotes", "quotes_of_blocks"]

#: The blocks whose quotes count: body paragraphs, headings and captions (not photo
#: credits, bylines or site furniture).
QUOTE_BLOCKS = frozenset({BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.CAPTION})


def quotes_of_blocks(
    text: str,
    folded: FoldedText,
    blocks: Sequence[Block],
    *,
    lower: FoldedText | None = None,
) -> tuple[Quote, ...]:
    """The quotes of the blocks of an article already segmented.

    :func:`frnews.parse` calls this with the folded text it shares with every extractor,
    and its lower-case twin ``lower`` (``folded.lower()``; without it, the pass
    lower-cases the windows of text it reads, see :class:`frnews.text.LowerView`).

    >>> from frnews.segment.segmenter import run
    >>> t = "« Oui », a dit Mme Laurens."
    >>> [q.speaker.text for q in quotes_of_blocks(t, fold(t, lower=False), run(t).blocks)]
    ['Mme Laurens']
    """
    if "«" not in text and "“" not in text and "‘" not in text:
        return ()  # no opening mark at all: no block of the text has one
    from frnews.quotes.scan import Regions, scan

    regions = Regions()
    add_start, add_end, add_kind = regions.starts.append, regions.ends.append, regions.kinds.append
    bounds, values = _block_bounds, _KIND_VALUES
    # the blocks' offsets and kinds, read without slicing their texts
    for b in blocks:
        kind = b.kind
        if kind in QUOTE_BLOCKS:
            s, e = bounds(b)
            add_start(s)
            add_end(e)
            add_kind(values[kind])
    if not _opens_in(text, regions.starts, regions.ends):
        return ()  # no block whose quotes count has an opening mark
    # the attribution engine (its lexicons, verb forms, patterns) loads on first use, so
    # that ``import frnews`` stays light
    from frnews.quotes.attribute import attribute

    raws = scan(text, regions)
    if not raws:
        return ()
    return attribute(text, folded, regions, raws, low_text=None if lower is None else lower.text)


#: The value of each block kind (read from a dict: faster than the enum's ``value``).
_KIND_VALUES = {k: k.value for k in BlockKind}
#: An opening quotation mark.
_OPENING = re.compile("[«“‘]")


def _opens_in(text: str, starts: Sequence[int], ends: Sequence[int]) -> bool:
    """Whether an opening mark (``«``, ``“``, ``‘``) is inside one of the regions
    ``[starts[i], ends[i])`` (sorted, disjoint): one C-level scan of the marks, not a
    slice of each region.

    >>> _opens_in("Titre « a »\\n\\nTexte.", [13], [19]), _opens_in("« a »", [0], [5])
    (False, True)
    """
    if not starts:
        return False
    n = len(starts)
    for m in _OPENING.finditer(text, starts[0], ends[-1]):
        k = m.start()
        i = bisect.bisect_right(starts, k) - 1
        if i >= 0 and k < ends[i]:
            return True
        if i + 1 >= n:
            return False
    return False


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Find the quotations « … » of a French news text, each with its speaker.

    The speaker is None when nothing in the text attributes the quote.

    Quotes are returned in text order; quotes nested in another are in its ``nested``.
    Photo credits, bylines and site furniture are skipped, as in :func:`frnews.parse`.

    Args:
        text: The article (or any text); every span indexes into it.

    Returns:
        The quotes, sorted by position. Any ``str`` is accepted.

    Raises:
        TypeError: ``text`` is not a ``str``.

    >>> q, = find_quotes("M. Kim a affirmé que son but est « la paix », selon KCNA.")
    >>> q.text, q.kind.value, q.speaker.text, q.cue.text
    ('la paix', 'fragment', 'M. Kim', 'a affirmé')
    """
    check_text(text, "find_quotes")
    from frnews.segment.segmenter import run

    folded = fold(text, lower=False)
    if len(text) > SHARE_LOWER:  # the passes lower-case what they read (see parse)
        return quotes_of_blocks(text, folded, run(text, folded=folded).blocks)
    lower = folded.lower()
    blocks = run(text, folded=folded, lower=lower).blocks
    return quotes_of_blocks(text, folded, blocks, lower=lower)
