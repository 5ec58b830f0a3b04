"""Records for data engines: to_record, to_rows and ISO publication dates."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

import frnews
from frnews.integrations.engines import (
    RESERVED_FIELDS,
    parse_published,
    split_record,
    to_record,
    to_rows,
)

TEXT = "MOSCOU, 19 octobre 2023 (Reuters) - Le ministre russe a dénoncé la politique américaine."
OCT_19 = dt.date(2023, 10, 19)


def test_record_is_its_other_fields_plus_the_article_dict():
    record = {"id": "r-1", "url": "https://exemple.fr/a", "text": TEXT, "published": "2023-10-19"}
    assert to_record(record) == {
        "id": "r-1",
        "url": "https://exemple.fr/a",
        "frnews": frnews.parse(TEXT, published=OCT_19).to_dict(),
    }


def test_a_bare_text_gives_only_the_article_dict():
    assert to_record(TEXT, published=OCT_19) == {
        "frnews": frnews.parse(TEXT, published=OCT_19).to_dict()
    }


@pytest.mark.parametrize(
    ("own", "default", "expected"),
    [
        ("2023-10-20", OCT_19, dt.date(2023, 10, 20)),
        (None, OCT_19, OCT_19),
        ("absent", OCT_19, OCT_19),
        (dt.date(2023, 10, 21), None, dt.date(2023, 10, 21)),
        ("2023-10-20T06:15:00Z", None, dt.datetime(2023, 10, 20, 6, 15, tzinfo=dt.timezone.utc)),
    ],
)
def test_a_record_date_overrides_the_default(own, default, expected):
    record = {"text": TEXT} if own == "absent" else {"text": TEXT, "published": own}
    out = to_record(record, published=default)
    assert out["frnews"] == frnews.parse(TEXT, published=expected).to_dict()


def test_locale_is_passed_to_parse():
    record = {"id": 1, "text": "Congé à la fête du Travail.", "published": "2023-07-03"}
    out = to_record(record, locale="fr-CA")
    assert [d["value"]["timex"] for d in out["frnews"]["dates"]] == ["2023-09-04"]
    rows = list(to_rows([record], locale="fr-CA"))
    assert json.loads(rows[0]["frnews"]) == out["frnews"]
    with pytest.raises(ValueError, match="to_record\\(\\) argument 'locale' must be one of"):
        to_record(record, locale="ca")


def test_field_names_are_configurable():
    record = {"corps": TEXT, "date": "2023-10-19", "text": "un autre champ"}
    out = to_record(record, text_field="corps", published_field="date")
    assert out["text"] == "un autre champ"
    assert out["frnews"]["text"] == TEXT
    assert out["frnews"]["published"] == "2023-10-19"


BAD_RECORDS = [
    ({"id": 1}, ValueError, "missing field 'text'"),
    ({"id": 1, "text": None}, TypeError, "field 'text' must be a string, not null"),
    ({"id": 1, "text": 42}, TypeError, "field 'text' must be a string, not number"),
    ({"id": 1, "text": ["Un", "texte"]}, TypeError, "field 'text' must be a string, not array"),
    (
        {"id": 1, "text": TEXT, "published": "19/10/2023"},
        ValueError,
        "field 'published' is not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS±HH:MM): '19/10/2023'",
    ),
    (
        {"id": 1, "text": TEXT, "published": "2023-02-30"},
        ValueError,
        "field 'published' is not a valid date or time: '2023-02-30' (day is out of range for month)",
    ),
    (
        {"id": 1, "text": TEXT, "published": 20231019},
        TypeError,
        "field 'published' must be an ISO 8601 date string or null, not number",
    ),
    (
        {"id": 1, "text": TEXT, "frnews": {}},
        ValueError,
        "field 'frnews' is reserved for the output of frnews; rename it",
    ),
    (
        {"id": 1, "text": TEXT, "error": "aucune"},
        ValueError,
        "field 'error' is reserved for the output of frnews; rename it",
    ),
]


@pytest.mark.parametrize(("record", "error", "message"), BAD_RECORDS)
def test_bad_records_raise_or_become_error_records(record, error, message):
    with pytest.raises(error) as info:
        to_record(record)
    assert str(info.value) == f"to_record() argument 'item': {message}"
    assert to_record(record, errors="record") == {"id": 1, "error": message}


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (b"Texte.", "expected a text (str) or a record (mapping), not bytes: decode it first"),
        (42, "expected a text (str) or a record (mapping), not number"),
        (None, "expected a text (str) or a record (mapping), not null"),
    ],
)
def test_an_item_is_a_text_or_a_mapping(item, message):
    with pytest.raises(TypeError) as info:
        to_record(item)
    assert str(info.value) == f"to_record() argument 'item': {message}"
    assert to_record(item, errors="record") == {"error": message}


def test_errors_must_be_raise_or_record():
    with pytest.raises(TypeError, match="'errors' must be 'raise' or 'record', not 'ignore'"):
        to_record(TEXT, errors="ignore")


def test_rows_have_the_same_columns_and_never_raise():
    items = [{"id": i, "text": TEXT, "published": p} for i, p in enumerate(["2023-10-19", None])]
    items.append({"id": 2, "text": 7, "published": None})
    rows = list(to_rows(items))
    assert [sorted(r) for r in rows] == [["error", "frnews", "id"]] * 3
    assert [r["error"] for r in rows] == [None, None, "field 'text' must be a string, not number"]
    assert json.loads(rows[0]["frnews"]) == to_record(items[0])["frnews"]
    assert rows[2]["frnews"] is None


def test_rows_read_any_iterable_lazily():
    def texts():
        yield "(Québec) Un."
        yield "(Québec) Deux."

    rows = to_rows(texts(), published=OCT_19)
    assert json.loads(next(rows)["frnews"])["published"] == "2023-10-19"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-10-19", OCT_19),
        ("2023-10-19T08:30", dt.datetime(2023, 10, 19, 8, 30)),
        ("2023-10-19 08:30:15", dt.datetime(2023, 10, 19, 8, 30, 15)),
        ("2023-10-19T08:30:15.5", dt.datetime(2023, 10, 19, 8, 30, 15, 500000)),
        ("2023-10-19T08:30:15,123456", dt.datetime(2023, 10, 19, 8, 30, 15, 123456)),
        ("2023-10-19T08:30:00Z", dt.datetime(2023, 10, 19, 8, 30, tzinfo=dt.timezone.utc)),
        (
            "2023-10-19T08:30:00-04:00",
            dt.datetime(2023, 10, 19, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=-4))),
        ),
        (
            "2023-10-19T08:30:00+0530",
            dt.datetime(2023, 10, 19, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))),
        ),
    ],
)
def test_iso_publication_dates(text, expected):
    value = parse_published(text)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize(
    "text",
    [
        "19/10/2023",
        "19 octobre 2023",
        "2023-10",
        "20231019",
        "2023-10-19T",
        "2023-10-19T8:30",
        " 2023-10-19",
        "2023-13-01",
        "2023-10-19T24:00",
        "2023-10-19T08:30+25:00",
        "",
    ],
)
def test_not_iso_publication_dates(text):
    with pytest.raises(ValueError, match=r"not an ISO 8601 date|not a valid date or time"):
        parse_published(text)


@given(st.datetimes(timezones=st.none() | st.just(dt.timezone(dt.timedelta(hours=2)))))
def test_isoformat_round_trips(moment):
    assert parse_published(moment.isoformat()) == moment
    assert parse_published(moment.date().isoformat()) == moment.date()


def test_split_record_keeps_non_reserved_fields_in_order():
    text, pub, fields = split_record(
        {"a": 1, "text": TEXT, "b": [2], "published": None, "c": {"d": 3}}, published=OCT_19
    )
    assert (text, pub, list(fields.items())) == (
        TEXT,
        OCT_19,
        [("a", 1), ("b", [2]), ("c", {"d": 3})],
    )
    assert RESERVED_FIELDS == ("frnews", "error")


def test_import_frnews_loads_no_engine():
    code = (
        "import sys, frnews; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', "
        "'pandas', 'multiprocessing', 'concurrent') or m.startswith('frnews.integrations')))"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert r.stdout.strip() == "[]"
