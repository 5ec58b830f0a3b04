"""Shared fixtures: the seed article and its gold annotations (a copy of the project's own
seed; the other evaluation articles stay in ../shared/eval and are not copied here)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_PATH = ROOT / "seeds" / "000_29d02e5a573495e6.txt"
SEED_GOLD_PATH = Path(__file__).resolve().parent / "data" / "seed-000.json"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(SEED_GOLD_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_published(seed_gold) -> dt.date:
    return dt.date.fromisoformat(seed_gold["published"])
