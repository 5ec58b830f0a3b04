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

# The subpackage frnews.segment is imported before the function frnews.segment is bound:
# importing a subpackage for the first time sets it as an attribute of its parent, which
# would later replace the function (the segmenter's rules load lazily, on first use).
import frnews.segment  # noqa: F401  (first, see above)
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
from frnews.model import (
    Article,
    Block,
    BlockKind,
    Dateline,
    PhotoCredit,
    Span,
    _resolve_annotations,
)
from frnews.quotes import Cue, Quote, QuoteKind, Speaker, find_quotes

#: The version of frnews (PEP 440), the one of its package metadata.
__version__ = "0.1.0.dev0"

__all__ = [
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

_resolve_annotations()
