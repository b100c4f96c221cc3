"""The ingest data files in `coopwatch/data/` (names starting with `ingest_`), read once."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


def data_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a data file, stripped of surrounding spaces."""
    return _data_lines(name)


@cache
def _data_lines(name: str) -> tuple[str, ...]:
    text = files("coopwatch").joinpath("data", name).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def data_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated data file."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in data_lines(name))
