"""Quotations « … » and who said them: :func:`find_quotes` and the result types.

The pieces, in the order they run: :mod:`~frnews.quotes.scan` pairs the quotation marks,
:mod:`~frnews.quotes.mentions` reads names, titles and pronouns,
:mod:`~frnews.quotes.cues` finds reporting verbs, :mod:`~frnews.quotes.attribute`
applies the attribution rules and resolves each speaker to a name.

>>> from frnews.quotes import find_quotes
>>> find_quotes("« Oui », a-t-elle dit.")[0].text
'Oui'
"""

from __future__ import annotations

from frnews.quotes.api import find_quotes
from frnews.quotes.model import Cue, Quote, QuoteKind, Speaker

__all__ = ["Cue", "Quote", "QuoteKind", "Speaker", "find_quotes"]
