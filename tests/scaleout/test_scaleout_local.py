"""The Dask scale-out on a real `distributed` LocalCluster of two worker processes.

The cluster lives for the module. The tests with the full pipeline come first, while the
workers still hold the models they loaded; the fault tests then kill and restart workers.
The scheduler gives up on a task after one worker death (`allowed-failures` 1) so that a
document that kills every worker is found quickly.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path

import dask
import pytest
from distributed import Client, LocalCluster
from scaleout_faults import CRASH, HANG, STALL, blocks_with_pipeline, mark_length
from typer.testing import CliRunner

from coopwatch.cli.app import app
from coopwatch.ingest import read_inputs
from coopwatch.parallel import map_documents, run_pipeline
from coopwatch.pipeline import Pipeline
from coopwatch.records import Document, Rejection, Source
from coopwatch.scaleout.cluster import LOCAL_CONFIG, connect
from coopwatch.scaleout.mapping import map_on_cluster
from coopwatch.scaleout.tasks import TIMEOUT
from coopwatch.service.ingest import ingest_items
from coopwatch.settings import Settings
from coopwatch.store import read
from coopwatch.store.db import Database, migrate

pytest_plugins = ["db_fixtures"]

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "corpus" / "examples").glob("0[01]*.txt"))[:8]
LIGHT = "scaleout_faults:light"


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (dask.config.set({"distributed.scheduler.allowed-failures": 1}),
          LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                       dashboard_address=None) as cluster,
          Client(cluster) as connected):
        yield connected


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Document | Rejection]:
    folder = tmp_path_factory.mktemp("news")
    for path in EXAMPLES:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "zz_empty.txt").write_text("", encoding="utf-8")
    return list(read_inputs([folder], Settings()))


@pytest.fixture(scope="module")
def alone_cards(
    inputs: list[Document | Rejection], pipeline: Pipeline,
    tmp_path_factory: pytest.TempPathFactory,
) -> list[dict]:
    """The cards a single-process ingest stores (SQLite)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('alone')}/alone.sqlite3"
    migrate(Settings(database_url=url))
    database = Database.connect(Settings(database_url=url))
    try:
        list(ingest_items(inputs, database=database, pipeline=pipeline))
        return _stored_cards(database)
    finally:
        database.dispose()


def _doc(index: int, text: str) -> Document:
    return Document(id=f"d{index}", text=text, source=Source(path=f"news/{index}.txt"))


def _stored_cards(database: Database) -> list[dict]:
    with database.sessions() as session:
        ids = sorted(summary.id for summary in read.list_documents(session))
        cards = [read.get_card(session, doc_id=doc_id) for doc_id in ids]
    return [card.to_json() for card in cards if card is not None]


# -- the full pipeline ------------------------------------------------------------------------


def test_the_cluster_gives_the_cards_of_one_process_in_input_order(
    client: Client, inputs: list[Document | Rejection], pipeline: Pipeline
) -> None:
    alone = list(map_documents(inputs, workers=1, pipeline=pipeline))
    clustered = list(map_on_cluster(inputs, client=client, chunksize=2))
    assert [item.to_json() for item in clustered] == [item.to_json() for item in alone]
    assert sum(isinstance(item, Document) for item in clustered) == len(EXAMPLES)
    assert isinstance(clustered[-1], Rejection)


def test_ingest_on_the_cluster_stores_what_one_process_stores(
    client: Client, inputs: list[Document | Rejection], alone_cards: list[dict],
    database: Database,
) -> None:
    outcomes = list(ingest_items(
        inputs, database=database,
        mapper=lambda items: map_on_cluster(items, client=client, chunksize=3)))
    assert [outcome.status for outcome in outcomes] == ["stored"] * len(EXAMPLES) + ["rejected"]
    assert _stored_cards(database) == alone_cards
    again = list(ingest_items(
        inputs, database=database, mapper=lambda items: map_on_cluster(items, client=client)))
    assert [outcome.status for outcome in again] == ["duplicate"] * len(EXAMPLES) + ["rejected"]


def test_cli_ingest_with_dask_accounts_for_every_input(
    client: Client, inputs: list[Document | Rejection], tmp_path: Path
) -> None:
    folder = Path(next(item for item in inputs if isinstance(item, Document)).source.path or "")
    url = f"sqlite:///{tmp_path}/cli.db"
    address = client.scheduler.address
    result = CliRunner().invoke(app, ["ingest", str(folder.parent), "--db", url,
                                      "--dask", address], env={"COLUMNS": "200"})
    assert result.exit_code == 1, result.output  # one input rejected: exit code 1
    rows = dict(re.findall(r"(stored|duplicate|rejected)\W+(\d+)", result.output))
    assert rows == {"stored": str(len(EXAMPLES)), "duplicate": "0", "rejected": "1"}
    assert "Dask: 2 workers" in result.output


