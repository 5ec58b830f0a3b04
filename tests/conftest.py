"""Shared fixtures: the seed article and its gold annotations (a copy of the project's own
seed; the other evaluation articles stay in ../shared/eval and are not copied here), and the
hypothesis profile of a deep run (see ``tests/deep.py``)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import settings

from tests.deep import scale

ROOT = Path(__file__).resolve().parent.parent
SEED_PATH = ROOT / "seeds" / "000_29d02e5a573495e6.txt"
SEED_GOLD_PATH = Path(__file__).resolve().parent / "data" / "seed-000.json"

# The tests that do not set their own count draw hypothesis's default of 100 examples,
# scaled in a deep run as the others are by tests.deep.examples.
if scale() > 1:
    settings.register_profile("deep", max_examples=100 * scale())
    settings.load_profile("deep")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(SEED_GOLD_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_published(seed_gold) -> dt.date:
    return dt.date.fromisoformat(seed_gold["published"])
