"""The JSON Lines pipeline of the command line: one result per input line, in order; bad
records become error records with their line number; exit status 1 when any failed."""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import frnews
from frnews import cli
from frnews.cli import main
from tests.deep import examples

OCT_18 = dt.date(2023, 10, 18)
OCT_19 = dt.date(2023, 10, 19)
PARIS_MORNING = dt.datetime(2023, 10, 19, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))

OPENINGS = [
    "(Québec)",
    "(Pyongyang)",
    "MONTRÉAL —",
    "Paris (AFP) –",
    "MOSCOU, 19 octobre 2023 (Reuters) -",
    "De notre correspondant à Bruxelles,",
    "WASHINGTON (AP) —",
    "Le Caire (AFP) -",
    "",
]
SUBJECTS = [
    "Le premier ministre",
    "La mairesse de Montréal",
    "Le ministre des Finances",
    "La présidente de la Commission européenne",
    "Le porte-parole du Kremlin",
    "Le syndicat des enseignants",
]
VERBS = ["a annoncé jeudi", "a dénoncé mardi", "a confirmé hier", "a présenté lundi soir"]
OBJECTS = [
    "un plan de 3 milliards de dollars pour les hôpitaux.",
    "la politique militaire « dangereuse » des États-Unis et de leurs alliés.",
    "la fin de la grève, après six semaines de négociations.",
    "un projet de loi sur le logement, qui sera examiné en novembre.",
]
ENDINGS = [
    "",
    "\n\nPHOTO ROBERT SKINNER, LA PRESSE\n\nLa mairesse de Montréal, lors de l’inauguration",
    "\n\nLire aussi : Le sommet de Charm el-Cheikh",
    "\n\nUne trêve en vue ?\n\nLes médiateurs égyptiens se disent optimistes.",
    "\n\nLe ministre, à Ottawa, le 18 octobre 2023. SEAN KILPATRICK / LA PRESSE CANADIENNE",
]
# How the publication date is given: (JSON value or "absent", the date parse receives).
PUBLISHED = [
    ("absent", OCT_18),
    (None, OCT_18),
    ("2023-10-19", OCT_19),
    ("2023-10-19T08:30:00+02:00", PARIS_MORNING),
]


def article(rng: random.Random, n: int) -> str:
    opening = rng.choice(OPENINGS)
    sentence = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
    if opening:
        sentence = f"{opening} {sentence[0].lower()}{sentence[1:]}"
    return f"{sentence} (dépêche {n}){rng.choice(ENDINGS)}"


# Malformed lines: (raw bytes of the line, other fields kept in its error record, message).
def bad_line(kind: int, n: int) -> tuple[bytes, dict, str]:
    rid = f"bad-{n}"
    cases = [
        (b'{"id": "' + rid.encode() + b'", "text": "(Qu\xc3\xa9bec) Le mi', {}, "not JSON: "),
        (
            json.dumps({"id": rid, "texte": "(Québec) Le ministre a parlé."}).encode(),
            {"id": rid, "texte": "(Québec) Le ministre a parlé."},
            "missing field 'text'",
        ),
        (
            json.dumps({"id": rid, "text": 2023}).encode(),
            {"id": rid},
            "field 'text' must be a string, not number",
        ),
        (
            json.dumps({"id": rid, "text": None}).encode(),
            {"id": rid},
            "field 'text' must be a string, not null",
        ),
        (
            json.dumps({"id": rid, "text": "Le ministre.", "published": "19/10/2023"}).encode(),
            {"id": rid},
            "field 'published' is not an ISO 8601 date",
        ),
        (
            json.dumps({"id": rid, "text": "Le ministre.", "published": 20231019}).encode(),
            {"id": rid},
            "field 'published' must be an ISO 8601 date string or null, not number",
        ),
        (
            b'["(Qu\xc3\xa9bec) Le ministre a parl\xc3\xa9."]',
            {},
            "expected a JSON object, not an array",
        ),
        (
            json.dumps({"id": rid, "text": "Le café."}, ensure_ascii=False).encode("latin-1"),
            {},
            "not UTF-8 text (invalid byte 0xe9",
        ),
        (b"   ", {}, "empty line: expected a JSON object"),
        (
            json.dumps({"id": rid, "line": 4, "text": "Le ministre."}).encode(),
            {"id": rid},
            "field 'line' is reserved for the output of frnews; rename it",
        ),
    ]
    return cases[kind % len(cases)]


