"""The public date API: argument checks, values without a reference, Article.dates, CLI."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import frnews
from frnews.cli import main

REF = dt.date(2023, 10, 19)


@pytest.mark.parametrize("func", [frnews.find_dates, frnews.parse_date])
def test_reference_must_be_a_date(func):
    with pytest.raises(TypeError, match=r"argument 'reference' must be a datetime\.date"):
        func("hier", reference="2023-10-19")


@pytest.mark.parametrize("func", [frnews.find_dates, frnews.parse_date])
def test_prefer_must_be_known(func):
    with pytest.raises(ValueError, match="argument 'prefer' must be one of 'auto', 'past'"):
        func("lundi", prefer="forward")
    with pytest.raises(TypeError, match="argument 'prefer' must be a str"):
        func("lundi", prefer=1)


def test_text_must_be_str():
    with pytest.raises(TypeError, match="find_dates\\(\\) argument 'text' must be str, not bytes"):
        frnews.find_dates(b"hier")
    with pytest.raises(TypeError, match="parse_date\\(\\) argument 'expression' must be str"):
        frnews.parse_date(None)


@pytest.mark.parametrize(
    ("expression", "timex"),
    [
        ("mi-septembre", "XXXX-09"),
        ("jeudi", "XXXX-WXX-4"),
        ("hier", "XXXX-XX-XX"),
        ("la semaine dernière", "XXXX-WXX"),
        ("cette année", "XXXX"),
        ("19 octobre", "XXXX-10-19"),
        ("ce matin", "XXXX-XX-XXTMO"),
        ("il y a trois ans", "XXXX"),
        # a night read with its last day is still the night of the day before it
        ("la nuit de jeudi à vendredi dernier", "XXXX-WXX-4TNI"),
        ("la nuit de samedi à dimanche dernier, vers 23 h 30", "XXXX-WXX-6T23:30"),
        ("la nuit de samedi à dimanche dernier, vers 3 h", "XXXX-WXX-7T03:00"),
    ],
)
def test_without_reference_nothing_is_invented(expression, timex):
    v = frnews.parse_date(expression)
    assert (v.timex, v.resolved, v.start, v.end) == (timex, False, None, None)


@pytest.mark.parametrize(
    "expression", ["19 octobre 2023", "deux jours", "le XXe siècle", "2023-Q1"[:4]]
)
def test_absolute_values_need_no_reference(expression):
    v = frnews.parse_date(expression)
    assert v.resolved is True


def test_narrative_anchor_works_without_reference():
    ms = frnews.find_dates("Le 3 mars 2021, il est arrivé; le lendemain, il est reparti.")
    assert [(m.text, m.value.timex, m.value.resolved) for m in ms] == [
        ("3 mars 2021", "2021-03-03", True),
        ("le lendemain", "2021-03-04", True),
    ]


def test_to_dict_is_plain_json():
    m = frnews.find_dates("Il est arrivé vers 9 h.", reference=REF)[0]
    d = m.to_dict()
    assert d["span"] == {"start": 14, "end": 22}
    assert (d["value"]["type"], d["value"]["mod"]) == ("TIME", "APPROX")
    assert (d["value"]["grain"], d["value"]["start"]) == ("hour", "2023-10-19T09:00:00")
    json.dumps(d)


def test_fallback_reads_odd_absolute_formats():
    v = frnews.parse_date("le 19 de octubre de 2023", reference=REF)
    assert v is None or v.timex == "2023-10-19"


def test_article_dates_use_published(seed_text, seed_published):
    art = frnews.parse(seed_text, published=seed_published)
    assert [m.text for m in art.dates][:3] == ["jeudi", "deux jours", "jeudi"]
    assert art.dates[0].value.timex == "2023-10-19"


def test_article_dates_fall_back_on_the_dateline_date():
    art = frnews.parse("MOSCOU, 19 octobre 2023 (Reuters) - Le ministre a parlé hier soir.")
    assert [(m.text, m.value.timex) for m in art.dates][-1] == ("hier soir", "2023-10-18TEV")


PUBLICATION_LINES = [
    ("Publié le 16 mars 2023 à 15h24, modifié le 17 mars 2023 à 06h32", "2023-03-15"),
    ("Publié le 12/04/24 à 11h45 — Mis à jour le 12/04/24 à 12h02", "2024-04-11"),
    ("Mis en ligne le 3 mai 2023 à 10:05", "2023-05-02"),
]


@pytest.mark.parametrize(("line", "veille"), PUBLICATION_LINES)
def test_article_dates_fall_back_on_the_publication_line(line, veille):
    text = f"Le titre de l'article\n\n{line}\n\nLe ministre avait parlé la veille."
    art = frnews.parse(text)
    assert art.published is None
    assert [(m.text, m.value.timex) for m in art.dates] == [("la veille", veille)]


def test_published_and_dateline_come_before_the_publication_line():
    text = "Titre\n\nPublié le 16 mars 2023 à 15h24\n\nLe ministre avait parlé la veille."
    assert frnews.parse(text, published=REF).dates[0].value.timex == "2023-10-18"
    wire = "MOSCOU, 19 octobre 2023 (Reuters) - Le ministre avait parlé la veille."
    assert frnews.parse(f"Titre\n\nPublié le 16 mars 2023\n\n{wire}").dates[-1].value.timex == (
        "2023-10-18"
    )


def test_a_relative_publication_line_gives_no_reference():
    text = "Titre\n\nPublié il y a 2 heures\n\nLe ministre avait parlé la veille."
    assert frnews.parse(text).dates[0].value.timex == "XXXX-XX-XX"


def test_article_dates_skip_credits_and_bylines():
    text = (
        "Le ministre a parlé jeudi.\n\n"
        "PHOTO ARCHIVES, 12 MARS 2019\n\n"
        "Le ministre, à Québec\n\n"
        "Lire aussi : le bilan de 2022"
    )
    art = frnews.parse(text, published=REF)
    assert [m.text for m in art.dates] == ["jeudi"]


def test_article_to_dict_has_dates(seed_text, seed_published):
    d = frnews.parse(seed_text, published=seed_published).to_dict()
    assert d["dates"][0]["value"]["timex"] == "2023-10-19"


def test_cli_prints_dates(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("Le ministre est arrivé hier soir.", encoding="utf-8")
    assert main(["--published", "2023-10-19", str(f)]) == 0
    out = capsys.readouterr().out
    assert "Dates (1):" in out
    assert "hier soir  [TIME 2023-10-18TEV]" in out
