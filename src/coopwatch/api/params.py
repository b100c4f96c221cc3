"""Query parameters shared by the routes: pagination and the filter query models.

The filters are the store's own typed objects (`coopwatch.store.read.filters`), taken
whole as query models, so the API, the CLI and the exports check them in one place;
their `BadQuery` becomes a 422 response with the message as `detail` (see `app`).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from coopwatch.store import read

Limit = Annotated[int, Query(ge=1, le=read.MAX_LIMIT, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=read.MAX_INTEGER, description="Items to skip.")]
EventQuery = Annotated[read.EventFilters, Query()]
FigureQuery = Annotated[read.FigureFilters, Query()]
GraphQuery = Annotated[read.GraphFilters, Query()]
