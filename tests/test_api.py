"""The public API: argument checks, empty input, the article model and its JSON form."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import pickle

import attrs
import pytest

import frnews
from frnews import Article, Block, BlockKind, Span


@pytest.mark.parametrize("func", [frnews.parse, frnews.segment, frnews.find_dateline])
@pytest.mark.parametrize(
    ("value", "message"),
    [
        (None, "argument 'text' must be str, not NoneType"),
        (b"(Pyongyang) Le", "must be str, not bytes: decode it first"),
        (bytearray(b"x"), "must be str, not bytearray: decode it first"),
        (42, "must be str, not int"),
        (["texte"], "must be str, not list"),
    ],
)
def test_non_str_text_raises_type_error(func, value, message):
    with pytest.raises(TypeError, match=message.replace("(", r"\(")) as info:
        func(value)
    assert info.value.args[0].startswith(func.__name__ + "()")


@pytest.mark.parametrize(
    ("published", "message"),
    [
        (
            "2023-10-19",
            r"'published' must be a datetime.date.*not str: use datetime.date.fromisoformat\('2023-10-19'\)",
        ),
        (20231019, r"'published' must be a datetime.date.*not int"),
    ],
)
def test_bad_published_raises_type_error(published, message):
    with pytest.raises(TypeError, match=message):
        frnews.parse("Texte.", published=published)


@pytest.mark.parametrize(
    "published", [dt.date(2023, 10, 19), dt.datetime(2023, 10, 19, 8, 30), None]
)
def test_published_kept_as_given(published):
    assert frnews.parse("Texte.", published=published).published == published


@pytest.mark.parametrize(
    "text", ["", " ", "\n\n\n", "\N{NO-BREAK SPACE}\t\r\n", "\N{ZERO WIDTH NO-BREAK SPACE}"]
)
def test_blank_text_gives_an_empty_article(text):
    art = frnews.parse(text)
    assert (art.dateline, art.blocks, art.headings, art.photo_credits, art.body) == (
        None,
        (),
        (),
        (),
        "",
    )
    assert art.text == text


def test_article_is_frozen_and_picklable(seed_text):
    art = frnews.parse(seed_text)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        art.body = ""  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(art)) == art


def test_to_dict_is_json_ready(seed_text, seed_published):
    art = frnews.parse(seed_text, published=seed_published)
    data = json.loads(json.dumps(art.to_dict()))
    assert data["published"] == "2023-10-19"
    assert data["dateline"] == {
        "text": "(Pyongyang)",
        "span": {"start": 0, "end": 11},
        "place": "Pyongyang",
        "agency": None,
        "date": None,
    }
    assert data["photo_credits"][0]["caption"]["kind"] == "caption"
    assert {b["kind"] for b in data["blocks"]} == {
        "dateline",
        "paragraph",
        "heading",
        "photo_credit",
        "caption",
    }


def test_span_rejects_bad_bounds():
    with pytest.raises(ValueError, match="0 <= start <= end"):
        Span(5, 2)
    with pytest.raises(ValueError, match="0 <= start <= end"):
        Span(-1, 2)


def test_blocks_cover_the_text_in_order(seed_text):
    blocks = frnews.segment(seed_text)
    assert list(blocks) == sorted(blocks, key=lambda b: b.span)
    for a, b in itertools.pairwise(blocks):
        assert a.span.end <= b.span.start
    covered = "".join(seed_text[b.span.start : b.span.end] for b in blocks)
    assert len(covered) > 0.97 * len(seed_text.replace("\n", ""))


def test_body_excludes_credits_captions_furniture_and_bylines():
    text = (
        "Par Jean Dupont\n\n"
        "MONTRÉAL — Le maire a démissionné jeudi.\n\n"
        "PHOTO ALAIN ROBERGE, LA PRESSE\n\n"
        "Le maire, à l’hôtel de ville\n\n"
        "Lire aussi : Le conseil municipal en crise\n\n"
        "Une élection partielle\n\n"
        "Elle aura lieu en mars."
    )
    art = frnews.parse(text)
    assert (
        art.body
        == "Le maire a démissionné jeudi.\n\nUne élection partielle\n\nElle aura lieu en mars."
    )
    assert [b.kind for b in art.blocks] == [
        BlockKind.BYLINE,
        BlockKind.DATELINE,
        BlockKind.PARAGRAPH,
        BlockKind.PHOTO_CREDIT,
        BlockKind.CAPTION,
        BlockKind.FURNITURE,
        BlockKind.HEADING,
        BlockKind.PARAGRAPH,
    ]


def test_every_public_name_is_exported():
    for name in frnews.__all__:
        assert hasattr(frnews, name), name
    assert isinstance(frnews.__version__, str)


def test_block_kind_values_are_stable():
    assert [k.value for k in BlockKind] == [
        "paragraph",
        "heading",
        "dateline",
        "photo_credit",
        "caption",
        "byline",
        "furniture",
    ]


def test_result_types_are_slotted():
    for cls in (Span, Block, Article, frnews.Dateline, frnews.PhotoCredit):
        assert "__slots__" in cls.__dict__, cls
