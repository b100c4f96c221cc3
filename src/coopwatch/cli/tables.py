"""Rich tables for the terminal: one row per record, every cell a short escaped string."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.markup import escape
from rich.table import Table

from coopwatch.records import Relevance


def cell(value: Any) -> str:
    """A value as table text: `-` for nothing, lists joined, large floats with spaces."""
    if value is None:
        return "-"
    if isinstance(value, list | tuple):
        return ", ".join(cell(item) for item in value) or "-"
    if isinstance(value, float):
        return f"{value:,.0f}".replace(",", " ") if abs(value) >= 1000 else f"{value:g}"
    return str(value)


def table(title: str, columns: str, rows: Iterable[Iterable[Any]]) -> Table:
    """A rich table with folded columns (names split on spaces); every cell escaped."""
    result = Table(title=title, title_justify="left")
    for column in columns.split():
        result.add_column(column, overflow="fold")
    for row in rows:
        result.add_row(*(escape(cell(value)) for value in row))
    return result


def topic(relevance: Relevance | None) -> str | None:
    """A card's relevance (schema 2) in words; None for a version-1 card."""
    if relevance is None:
        return None
    return "on topic" if relevance.on_topic else "off topic"
