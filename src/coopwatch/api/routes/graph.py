"""The cooperation graph: entities as nodes, pairs of parties of the same facts as edges."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from coopwatch.api.deps import SessionDep
from coopwatch.api.params import GraphQuery, Offset
from coopwatch.store import read

router = APIRouter(tags=["graph"])

EdgeLimit = Annotated[int, Query(ge=1, le=read.MAX_LIMIT, description="Edges per page.")]


@router.get("/graph", response_model=read.Graph)
def graph(
    session: SessionDep, filters: GraphQuery,
    limit: EdgeLimit = read.MAX_LIMIT, offset: Offset = 0,
) -> dict[str, Any]:
    """Edges weighted by reporting documents (and facts), heaviest first, and their nodes."""
    return read.cooperation_graph(session, filters=filters, limit=limit,
                                  offset=offset).to_json()
