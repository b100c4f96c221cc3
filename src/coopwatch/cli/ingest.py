"""CLI command `ingest`: news files -> the ingest service -> a summary of every input."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from coopwatch.cli.app import app, progress_bar
from coopwatch.cli.cards import WorkersOption
from coopwatch.cli.scaleout import DaskOption, TimeoutOption, dask_map
from coopwatch.cli.store_access import STORE_UNAVAILABLE_EXIT, migrate_or_exit, shown_url
from coopwatch.ingest import read_inputs
from coopwatch.parallel import PipelineFn, worker_count
from coopwatch.pipeline import Pipeline
from coopwatch.records import Document, Rejection
from coopwatch.scaleout.tasks import DEFAULT_TIMEOUT
from coopwatch.service.ingest import STORE_UNAVAILABLE, Mapper, Outcome, ingest_items
from coopwatch.settings import Settings, get_settings
from coopwatch.store.db import Database

REJECTED_EXIT = 1

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: settings, COOPWATCH_DATABASE_URL)."),
]


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .html, .jsonl).")],
    db: DbOption = None,
    workers: WorkersOption = None,
    dask: DaskOption = None,
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
) -> None:
    """Read news files and folders, extract their cards and store them.

    Each input ends as stored, duplicate (the same cleaned text is
    already stored: nothing is written) or rejected with a reason and,
    in a .jsonl file, its line number (empty, binary, bad_encoding,
    bad_json, bad_id, long_word, not_russian, not_found, not_a_file,
    symlink_loop, dangling_link, unreadable, too_long, pipeline_error,
    worker_crashed, store_error, store_unavailable, ...). A bad input
    never stops the batch. A lost database connection is retried with
    backoff for about 15 s; then the batch stops and every input not
    stored is listed as store_unavailable.

    Exit codes: 0 every input stored or duplicate; 1 the batch ran and
    some inputs were rejected; 2 wrong arguments; 3 the database was
    unavailable (nothing, or only part of the batch, was processed).

    The database is created and migrated on first use. With --workers
    N the pipeline runs in N processes, and with --dask ADDRESS on a
    Dask cluster (a document past --timeout seconds is rejected as
    timeout); either way this process checks for duplicates before
    sending a text and does all the writing.
    """
    settings = get_settings().with_overrides(database_url=db, workers=workers)
    count = worker_count(settings.workers)
    migrate_or_exit(settings)
    database = Database.connect(settings)
    try:
        with dask_map(dask, timeout) as on_cluster:
            pipeline = Pipeline() if count == 1 and on_cluster is None else None
            outcomes = _run_with_progress(read_inputs(paths, settings), database, pipeline,
                                          count, on_cluster)
    finally:
        database.dispose()
    print_summary(outcomes, settings, Console())
    raise typer.Exit(exit_code(outcomes))


def exit_code(outcomes: list[Outcome]) -> int:
    """3 when the database was lost, else 1 when anything was rejected, else 0."""
    if any(outcome.reason == STORE_UNAVAILABLE for outcome in outcomes):
        return STORE_UNAVAILABLE_EXIT
    return REJECTED_EXIT if any(outcome.status == "rejected" for outcome in outcomes) else 0


def _run_with_progress(
    items: Iterable[Document | Rejection], database: Database,
    pipeline: PipelineFn | None, workers: int = 1, mapper: Mapper | None = None,
) -> list[Outcome]:
    outcomes: list[Outcome] = []
    with progress_bar() as progress:
        task = progress.add_task("ingesting", total=None)
        for outcome in ingest_items(items, database=database, pipeline=pipeline,
                                    workers=workers, mapper=mapper):
            outcomes.append(outcome)
            progress.update(task, advance=1, description=Path(outcome.path).name)
    return outcomes


def print_summary(outcomes: list[Outcome], settings: Settings, out: Console) -> None:
    """A table of how many inputs were stored, duplicate or rejected, then each rejection."""
    tally = Counter(outcome.status for outcome in outcomes)
    url = shown_url(settings)
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
    lost = sum(outcome.reason == STORE_UNAVAILABLE for outcome in outcomes)
    if lost:
        out.print(f"stopped: the database {url} became unavailable; {lost} inputs were "
                  "not processed, run the same command again to finish", highlight=False,
                  soft_wrap=True, markup=False)


def _rejections_table(rejected: list[Outcome]) -> Table:
    table = Table(title="rejected", title_justify="left")
    table.add_column("path", overflow="fold")
    table.add_column("reason")
    table.add_column("detail", overflow="fold")
    for outcome in rejected:
        table.add_row(outcome.path, outcome.reason, outcome.detail)
    return table


@app.command("migrate")
def migrate_command(db: DbOption = None) -> None:
    """Create the database, or bring its tables up to the current version.

    Every other command that uses the database does this first; exit code
    3 (and one line saying why) when the database cannot be reached.
    """
    settings = get_settings().with_overrides(database_url=db)
    migrate_or_exit(settings)
    Console().print(f"database {shown_url(settings)} is up to date", highlight=False,
                    soft_wrap=True, markup=False)


@app.command("summaries")
def summaries_command(db: DbOption = None) -> None:
    """Count the per-entity summaries again from the stored facts.

    Storing a card keeps them up to date; rebuild them after writing the fact tables
    some other way (a bulk load such as bench/synthetic_kb.py does it itself).
    """
    from coopwatch.store import summaries

    settings = get_settings().with_overrides(database_url=db)
    migrate_or_exit(settings)
    database = Database.connect(settings)
    try:
        with database.sessions.begin() as session:
            written = summaries.rebuild(session)
    finally:
        database.dispose()
    Console().print(", ".join(f"{table}: {rows} rows" for table, rows in written.items()),
                    highlight=False, soft_wrap=True, markup=False)
