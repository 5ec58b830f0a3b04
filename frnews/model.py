"""Result types of frnews: frozen, slotted attrs classes with exact spans.

Every object that carries a ``text`` also carries the :class:`Span` it was read from, and
``source[span.start:span.end] == text`` always holds for the string that was parsed.
Every class has ``to_dict()``, which returns data that :func:`json.dumps` accepts.

The blocks, date mentions, quotes, speakers and cues that the library returns hold a
reference to the parsed string and their offsets, not a copy of their text: ``text`` and
``span`` are built on access (same values, ``==``, ``hash``, pickling as an object built by
its constructor). Such an object keeps the whole parsed string alive.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from collections.abc import Callable

    from frnews.dates.model import DateMention
    from frnews.quotes.model import Quote

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "Dateline",
    "PhotoCredit",
    "Span",
    "jsonable",
]


def jsonable(value: Any) -> Any:
    """Turn a result object, or any structure of them, into JSON-ready data.

    attrs objects become dicts (through their own ``to_dict`` when they have one), enums
    their value, dates and datetimes ISO 8601 strings, tuples lists.

    >>> jsonable({"when": dt.date(2023, 10, 19), "kind": BlockKind.HEADING})
    {'when': '2023-10-19', 'kind': 'heading'}
    """
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=repr) if isinstance(value, (set, frozenset)) else value
        return [jsonable(v) for v in items]
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if attrs.has(type(value)):
        return {f.name: jsonable(getattr(value, f.name)) for f in attrs.fields(type(value))}
    return str(value)


def _fields_dict(obj: Any) -> dict[str, Any]:
    return {f.name: jsonable(getattr(obj, f.name)) for f in attrs.fields(type(obj))}


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the original string.

    >>> text = "(Pyongyang) Le dirigeant"
    >>> span = Span(0, 11)
    >>> text[span.start:span.end], len(span)
    ('(Pyongyang)', 11)
    """

    #: Offset of the first character.
    start: int
    #: Offset just past the last character.
    end: int

    def __attrs_post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            msg = f"Span needs 0 <= start <= end, got start={self.start}, end={self.end}"
            raise ValueError(msg)

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character.

        >>> Span(0, 5).overlaps(Span(4, 9)), Span(0, 5).overlaps(Span(5, 9))
        (True, False)
        """
        return self.start < other.end and other.start < self.end

    def to_dict(self) -> dict[str, int]:
        """JSON-ready form.

        >>> Span(0, 11).to_dict()
        {'start': 0, 'end': 11}
        """
        return {"start": self.start, "end": self.end}


# Results that hold their text as the parsed string plus offsets.
#
# A parse makes tens of thousands of blocks and date mentions; a copy of each one's text
# and a Span object (with two int objects) each cost more memory than the text itself.
# The classes below keep their attrs fields (``text``, ``span``: same values, ``==``,
# ``hash``, ``repr``, pickling, ``attrs.evolve``), but the two slots are read through
# properties: an object built by the library holds, in the ``text`` slot, the string that
# was parsed (a reference, not a copy) and, in the ``span`` slot, its offsets packed into
# one int (a :class:`_Packed`); ``text`` slices on access and ``span`` builds the Span.
# An object built by its public constructor holds what it was given, unchanged.


class _Packed(int):
    """``start << 32 | end``: the offsets of an object whose ``text`` slot holds the whole
    source string (its own class, so that no user value is ever read as one).

    >>> p = _Packed(5 << 32 | 9)
    >>> p >> 32, p & _MASK
    (5, 9)
    """

    __slots__ = ()


#: The low 32 bits of a packed pair of offsets.
_MASK = (1 << 32) - 1
_new = object.__new__

#: The slot descriptors of the fields that :func:`_source_backed` and :func:`_packed_span`
#: read through properties, by class: ``{cls: {name: slot descriptor}}``.
_RAW_SLOTS: dict[type, dict[str, Any]] = {}


def _builder(cls: type) -> type:
    """A private subclass of ``cls`` whose instances are filled by plain assignment.

    An attrs frozen class refuses ``obj.x = v`` (its ``__setattr__`` raises), so the
    library's fast constructors would set each slot through its descriptor's ``__set__``:
    one call, with an argument tuple, per field. The subclass adds no slot (same layout)
    and takes the plain ``object`` assignment, which the interpreter stores straight into
    the slot; once every field is set, the object's ``__class__`` is set to ``cls``, and
    it is then exactly an object built by ``cls``'s constructor (same type, same slot
    values: ``==``, ``hash``, ``repr``, pickling, frozen-ness all the same). The class
    change costs about what two slot setters cost: it pays from three fields on.

    >>> sp = _new(_builder(Span))
    >>> sp.start, sp.end = 3, 8
    >>> sp.__class__ = Span
    >>> type(sp) is Span, sp == Span(3, 8)
    (True, True)
    """
    namespace: dict[str, Any] = {
        "__slots__": (),
        "__setattr__": object.__setattr__,
        "__delattr__": object.__delattr__,
        **_RAW_SLOTS.get(cls, {}),  # the slots themselves, not the properties over them
    }
    return type(f"_{cls.__name__}Builder", (cls,), namespace)


# Two fields: two slot setters cost less than the builder's class change.
_SPAN_START = Span.__dict__["start"].__set__
_SPAN_END = Span.__dict__["end"].__set__


def _span(start: int, end: int) -> Span:
    """``Span(start, end)`` for offsets known valid, built without the check.

    >>> _span(3, 8) == Span(3, 8), type(_span(3, 8)) is Span
    (True, True)
    """
    sp: Span = _new(Span)
    _SPAN_START(sp, start)
    _SPAN_END(sp, end)
    return sp


#: For each class read through :func:`_source_backed`: ``obj -> (span.start, span.end)``,
#: without building the Span.
_BOUNDS: dict[type, Callable[[Any], tuple[int, int]]] = {}


def _source_backed(cls: type) -> Callable[[Any, str, int, int], None]:
    """Read ``cls``'s ``text`` and ``span`` slots through properties (see above).

    Returns the function that points an instance at ``source[start:end]``.
    """
    text_slot = cls.__dict__["text"]
    span_slot = cls.__dict__["span"]
    _RAW_SLOTS.setdefault(cls, {}).update(text=text_slot, span=span_slot)
    get_text, set_text = text_slot.__get__, text_slot.__set__
    get_span, set_span = span_slot.__get__, span_slot.__set__

    def text(self: Any) -> str:
        v = get_span(self)
        if v.__class__ is _Packed:
            return get_text(self)[v >> 32 : v & _MASK]  # type: ignore[no-any-return]
        return get_text(self)  # type: ignore[no-any-return]

    def span(self: Any) -> Span:
        v = get_span(self)
        if v.__class__ is _Packed:
            return _span(v >> 32, v & _MASK)
        return v  # type: ignore[no-any-return]

    def point(obj: Any, source: str, start: int, end: int) -> None:
        if end > _MASK:  # a string over 4 G characters: a copy and a Span
            set_text(obj, source[start:end])
            set_span(obj, Span(start, end))
            return
        set_text(obj, source)
        set_span(obj, _Packed(start << 32 | end))

    def bounds(obj: Any) -> tuple[int, int]:
        v = get_span(obj)
        if v.__class__ is _Packed:
            return v >> 32, v & _MASK
        return v.start, v.end

    _BOUNDS[cls] = bounds
    text.__doc__ = """The text, exactly as in the original string.

        >>> import frnews
        >>> frnews.segment("Titre\\n\\nIl a parlé.")[1].text
        'Il a parlé.'
        """
    span.__doc__ = """Where the text is in the original string.

        >>> import frnews
        >>> frnews.segment("Titre\\n\\nIl a parlé.")[1].span
        Span(start=7, end=18)
        """
    setattr(cls, "text", property(text, set_text))  # noqa: B010
    setattr(cls, "span", property(span, set_span))  # noqa: B010
    return point


def _packed_span(cls: type, name: str) -> Callable[[Any, int, int], None]:
    """Read the Span field ``name`` of ``cls`` through a property, like ``span`` above.

    Returns the function that stores ``Span(start, end)`` in an instance as one packed
    int (the Span is built on access).
    """
    slot = cls.__dict__[name]
    _RAW_SLOTS.setdefault(cls, {})[name] = slot
    get_slot, set_slot = slot.__get__, slot.__set__

    def value(self: Any) -> Span:
        v = get_slot(self)
        if v.__class__ is _Packed:
            return _span(v >> 32, v & _MASK)
        return v  # type: ignore[no-any-return]

    def store(obj: Any, start: int, end: int) -> None:
        set_slot(obj, _Packed(start << 32 | end) if end <= _MASK else Span(start, end))

    value.__doc__ = """Where the quote, with its quotation marks, is in the original string.

        >>> import frnews
        >>> frnews.find_quotes("Il a dit « non ».")[0].outer_span
        Span(start=9, end=16)
        """
    setattr(cls, name, property(value, set_slot))
    return store


class BlockKind(str, enum.Enum):
    """What a block of an article is.

    >>> BlockKind("heading") is BlockKind.HEADING
    True
    """

    #: Body text.
    PARAGRAPH = "paragraph"
    #: An intertitle, a short stand-alone line inside the article (or its title).
    HEADING = "heading"
    #: The place (and agency, date) that opens a wire story: ``(Pyongyang)``.
    DATELINE = "dateline"
    #: A photo credit: ``PHOTO AGENCE KCNA PAR REUTERS``, ``© Reuters``.
    PHOTO_CREDIT = "photo_credit"
    #: The caption of a photo, linked to its credit.
    CAPTION = "caption"
    #: An author line: ``Par Jean Dupont``, ``Agence France-Presse``, ``Le Monde avec AFP``.
    BYLINE = "byline"
    #: Related links and site furniture: ``Lire aussi``, ``Partager``, ``Publicité``.
    FURNITURE = "furniture"

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class Block:
    """A line or paragraph of an article, classified.

    >>> b = Block(BlockKind.HEADING, "Livraisons en cours ?", Span(2109, 2130))
    >>> b.kind.value, b.to_dict()["span"]
    ('heading', {'start': 2109, 'end': 2130})
    """

    #: What the block is.
    kind: BlockKind
    #: The block's text, exactly as in the original string.
    text: str
    #: Where the text is in the original string.
    span: Span

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form.

        >>> Block(BlockKind.PARAGRAPH, "Moscou a dénoncé.", Span(0, 17)).to_dict()["kind"]
        'paragraph'
        """
        return _fields_dict(self)


