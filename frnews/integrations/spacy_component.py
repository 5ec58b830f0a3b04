"""frnews as a spaCy pipeline component: ``nlp.add_pipe("frnews")``.

Install the extra (``pip install 'frnews[spacy]'``): the component is registered under the
name ``frnews`` through the ``spacy_factories`` entry point, so no import is needed. It runs
:func:`frnews.parse` on ``doc.text`` and fills:

- ``doc._.frnews``: the :class:`frnews.Article`;
- ``doc.spans["frnews_quotes"]``: one span a quote (the quoted words, label ``full`` or
  ``fragment``), with ``span._.frnews`` the :class:`frnews.Quote` and
  ``span._.frnews_speaker`` its speaker's name (or mention) or None;
- ``doc.spans["frnews_dates"]``: one span a temporal expression (label ``DATE``, ``TIME``,
  ``DURATION`` or ``SET``), with ``span._.frnews`` the :class:`frnews.DateMention` and
  ``span._.frnews_value`` its :class:`frnews.TemporalValue`.

Spans are aligned to spaCy's tokens with ``doc.char_span(start, end,
alignment_mode="expand")``: a span covers the tokens that overlap the characters frnews
found, while ``span._.frnews`` keeps the exact offsets.

Relative dates are resolved against the publication date: the component's ``published``
setting (an ISO 8601 date, for every document), or ``doc._.frnews_published`` (a
:class:`datetime.date` or :class:`datetime.datetime`) set on a document before the
component runs, which wins. The ``locale`` setting (``"fr-FR"`` by default, or
``"fr-CA"``, ``"fr-BE"``, ``"fr-CH"``) says whose calendar the holidays follow.

>>> import spacy
>>> nlp = spacy.blank("fr")
>>> _ = nlp.add_pipe("frnews", config={"published": "2023-10-19"})
>>> doc = nlp("« Nous nous opposons à cette ligne », a ajouté jeudi M. Lavrov.")
>>> [(s.text, s.label_, s._.frnews_speaker) for s in doc.spans["frnews_quotes"]]
[('Nous nous opposons à cette ligne', 'full', 'Lavrov')]
>>> [(s.text, s._.frnews_value.timex) for s in doc.spans["frnews_dates"]]
[('jeudi', '2023-10-19')]
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc, Span

import frnews
from frnews._check import check_locale
from frnews.integrations.engines import parse_published

__all__ = ["DATES_KEY", "QUOTES_KEY", "FrnewsComponent", "make_frnews"]

#: The ``doc.spans`` key of the quotes.
QUOTES_KEY = "frnews_quotes"
#: The ``doc.spans`` key of the temporal expressions.
DATES_KEY = "frnews_dates"


def _register_extensions() -> None:
    """Declare the ``._.frnews…`` attributes once (spaCy keeps them per process)."""
    if not Doc.has_extension("frnews"):
        Doc.set_extension("frnews", default=None)
    if not Doc.has_extension("frnews_published"):
        Doc.set_extension("frnews_published", default=None)
    for name in ("frnews", "frnews_value", "frnews_speaker"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


class FrnewsComponent:
    """The pipeline component: parses each document with frnews and stores the result.

    Build it with ``nlp.add_pipe("frnews", config={...})``; the settings are those of
    :func:`make_frnews`.

    >>> import spacy
    >>> from frnews.integrations.spacy_component import FrnewsComponent
    >>> nlp = spacy.blank("fr")
    >>> component = nlp.add_pipe("frnews")
    >>> isinstance(component, FrnewsComponent), component.quotes_key
    (True, 'frnews_quotes')
    """

    def __init__(
        self,
        *,
        published: str | None = None,
        quotes_key: str = QUOTES_KEY,
        dates_key: str = DATES_KEY,
        locale: str = "fr-FR",
    ) -> None:
        _register_extensions()
        check_locale(locale, "FrnewsComponent")
        if published is not None and not isinstance(published, str):
            kind = type(published).__name__
            msg = f"frnews component: 'published' must be an ISO 8601 string or None, not {kind}"
            raise TypeError(msg)
        #: The publication date for every document, or None.
        self.published: dt.date | dt.datetime | None = (
            parse_published(published) if published else None
        )
        #: The ``doc.spans`` key of the quotes.
        self.quotes_key = quotes_key
        #: The ``doc.spans`` key of the temporal expressions.
        self.dates_key = dates_key
        #: Whose calendar the holidays follow (see :func:`frnews.find_dates`).
        self.locale = locale

    def __call__(self, doc: Doc) -> Doc:
        """Parse ``doc.text`` and fill ``doc._.frnews`` and the two span groups.

        >>> import spacy
        >>> nlp = spacy.blank("fr")
        >>> _ = nlp.add_pipe("frnews")
        >>> doc = nlp.make_doc("(Québec) Le ministre a parlé hier.")
        >>> import datetime
        >>> doc._.frnews_published = datetime.date(2023, 10, 19)
        >>> doc = nlp.get_pipe("frnews")(doc)
        >>> doc._.frnews.dateline.place, doc.spans["frnews_dates"][0]._.frnews_value.timex
        ('Québec', '2023-10-18')
        """
        published = doc._.frnews_published or self.published
        article = frnews.parse(doc.text, published=published, locale=self.locale)
        doc._.frnews = article
        quotes: list[Span] = []
        for quote in article.quotes:
            span = doc.char_span(
                quote.span.start,
                quote.span.end,
                label=quote.kind.value,
                alignment_mode="expand",
            )
            if span is None:  # only whitespace between the guillemets
                continue
            span._.frnews = quote
            if quote.speaker is not None:
                span._.frnews_speaker = quote.speaker.name or quote.speaker.text
            quotes.append(span)
        dates: list[Span] = []
        for mention in article.dates:
            span = doc.char_span(
                mention.span.start,
                mention.span.end,
                label=mention.value.type.value,
                alignment_mode="expand",
            )
            if span is None:
                continue
            span._.frnews = mention
            span._.frnews_value = mention.value
            dates.append(span)
        doc.spans[self.quotes_key] = quotes
        doc.spans[self.dates_key] = dates
        return doc


@Language.factory(
    "frnews",
    default_config={
        "published": None,
        "quotes_key": QUOTES_KEY,
        "dates_key": DATES_KEY,
        "locale": "fr-FR",
    },
)
def make_frnews(
    nlp: Language,
    name: str,
    published: str | None,
    quotes_key: str,
    dates_key: str,
    locale: str = "fr-FR",
) -> FrnewsComponent:
    """The factory spaCy calls for ``nlp.add_pipe("frnews", config=…)``.

    Args:
        nlp: The pipeline (unused: frnews needs no vocabulary).
        name: The component's name in the pipeline.
        published: An ISO 8601 publication date for every document (``"2023-10-19"``),
            or None; ``doc._.frnews_published`` overrides it per document.
        quotes_key: The ``doc.spans`` key for the quotes.
        dates_key: The ``doc.spans`` key for the temporal expressions.
        locale: Whose calendar the holidays follow: ``"fr-FR"``, ``"fr-CA"``, ``"fr-BE"``
            or ``"fr-CH"`` (see :func:`frnews.find_dates`).

    >>> import spacy
    >>> nlp = spacy.blank("fr")
    >>> _ = nlp.add_pipe("frnews", name="news", config={"dates_key": "dates"})
    >>> doc = nlp("Hier.")
    >>> nlp.pipe_names, "dates" in doc.spans
    (['news'], True)
    >>> quebec = spacy.blank("fr")
    >>> _ = quebec.add_pipe("frnews", config={"published": "2023-07-03", "locale": "fr-CA"})
    >>> doc = quebec("Congé à la fête du Travail.")
    >>> [s._.frnews_value.timex for s in doc.spans["frnews_dates"]]
    ['2023-09-04']
    """
    del nlp, name
    return FrnewsComponent(
        published=published, quotes_key=quotes_key, dates_key=dates_key, locale=locale
    )
