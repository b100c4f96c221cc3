"""Query parameters shared by the routes: pagination and the fact filters.

Values are checked by `coopwatch.store.read` (so the CLI gets the same messages);
its `BadQuery` becomes a 422 response with the message as `detail` (see `app`).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from coopwatch.store import read

Limit = Annotated[int, Query(ge=1, le=read.MAX_LIMIT, description="Page size.")]
Offset = Annotated[int, Query(ge=0, description="Items to skip.")]
Party = Annotated[list[str] | None, Query(
    description="An entity key among the fact's parties; repeat for several (all must be).")]
Pair = Annotated[str | None, Query(description="Two keys, comma-separated: RU-BRY,BY.")]
Since = Annotated[str | None, Query(description="From this date: 2023, 2023-05, 2023-05-17.")]
Until = Annotated[str | None, Query(description="Up to the end of this date: 2024, 2024-09.")]
PeriodParam = Annotated[str | None, Query(
    alias="period", description="A year, a month or a range: 2024, 2024-05, 2024-01/2024-09.")]
Sector = Annotated[str | None, Query(description="A sector of SCHEMA.md: automotive, …")]
Subregions = Annotated[bool, Query(
    description="A country key also matches its regions' keys (CN matches CN-ZJ).")]


def pair(text: str | None) -> tuple[str, str] | None:
    return read.parse_pair(text) if text else None
