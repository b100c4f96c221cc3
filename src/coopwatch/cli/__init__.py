"""Command-line interface: `coopwatch --help`. One module per group of commands."""

from __future__ import annotations

from coopwatch.cli import (  # noqa: F401  (register commands)
    bench,
    cards,
    evaluate,
    export,
    ingest,
    query,
    searches,
    serve,
    show,
    watch,
)
from coopwatch.cli.app import app


def main() -> None:
    app()
