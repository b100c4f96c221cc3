"""The cooperation graph: entities as nodes, pairs of parties of the same facts as edges."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from coopwatch.api.deps import SessionDep
from coopwatch.api.params import Offset, PeriodParam, Sector, Since, Until
from coopwatch.store import read

router = APIRouter(tags=["graph"])

Kinds = Annotated[list[str] | None, Query(
    alias="kind", description="Fact kinds that make edges (repeatable): "
    + ", ".join(read.GRAPH_KINDS) + "; default cooperation.")]
EdgeLimit = Annotated[int, Query(ge=1, le=read.MAX_LIMIT, description="Edges per page.")]


@router.get("/graph")
def graph(
    session: SessionDep, sector: Sector = None, since: Since = None, until: Until = None,
    period: PeriodParam = None,
    type: Annotated[str | None, Query(description="Only entities of this type: GEO, ORG, PER.")
                    ] = None,
    kinds: Kinds = None, min_weight: Annotated[int, Query(ge=1)] = 1,
    limit: EdgeLimit = read.MAX_LIMIT, offset: Offset = 0,
) -> dict[str, Any]:
    """Edges weighted by reporting documents (and facts), heaviest first, and their nodes."""
    return read.cooperation_graph(
        session, sector=sector, since=since, until=until, period=period, type=type,
        kinds=kinds or ["cooperation"], min_weight=min_weight, limit=limit, offset=offset,
    ).to_json()
