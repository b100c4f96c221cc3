"""Reading the data files under `coopwatch/data/`: one entry a line, tab-separated fields,
`#` starting a comment."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources


def data_text(name: str) -> str:
    """The whole text of a data file (`name` as for `data_rows`)."""
    return resources.files("coopwatch.data").joinpath(name).read_text(encoding="utf-8")


def data_rows(name: str) -> Iterator[list[str]]:
    """The tab-separated fields of each non-empty, non-comment line of a data file.

    `name` is the file's path under `coopwatch/data/`, e.g. `figures/metrics.tsv`.
    """
    for line in data_text(name).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield [field.strip() for field in line.split("\t")]
