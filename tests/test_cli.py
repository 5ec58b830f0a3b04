"""The command line: summary, JSON, stdin, errors (one line on stderr, status 2)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from frnews.cli import main
from tests.conftest import SEED_PATH


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "frnews", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_summary_of_the_seed():
    r = run(str(SEED_PATH))
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert "Dateline: (Pyongyang)" in out
    assert "Livraisons en cours" in out
    assert "PHOTO AGENCE KCNA PAR REUTERS" in out
    assert "caption: Le ministre russe des Affaires étrangères, Sergueï Lavrov" in out
    assert r.stderr == b""


def test_json_of_the_seed():
    r = run("--json", "--published", "2023-10-19", str(SEED_PATH))
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["path"] == str(SEED_PATH)
    assert data["published"] == "2023-10-19"
    assert data["dateline"]["place"] == "Pyongyang"
    assert data["headings"][0]["text"] == "Livraisons en cours\N{THIN SPACE}?"


def test_locale_option():
    text = "(Montréal) Congé à la fête du Travail.".encode()
    args = ("--json", "--published", "2023-07-03", "-")
    days = {}
    for locale in ("fr-FR", "fr-CA"):
        r = run("--locale", locale, *args, stdin=text)
        assert r.returncode == 0, r.stderr
        days[locale] = [d["value"]["timex"] for d in json.loads(r.stdout)["dates"]]
    assert days == {"fr-FR": ["2023-05-01"], "fr-CA": ["2023-09-04"]}  # no tense: the nearest
    r = run("--locale", "fr-QC", "-", stdin=text)
    assert r.returncode == 2
    assert "argument --locale: invalid choice: 'fr-QC'" in r.stderr.decode()


def test_stdin_and_several_files_as_json_lines(tmp_path):
    other = tmp_path / "b.txt"
    other.write_text("MONTRÉAL — Le maire a parlé.", encoding="utf-8")
    r = run("--json", "-", str(other), stdin="(Québec) Bonjour.".encode())
    assert r.returncode == 0, r.stderr
    lines = r.stdout.decode().splitlines()
    assert [json.loads(line)["dateline"]["place"] for line in lines] == ["Québec", "MONTRÉAL"]


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["missing-file.txt"], None, "frnews: error: missing-file.txt: no such file"),
        (
            ["--published", "19/10/2023", "-"],
            b"x",
            "not a date in the form YYYY-MM-DD: '19/10/2023'",
        ),
        (["--nope", "-"], b"x", "unrecognized arguments: --nope"),
        (
            ["-"],
            "café".encode("latin-1"),
            "standard input: not UTF-8 text (invalid byte 0xe9 at byte offset 3)",
        ),
    ],
)
def test_errors_are_one_line_with_status_2(args, stdin, message):
    r = run(*args, stdin=stdin)
    assert r.returncode == 2
    err = r.stderr.decode()
    assert message in err
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_directory_is_an_error(tmp_path):
    r = run(str(tmp_path))
    assert r.returncode == 2
    assert "is a directory" in r.stderr.decode()


def test_missing_file_does_not_stop_the_others(tmp_path, capsys):
    good = tmp_path / "a.txt"
    good.write_text("(Québec) Bonjour.", encoding="utf-8")
    assert main([str(tmp_path / "nope.txt"), str(good)]) == 2
    out = capsys.readouterr()
    assert "Dateline: (Québec)" in out.out
    assert "no such file" in out.err


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("frnews ")
