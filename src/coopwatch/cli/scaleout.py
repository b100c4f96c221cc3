"""The `--dask` and `--timeout` options of `extract` and `ingest`: the pipeline on a cluster."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from coopwatch.cli.app import console
from coopwatch.records import Document, Rejection
from coopwatch.scaleout.tasks import DEFAULT_TIMEOUT

if TYPE_CHECKING:
    from distributed import Client

Item = TypeVar("Item")

DaskOption = Annotated[
    str | None,
    typer.Option("--dask", metavar="ADDRESS", help=(
        "Run the pipeline on a Dask cluster instead of --workers: tcp://scheduler:8786, "
        "or local:N for a cluster of N local processes (local:0 = one per CPU). Each "
        "worker builds its pipeline once; the cards come back here, in input order, and "
        "only this process writes to the database. Needs the 'dask' extra.")),
]
TimeoutOption = Annotated[
    float,
    typer.Option("--timeout", min=0.001, help=(
        "With --dask: seconds one document may take; a longer one is stopped and "
        "rejected as timeout.")),
]


class DaskMap:
    """The pipeline over inputs on a connected cluster, results in input order."""

    def __init__(self, client: Client, timeout: float) -> None:
        self.client = client
        self.timeout = timeout

    def __call__(self, items: Iterable[Item]) -> Iterator[Document | Rejection | Item]:
        from coopwatch.scaleout.mapping import map_on_cluster

        return map_on_cluster(items, client=self.client, timeout=self.timeout)


@contextmanager
def dask_map(address: str | None, timeout: float = DEFAULT_TIMEOUT) -> Iterator[DaskMap | None]:
    """None without --dask; else the map on the cluster at `address`, for the command's life."""
    if address is None:
        yield None
        return
    try:
        from coopwatch.scaleout.cluster import connect, parse_address
    except ImportError as error:
        raise typer.BadParameter(
            f"Dask is not installed ({error}): pip install 'coopwatch[dask]'",
            param_hint="--dask") from error
    try:
        parse_address(address)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--dask") from error
    with ExitStack() as stack:
        try:
            client = stack.enter_context(connect(address))
        except (OSError, TimeoutError) as error:
            console.print(f"[red]cannot reach the Dask cluster at {address}: {error}[/red]")
            raise typer.Exit(2) from error
        workers = client.nthreads()
        console.print(f"Dask: {len(workers)} workers, {sum(workers.values())} threads, "
                      f"scheduler {client.scheduler.address}", highlight=False)
        yield DaskMap(client, timeout)
