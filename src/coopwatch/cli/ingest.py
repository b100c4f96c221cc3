"""CLI command `ingest`: news files -> the ingest service -> a summary of every input."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy import make_url

from coopwatch.cli.app import app, progress_bar
from coopwatch.cli.cards import WorkersOption
from coopwatch.cli.scaleout import DaskOption, TimeoutOption, dask_map
from coopwatch.ingest import read_inputs
from coopwatch.parallel import PipelineFn, worker_count
from coopwatch.pipeline import Pipeline
from coopwatch.records import Document, Rejection
from coopwatch.scaleout.tasks import DEFAULT_TIMEOUT
from coopwatch.service.ingest import Mapper, Outcome, ingest_items
from coopwatch.settings import Settings, get_settings
from coopwatch.store.db import Database, migrate

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
    already stored: nothing is written) or rejected with a reason
    (empty, binary, bad_encoding, not_russian, pipeline_error,
    worker_crashed, store_error, ...). A path that does not exist is
    recorded as rejected not_found instead of stopping the batch. The
    exit code is 0 whenever the batch ran, rejections included. The
    database is created and migrated on first use. With --workers N
    the pipeline runs in N processes, and with --dask ADDRESS on a Dask
    cluster (a document past --timeout seconds is rejected as timeout);
    either way this process checks for duplicates before sending a text
    and does all the writing.
    """
    settings = get_settings().with_overrides(database_url=db, workers=workers)
    count = worker_count(settings.workers)
    migrate(settings)
    database = Database.connect(settings)
    try:
        with dask_map(dask, timeout) as on_cluster:
            pipeline = Pipeline() if count == 1 and on_cluster is None else None
            outcomes = _run_with_progress(read_inputs(paths, settings), database, pipeline,
                                          count, on_cluster)
    finally:
        database.dispose()
    print_summary(outcomes, settings, Console())


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
