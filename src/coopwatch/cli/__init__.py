"""Command-line interface: `coopwatch --help`. One module per group of commands."""

from __future__ import annotations

from coopwatch.cli import bench, cards, evaluate, export, ingest, query, serve, show  # noqa: F401  (register commands)
from coopwatch.cli.app import app


def main() -> None:
    app()
