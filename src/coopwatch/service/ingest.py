"""Ingesting documents: screen (duplicate check), pipeline, store; one or a batch.

Every input ends as an `Outcome`: stored, duplicate or rejected with a reason. A bad
input is recorded and the batch goes on; the store is written from this process only.

A lost database connection is retried with backoff (`RETRY_DELAYS`). When the database
is still unreachable after the last try, the batch stops cleanly: the input it was on,
the inputs already in the pool and every input not yet read end as rejected
`store_unavailable` ("not processed"), so the summary still names every input, and
nothing half-written stays behind (each card is one transaction).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from sqlalchemy import text
from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError

from coopwatch.ingest.characters import printable
from coopwatch.parallel import PipelineFn, map_documents, run_pipeline
from coopwatch.records import Document, Rejection
from coopwatch.store import repository
from coopwatch.store.db import Database
from coopwatch.store.reprints import ReprintIndex

Result = TypeVar("Result")

RETRY_DELAYS = (0.5, 1.0, 2.0, 4.0, 8.0)   # seconds between tries: about 15 s in all
STORE_UNAVAILABLE = "store_unavailable"
CONNECTION_ERRORS = (OperationalError, InterfaceError)


@dataclass(frozen=True)
class Outcome:
    """What became of one input: `stored`, `duplicate` or `rejected` (with the reason)."""

    path: str
    status: str
    doc_id: str | None = None
    reason: str = ""
    detail: str = ""


class StoreUnavailable(Exception):
    """The database stayed unreachable through every retry."""


@dataclass(frozen=True)
class Retry:
    """How a store call is retried when the connection is lost (`delays` between tries)."""

    delays: Sequence[float] = RETRY_DELAYS
    sleep: Callable[[float], None] = time.sleep

    def run(self, database: Database, call: Callable[[], Result]) -> Result:
        """`call()`, tried again after each delay while the database is unreachable.

        An error that persists while the database answers is the call's own: it is
        raised as it is. An unreachable database after the last delay raises
        `StoreUnavailable`.
        """
        failed_while_up = False
        for delay in (*self.delays, None):
            try:
                return call()
            except CONNECTION_ERRORS as error:
                if reachable(database):
                    if failed_while_up or delay is None:
                        raise
                    failed_while_up = True  # a blip, or the call's own: once more
                elif delay is None:
                    raise StoreUnavailable(_describe(error)) from error
                else:
                    self.sleep(delay)
        raise AssertionError("the last try returns or raises")


def reachable(database: Database) -> bool:
    """Whether the database answers a trivial query now."""
    try:
        with database.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError:
        return False
    return True


Screened = Document | Rejection | Outcome
# Runs the pipeline over screened inputs elsewhere (a Dask cluster: coopwatch.scaleout),
# yielding each result or passed-through input in input order.
Mapper = Callable[[Iterator[Screened]], Iterator[Screened]]


def ingest_items(
    items: Iterable[Document | Rejection], *, database: Database,
    pipeline: PipelineFn | None = None, workers: int = 1, retry: Retry | None = None,
    mapper: Mapper | None = None,
) -> Iterator[Outcome]:
    """Each input through the pipeline into the store; one bad input never stops the rest.

    The reprint index is loaded from the store once per batch and grows as it goes.
    With `workers` > 1 the pipeline runs in a pool of processes that build their own
    (leave `pipeline` None); texts already stored are found here and never sent, and the
    store is written from this process only, in input order. A `mapper` (Dask) replaces
    the pool; the writing stays here all the same. When the database is lost for good
    the batch ends with every remaining input as `store_unavailable`.
    """
    retry = retry or Retry()
    inputs = iter(items)
    waiting: deque[str] = deque()  # inputs taken from `inputs` without an outcome yet

    def screened() -> Iterator[Document | Rejection | Outcome]:
        for item in inputs:
            waiting.append(_name(item))
            yield retry.run(database, partial(_screen, item, database))

    # Annotated: inferring `Other` alone, mypy would join Rejection and Outcome to object.
    results: Iterator[Document | Rejection | Outcome] = iter(())
    try:
        reprints = retry.run(database, lambda: _load_reprints(database))
        results = (mapper(screened()) if mapper is not None
                   else map_documents(screened(), workers=workers, pipeline=pipeline))
        for result in results:
            outcome = _store(result, database=database, reprints=reprints, retry=retry)
            waiting.popleft()
            yield outcome
    except StoreUnavailable as lost:
        if isinstance(results, Generator):
            results.close()  # a pool shuts down before the rest of the input is named
        yield from _not_processed([*waiting, *map(_name, inputs)], str(lost))


def _load_reprints(database: Database) -> ReprintIndex:
    with database.sessions() as session:
        return ReprintIndex.load(session)


def _not_processed(names: Iterable[str], why: str) -> Iterator[Outcome]:
    detail = f"not processed: the database is unavailable ({why})"
    for name in names:
        yield Outcome(name, "rejected", reason=STORE_UNAVAILABLE, detail=detail)


def ingest_document(
    doc: Document, *, database: Database, pipeline: PipelineFn,
    reprints: ReprintIndex | None = None,
) -> Outcome:
    """Skip a text already stored, else extract its card and store it."""
    try:
        screened = _screen(doc, database)
        if isinstance(screened, Document):
            screened = run_pipeline(screened, pipeline)
        return _store(screened, database=database, reprints=reprints, retry=Retry(delays=()))
    except StoreUnavailable as lost:
        return Outcome(doc.source.path or doc.id, "rejected", reason="store_error",
                       detail=f"the database is unavailable ({lost})")


def _name(item: Document | Rejection | Outcome) -> str:
    if isinstance(item, Document):
        return item.source.path or item.id
    return item.path


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
    reprints: ReprintIndex | None, retry: Retry,
) -> Outcome:
    """Record what became of one input: its card saved, its rejection, or its outcome."""
    if isinstance(result, Outcome):
        return result
    if isinstance(result, Rejection):
        return _reject(database, result, retry)
    return _save(result, database=database, reprints=reprints, retry=retry)


def _save(
    card: Document, *, database: Database, reprints: ReprintIndex | None, retry: Retry,
) -> Outcome:
    path = card.source.path or card.id

    def save() -> repository.SaveResult:
        with database.sessions.begin() as session:
            return repository.save_document(session, doc=card, reprints=reprints)

    try:
        result = retry.run(database, save)
    except StoreUnavailable:
        raise
    except Exception as error:  # the database refused it, or indexing it raised: its own
        return _reject(database, Rejection(path, "store_error", _describe(error)), retry)
    if result.status == "id_conflict":
        detail = f"id {result.doc_id} is taken by another text"
        return _reject(database, Rejection(path, "id_conflict", detail), retry)
    if result.status == "too_long":
        return _reject(database, Rejection(path, "too_long", result.detail), retry)
    return Outcome(path, result.status, doc_id=result.doc_id)


def _reject(database: Database, rejection: Rejection, retry: Retry) -> Outcome:
    clean = Rejection(printable(rejection.path), rejection.reason, printable(rejection.detail))

    def save() -> None:
        with database.sessions.begin() as session:
            repository.save_rejection(session, rejection=clean)

    retry.run(database, save)
    return Outcome(clean.path, "rejected", reason=clean.reason, detail=clean.detail)


def _describe(error: BaseException) -> str:
    return printable(f"{type(error).__name__}: {error}")[:2000]
