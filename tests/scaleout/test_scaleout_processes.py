"""A Dask cluster of separate processes (`dask scheduler`, two `dask worker`), as on
several machines, with PostgreSQL as the store: one worker is killed with SIGKILL in the
middle of a batch, and every document is still stored exactly once, with the cards of a
single-process run.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import Client

from coopwatch.ingest import read_inputs
from coopwatch.pipeline import Pipeline
from coopwatch.records import Document, Rejection
from coopwatch.scaleout.mapping import map_on_cluster
from coopwatch.service.ingest import Outcome, ingest_items
from coopwatch.settings import Settings
from coopwatch.store import read
from coopwatch.store.db import Database, migrate

pytest_plugins = ["db_fixtures"]

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "corpus" / "examples").glob("0*.txt"))[:20]
DASK = Path(sys.executable).parent / "dask"
ONE_THREAD = {name: "1" for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS",
                                      "MKL_NUM_THREADS")}


def _start(*arguments: str, log: Path) -> subprocess.Popen[bytes]:
    with open(log, "wb") as handle:
        return subprocess.Popen([str(DASK), *arguments], stdout=handle,
                                stderr=subprocess.STDOUT, env={**os.environ, **ONE_THREAD})


def _wait_for_file(path: Path, process: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        assert process.poll() is None, "the scheduler exited"
        assert time.monotonic() < deadline, "the scheduler did not start"
        time.sleep(0.1)


@pytest.fixture()
def cluster(tmp_path: Path) -> Iterator[tuple[Client, dict[str, subprocess.Popen[bytes]]]]:
    """A client of a scheduler and two single-thread workers without nannies, by name."""
    address_file = tmp_path / "scheduler.json"
    processes: list[subprocess.Popen[bytes]] = []
    try:
        scheduler = _start("scheduler", "--host", "127.0.0.1", "--port", "0",
                           "--no-dashboard", "--scheduler-file", str(address_file),
                           log=tmp_path / "scheduler.log")
        processes.append(scheduler)
        _wait_for_file(address_file, scheduler, 60)
        workers = {
            name: _start("worker", "--scheduler-file", str(address_file), "--name", name,
                         "--nthreads", "1", "--no-nanny", "--no-dashboard",
                         "--host", "127.0.0.1", log=tmp_path / f"{name}.log")
            for name in ("survivor", "victim")
        }
        processes.extend(workers.values())
        with Client(scheduler_file=str(address_file), timeout=60) as client:
            client.wait_for_workers(2, timeout=60)
            yield client, workers
    finally:
        for process in reversed(processes):  # the workers first, then the scheduler
            if process.poll() is None:
                process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _stored_cards(database: Database) -> dict[str, dict]:
    with database.sessions() as session:
        ids = [summary.id for summary in read.list_documents(session)]
        cards = {doc_id: read.get_card(session, doc_id=doc_id) for doc_id in ids}
    assert len(cards) == len(ids)
    return {doc_id: card.to_json() for doc_id, card in cards.items() if card is not None}


def _address_of(client: Client, name: str) -> str:
    workers = client.scheduler_info()["workers"]
    return next(address for address, info in workers.items() if info["name"] == name)


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_worker_killed_mid_batch_loses_no_document_and_changes_no_card(
    cluster: tuple[Client, dict[str, subprocess.Popen[bytes]]], database_url: str,
    pipeline: Pipeline, tmp_path: Path,
) -> None:
    client, workers = cluster
    victim = _address_of(client, "victim")
    inputs: list[Document | Rejection] = list(read_inputs(EXAMPLES, Settings()))
    assert len(inputs) == len(EXAMPLES) and all(isinstance(i, Document) for i in inputs)

    database = Database.connect(Settings(database_url=database_url))
    outcomes: list[Outcome] = []
    killed: list[tuple[str, ...]] = []

    def kill_when_busy() -> None:
        """SIGKILL the victim as soon as it holds a chunk of the batch (building its
        pipeline or running it). Waiting for the first stored card made the kill a race
        once workers got fast: the victim could be done with its chunks by then."""
        while workers["victim"].poll() is None and len(outcomes) < len(inputs):
            held = client.processing().get(victim, ())
            if held:
                workers["victim"].send_signal(signal.SIGKILL)
                killed.append(tuple(held))
                return
            time.sleep(0.02)

    killer = threading.Thread(target=kill_when_busy, daemon=True)
    try:
        killer.start()
        for outcome in ingest_items(inputs, database=database, mapper=lambda items:
                                    map_on_cluster(items, client=client, chunksize=2)):
            outcomes.append(outcome)
        killer.join(timeout=30)
        clustered = _stored_cards(database)
        with database.sessions() as session:
            counts = read.counts(session)
    finally:
        database.dispose()

    assert killed, "the victim was not killed during the batch"
    assert workers["victim"].wait(timeout=10) == -signal.SIGKILL
    assert victim not in client.nthreads(), "the victim is still part of the cluster"
    assert [outcome.status for outcome in outcomes] == ["stored"] * len(EXAMPLES)
    assert [outcome.path for outcome in outcomes] == [str(path) for path in EXAMPLES]
    assert counts.documents == len(EXAMPLES)
    assert sorted(clustered) == sorted(outcome.doc_id for outcome in outcomes)

    alone_url = f"sqlite:///{tmp_path}/alone.sqlite3"
    migrate(Settings(database_url=alone_url))
    alone_db = Database.connect(Settings(database_url=alone_url))
    try:
        assert {o.status for o in ingest_items(inputs, database=alone_db, pipeline=pipeline)} == {
            "stored"}
        assert clustered == _stored_cards(alone_db)
    finally:
        alone_db.dispose()