_point_block = _source_backed(Block)
#: ``(block.span.start, block.span.end)``, read without building the Span (hot paths).
_block_bounds = _BOUNDS[Block]
_BLOCK_BUILDER = _builder(Block)


def _block(kind: BlockKind, source: str, start: int, end: int) -> Block:
    """``Block(kind, source[start:end], Span(start, end))``, holding ``source`` itself.

    >>> b = _block(BlockKind.PARAGRAPH, "Titre. Il a parlé.", 7, 18)
    >>> b == Block(BlockKind.PARAGRAPH, "Il a parlé.", Span(7, 18)), b.text
    (True, 'Il a parlé.')
    """
    b: Any = _new(_BLOCK_BUILDER)
    b.kind = kind
    if end > _MASK:  # a string over 4 G characters: a copy and a Span
        b.__class__ = Block
        _point_block(b, source, start, end)
        return b  # type: ignore[no-any-return]
    b.text = source  # what _point_block does, without its call (a hot path)
    b.span = _Packed(start << 32 | end)
    b.__class__ = Block
    return b  # type: ignore[no-any-return]


@attrs.frozen
class Dateline:
    """The dateline that opens a story: place, agency and date where the text gives them.

    >>> d = Dateline("(Pyongyang)", Span(0, 11), place="Pyongyang")
    >>> d.place, d.agency, d.date
    ('Pyongyang', None, None)
    """

    #: The dateline as printed, without the separator that follows it.
    text: str
    #: Where it is in the original string.
    span: Span
    #: The place name as printed (``Pyongyang``, ``MOSCOU``, ``Saint-Jean-sur-Richelieu``).
    place: str | None = None
    #: The news agency named in the dateline (``AFP``, ``Reuters``), if any.
    agency: str | None = None
    #: The date given in the dateline, if any.
    date: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form.

        >>> Dateline("PARIS (AFP)", Span(0, 11), place="PARIS", agency="AFP").to_dict()["agency"]
        'AFP'
        """
        return _fields_dict(self)


@attrs.frozen
class PhotoCredit:
    """A photo credit, with the caption it belongs to and what it names.

    >>> c = PhotoCredit("© Reuters", Span(0, 9), agency="Reuters")
    >>> c.agency, c.caption
    ('Reuters', None)
    """

    #: The credit exactly as printed.
    text: str
    #: Where it is in the original string.
    span: Span
    #: The caption block the credit belongs to, when one is adjacent.
    caption: Block | None = None
    #: The photographer (or illustrator) named by the credit.
    photographer: str | None = None
    #: The agency, newspaper or source named by the credit.
    agency: str | None = None
    #: What is credited: ``photo``, ``illustration``, ``screenshot``, ``infographic``,
    #: ``video`` or ``image``.
    medium: str = "photo"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form.

        >>> PhotoCredit("© Reuters", Span(0, 9), agency="Reuters").to_dict()["medium"]
        'photo'
        """
        return _fields_dict(self)


