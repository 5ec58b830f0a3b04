"""Every lexicon table: well-formed rows, no duplicates, known flags, sane values."""

from __future__ import annotations

from importlib import resources

import pytest

from frnews.lexicons import LexiconError, alternation, load_table, table_names
from frnews.text import fold

#: The flags each table may use (tables not listed here take none).
KNOWN_FLAGS = {
    "months": {"needs-day", "abbr"},
    "weekdays": {"abbr"},
    "agencies": {"wire", "platform", "photo"},
    "furniture": {"exact", "prefix", "punct", "links", "signup", "bar"},
    "bylines": {"exact", "prefix"},
    "credit_markers": {"caps", "colon", "paren"},
    "number_words": {"unit", "teen", "ten", "approx", "vague"},
    "time_units": {"abbr"},
    "time_words": {"day", "narrative", "ref", "now"},
    "holidays": {"cap", "det", "surname", "alone"},
    "holidays_by_region": {"CA", "BE", "CH"},
    "time_zones": {"cap"},
    "tense_cues": {"prep"},
    "intention_verbs": {"noun"},
    "reporting_verbs": {"incise", "decision", "source", "continue", "answer"},
    "titles": {"m", "f", "pl", "generic"},
    "honorifics": {"pl"},
    "pronouns": {"pl", "subject"},
    "speaker_bodies": {"head", "place"},
    "name_markers": {"any-case"},
    "source_documents": set(),
    "cleft_openings": set(),
    "authored_quotes": set(),
}


@pytest.mark.parametrize("name", table_names())
def test_table_rows_are_well_formed(name):
    rows = load_table(name)
    assert rows, f"{name}.tsv is empty"
    allowed = KNOWN_FLAGS.get(name, set())
    seen = set()
    for e in rows:
        where = f"{e.file}:{e.line}"
        assert e.form == e.form.strip(), where
        assert e.flags <= allowed, f"{where}: unknown flags {sorted(e.flags - allowed)}"
        key = (fold(e.form).text, e.value, e.flags)
        assert key not in seen, f"{where}: duplicate row {e.form!r}"
        seen.add(key)


def test_months_cover_the_twelve_months():
    assert sorted({int(e.value) for e in load_table("months")}) == list(range(1, 13))


def test_ambiguous_month_forms_need_a_day():
    flagged = {e.form for e in load_table("months") if "needs-day" in e.flags}
    assert {"mars", "sept", "sept."} <= flagged


def test_weekdays_are_iso_numbered():
    full = {e.form: int(e.value) for e in load_table("weekdays") if "abbr" not in e.flags}
    assert full == {
        "lundi": 1,
        "mardi": 2,
        "mercredi": 3,
        "jeudi": 4,
        "vendredi": 5,
        "samedi": 6,
        "dimanche": 7,
    }


def test_furniture_rows_say_how_they_match():
    for e in load_table("furniture"):
        assert len(e.flags & {"exact", "prefix", "punct"}) == 1, f"{e.file}:{e.line}"


def test_credit_markers_name_a_medium():
    media = {"photo", "image", "illustration", "screenshot", "infographic", "video"}
    for e in load_table("credit_markers"):
        assert e.value in media, f"{e.file}:{e.line}"
        assert e.flags, f"{e.file}:{e.line}: a marker needs caps, colon or paren"


def test_every_file_in_the_folder_is_a_table():
    root = resources.files("frnews.lexicons")
    tsv = sorted(p.name[:-4] for p in root.iterdir() if p.name.endswith(".tsv"))
    assert tsv == list(table_names())


def test_unknown_table():
    with pytest.raises(FileNotFoundError, match="no lexicon table named 'nope'"):
        load_table("nope")


def test_bad_row_names_file_and_line(tmp_path, monkeypatch):
    import frnews.lexicons as lex

    (tmp_path / "bad.tsv").write_text("# header\nok\t1\n\t2\n", encoding="utf-8")
    monkeypatch.setattr(lex.resources, "files", lambda _pkg: tmp_path)
    lex.load_table.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"bad.tsv:3: empty form"):
            lex.load_table("bad")
    finally:
        lex.load_table.cache_clear()


def test_alternation_is_longest_first_and_escaped():
    assert alternation(["mar.", "mardi", "mars", "mar."]) == r"mardi|mar\.|mars"


def test_number_words_have_numbers_or_x():
    for e in load_table("number_words"):
        assert e.value == "X" or e.value.isdigit(), f"{e.file}:{e.line}"
        assert (e.value == "X") == ("vague" in e.flags), f"{e.file}:{e.line}"


def test_time_units_are_grains():
    from frnews.dates.model import Grain

    for e in load_table("time_units"):
        Grain(e.value)  # raises on an unknown unit


def test_time_words_values_match_their_flag():
    for e in load_table("time_words"):
        assert len(e.flags) == 1, f"{e.file}:{e.line}"
        if e.flags & {"day", "narrative", "now"}:
            int(e.value)
        else:
            assert e.value in {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}, f"{e.file}:{e.line}"


def test_parts_of_day_and_seasons_are_timex_codes():
    for e in load_table("parts_of_day"):
        code, hours = e.value.split(":")
        start, end = (int(h) for h in hours.split("-"))
        assert code in {"MO", "AF", "EV", "NI"}, f"{e.file}:{e.line}"
        assert 0 <= start < end <= 30, f"{e.file}:{e.line}"
    for e in load_table("seasons"):
        code, month = e.value.split(":")
        assert code in {"SP", "SU", "FA", "WI"}, f"{e.file}:{e.line}"
        assert 1 <= int(month) <= 12, f"{e.file}:{e.line}"


