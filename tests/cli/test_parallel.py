"""Scale-out: the pipeline in a pool of processes gives the cards it gives in one process.

The pool tests spawn real processes; each pipeline worker loads the models (~2 s), so
the texts are short and the pool runs once per module.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import coopwatch.cli.ingest as ingest_command
import coopwatch.service.ingest as ingest_service
from coopwatch.cli.app import app
from coopwatch.ingest import read_inputs
from coopwatch.parallel import (
    CHUNKS_IN_FLIGHT_PER_WORKER,
    map_documents,
    map_in_pool,
    worker_count,
)
from coopwatch.pipeline import Pipeline
from coopwatch.records import Document, Rejection, Source
from coopwatch.settings import Settings
from coopwatch.store import read
from coopwatch.store.db import Database

NEWS = (
    "Губернатор Новосибирской области Андрей Травников встретился с делегацией провинции "
    "Хэйлунцзян. Стороны обсудили поставки сои и строительство логистического центра.",
    "Татарстан и Самаркандская область подписали соглашение о сборке грузовиков КАМАЗ. "
    "Товарооборот между регионами в 2024 году вырос на 15% и превысил 200 млн долларов.",
    "В Минске прошло заседание рабочей группы по сотрудничеству Беларуси и Нижегородской "
    "области. МАЗ и ГАЗ договорились о совместном производстве автобусов.",
    "Калужская область и провинция Цзянсу обсудили размещение китайских предприятий в "
    "особой экономической зоне «Людиново». Инвестиции оцениваются в 5 млрд рублей.",
    "Делегация Ульяновской области посетила Ташкент. Авиастроители договорились о "
    "подготовке специалистов и поставках комплектующих для самолётов.",
    "Приморский край и провинция Цзилинь обсудили на ВЭФ развитие порта Зарубино. "
    "Объём перевалки зерна планируется довести до 10 млн тонн в год.",
)
CRASH_MARK = "ОБРЫВ"


def _doc(index: int, text: str) -> Document:
    return Document(id=f"n{index}", text=text, source=Source(path=f"news/{index}.txt"))


@pytest.fixture(scope="module")
def news_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("news")
    for index, text in enumerate(NEWS):
        (folder / f"{index:03}.txt").write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def inputs(news_dir: Path) -> list[Document | Rejection]:
    return list(read_inputs([news_dir], Settings()))


def _as_json(items: Iterator[Document | Rejection]) -> list[dict]:
    return [item.to_json() for item in items]


# -- workers = 1: the pipeline in this process ---------------------------------------------


def test_one_worker_gives_the_pipeline_cards_and_passes_rejections_through(
    inputs: list[Document | Rejection], pipeline: Pipeline
) -> None:
    results = list(map_documents(inputs, workers=1, pipeline=pipeline))
    assert [type(item) for item in results] == [type(item) for item in inputs]
    rejection = next(item for item in inputs if isinstance(item, Rejection))
    assert rejection in results
    docs = [item for item in inputs if isinstance(item, Document)]
    cards = [item for item in results if isinstance(item, Document)]
    assert [card.to_json() for card in cards] == [pipeline(doc).to_json() for doc in docs]
    assert all(card.entities and not card.sentences for card in cards)


def test_a_stage_that_raises_rejects_only_its_document() -> None:
    def fragile(doc: Document) -> Document:
        if "Ташкент" in doc.text:
            raise KeyError("no such region")
        return doc.replace(sectors=("transport",))

    docs = [_doc(index, text) for index, text in enumerate(NEWS)]
    results = list(map_documents(docs, workers=1, pipeline=fragile))
    rejected = [item for item in results if isinstance(item, Rejection)]
    assert rejected == [Rejection("news/4.txt", "pipeline_error", "KeyError: 'no such region'")]
    assert [item.id for item in results if isinstance(item, Document)] == ["n0", "n1", "n2",
                                                                           "n3", "n5"]


@pytest.mark.parametrize(("requested", "expected"), [(1, 1), (3, 3), (0, os.cpu_count() or 1)])
def test_worker_count(requested: int, expected: int) -> None:
    assert worker_count(requested) == expected


@pytest.mark.parametrize("options", [{"workers": -1}, {"workers": 0}, {"workers": 2,
                                                                        "chunksize": 0}])
def test_impossible_pool_sizes_are_refused(options: dict) -> None:
    with pytest.raises(ValueError):
        list(map_documents([], **options))


def test_a_pipeline_object_cannot_be_sent_to_a_pool(pipeline: Pipeline) -> None:
    with pytest.raises(ValueError, match="build their own"):
        map_documents([], workers=2, pipeline=pipeline)


# -- the pool, with cheap top-level work functions (no models) ------------------------------


def echo_or_die(docs: list[Document]) -> list[Document]:
    """Pool work for the tests: each document back with its text length, or the process dies."""
    if any(CRASH_MARK in doc.text for doc in docs):
        os._exit(3)
    return [doc.replace(sectors=(str(len(doc.text)),)) for doc in docs]


def test_a_dead_worker_rejects_its_document_and_the_rest_go_on() -> None:
    texts = [*NEWS[:3], f"{CRASH_MARK}: {NEWS[3]}", *NEWS[4:], *NEWS]
    items: list[Document | Rejection] = [_doc(index, text) for index, text in enumerate(texts)]
    items.insert(5, Rejection("scan.txt", "binary"))
    results = list(map_in_pool(items, workers=2, chunksize=2, work=echo_or_die))
    assert len(results) == len(items)
    for item, result in zip(items, results, strict=True):
        if isinstance(item, Rejection):
            assert result is item
        elif CRASH_MARK in item.text:
            assert result == Rejection(item.source.path, "worker_crashed",
                                       "the worker process died on it")
        else:
            assert result == item.replace(sectors=(str(len(item.text)),))


def test_the_pool_reads_its_input_only_as_fast_as_it_works() -> None:
    pulled: list[int] = []

    def endless() -> Iterator[Document]:
        index = 0
        while True:
            pulled.append(index)
            yield _doc(index, NEWS[index % len(NEWS)])
            index += 1

    results = map_in_pool(endless(), workers=2, chunksize=3, work=echo_or_die)
    first = [next(results) for _ in range(10)]
    results.close()
    assert [doc.id for doc in first] == [f"n{index}" for index in range(10)]
    assert len(pulled) <= (2 * CHUNKS_IN_FLIGHT_PER_WORKER + 4) * 3


# -- the pool with the real pipeline ---------------------------------------------------------


def test_two_workers_give_the_cards_of_one_in_the_same_order(
    inputs: list[Document | Rejection], pipeline: Pipeline
) -> None:
    alone = _as_json(map_documents(inputs, workers=1, pipeline=pipeline))
    pooled = _as_json(map_documents(inputs, workers=2, chunksize=2))
    assert pooled == alone
    assert len(alone) == len(NEWS) + 1


def _extract(news_dir: Path, out: Path, workers: int) -> str:
    command = [sys.executable, "-m", "coopwatch", "extract", str(news_dir), "-o", str(out),
               "--workers", str(workers)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return out.read_text(encoding="utf-8")


def test_cli_extract_with_two_workers_writes_the_same_cards(
    news_dir: Path, tmp_path: Path
) -> None:
    one = _extract(news_dir, tmp_path / "one.jsonl", 1)
    two = _extract(news_dir, tmp_path / "two.jsonl", 2)
    assert two == one
    assert [json.loads(line)["source"]["path"] for line in one.splitlines()] == [
        str(news_dir / f"{index:03}.txt") for index in range(len(NEWS))
    ]


def _ingest(news_dir: Path, url: str, *options: str) -> dict[str, int]:
    result = CliRunner().invoke(app, ["ingest", str(news_dir), "--db", url, *options],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 1, result.output  # 1: empty.txt is rejected
    rows = re.findall(r"(stored|duplicate|rejected)\W+(\d+)", result.output)
    return {status: int(count) for status, count in rows}


def _stored_cards(url: str) -> list[dict]:
    database = Database.connect(Settings(database_url=url))
    with database.sessions() as session:
        ids = sorted(summary.id for summary in read.list_documents(session))
        cards = [read.get_card(session, doc_id=doc_id) for doc_id in ids]
    database.dispose()
    return [card.to_json() for card in cards if card is not None]


def test_cli_ingest_with_two_workers_stores_what_one_stores_and_sends_no_duplicate(
    news_dir: Path, tmp_path: Path, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[Document] = []
    real_map = ingest_service.map_documents

    def spy(items: Iterator, **options: object) -> Iterator:
        listed = list(items)
        sent.extend(item for item in listed if isinstance(item, Document))
        return real_map(listed, **options)

    monkeypatch.setattr(ingest_service, "map_documents", spy)
    pooled, alone = f"sqlite:///{tmp_path}/pooled.db", f"sqlite:///{tmp_path}/alone.db"
    expected = {"stored": len(NEWS), "duplicate": 0, "rejected": 1}
    assert _ingest(news_dir, pooled, "--workers", "2") == expected
    assert len(sent) == len(NEWS)
    monkeypatch.setattr(ingest_command, "Pipeline", lambda: pipeline)
    assert _ingest(news_dir, alone, "--workers", "1") == expected
    assert _stored_cards(pooled) == _stored_cards(alone)

    sent.clear()
    again = _ingest(news_dir, pooled, "--workers", "2")
    assert again == {"stored": 0, "duplicate": len(NEWS), "rejected": 1}
    assert sent == []

