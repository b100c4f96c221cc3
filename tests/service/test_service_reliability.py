"""Issue 13, drill findings 3 and 6: a database lost mid-batch, and values too long for
their column. On a real PostgreSQL server of this test's own, stopped and started again
with `scripts/pg_test_server.sh halt|resume`."""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

import coopwatch.cli.ingest  # noqa: F401  (registers `ingest` and `migrate`)
from builders import kazan_card, spb_card
from coopwatch.cli.app import app
from coopwatch.records import Document, Entity, Source
from coopwatch.service.ingest import Outcome, Retry, ingest_items
from coopwatch.settings import Settings
from coopwatch.store import read
from coopwatch.store.db import Database, migrate

pytest_plugins = ["db_fixtures"]

ROOT = Path(__file__).resolve().parents[2]
PG_SCRIPT = ROOT / "scripts" / "pg_test_server.sh"
QUICK = Retry(delays=(0.01, 0.02, 0.04))
BATCH = 8


def _same(doc: Document) -> Document:
    return doc


def _batch() -> list[Document]:
    """Eight cards of different texts (the same card, its text numbered)."""
    base = spb_card()
    return [replace(base, id=f"doc-{number}", text=f"{base.text} ({number})",
                    source=Source(path=f"news/{number}.txt")) for number in range(BATCH)]


@pytest.fixture()
def own_server(postgres_server: str) -> Iterator[tuple[str, str]]:
    """(URL, folder) of a PostgreSQL server this test may stop; migrated."""
    folder = tempfile.mkdtemp(prefix="coopwatch-pg-outage-")
    started = subprocess.run([str(PG_SCRIPT), "start", folder], capture_output=True,
                             text=True, check=True)
    url = started.stdout.strip().splitlines()[-1]
    migrate(Settings(database_url=url))
    try:
        yield url, folder
    finally:
        subprocess.run([str(PG_SCRIPT), "stop", folder], capture_output=True)


def _server(action: str, folder: str) -> None:
    subprocess.run([str(PG_SCRIPT), action, folder], capture_output=True, check=True)


def _stored_ids(url: str) -> list[str]:
    database = Database.connect(Settings(database_url=url))
    try:
        with database.sessions() as session:
            return sorted(summary.id for summary in read.list_documents(session, limit=100))
    finally:
        database.dispose()


def test_a_server_lost_for_good_stops_the_batch_with_every_input_named(
    own_server: tuple[str, str],
) -> None:
    url, folder = own_server

    def stopping_at_the_fourth(doc: Document) -> Document:
        if doc.id == "doc-3":
            _server("halt", folder)
        return doc

    database = Database.connect(Settings(database_url=url))
    try:
        outcomes = list(ingest_items(_batch(), database=database,
                                     pipeline=stopping_at_the_fourth, retry=QUICK))
    finally:
        database.dispose()
    assert [outcome.status for outcome in outcomes[:3]] == ["stored"] * 3
    assert [outcome.path for outcome in outcomes] == [f"news/{n}.txt" for n in range(BATCH)]
    assert {outcome.reason for outcome in outcomes[3:]} == {"store_unavailable"}

    _server("resume", folder)
    database = Database.connect(Settings(database_url=url))
    try:
        again = list(ingest_items(_batch(), database=database, pipeline=_same, retry=QUICK))
    finally:
        database.dispose()
    assert [outcome.status for outcome in again] == ["duplicate"] * 3 + ["stored"] * 5
    assert _stored_ids(url) == [f"doc-{n}" for n in range(BATCH)]


def test_a_server_back_within_the_retries_loses_nothing(own_server: tuple[str, str]) -> None:
    url, folder = own_server
    restarts: list[float] = []

    def restart(delay: float) -> None:
        restarts.append(delay)
        if len(restarts) == 2:
            _server("resume", folder)

    def stopping_at_the_third(doc: Document) -> Document:
        if doc.id == "doc-2":
            _server("halt", folder)
        return doc

    database = Database.connect(Settings(database_url=url))
    try:
        outcomes = list(ingest_items(
            _batch(), database=database, pipeline=stopping_at_the_third,
            retry=Retry(delays=(0.01, 0.02, 0.04), sleep=restart)))
    finally:
        database.dispose()
    assert [outcome.status for outcome in outcomes] == ["stored"] * BATCH
    assert len(restarts) == 2
    assert _stored_ids(url) == [f"doc-{n}" for n in range(BATCH)]


@pytest.mark.parametrize("command", [["migrate"], ["ingest", "nowhere.txt"]])
def test_an_unreachable_server_is_one_clear_line(command: list[str]) -> None:
    url = "postgresql+psycopg://coopwatch@127.0.0.1:1/none"
    result = CliRunner().invoke(app, [*command, "--db", url])
    assert result.exit_code == 3
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output
    assert lines[0].startswith("database postgresql+psycopg://coopwatch@127.0.0.1:1/none "
                               "is unavailable: ")


def _long_name(card: Document) -> Document:
    word = "Т" * 300
    org = Entity(key=f"org:{word}", type="ORG", name=word)
    return replace(card, entities=(*card.entities, org))


@pytest.mark.parametrize(("change", "field"), [
    (lambda card: replace(card, id="x" * 65), "id: 65 characters > 64"),
    (_long_name, "entity key: 304 characters > 255"),
])
def test_values_too_long_are_rejected_the_same_on_both_backends(
    database: Database, change: object, field: str,
) -> None:
    card = change(kazan_card())  # type: ignore[operator]
    (outcome,) = ingest_items([card], database=database, pipeline=_same, retry=QUICK)
    assert isinstance(outcome, Outcome)
    assert (outcome.status, outcome.reason) == ("rejected", "too_long")
    assert outcome.detail.startswith(field)
    with database.sessions() as session:
        assert read.counts(session).documents == 0
