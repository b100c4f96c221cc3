"""CLI commands: ingest."""

from __future__ import annotations

from coopwatch.cli.app import app  # noqa: F401
