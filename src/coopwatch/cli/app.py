"""The typer application every command module registers on."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

app = typer.Typer(
    name="coopwatch",
    help=(
        "coopwatch reads Russian news about economic cooperation between regions and "
        "foreign partners and turns it into document cards and a knowledge base of "
        "sourced facts (meetings, agreements, localization, flows, trade figures)."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)
console = Console(stderr=True)


def progress_bar() -> Progress:
    """The progress bar of long commands: items done, time elapsed, the current item."""
    return Progress(
        SpinnerColumn(), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.description}"), console=console, transient=True,
    )


@app.callback()
def _root() -> None:
    """coopwatch: facts about regional and international economic cooperation."""
