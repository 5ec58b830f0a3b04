"""The examples of docs/scale.md run, with the globals the Sphinx doctest builder gives
every page (so the page stays right even where Sphinx is not installed)."""

from __future__ import annotations

import datetime
import doctest
import json
import re

import pytest

import frnews
from tests.conftest import ROOT

PAGE = ROOT / "docs" / "scale.md"
BLOCK = re.compile(r"^```\{doctest\}\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def blocks():
    return BLOCK.findall(PAGE.read_text(encoding="utf-8"))


def test_the_page_has_examples():
    assert len(blocks()) >= 4


def test_the_examples_run():
    text = "\n".join(blocks())
    test = doctest.DocTestParser().get_doctest(
        text,
        {"datetime": datetime, "dt": datetime, "json": json, "frnews": frnews},
        "docs/scale.md",
        str(PAGE),
        0,
    )
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    result = runner.summarize(verbose=False)
    if result.failed:
        pytest.fail(f"{result.failed} of {result.attempted} examples of docs/scale.md failed")
