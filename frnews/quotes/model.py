"""Result types of quote extraction: :class:`Quote`, :class:`Speaker`, :class:`Cue`.

Like every frnews result they are frozen attrs classes whose ``text`` is exactly
``source[span.start:span.end]``.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from frnews.model import Span, _fields_dict, _packed_span, _source_backed

__all__ = ["Cue", "Quote", "QuoteKind", "Speaker"]


class QuoteKind(str, enum.Enum):
    """Whether a quote is a statement of its own or a few words inside the reporter's sentence.

    >>> QuoteKind("fragment") is QuoteKind.FRAGMENT
    True
    """

    #: A statement: a clause or more (« Nous nous opposons à cette ligne », a dit M. Lavrov).
    FULL = "full"
    #: A few words woven into the reporter's sentence (une relation « tournée vers l’avenir »).
    FRAGMENT = "fragment"

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class Cue:
    """The words that attribute a quote, with their span.

    A reporting verb (``a déclaré``, ``a-t-il ajouté``, ``s’est félicité``) or a marker
    (``selon``, ``d’après``, ``pour``).

    >>> c = Cue("a déclaré", Span(10, 19), rule="incise-after")
    >>> c.text, c.rule
    ('a déclaré', 'incise-after')
    """

    #: The cue as written.
    text: str
    #: Where it is in the original string.
    span: Span
    #: The name of the attribution rule that read it (``incise-after``, ``preposed``,
    #: ``according-to``…; the rules are listed in ``frnews.quotes.attribute.RULES``).
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form.

        >>> Cue("selon", Span(0, 5), rule="according-to").to_dict()["text"]
        'selon'
        """
        return _fields_dict(self)


@attrs.frozen
class Speaker:
    """Who said a quote: the mention the attribution rests on, and the name it resolves to.

    ``text`` and ``span`` are the words that identify the speaker, without their
    determiner: the mention at the cue (``ministre russe``, ``M. Lavrov``, ``lui``,
    ``KCNA``), or, for a person the article never names, its fullest description
    (``source gouvernementale`` for a cue that says ``cette source``). ``name`` is the
    fullest name the article gives the person or body (``Sergueï Lavrov``,
    ``préfecture des Pyrénées-Atlantiques``), or None when it never names it.

    >>> s = Speaker("M. Lavrov", Span(0, 9), name="Sergueï Lavrov")
    >>> s.name, s.kind
    ('Sergueï Lavrov', 'person')
    """

    #: The mention, as written.
    text: str
    #: Where the mention is in the original string.
    span: Span
    #: The full name of the person or body, or None when the article never names it.
    name: str | None = None
    #: ``person``, ``body`` (an organisation, an institution, a capital standing for a
    #: government) or ``group`` (several people: ``les secouristes``).
    kind: str = "person"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form.

        >>> Speaker("KCNA", Span(0, 4), name="KCNA", kind="body").to_dict()["kind"]
        'body'
        """
        return _fields_dict(self)


@attrs.frozen
class Quote:
    """A quotation « … » (or “ … ”), with who said it.

    >>> q = Quote("dangereuse", Span(3, 13), Span(0, 16), QuoteKind.FRAGMENT)
    >>> q.kind.value, q.closed, q.speaker
    ('fragment', True, None)
    """

    #: The quoted words, without the quotation marks and the spaces just inside them.
    text: str
    #: Where ``text`` is in the original string.
    span: Span
    #: The quote with its quotation marks.
    outer_span: Span
    #: A statement of its own, or a fragment inside the reporter's sentence.
    kind: QuoteKind = QuoteKind.FULL
    #: Quotes inside this one (« … “ … ” … »).
    nested: tuple[Quote, ...] = ()
    #: False for a quote whose closing mark is missing: it then runs to the end of its
    #: paragraph.
    closed: bool = True
    #: Who said it, or None when nothing in the text attributes it.
    speaker: Speaker | None = None
    #: The words that attribute it (reporting verb or marker), if any.
    cue: Cue | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form.

        >>> Quote("dangereuse", Span(3, 13), Span(0, 16), QuoteKind.FRAGMENT).to_dict()["kind"]
        'fragment'
        """
        return _fields_dict(self)


# The library's quotes, speakers and cues hold the parsed string and packed offsets, not
# a copy of their text and a Span (see frnews.model): these point an instance at
# ``source[start:end]``.
_point_cue = _source_backed(Cue)
_point_speaker = _source_backed(Speaker)
_point_quote = _source_backed(Quote)
_store_outer_span = _packed_span(Quote, "outer_span")
