"""CLI commands: serve."""

from __future__ import annotations

from coopwatch.cli.app import app  # noqa: F401
