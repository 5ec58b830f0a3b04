"""The parsing functions: :func:`parse`, :func:`segment`, :func:`find_dateline`."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from itertools import compress, repeat
from operator import attrgetter, is_, itemgetter
from typing import TYPE_CHECKING

from frnews._check import check_locale, check_reference, check_text
from frnews.dates.api import extract as extract_dates
from frnews.dates.model import Grain
from frnews.model import Article, Block, BlockKind, Dateline, _block_bounds
from frnews.quotes.api import quotes_of_blocks
from frnews.text import SHARE_LOWER, fold, release_to_lower

if TYPE_CHECKING:
    from frnews.segment.segmenter import Segmentation

__all__ = ["find_dateline", "parse", "segment"]


def _segmenter() -> Callable[..., Segmentation]:
    """The segmenter, imported on first use (its rules and tables are not needed to
    ``import frnews``)."""
    from frnews.segment.segmenter import run

    return run


#: Blocks whose dates are not the article's (a credit's year, a byline's timestamp).
_NO_DATES_KINDS = (BlockKind.PHOTO_CREDIT, BlockKind.BYLINE, BlockKind.FURNITURE)
#: A block's kind; the first and second items of a pair.
_KIND = attrgetter("kind")
_FIRST = itemgetter(0)
_SECOND = itemgetter(1)
#: The grains precise enough for a publication date.
_DAY_OR_FINER = frozenset((Grain.DAY, Grain.PART_OF_DAY, Grain.HOUR, Grain.MINUTE, Grain.SECOND))


def _as_date(value: dt.date | dt.datetime | None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def parse(
    text: str, *, published: dt.date | dt.datetime | None = None, locale: str = "fr-FR"
) -> Article:
    """Parse a French news article: dateline, blocks, headings, photo credits, body.

    Args:
        text: The article as plain text, unchanged; every span indexes into it.
        published: The publication date (or datetime), if known: the reference of the
            relative dates. Without it, the dateline's date is the reference, else the
            date of the site's publication line (``Publié le 16 mars 2023 à 15h24``).
        locale: Whose calendar the holidays follow: ``"fr-FR"`` (France, the default),
            ``"fr-CA"`` (Quebec and Canada), ``"fr-BE"`` or ``"fr-CH"``; see
            :func:`~frnews.find_dates`.

    Returns:
        The :class:`~frnews.Article`. Any ``str`` is accepted; an empty or blank one
        gives an empty article.

    Raises:
        TypeError: ``text`` is not a ``str`` (decode bytes first), ``published`` is
            neither a ``date``, a ``datetime`` nor None, or ``locale`` is not a ``str``.
        ValueError: ``locale`` is not one of :data:`~frnews.LOCALES`.

    >>> import datetime
    >>> art = parse(
    ...     "(Pyongyang) Kim Jong-un a reçu M. Lavrov.\\n\\n"
    ...     "PHOTO AGENCE KCNA PAR REUTERS\\n\\n"
    ...     "Le ministre russe des Affaires étrangères, Sergueï Lavrov\\n\\n"
    ...     "Livraisons en cours ?\\n\\n"
    ...     "Moscou a dénoncé ces propos.",
    ...     published=datetime.date(2023, 10, 19),
    ... )
    >>> art.dateline.text, [h.text for h in art.headings]
    ('(Pyongyang)', ['Livraisons en cours ?'])
    >>> credit = art.photo_credits[0]
    >>> credit.text, credit.caption.text
    ('PHOTO AGENCE KCNA PAR REUTERS', 'Le ministre russe des Affaires étrangères, Sergueï Lavrov')
    >>> print(art.body)
    Kim Jong-un a reçu M. Lavrov.
    <BLANKLINE>
    Livraisons en cours ?
    <BLANKLINE>
    Moscou a dénoncé ces propos.
    """
    check_text(text, "parse")
    check_reference(published, "parse", "published")
    region = check_locale(locale, "parse")
    # folded once (and lower-cased once), shared by every extractor; the stages run one
    # after the other and keep nothing of one another but their results
    folded = fold(text, lower=False)
    if len(text) <= SHARE_LOWER:  # an article: its lower-case twin is made once
        lower = folded.lower()
        seg = _segmenter()(text, _as_date(published), folded=folded, lower=lower)
        quotes = quotes_of_blocks(text, folded, seg.blocks, lower=lower)
    else:
        # a long text: the segmenter makes and drops its own lower-case twin, the quote
        # pass lower-cases the windows it reads, and the dates get theirs at last (the
        # folded text and its twin are each as large as the text, twice when one of its
        # characters is beyond Latin-1)
        seg = _segmenter()(text, _as_date(published), folded=folded)
        quotes = quotes_of_blocks(text, folded, seg.blocks)
        lower = release_to_lower(folded)  # the folded text is freed before the twin is made
    blocks = seg.blocks
    del folded  # the dates read the lower-case twin only
    reference = published
    if reference is None and seg.dateline is not None:
        reference = seg.dateline.date
    if reference is None:
        reference = _publication_line_date(blocks)
    # the kinds of the blocks, read once (C-level passes over the blocks, not loops)
    kinds = list(map(_KIND, blocks))
    skip = list(map(_block_bounds, compress(blocks, map(_NO_DATES_KINDS.__contains__, kinds))))
    # the blocks are disjoint and in text order: the first skipped block that ends after
    # ``start`` is the only one that may overlap [start, end)
    skip_starts = list(map(_FIRST, skip))
    skip_ends = list(map(_SECOND, skip))

    def keep(start: int, end: int) -> bool:
        k = bisect.bisect_right(skip_ends, start)
        return k == len(skip_ends) or skip_starts[k] >= end

    dates = extract_dates(lower, reference, "auto", keep if skip else None, region)
    del lower
    return Article(
        text=text,
        published=published,
        dateline=seg.dateline,
        blocks=blocks,
        headings=tuple(compress(blocks, map(is_, kinds, repeat(BlockKind.HEADING)))),
        photo_credits=seg.credits,
        quotes=quotes,
        dates=dates,
    )


def _publication_line_date(blocks: tuple[Block, ...]) -> dt.date | None:
    """The date of the site's publication line (``Publié le 16 mars 2023 à 15h24``), when
    the article has one among its furniture and it gives the day in full.

    >>> from frnews.segment.segmenter import run
    >>> _publication_line_date(run("Titre\\n\\nPublié le 16 mars 2023 à 15h24\\n\\nTexte.").blocks)
    datetime.date(2023, 3, 16)
    >>> _publication_line_date(run("Titre\\n\\n16.03.2023, 15:24\\n\\nTexte.").blocks)
    datetime.date(2023, 3, 16)
    """
    from frnews.segment.furniture import (  # loaded with the segmenter
        PUBLICATION_LINES,
        is_date_line,
    )

    for b in blocks:
        if b.kind is not BlockKind.FURNITURE:
            continue
        low = fold(b.text)  # folded and lower-cased, as the dates read it
        if not low.text.startswith(PUBLICATION_LINES) and not is_date_line(low.text, False):
            continue
        for v in (m.value for m in extract_dates(low, None, "auto", None)):
            if v.resolved and v.start is not None and v.grain in _DAY_OR_FINER:
                return v.start.date()
        return None
    return None


def segment(text: str) -> tuple[Block, ...]:
    """Cut an article into classified blocks, in text order.

    Each line is a block; hard-wrapped lines are joined into one paragraph. A line that
    opens with a dateline gives two blocks (the dateline, then the paragraph), and so does
    a caption that ends with its credit.

    >>> [(b.kind.value, b.text) for b in segment("Lire aussi : Le sommet\\n\\nMoscou a dénoncé.")]
    [('furniture', 'Lire aussi : Le sommet'), ('paragraph', 'Moscou a dénoncé.')]

    Raises:
        TypeError: ``text`` is not a ``str``.
    """
    check_text(text, "segment")
    return _segmenter()(text).blocks


def find_dateline(text: str) -> Dateline | None:
    """Find the dateline that opens a story, or None.

    The dateline's ``date`` is filled when the dateline writes a year; use
    :func:`parse` with ``published`` to resolve a date written without one.

    >>> d = find_dateline("MOSCOU, 19 octobre 2023 (Reuters) - Le ministre a parlé.")
    >>> d.text, d.place, d.agency, d.date
    ('MOSCOU, 19 octobre 2023 (Reuters)', 'MOSCOU', 'Reuters', datetime.date(2023, 10, 19))
    >>> find_dateline("Le ministre a parlé.") is None
    True

    Raises:
        TypeError: ``text`` is not a ``str``.
    """
    check_text(text, "find_dateline")
    return _segmenter()(text).dateline