def test_cli_extract_with_dask_writes_the_cards_of_one_process(
    client: Client, inputs: list[Document | Rejection], pipeline: Pipeline, tmp_path: Path
) -> None:
    folder = Path(next(item for item in inputs if isinstance(item, Document)).source.path or "")
    out = tmp_path / "cards.jsonl"
    result = CliRunner().invoke(app, ["extract", str(folder.parent), "-o", str(out),
                                      "--dask", client.scheduler.address, "--timeout", "60"])
    assert result.exit_code == 0, result.output
    alone = [card for card in map_documents(inputs, workers=1, pipeline=pipeline)
             if isinstance(card, Document)]
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [card.to_json() for card in alone]
    assert f"{len(EXAMPLES)} cards" in result.output and "1 rejected" in result.output


def test_workers_allocate_memory_as_a_process_of_the_pool_does(client: Client) -> None:
    """Dask's nanny pins the trim threshold; the pipeline's first build undoes its effect."""
    seen = client.run(blocks_with_pipeline, LIGHT)
    assert len(seen) == 2
    if any(mapped is None for _, mapped in seen.values()):
        pytest.skip("the workers' C library is not glibc")
    for variable, mapped in seen.values():
        assert variable == "65536"  # what the nanny set: the workers are Dask's usual ones
        assert mapped == 0  # with the nanny's threshold, each of the 40 blocks is mapped anew


def _sampled_stacks(client: Client) -> int:
    """How many stack samples the workers' profiler took while a task slept for 1 s."""
    client.submit(time.sleep, 1.0, pure=False).result()
    return int(client.profile()["count"])


def test_a_local_cluster_runs_without_the_dashboard_s_periodic_work(client: Client) -> None:
    assert _sampled_stacks(client) > 0  # Dask's default: a sample every 10 ms
    with connect("local:1") as local:
        assert _sampled_stacks(local) == 0
        for name, value in LOCAL_CONFIG.items():
            assert list(local.run(dask.config.get, name).values()) == [value]
        docs = [_doc(index, text) for index, text in enumerate(_texts(6))]
        assert list(map_on_cluster(docs, client=local, factory=LIGHT)) == [
            run_pipeline(doc, mark_length) for doc in docs]


def test_cli_refuses_a_malformed_dask_address(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--dask", "scheduler:8786"])
    assert result.exit_code == 2
    assert "tcp://host:port or local:N" in result.output


# -- faults, with a cheap pipeline --------------------------------------------------------------


def _texts(count: int) -> list[str]:
    return [f"Сообщение номер {index}: " + "текст " * index for index in range(count)]


def test_a_hanging_document_is_rejected_as_timeout_and_the_rest_go_on(client: Client) -> None:
    texts = _texts(10)
    texts[3] = f"{HANG} {texts[3]}"
    docs = [_doc(index, text) for index, text in enumerate(texts)]
    results = list(map_on_cluster(docs, client=client, factory=LIGHT, timeout=3, chunksize=2))
    assert results[3] == Rejection("news/3.txt", TIMEOUT, "stopped after 3 s")
    others = [result for index, result in enumerate(results) if index != 3]
    assert others == [run_pipeline(doc, mark_length) for doc in docs if doc.id != "d3"]


def test_a_worker_stuck_in_native_code_is_restarted(client: Client) -> None:
    before = set(client.nthreads())
    texts = _texts(6)
    texts[2] = f"{STALL} {texts[2]}"
    docs = [_doc(index, text) for index, text in enumerate(texts)]
    results = list(map_on_cluster(docs, client=client, factory=LIGHT, timeout=2, grace=0.5,
                                  chunksize=1))
    assert isinstance(results[2], Rejection)
    assert results[2].reason == TIMEOUT
    assert [result for result in results if isinstance(result, Document)] == [
        run_pipeline(doc, mark_length) for doc in docs if doc.id != "d2"]
    client.wait_for_workers(2, timeout=60)
    after = set(client.nthreads())
    assert len(after) == 2
    assert len(before - after) == 1  # the stuck worker was replaced


def test_a_document_that_kills_its_workers_is_the_only_one_rejected(client: Client) -> None:
    texts = _texts(8)
    texts[5] = f"{CRASH} {texts[5]}"
    docs = [_doc(index, text) for index, text in enumerate(texts)]
    items: list[Document | Rejection] = [*docs[:4], Rejection("scan.txt", "binary"), *docs[4:]]
    results = list(map_on_cluster(items, client=client, factory=LIGHT, timeout=30, chunksize=3))
    assert len(results) == len(items)
    assert results[4] == Rejection("scan.txt", "binary")
    assert results[6] == Rejection("news/5.txt", "worker_crashed",
                                   "the worker processes died on it")
    expected = [run_pipeline(doc, mark_length) for doc in docs if doc.id != "d5"]
    assert [result for result in results if isinstance(result, Document)] == expected