@pytest.mark.slow
def test_ten_thousand_records_with_fifty_bad_ones(tmp_path):
    rng = random.Random(20231019)
    total, n_bad = 10_000, 50
    bad_at = set(rng.sample(range(1, total + 1), n_bad))
    lines, expected = [], {}
    for n in range(1, total + 1):
        if n in bad_at:
            raw, kept, message = bad_line(len(expected), n)
            lines.append(raw)
            expected[n] = (kept, message)
            continue
        text = article(rng, n)
        given, pub = rng.choice(PUBLISHED)
        record = {"id": f"a{n}", "source": rng.choice(["La Presse", "Le Devoir", "AFP"])}
        record["text"] = text
        if given != "absent":
            record["published"] = given
        lines.append(json.dumps(record, ensure_ascii=rng.random() < 0.5).encode())
        others = {k: v for k, v in record.items() if k not in ("text", "published")}
        expected[n] = (others, text, pub)
    path = tmp_path / "articles.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")

    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "frnews",
            "--jsonl",
            str(path),
            "--jobs",
            "2",
            "--published",
            "2023-10-18",
        ],
        capture_output=True,
        timeout=300,
        check=False,
    )

    assert r.returncode == 1, r.stderr
    out = r.stdout.decode("utf-8").split("\n")
    assert out[-1] == ""
    records = [json.loads(line) for line in out[:-1]]
    assert len(records) == total
    errors = [rec["line"] for rec in records if "error" in rec]
    assert errors == sorted(bad_at)
    for n, rec in enumerate(records, 1):
        if n in bad_at:
            kept, message = expected[n]
            assert rec["line"] == n
            assert rec["error"].startswith(message), (n, rec)
            assert {k: v for k, v in rec.items() if k not in ("line", "error")} == kept
        else:
            others, text, pub = expected[n]
            art = frnews.parse(text, published=pub)
            assert rec == {"line": n, **others, "frnews": art.to_dict()}, n
    err = r.stderr.decode()
    listed = ", ".join(str(n) for n in sorted(bad_at)[:10])
    assert err.splitlines() == [
        err.splitlines()[0],
        f"frnews: failed lines: {listed} and 40 more",
    ]
    assert err.startswith("frnews: 10,000 records: 9,950 ok, 50 failed (")
    assert "\r" not in err  # no progress bar when stderr is not a terminal


def run_main(capsys, monkeypatch, tmp_path, lines, *args, data=None):
    path = tmp_path / "in.jsonl"
    path.write_bytes(data if data is not None else b"".join(line + b"\n" for line in lines))
    status = main(["--jsonl", str(path), *args])
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    return status, records, captured.err


