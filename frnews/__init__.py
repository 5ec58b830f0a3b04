"""frnews: the structure of French news articles, with exact character offsets.

>>> import frnews
>>> art = frnews.parse(
...     "(Québec) Le premier ministre a parlé.\\n\\n"
...     "PHOTO ALAIN ROBERGE, LA PRESSE\\n\\n"
...     "Le premier ministre, à Québec"
... )
>>> art.dateline.place, art.photo_credits[0].photographer, art.photo_credits[0].agency
('Québec', 'ALAIN ROBERGE', 'La Presse')
"""

from __future__ import annotations

import logging

from frnews.api import find_dateline, parse, segment
from frnews.model import Article, Block, BlockKind, Dateline, PhotoCredit, Span
from frnews.quotes import Cue, Quote, QuoteKind, Speaker, find_quotes

__version__ = "0.1.0.dev0"

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "Cue",
    "Dateline",
    "PhotoCredit",
    "Quote",
    "QuoteKind",
    "Span",
    "Speaker",
    "__version__",
    "find_dateline",
    "find_quotes",
    "parse",
    "segment",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
