"""`coopwatch ingest` and `coopwatch show` on a real SQLite store, through the typer app."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from typer.testing import CliRunner

import coopwatch.cli.ingest as ingest_command
import coopwatch.cli.show  # noqa: F401  (registers `show`)
from coopwatch.cli.app import app
from coopwatch.pipeline import Pipeline
from coopwatch.records import Document
from coopwatch.settings import Settings
from coopwatch.store import read, repository
from coopwatch.store.db import Database

SEEDS = ("000_8315908f25bacb22.txt", "004_e50d1304cb08d1ee.txt")


@pytest.fixture()
def inbox(tmp_path: Path, shared_dir: Path) -> Path:
    """Two real news texts, an empty file and a binary file."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in SEEDS:
        shutil.copy(shared_dir / "corpus" / "seeds" / name, folder / name)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "scan.txt").write_bytes(bytes(range(256)) * 8)
    return folder


@pytest.fixture()
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path}/var/coopwatch.sqlite3"


@pytest.fixture()
def use_pipeline(monkeypatch: pytest.MonkeyPatch) -> Callable[[Callable], None]:
    """Make the command run the given pipeline (the session's, with models loaded once)."""
    def install(pipeline: Callable[[Document], Document]) -> None:
        monkeypatch.setattr(ingest_command, "Pipeline", lambda: pipeline)
    return install


def _run(*args: str, code: int = 0) -> str:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
    assert result.exit_code == code, result.output
    return result.output


def _tally(output: str) -> dict[str, int]:
    rows = re.findall(r"(stored|duplicate|rejected)\W+(\d+)", output)
    return {status: int(count) for status, count in rows}


def _counts(url: str) -> read.StoreCounts:
    database = Database.connect(Settings(database_url=url))
    with database.sessions() as session:
        totals = read.counts(session)
    database.dispose()
    return totals


def test_every_input_is_accounted_for_and_a_rerun_stores_nothing(
    inbox: Path, db_url: str, pipeline: Pipeline, use_pipeline: Callable
) -> None:
    use_pipeline(pipeline)
    first = _run("ingest", str(inbox), "--db", db_url, code=1)
    assert _tally(first) == {"stored": 2, "duplicate": 0, "rejected": 2}
    assert "empty.txt" in first and "scan.txt" in first
    assert re.search(r"empty\.txt\W+empty", first) and re.search(r"scan\.txt\W+binary", first)
    after_first = _counts(db_url)
    assert (after_first.documents, after_first.rejections) == (2, 2)

    second = _run("ingest", str(inbox), "--db", db_url, code=1)
    assert _tally(second) == {"stored": 0, "duplicate": 2, "rejected": 2}
    assert _counts(db_url) == after_first


def test_a_failing_document_is_a_rejection_not_a_crash(
    inbox: Path, db_url: str, use_pipeline: Callable
) -> None:
    def flaky(doc: Document) -> Document:
        if "Минниханов" in doc.text:
            raise ValueError("stage blew up")
        return doc

    use_pipeline(flaky)
    output = _run("ingest", str(inbox), "--db", db_url, code=1)
    assert _tally(output) == {"stored": 1, "duplicate": 0, "rejected": 3}
    assert "pipeline_error" in output and "stage blew up" in output


def test_a_missing_path_is_rejected_as_not_found(
    tmp_path: Path, db_url: str, use_pipeline: Callable
) -> None:
    use_pipeline(lambda doc: doc)
    output = _run("ingest", str(tmp_path / "no-such-folder"), "--db", db_url, code=1)
    assert _tally(output) == {"stored": 0, "duplicate": 0, "rejected": 1}
    assert "not_found" in output


def test_show_prints_the_stored_card(inbox: Path, db_url: str, use_pipeline: Callable) -> None:
    use_pipeline(lambda doc: doc)
    _run("ingest", str(inbox / SEEDS[1]), "--db", db_url)
    database = Database.connect(Settings(database_url=db_url))
    with database.sessions() as session:
        (summary,) = read.list_documents(session)
        card = read.get_card(session, doc_id=summary.id)
    database.dispose()
    assert card is not None

    raw = _run("show", summary.id, "--json", "--db", db_url)
    assert json.loads(raw) == card.to_json()
    view = _run("show", summary.id, "--db", db_url)
    assert summary.id in view and (card.source.title or "")[:30] in view


def test_show_an_unknown_id_fails_clearly(db_url: str) -> None:
    result = CliRunner().invoke(app, ["show", "nope", "--db", db_url])
    assert result.exit_code == 1
    assert "no document with id 'nope'" in result.output



def test_a_card_the_store_refuses_is_a_rejection_not_a_crash(
    inbox: Path, db_url: str, use_pipeline: Callable, monkeypatch: pytest.MonkeyPatch
) -> None:
    save = repository.save_document

    def failing_save(session: Session, *, doc: Document, **options: object) -> repository.SaveResult:
        if "Минниханов" in doc.text:
            raise OperationalError("INSERT INTO documents", {}, Exception("disk I/O error"))
        return save(session, doc=doc, **options)

    use_pipeline(lambda doc: doc)
    monkeypatch.setattr(repository, "save_document", failing_save)
    output = _run("ingest", str(inbox), "--db", db_url, code=1)
    assert _tally(output) == {"stored": 1, "duplicate": 0, "rejected": 3}
    assert "store_error" in output and "disk I/O error" in output
    assert _counts(db_url).documents == 1


def test_summaries_counts_the_profile_summaries_again(db_url: str) -> None:
    from sqlalchemy import text

    from builders import kazan_card, spb_card, tatar_card
    from coopwatch.store.db import migrate

    settings = Settings(database_url=db_url)
    migrate(settings)
    database = Database.connect(settings)
    try:
        with database.sessions.begin() as session:
            for card in (spb_card(), kazan_card(), tatar_card()):
                repository.save_document(session, doc=card)
        with database.sessions() as session:
            kept = read.partners(session, key="RU-SPE"), read.sector_counts(session, key="RU-SPE")
        with database.sessions.begin() as session:
            session.execute(text("DELETE FROM entity_partners"))
            session.execute(text("DELETE FROM entity_sectors"))
        with database.sessions() as session:
            assert read.partners(session, key="RU-SPE") == ()
        output = _run("summaries", "--db", db_url)
        assert re.search(r"entity_partners: [1-9]\d* rows", output), output
        with database.sessions() as session:
            assert (read.partners(session, key="RU-SPE"),
                    read.sector_counts(session, key="RU-SPE")) == kept
        assert kept[0]
    finally:
        database.dispose()