def encode(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode()


def test_record_shape(capsys, monkeypatch, tmp_path):
    text = "(Québec) Le premier ministre a parlé."
    obj = {"id": 7, "meta": {"rubrique": "Politique"}, "text": text, "published": "2023-10-19"}
    status, records, err = run_main(capsys, monkeypatch, tmp_path, [encode(obj)])
    assert status == 0
    assert records == [
        {
            "line": 1,
            "id": 7,
            "meta": {"rubrique": "Politique"},
            "frnews": frnews.parse(text, published=OCT_19).to_dict(),
        }
    ]
    assert list(records[0]) == ["line", "id", "meta", "frnews"]
    assert err.startswith("frnews: 1 record: 1 ok, 0 failed (")
    assert err.count("\n") == 1


def test_field_names_and_default_date(capsys, monkeypatch, tmp_path):
    lines = [
        encode({"corps": "(Québec) Un.", "date": "2023-10-19", "text": "autre"}),
        encode({"corps": "(Québec) Deux.", "date": None}),
        encode({"corps": "(Québec) Trois."}),
        encode({"text": "(Québec) Quatre."}),
    ]
    status, records, _ = run_main(
        capsys,
        monkeypatch,
        tmp_path,
        lines,
        "--text-field",
        "corps",
        "--published-field",
        "date",
        "--published",
        "2023-10-18",
    )
    assert status == 1
    assert [r.get("frnews", {}).get("published") for r in records] == [
        "2023-10-19",
        "2023-10-18",
        "2023-10-18",
        None,
    ]
    assert records[0]["text"] == "autre"
    assert records[3] == {"line": 4, "text": "(Québec) Quatre.", "error": "missing field 'corps'"}


@pytest.mark.parametrize(
    ("line", "record"),
    [
        (b"", {"line": 2, "error": "empty line: expected a JSON object"}),
        (b"\t\r", {"line": 2, "error": "empty line: expected a JSON object"}),
        (
            b"{",
            {
                "line": 2,
                "error": "not JSON: Expecting property name enclosed in double quotes (column 2)",
            },
        ),
        (
            b"(Qu\xc3\xa9bec) Le ministre.",
            {"line": 2, "error": "not JSON: Expecting value (column 1)"},
        ),
        (
            b'"(Qu\xc3\xa9bec) Le ministre."',
            {"line": 2, "error": "expected a JSON object, not a string"},
        ),
        (b"42", {"line": 2, "error": "expected a JSON object, not a number"}),
        (b"null", {"line": 2, "error": "expected a JSON object, not null"}),
        (b"true", {"line": 2, "error": "expected a JSON object, not a boolean"}),
        (b"[" * 100_000, {"line": 2, "error": "not JSON: nested too deeply"}),
        (
            b'{"text": "caf\xe9"}',
            {"line": 2, "error": "not UTF-8 text (invalid byte 0xe9 at byte offset 13)"},
        ),
        (
            b'{"id": 3, "text": {"fr": "Bonjour"}}',
            {"line": 2, "id": 3, "error": "field 'text' must be a string, not object"},
        ),
        (
            b'{"id": 3, "text": "Bonjour.", "published": true}',
            {
                "line": 2,
                "id": 3,
                "error": "field 'published' must be an ISO 8601 date string or null, not boolean",
            },
        ),
        (
            b'{"id": 3, "text": "Bonjour.", "published": "hier"}',
            {
                "line": 2,
                "id": 3,
                "error": "field 'published' is not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS±HH:MM): 'hier'",
            },
        ),
        (
            b'{"id": 3, "text": "Bonjour.", "frnews": 1}',
            {
                "line": 2,
                "id": 3,
                "error": "field 'frnews' is reserved for the output of frnews; rename it",
            },
        ),
        (
            b'{"id": 3, "text": "Bonjour.", "line": 1}',
            {
                "line": 2,
                "id": 3,
                "error": "field 'line' is reserved for the output of frnews; rename it",
            },
        ),
    ],
)
def test_bad_records_become_error_records(capsys, monkeypatch, tmp_path, line, record):
    good = encode({"text": "(Québec) Bonjour."})
    status, records, err = run_main(capsys, monkeypatch, tmp_path, [good, line, good])
    assert status == 1
    assert len(records) == 3
    error = records[1].pop("error")
    assert error.startswith(record.pop("error"))  # JSON messages vary across Python versions
    assert records[1] == record
    assert [r["line"] for r in records] == [1, 2, 3]
    assert "frnews" in records[0]
    assert "frnews" in records[2]
    assert "1 failed" in err
    assert err.splitlines()[-1] == "frnews: failed lines: 2"


@pytest.mark.parametrize(
    ("data", "n_records"),
    [
        (b'{"text": "Un."}\n{"text": "Deux."}', 2),  # no newline at the end
        (b'{"text": "Un."}\r\n{"text": "Deux."}\r\n', 2),  # CRLF
        (b'\xef\xbb\xbf{"text": "Un."}\n', 1),  # a BOM
        (b"", 0),
    ],
)
def test_line_endings_and_bom(capsys, monkeypatch, tmp_path, data, n_records):
    status, records, err = run_main(capsys, monkeypatch, tmp_path, [], data=data)
    assert status == 0, records
    assert len(records) == n_records
    assert all("frnews" in r for r in records)
    noun = "record" if n_records == 1 else "records"
    assert err.startswith(f"frnews: {n_records} {noun}: {n_records} ok, 0 failed")


def test_stdin_and_jobs(tmp_path):
    lines = [encode({"n": i, "text": f"MONTRÉAL — Dépêche {i}."}) for i in range(150)]
    r = subprocess.run(
        [sys.executable, "-m", "frnews", "--jsonl", "-", "--jobs", "2", "--no-progress"],
        input=b"\n".join(lines),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    records = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(rec["line"], rec["n"]) for rec in records] == [(i + 1, i) for i in range(150)]
    assert all(rec["frnews"]["dateline"]["place"] == "MONTRÉAL" for rec in records)


class Terminal(io.StringIO):
    def isatty(self):
        return True


@pytest.mark.parametrize("quiet", [False, True])
def test_progress_bar_only_on_a_terminal(capsys, monkeypatch, tmp_path, quiet):
    stderr = Terminal()
    monkeypatch.setattr(sys, "stderr", stderr)
    args = ["--no-progress"] if quiet else []
    status, records, _ = run_main(
        capsys, monkeypatch, tmp_path, [encode({"text": "(Québec) Un."})] * 3, *args
    )
    assert status == 0
    assert len(records) == 3
    shown = stderr.getvalue()
    assert ("\r" in shown) is not quiet
    if not quiet:
        assert "\rfrnews: 3 records  " in shown
        assert "100%  ETA 0:00" in shown
    assert shown.splitlines()[-1].lstrip(" \r").startswith("frnews: 3 records: 3 ok, 0 failed")


def test_progress_bar_figures():
    ticks = iter([0.0, 0.1, 2.0, 4.0])
    stream = io.StringIO()
    bar = cli._Progress(stream, total=1000, clock=lambda: next(ticks))
    bar.update(0, 0)  # t=0.1: drawn (the first one always is)
    bar.update(100, 100)  # t=2.0
    bar.update(150, 200)  # t=4.0
    assert stream.getvalue().split("\r")[1:] == [
        "frnews: 0 records  0/s    0%  ETA --:--",
        "frnews: 100 records  50/s   10%  ETA 0:18",
        "frnews: 150 records  38/s   20%  ETA 0:16",
    ]
    bar.close()
    assert stream.getvalue().endswith("\r" + " " * 41 + "\r")


def test_progress_bar_without_a_known_size():
    ticks = iter([0.0, 65.0])
    stream = io.StringIO()
    cli._Progress(stream, total=None, clock=lambda: next(ticks)).update(13_000, 0)
    assert stream.getvalue() == "\rfrnews: 13,000 records  200/s  1:05 elapsed"


def test_a_read_error_stops_with_status_2():
    class Failing:
        def __iter__(self):
            yield b'{"text": "Un."}\n'
            msg = "Input/output error"
            raise OSError(5, msg)

    ends = cli.deque()
    read = cli._numbered_chunks(Failing(), "in.jsonl", ends)
    assert next(read) == (1, [b'{"text": "Un."}\n'])  # the lines read before the error
    with pytest.raises(
        cli._InputError, match=r"^in\.jsonl: cannot read line 2: Input/output error$"
    ):
        next(read)
    assert list(ends) == [16]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "no input: give article files (or - for stdin), or --jsonl IN"),
        (
            ["--jsonl", "IN", "a.txt"],
            "--jsonl reads its records from IN; give no FILE arguments with it",
        ),
        (["--jsonl", "IN", "--json"], "--jsonl always writes JSON lines; drop --json"),
        (["a.txt", "--jobs", "2"], "--jobs only applies to --jsonl"),
        (["a.txt", "--no-progress"], "--no-progress only applies to --jsonl"),
        (["a.txt", "--text-field", "body"], "--text-field only applies to --jsonl"),
        (
            ["--jsonl", "IN", "--jobs", "0"],
            "argument --jobs: must be -1 (every core) or at least 1, not 0",
        ),
        (
            ["--jsonl", "IN", "--jobs", "deux"],
            "argument --jobs: not a number of worker processes: 'deux'",
        ),
        (["--jsonl", "IN", "--text-field", ""], "--text-field must not be empty"),
        (
            ["--jsonl", "IN", "--text-field", "date", "--published-field", "date"],
            "--text-field and --published-field must differ",
        ),
    ],
)
def test_bad_options_exit_2(capsys, args, message):
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err == f"frnews: error: {message} (see frnews --help)\n"


