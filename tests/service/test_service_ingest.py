"""The ingest service on SQLite and PostgreSQL: stored, duplicate and rejected outcomes.

The pipeline is the identity (the builders' cards already carry their facts), so these
tests check the screening and storing around it, not extraction.
"""

from __future__ import annotations

from builders import kazan_card, spb_card
from coopwatch.records import Document, Rejection
from coopwatch.service.ingest import Outcome, ingest_document, ingest_items
from coopwatch.store import read
from coopwatch.store.db import Database

pytest_plugins = ["db_fixtures"]


def _same(doc: Document) -> Document:
    return doc


def _failing(doc: Document) -> Document:
    raise RuntimeError("stage broke")


def test_one_document_is_stored_then_found_as_a_duplicate(database: Database) -> None:
    card = spb_card()
    first = ingest_document(card, database=database, pipeline=_same)
    again = ingest_document(card, database=database, pipeline=_failing)
    assert (first.status, first.doc_id) == ("stored", card.id)
    assert (again.status, again.doc_id) == ("duplicate", card.id)  # never reached the pipeline


def test_a_batch_accounts_for_every_input_and_records_rejections(database: Database) -> None:
    items = [spb_card(), Rejection("scan.txt", "binary", "no text"), kazan_card(), spb_card()]
    outcomes = list(ingest_items(items, database=database, pipeline=_same))
    assert [outcome.status for outcome in outcomes] == [
        "stored", "rejected", "stored", "duplicate"]
    assert outcomes[1] == Outcome("scan.txt", "rejected", reason="binary", detail="no text")
    with database.sessions() as session:
        totals = read.counts(session)
    assert (totals.documents, totals.rejections) == (2, 1)


def test_a_failing_stage_rejects_its_document_and_stores_nothing(database: Database) -> None:
    outcome = ingest_document(kazan_card(), database=database, pipeline=_failing)
    assert (outcome.status, outcome.reason) == ("rejected", "pipeline_error")
    with database.sessions() as session:
        assert read.counts(session).documents == 0