def test_holidays_have_a_computable_date():
    from frnews.dates.resolve import _holiday_date

    for e in load_table("holidays"):
        if e.value.isdigit():  # a time of year, read as its month (la rentrée)
            assert 1 <= int(e.value) <= 12, f"{e.file}:{e.line}"
            assert len(e.value) == 2, f"{e.file}:{e.line}"
            assert "det" in e.flags, f"{e.file}:{e.line}: a noun that needs its article"
        else:
            assert _holiday_date(e.value, 2024) is not None, f"{e.file}:{e.line}"


def test_holidays_by_region_differ_from_france_for_a_known_locale():
    from frnews import LOCALES
    from frnews.dates.resolve import _holiday_date

    france = {fold(e.form).text: e.value for e in load_table("holidays")}
    regions = {locale[3:] for locale in LOCALES} - {"FR"}
    seen = set()
    for e in load_table("holidays_by_region"):
        where = f"{e.file}:{e.line}"
        key = fold(e.form).text
        assert key in france, f"{where}: {e.form!r} is not a form of holidays.tsv"
        assert e.value != france[key], f"{where}: the same day as France's"
        assert e.flags, f"{where}: no region"
        assert e.flags <= regions, f"{where}: regions {sorted(e.flags)}"
        assert _holiday_date(e.value, 2024) is not None, where
        for region in e.flags:
            assert (key, region) not in seen, f"{where}: two days in {region}"
            seen.add((key, region))


def test_time_zones_have_an_offset_or_a_rule():
    import datetime as dt
    import re

    from frnews.dates.zones import _offset

    for e in load_table("time_zones"):
        where = f"{e.file}:{e.line}"
        fixed = e.value == "Z" or re.fullmatch(r"[+-](?:0\d|1[0-4]):[0-5]\d", e.value)
        assert fixed or _offset(e.value, dt.datetime(2024, 1, 15)) is not None, where
        # an abbreviation is read only in capitals (« tu », « hae » are words too)
        assert ("cap" in e.flags) == (" " not in e.form and len(e.form) <= 3), where


def test_tense_cues_say_a_tense():
    for e in load_table("tense_cues"):
        assert e.value in {"past", "future", "present"}, f"{e.file}:{e.line}"


def test_intention_verbs_are_participles_with_a_complement():
    from frnews.dates.resolve import _intends

    for e in load_table("intention_verbs"):
        where = f"{e.file}:{e.line}"
        assert e.value in {"à", "de", "any"} or " " not in e.value, where
        assert e.form.endswith(("é", "is", "u", "i")), f"{where}: a past participle"
        # each row reads its own example: the auxiliary, the participle, its complement
        opens = {"any": "une", "de": "de"}.get(e.value, e.value)
        text = fold(f"ils ont {e.form} {opens} venir lundi").text
        assert _intends(text, text, len("ils ont"), text.index("lundi")), where


def test_scan_words_are_heads_or_starters():
    for e in load_table("scan_words"):
        assert e.value in {"head", "starter"}, f"{e.file}:{e.line}"
        assert e.form == fold(e.form).text, f"{e.file}:{e.line}: forms are folded"


@pytest.mark.parametrize("name", table_names())
def test_fast_lexicon_key_is_the_fold(name):
    from frnews.dates.rules import _key

    for e in load_table(name):
        assert _key(e.form) == fold(e.form).text, f"{e.file}:{e.line}"


def test_past_participles_place_a_date_in_the_past():
    """Each row, feminine and plural too, before a date with no other cue: the past one,
    where the nearest would be ahead (14 April from 19 October 2023)."""
    import datetime as dt

    import frnews

    for e in load_table("past_participles"):
        where = f"{e.file}:{e.line}"
        participle, _, complement = e.form.partition(" ")  # « entré en vigueur »
        assert participle.endswith(("é", "u", "i", "s", "t")), f"{where}: a past participle"
        for form in (participle, participle + "es"):
            form = f"{form} {complement}".rstrip()
            text = f"La mesure, {form} le 14 avril, est contestée."
            got = frnews.find_dates(text, reference=dt.date(2023, 10, 19))
            assert [m.value.timex for m in got] == ["2023-04-14"], where


def test_authored_quotes_name_the_author_of_the_quote_before():
    """Each act with a noun, each noun with an act, after a quote that ends its sentence:
    the subject of « Pour avoir … ce(s) …, X a été condamné » wrote or said it."""
    import frnews

    rows = load_table("authored_quotes")
    assert {e.value for e in rows} == {"act", "object"}
    for e in rows:
        where = f"{e.file}:{e.line}"
        act, noun = (e.form, "message") if e.value == "act" else ("publié", e.form)
        text = (
            f"« Les élus sont des voleurs. » Pour avoir {act} ces {noun}, le militant "
            "Jean Dupont a été condamné à une amende."
        )
        got = frnews.find_quotes(text)
        assert [q.speaker.name if q.speaker else None for q in got] == ["Jean Dupont"], where


def test_cleft_openings_name_the_speaker_of_the_quote_before():
    """Each row, with « qu'a » or « que … a », after a quote that ends its sentence."""
    import frnews

    for e in load_table("cleft_openings"):
        where = f"{e.file}:{e.line}"
        assert e.form.endswith("que"), f"{where}: the form ends with « que »"
        opening = e.form[0].upper() + e.form[1:]
        for tail in (
            f"{opening[:-1]}’a affirmé le ministre Jean Dupont.",
            f"{opening} le ministre Jean Dupont a affirmé.",
        ):
            got = frnews.find_quotes(f"« Je ne suis pas candidat. » {tail}")
            assert [q.speaker.name if q.speaker else None for q in got] == ["Jean Dupont"], (
                where,
                tail,
            )