def test_unreadable_input_exits_2(capsys, tmp_path):
    assert main(["--jsonl", str(tmp_path / "absent.jsonl")]) == 2
    assert capsys.readouterr().err == f"frnews: error: {tmp_path / 'absent.jsonl'}: no such file\n"
    assert main(["--jsonl", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"frnews: error: {tmp_path}: is a directory\n"


def test_summary_lists_the_first_failed_lines(capsys, monkeypatch, tmp_path):
    lines = [b"{}"] * 12 + [encode({"text": "Un."})]
    status, records, err = run_main(capsys, monkeypatch, tmp_path, lines)
    assert status == 1
    assert len(records) == 13
    assert err.splitlines()[-1] == "frnews: failed lines: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 2 more"


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)
RECORDS = st.dictionaries(
    st.sampled_from(["text", "published", "id", "line", "frnews", "error", "source"])
    | st.text(max_size=8),
    JSON_VALUES
    | st.sampled_from(["2023-10-19", "2023-10-19T08:30:00Z", "(Québec) Le ministre a parlé."]),
    max_size=5,
)
OPTIONS = cli._JsonlOptions("text", "published", OCT_18)


def check_output_record(number, record):
    assert record["line"] == number
    assert ("frnews" in record) != ("error" in record)
    json.dumps(record)  # what the command writes


@settings(max_examples=examples(300), deadline=None)
@given(st.integers(min_value=1, max_value=10**6), st.binary(max_size=80))
def test_any_bytes_give_exactly_one_record(number, raw):
    check_output_record(number, cli.jsonl_record(number, raw, OPTIONS))


@settings(max_examples=examples(300), deadline=None)
@given(RECORDS)
def test_any_json_object_gives_exactly_one_record(obj):
    raw = json.dumps(obj, ensure_ascii=False).encode()
    record = cli.jsonl_record(7, raw, OPTIONS)
    check_output_record(7, record)
    kept = {
        k: v for k, v in obj.items() if k not in ("text", "published", "line", "frnews", "error")
    }
    assert {k: v for k, v in record.items() if k not in ("line", "frnews", "error")} == kept
    if "frnews" in record:
        assert record["frnews"] == frnews.parse(obj["text"], published=record_date(obj)).to_dict()


def record_date(obj):
    value = obj.get("published")
    if value is None:
        return OCT_18
    return dt.datetime(2023, 10, 19, 8, 30, tzinfo=dt.timezone.utc) if "T" in value else OCT_19
