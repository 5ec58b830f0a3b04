"""The spaCy component: registered by entry point, spans aligned to tokens, typed values."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest
import spacy

import frnews
from frnews.integrations.spacy_component import DATES_KEY, QUOTES_KEY, FrnewsComponent


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("fr")
    pipeline.add_pipe("frnews", config={"published": "2023-10-19"})
    return pipeline


def test_registered_under_the_name_frnews(nlp):
    assert nlp.pipe_names == ["frnews"]
    assert isinstance(nlp.get_pipe("frnews"), FrnewsComponent)


def test_seed_quotes_and_dates_match_parse(nlp, seed_text, seed_published):
    doc = nlp(seed_text)
    art = frnews.parse(seed_text, published=seed_published)
    assert doc._.frnews == art
    quotes = doc.spans[QUOTES_KEY]
    dates = doc.spans[DATES_KEY]
    assert [s._.frnews for s in quotes] == list(art.quotes)
    assert [s._.frnews for s in dates] == list(art.dates)
    assert len(quotes) == 11
    assert len(dates) == 16
    for span in [*quotes, *dates]:
        found = span._.frnews
        # expand alignment: the tokens cover the exact characters frnews found
        assert span.start_char <= found.span.start < found.span.end <= span.end_char
    assert [s._.frnews_speaker for s in quotes].count("Sergueï Lavrov") == 8
    assert [s.label_ for s in dates][:2] == ["DATE", "DURATION"]
    assert dates[0]._.frnews_value.timex == "2023-10-19"


def test_span_alignment_expands_to_whole_tokens(nlp):
    doc = nlp("Le sommet de la mi-septembre a eu lieu.")
    (span,) = doc.spans[DATES_KEY]
    assert span._.frnews.text == "mi-septembre"
    assert span.text.endswith("septembre")


def test_published_on_the_document_wins(nlp):
    doc = nlp.make_doc("Il était arrivé la veille, mercredi.")
    doc._.frnews_published = dt.date(2024, 3, 7)
    doc = nlp.get_pipe("frnews")(doc)
    assert doc._.frnews.published == dt.date(2024, 3, 7)
    assert doc.spans[DATES_KEY][-1]._.frnews_value.timex == "2024-03-06"


def test_without_publication_date_values_stay_unresolved():
    pipeline = spacy.blank("fr")
    pipeline.add_pipe("frnews")
    doc = pipeline("Il a parlé jeudi.")
    assert doc.spans[DATES_KEY][0]._.frnews_value.resolved is False


def test_custom_keys_and_empty_text():
    pipeline = spacy.blank("fr")
    pipeline.add_pipe("frnews", config={"quotes_key": "q", "dates_key": "d"})
    doc = pipeline("")
    assert list(doc.spans["q"]) == []
    assert list(doc.spans["d"]) == []
    assert doc._.frnews.blocks == ()


def test_bad_published_setting_is_a_clear_error():
    pipeline = spacy.blank("fr")
    with pytest.raises(ValueError, match="not an ISO 8601 date"):
        pipeline.add_pipe("frnews", config={"published": "19/10/2023"})


def test_locale_setting():
    quebec = spacy.blank("fr")
    quebec.add_pipe("frnews", config={"published": "2023-07-03", "locale": "fr-CA"})
    doc = quebec("Les syndicats défileront à la fête du Travail.")
    assert [s._.frnews_value.timex for s in doc.spans[DATES_KEY]] == ["2023-09-04"]
    with pytest.raises(ValueError, match="FrnewsComponent\\(\\) argument 'locale' must be one of"):
        spacy.blank("fr").add_pipe("frnews", config={"locale": "en-CA"})


def test_nlp_pipe_and_pickled_articles(nlp):
    texts = ["« Oui », a dit le maire hier.", "(Québec) Rien en 2023."]
    docs = list(nlp.pipe(texts))
    assert [len(d.spans[DATES_KEY]) for d in docs] == [1, 1]
    # the article itself survives pickling
    assert pickle.loads(pickle.dumps(docs[0]._.frnews)) == docs[0]._.frnews
