"""The Dask recipe of docs/scale.md, run on a local ``distributed`` cluster of two worker
processes: a bag of texts or records mapped through ``to_record`` gives the dicts of parse."""

from __future__ import annotations

import datetime as dt
import json
import os

import dask.bag as db
import pytest
from distributed import Client, LocalCluster, wait

import frnews
from frnews.integrations.engines import to_record, to_rows
from tests.test_batch import FRAGMENTS

OCT_19 = dt.date(2023, 10, 19)

#: Seconds a computation may take before the test fails (instead of hanging CI).
TIMEOUT = 120


def compute(client, collection):
    return client.compute(collection).result(timeout=TIMEOUT)


@pytest.fixture(scope="module")
def client():
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            scheduler_port=0,
        ) as cluster,
        Client(cluster) as dask_client,
    ):
        yield dask_client


def test_the_work_runs_in_worker_processes(client):
    pids = set(
        compute(client, db.from_sequence(range(8), npartitions=8).map(lambda _: os.getpid()))
    )
    assert os.getpid() not in pids
    assert pids <= set(client.run(os.getpid).values())


def test_a_bag_of_texts(client, seed_text):
    texts = [*FRAGMENTS, seed_text] * 3
    bag = db.from_sequence(texts, npartitions=4).map(to_record, published=OCT_19)
    records = compute(client, bag)
    assert records == [{"frnews": frnews.parse(t, published=OCT_19).to_dict()} for t in texts]


def test_jsonl_files_in_and_out(client, tmp_path):
    # The recipe: JSON Lines files in, JSON Lines files out, bad records kept as errors.
    lines = [
        {"id": i, "text": text, "published": "2023-10-19" if i % 2 else None}
        for i, text in enumerate(FRAGMENTS)
    ]
    lines.insert(3, {"id": "bad", "text": 2023})
    (tmp_path / "in").mkdir()
    for part in range(2):
        chunk = lines[part::2]
        (tmp_path / "in" / f"{part}.jsonl").write_text(
            "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in chunk), encoding="utf-8"
        )

    writes = (
        db.read_text(str(tmp_path / "in" / "*.jsonl"), encoding="utf-8")
        .map(json.loads)
        .map(to_record, published=dt.date(2023, 10, 18), errors="record")
        .map(json.dumps, ensure_ascii=False)
        .to_textfiles(str(tmp_path / "out" / "*.jsonl"), encoding="utf-8", compute=False)
    )
    wait(client.compute(writes), timeout=TIMEOUT)

    out = [
        json.loads(line)
        for path in sorted((tmp_path / "out").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    expected = []
    for rec in lines[0::2] + lines[1::2]:
        if rec["id"] == "bad":
            expected.append({"id": "bad", "error": "field 'text' must be a string, not number"})
            continue
        published = OCT_19 if rec["published"] else dt.date(2023, 10, 18)
        art = frnews.parse(rec["text"], published=published)
        expected.append({"id": rec["id"], "frnews": art.to_dict()})
    assert out == expected


def test_rows_by_partition_are_the_rows_of_to_rows(client):
    records = [{"id": i, "text": t} for i, t in enumerate(FRAGMENTS)] + [{"id": "sans texte"}]
    # to_rows is a generator: a partition's rows are listed before they leave the worker.
    bag = db.from_sequence(records, npartitions=3)
    rows = compute(client, bag.map_partitions(lambda part: list(to_rows(part))))
    assert rows == list(to_rows(records))
    assert rows[-1] == {"id": "sans texte", "frnews": None, "error": "missing field 'text'"}
