"""Result types of quote extraction: :class:`Quote`, :class:`Speaker`, :class:`Cue`.

Like every frnews result they are frozen attrs classes whose ``text`` is exactly
``source[span.start:span.end]``.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from frnews.model import (
    _MASK,
    Span,
    _bind_annotation,
    _builder,
    _fields_dict,
    _new,
    _Packed,
    _packed_span,
    _source_backed,
)

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


# Fast construction (see frnews.model._builder): the slots are filled by plain assignment
# on a private subclass, which then becomes the class itself; the text and span slots get
# the source string and the packed offsets, as the pointers above set them. Internal only:
# the public constructors stay the attrs ones.
_QUOTE_BUILDER = _builder(Quote)
_SPEAKER_BUILDER = _builder(Speaker)
_CUE_BUILDER = _builder(Cue)
#: A placeholder span, replaced by the offsets at once (offsets past 4 G characters).
_NO_SPAN = Span(0, 0)


def _quote_at(
    source: str,
    start: int,
    end: int,
    outer_start: int,
    outer_end: int,
    kind: QuoteKind,
    nested: tuple[Quote, ...],
    closed: bool,
    speaker: Speaker | None = None,
    cue: Cue | None = None,
) -> Quote:
    """``Quote(source[start:end], Span(start, end), Span(outer_start, outer_end), kind,
    nested, closed, speaker, cue)``, holding ``source`` itself.

    >>> t = "Il a dit « non »."
    >>> q = _quote_at(t, 11, 14, 9, 16, QuoteKind.FRAGMENT, (), True)
    >>> q == Quote("non", Span(11, 14), Span(9, 16), QuoteKind.FRAGMENT), q.text, q.outer_span
    (True, 'non', Span(start=9, end=16))
    """
    if end > _MASK or outer_end > _MASK:  # a string over 4 G characters: copies and Spans
        quote = Quote("", _NO_SPAN, _NO_SPAN, kind, nested, closed, speaker, cue)
        _point_quote(quote, source, start, end)
        _store_outer_span(quote, outer_start, outer_end)
        return quote
    q: Any = _new(_QUOTE_BUILDER)
    q.text = source
    q.span = _Packed(start << 32 | end)
    q.outer_span = _Packed(outer_start << 32 | outer_end)
    q.kind = kind
    q.nested = nested
    q.closed = closed
    q.speaker = speaker
    q.cue = cue
    q.__class__ = Quote
    return q  # type: ignore[no-any-return]


def _speaker_at(source: str, start: int, end: int, name: str | None, kind: str) -> Speaker:
    """``Speaker(source[start:end], Span(start, end), name, kind)``, holding ``source``.

    >>> _speaker_at("Selon M. Kim.", 6, 12, "Kim", "person") == Speaker(
    ...     "M. Kim", Span(6, 12), name="Kim")
    True
    """
    if end > _MASK:  # a string over 4 G characters: a copy and a Span
        speaker = Speaker("", _NO_SPAN, name=name, kind=kind)
        _point_speaker(speaker, source, start, end)
        return speaker
    s: Any = _new(_SPEAKER_BUILDER)
    s.text = source
    s.span = _Packed(start << 32 | end)
    s.name = name
    s.kind = kind
    s.__class__ = Speaker
    return s  # type: ignore[no-any-return]


def _cue_at(source: str, start: int, end: int, rule: str) -> Cue:
    """``Cue(source[start:end], Span(start, end), rule)``, holding ``source``.

    >>> _cue_at("Il a dit.", 3, 8, "preposed") == Cue("a dit", Span(3, 8), rule="preposed")
    True
    """
    if end > _MASK:  # a string over 4 G characters: a copy and a Span
        cue = Cue("", _NO_SPAN, rule=rule)
        _point_cue(cue, source, start, end)
        return cue
    c: Any = _new(_CUE_BUILDER)
    c.text = source
    c.span = _Packed(start << 32 | end)
    c.rule = rule
    c.__class__ = Cue
    return c  # type: ignore[no-any-return]


_bind_annotation(Quote)  # Article's annotations name it (frnews.model)
