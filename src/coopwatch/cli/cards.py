"""CLI commands that work on cards without a database: extract."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from coopwatch.cli.app import app, console, progress_bar
from coopwatch.cli.scaleout import DaskOption, TimeoutOption, dask_map
from coopwatch.ingest import read_inputs
from coopwatch.parallel import map_documents, worker_count
from coopwatch.records import Document, Rejection
from coopwatch.scaleout.tasks import DEFAULT_TIMEOUT
from coopwatch.settings import get_settings

WorkersOption = Annotated[
    int | None,
    typer.Option("--workers", "-w", min=0, help="Processes running the pipeline; 0 = one per CPU "
                 "(default: settings, COOPWATCH_WORKERS, 1)."),
]


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .html, .jsonl).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Cards file (JSON lines); '-' for stdout.")] = Path("-"),
    workers: WorkersOption = None,
    dask: DaskOption = None,
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
) -> None:
    """Turn news files into document cards (JSON lines), without a database.

    One card per input document, in input order; rejected inputs are listed at the end
    on stderr with the reason (a stage that fails rejects its document as pipeline_error).
    With --workers N the pipeline runs in N processes, the cards still in input order;
    with --dask ADDRESS it runs on a Dask cluster (a document past --timeout seconds is
    rejected as timeout).
    """
    settings = get_settings().with_overrides(workers=workers)
    with dask_map(dask, timeout) as on_cluster:
        inputs = read_inputs(paths, settings)
        results = (on_cluster(inputs) if on_cluster is not None
                   else map_documents(inputs, workers=worker_count(settings.workers)))
        _write_cards(results, output)


def _write_cards(results: Iterator[Document | Rejection], output: Path) -> None:
    rejections: list[Rejection] = []
    count = 0
    handle = open(output, "w", encoding="utf-8") if str(output) != "-" else None  # noqa: SIM115
    try:
        with progress_bar() as progress:
            task = progress.add_task("extracting", total=None)
            for item in results:
                if isinstance(item, Rejection):
                    rejections.append(item)
                else:
                    line = json.dumps(item.to_json(), ensure_ascii=False)
                    if handle:
                        handle.write(line + "\n")
                    else:
                        print(line)
                    count += 1
                progress.advance(task)
    finally:
        if handle:
            handle.close()
    console.print(f"[green]{count} cards[/green], [red]{len(rejections)} rejected[/red]")
    for rejection in rejections:
        console.print(f"  rejected {rejection.path}: {rejection.reason} {rejection.detail}")


