"""Ingesting documents: screen (duplicate check), pipeline, store; one or a batch.

Every input ends as an `Outcome`: stored, duplicate or rejected with a reason. A bad
input is recorded and the batch goes on; the store is written from this process only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError

from coopwatch.parallel import PipelineFn, map_documents, run_pipeline
from coopwatch.records import Document, Rejection
from coopwatch.store import repository
from coopwatch.store.db import Database
from coopwatch.store.reprints import ReprintIndex


@dataclass(frozen=True)
class Outcome:
    """What became of one input: `stored`, `duplicate` or `rejected` (with the reason)."""

    path: str
    status: str
    doc_id: str | None = None
    reason: str = ""
    detail: str = ""


Screened = Document | Rejection | Outcome
# Runs the pipeline over screened inputs elsewhere (a Dask cluster: coopwatch.scaleout),
# yielding each result or passed-through input in input order.
Mapper = Callable[[Iterator[Screened]], Iterator[Screened]]


def ingest_items(
    items: Iterable[Document | Rejection], *, database: Database,
    pipeline: PipelineFn | None = None, workers: int = 1, mapper: Mapper | None = None,
) -> Iterator[Outcome]:
    """Each input through the pipeline into the store; one bad input never stops the rest.

    The reprint index is loaded from the store once per batch and grows as it goes.
    With `workers` > 1 the pipeline runs in a pool of processes that build their own
    (leave `pipeline` None); texts already stored are found here and never sent, and the
    store is written from this process only, in input order. A `mapper` (Dask) replaces
    the pool; the writing stays here all the same.
    """
    with database.sessions() as session:
        reprints = ReprintIndex.load(session)
    screened = (_screen(item, database) for item in items)
    # Annotated: inferring `Other` alone, mypy would join Rejection and Outcome to object.
    results: Iterator[Screened] = (
        mapper(screened) if mapper is not None
        else map_documents(screened, workers=workers, pipeline=pipeline))
    for result in results:
        yield _store(result, database=database, reprints=reprints)


def ingest_document(
    doc: Document, *, database: Database, pipeline: PipelineFn,
    reprints: ReprintIndex | None = None,
) -> Outcome:
    """Skip a text already stored, else extract its card and store it."""
    screened = _screen(doc, database)
    if isinstance(screened, Document):
        screened = run_pipeline(screened, pipeline)
    return _store(screened, database=database, reprints=reprints)


def _screen(item: Document | Rejection, database: Database) -> Document | Rejection | Outcome:
    """A document whose text is already stored becomes a `duplicate` outcome, unprocessed."""
    if isinstance(item, Rejection):
        return item
    with database.sessions() as session:
        existing = repository.find_by_text(session, text=item.text)
    if existing is None:
        return item
    return Outcome(item.source.path or item.id, "duplicate", doc_id=existing)


def _store(
    result: Document | Rejection | Outcome, *, database: Database,
    reprints: ReprintIndex | None,
) -> Outcome:
    """Record what became of one input: its card saved, its rejection, or its outcome."""
    if isinstance(result, Outcome):
        return result
    if isinstance(result, Rejection):
        return _reject(database, result)
    return _save(result, database=database, reprints=reprints)


def _save(card: Document, *, database: Database, reprints: ReprintIndex | None) -> Outcome:
    path = card.source.path or card.id
    try:
        with database.sessions.begin() as session:
            result = repository.save_document(session, doc=card, reprints=reprints)
    except SQLAlchemyError as error:
        detail = f"{type(error).__name__}: {error}"
        return _reject(database, Rejection(path, "store_error", detail[:2000]))
    if result.status == "id_conflict":
        detail = f"id {result.doc_id} is taken by another text"
        return _reject(database, Rejection(path, "id_conflict", detail))
    return Outcome(path, result.status, doc_id=result.doc_id)


def _reject(database: Database, rejection: Rejection) -> Outcome:
    with database.sessions.begin() as session:
        repository.save_rejection(session, rejection=rejection)
    return Outcome(rejection.path, "rejected", reason=rejection.reason, detail=rejection.detail)
