"""CLI command `ingest`: news files -> pipeline -> cards in the store, every input accounted for."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy import make_url
from sqlalchemy.exc import SQLAlchemyError

from coopwatch.cli.app import app, progress_bar
from coopwatch.cli.cards import WorkersOption
from coopwatch.ingest import read_inputs
from coopwatch.parallel import map_documents, run_pipeline, worker_count
from coopwatch.pipeline import Pipeline
from coopwatch.records import Document, Rejection
from coopwatch.settings import Settings, get_settings
from coopwatch.store import repository
from coopwatch.store.db import Database, migrate
from coopwatch.store.reprints import ReprintIndex

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: settings, COOPWATCH_DATABASE_URL)."),
]


@dataclass(frozen=True)
class Outcome:
    """What became of one input: `stored`, `duplicate` or `rejected` (with the reason)."""

    path: str
    status: str
    doc_id: str | None = None
    reason: str = ""
    detail: str = ""


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .html, .jsonl).")],
    db: DbOption = None,
    workers: WorkersOption = None,
) -> None:
    """Read news files and folders, extract their cards and store them.

    Each input ends as stored, duplicate (the same cleaned text is
    already stored: nothing is written) or rejected with a reason
    (empty, binary, bad_encoding, not_russian, pipeline_error,
    worker_crashed, store_error, ...). A path that does not exist is
    recorded as rejected not_found instead of stopping the batch. The
    exit code is 0 whenever the batch ran, rejections included. The
    database is created and migrated on first use. With --workers N
    the pipeline runs in N processes; this process checks for
    duplicates before sending a text and does all the writing.
    """
    settings = get_settings().with_overrides(database_url=db, workers=workers)
    count = worker_count(settings.workers)
    migrate(settings)
    database = Database.connect(settings)
    try:
        pipeline = Pipeline() if count == 1 else None
        outcomes = _run_with_progress(read_inputs(paths, settings), database, pipeline, count)
    finally:
        database.dispose()
    print_summary(outcomes, settings, Console())


def _run_with_progress(
    items: Iterable[Document | Rejection], database: Database,
    pipeline: Callable[[Document], Document] | None, workers: int = 1,
) -> list[Outcome]:
    outcomes: list[Outcome] = []
    with progress_bar() as progress:
        task = progress.add_task("ingesting", total=None)
        for outcome in ingest_items(items, database=database, pipeline=pipeline,
                                    workers=workers):
            outcomes.append(outcome)
            progress.update(task, advance=1, description=Path(outcome.path).name)
    return outcomes


def ingest_items(
    items: Iterable[Document | Rejection], *, database: Database,
    pipeline: Callable[[Document], Document] | None = None, workers: int = 1,
) -> Iterator[Outcome]:
    """Each input through the pipeline into the store; one bad input never stops the rest.

    The reprint index is loaded from the store once per batch and grows as it goes.
    With `workers` > 1 the pipeline runs in a pool of processes that build their own
    (leave `pipeline` None); texts already stored are found here and never sent, and the
    store is written from this process only, in input order.
    """
    with database.sessions() as session:
        reprints = ReprintIndex.load(session)
    screened = (_screen(item, database) for item in items)
    for result in map_documents(screened, workers=workers, pipeline=pipeline):
        yield _store(result, database=database, reprints=reprints)


def ingest_document(
    doc: Document, *, database: Database, pipeline: Callable[[Document], Document],
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




def print_summary(outcomes: list[Outcome], settings: Settings, out: Console) -> None:
    """A table of how many inputs were stored, duplicate or rejected, then each rejection."""
    tally = Counter(outcome.status for outcome in outcomes)
    url = make_url(settings.database_url).render_as_string(hide_password=True)
    out.print(f"{len(outcomes)} inputs, database {url}", highlight=False, soft_wrap=True)
    summary = Table()
    summary.add_column("outcome")
    summary.add_column("inputs", justify="right")
    for status in ("stored", "duplicate", "rejected"):
        summary.add_row(status, str(tally[status]))
    out.print(summary)
    rejected = [outcome for outcome in outcomes if outcome.status == "rejected"]
    if rejected:
        out.print(_rejections_table(rejected))


def _rejections_table(rejected: list[Outcome]) -> Table:
    table = Table(title="rejected", title_justify="left")
    table.add_column("path", overflow="fold")
    table.add_column("reason")
    table.add_column("detail", overflow="fold")
    for outcome in rejected:
        table.add_row(outcome.path, outcome.reason, outcome.detail)
    return table