_PHOTO_CREDIT_BUILDER = _builder(PhotoCredit)


def _photo_credit(
    source: str,
    start: int,
    end: int,
    caption: Block | None,
    photographer: str | None,
    agency: str | None,
    medium: str,
) -> PhotoCredit:
    """``PhotoCredit(source[start:end], Span(start, end), caption, photographer, agency,
    medium)``, filled by plain assignment (see :func:`_builder`): a fraction of the cost of
    the frozen constructor (the segmenter makes one for each credit).

    >>> _photo_credit("Texte. © Reuters", 7, 16, None, None, "Reuters", "photo") == PhotoCredit(
    ...     "© Reuters", Span(7, 16), agency="Reuters")
    True
    """
    c: Any = _new(_PHOTO_CREDIT_BUILDER)
    c.text, c.span, c.caption = source[start:end], _span(start, end), caption
    c.photographer, c.agency, c.medium = photographer, agency, medium
    c.__class__ = PhotoCredit
    return c  # type: ignore[no-any-return]


@attrs.frozen
class Article:
    """A parsed article: the original text and its structure.

    Build one with :func:`frnews.parse`.

    >>> import frnews
    >>> art = frnews.parse("(Québec) Le premier ministre a parlé.")
    >>> art.dateline.place, art.body
    ('Québec', 'Le premier ministre a parlé.')
    """

    #: The text that was parsed, unchanged.
    text: str
    #: The publication date given to :func:`frnews.parse`, if any.
    published: dt.date | dt.datetime | None
    #: The dateline, if the story opens with one.
    dateline: Dateline | None
    #: Every block of the article, in text order.
    blocks: tuple[Block, ...]
    #: The intertitles (``HEADING`` blocks), in text order.
    headings: tuple[Block, ...]
    #: The photo credits, each with its caption, in text order.
    photo_credits: tuple[PhotoCredit, ...]
    #: The quotations « … » with their speakers, in text order (:class:`frnews.Quote`).
    quotes: tuple[Quote, ...]
    #: The temporal expressions, resolved against ``published`` (or the dateline's date),
    #: in text order; none are taken from photo credits, bylines or site furniture.
    dates: tuple[DateMention, ...]
    # The body given to the constructor (``body=``), if any; :func:`frnews.parse` leaves it
    # out and :attr:`body` joins the blocks on access (no second copy of the text is kept).
    _body: str | None = attrs.field(default=None, eq=False, repr=False)

    @property
    def body(self) -> str:
        """The headings and paragraphs, joined by blank lines.

        That is the article text without dateline, credits, captions, bylines and site
        furniture. It is computed from :attr:`blocks` on each access (unless given to the
        constructor as ``body=``).

        >>> import frnews
        >>> frnews.parse("PHOTO REUTERS\\n\\nLe ministre\\n\\nIl a parlé.\\n\\nFin.").body
        'Il a parlé.\\n\\nFin.'
        """
        if self._body is not None:
            return self._body
        return "\n\n".join(b.text for b in self.blocks if b.kind in _BODY_KINDS)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, as printed by ``frnews --json``.

        >>> import frnews, json
        >>> d = frnews.parse("Livraisons en cours ?\\n\\nMoscou a dénoncé.").to_dict()
        >>> [b["kind"] for b in d["blocks"]], d["body"], json.dumps(d) != ""
        (['heading', 'paragraph'], 'Livraisons en cours ?\\n\\nMoscou a dénoncé.', True)
        """
        out = {
            f.name: jsonable(getattr(self, f.name))
            for f in attrs.fields(type(self))
            if f.name != "_body"
        }
        out["body"] = self.body
        return out


#: The blocks that make an article's body.
_BODY_KINDS = (BlockKind.PARAGRAPH, BlockKind.HEADING)


def _bind_annotation(cls: type) -> None:
    """Bind ``cls`` here: :class:`~frnews.dates.model.DateMention` and
    :class:`~frnews.quotes.model.Quote`, which Article's annotations name, so that they can
    be evaluated (``typing.get_type_hints``, autodoc) whichever frnews module a program
    imports first.

    Their modules import :class:`Span` and the others from here, so this module cannot
    import them first: it imports them last (see the end of this file), and each binds its
    class as it is defined. The class is bound into its own ``__init__``'s globals too,
    for a field that holds its own kind (``Quote.nested``).

    >>> import typing, frnews.model
    >>> typing.get_type_hints(frnews.model.Article)["dates"]
    tuple[frnews.dates.model.DateMention, ...]
    >>> typing.get_type_hints(frnews.model.Article.__init__)["quotes"]
    tuple[frnews.quotes.model.Quote, ...]
    >>> typing.get_type_hints(frnews.quotes.model.Quote.__init__)["nested"]
    tuple[frnews.quotes.model.Quote, ...]
    """
    # attrs compiles an __init__ with a copy of its module's globals, taken before the
    # class existed: bind it there too
    own_init = vars(cls)["__init__"]  # the class's own, that attrs wrote
    for namespace in (globals(), Article.__init__.__globals__, own_init.__globals__):
        namespace[cls.__name__] = cls


# Last, once every name they import from here exists: the modules of the classes that
# Article's annotations name, each of which binds its class here (_bind_annotation). When
# one of them is being imported already (it imported this module), the import below finds
# it and goes on; it binds its class when it gets there.
from frnews.dates import model as _dates_model  # noqa: E402, F401
from frnews.quotes import model as _quotes_model  # noqa: E402, F401
