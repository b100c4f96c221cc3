"""Events and figures across documents, with filters by type, party, pair, sector, period."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from coopwatch.api.deps import SessionDep
from coopwatch.api.params import (
    Limit,
    Offset,
    Pair,
    Party,
    PeriodParam,
    Sector,
    Since,
    Subregions,
    Until,
    pair,
)
from coopwatch.store import read

router = APIRouter(tags=["facts"])


@router.get("/events")
def events(
    session: SessionDep,
    type: Annotated[str | None, Query(description="meeting, visit, agreement, …")] = None,
    status: Annotated[str | None, Query(description="proposed, planned, ongoing, done")] = None,
    party: Party = None, pair_: Annotated[Pair, Query(alias="pair")] = None,
    sector: Sector = None, since: Since = None, until: Until = None,
    period: PeriodParam = None, subregions: Subregions = False,
    limit: Limit = 50, offset: Offset = 0,
) -> dict[str, Any]:
    """Events, newest first, with the documents and evidence they come from."""
    return read.list_events(
        session, type=type, status=status, party=party or [], pair=pair(pair_), sector=sector,
        since=since, until=until, period=period, subregions=subregions,
        limit=limit, offset=offset,
    ).to_json()


@router.get("/figures")
def figures(
    session: SessionDep,
    metric: Annotated[str | None, Query(description="trade_turnover, export, …")] = None,
    kind: Annotated[str | None, Query(description="actual, target, forecast")] = None,
    party: Party = None, pair_: Annotated[Pair, Query(alias="pair")] = None,
    since: Since = None, until: Until = None, period: PeriodParam = None,
    subregions: Subregions = False, limit: Limit = 50, offset: Offset = 0,
) -> dict[str, Any]:
    """Figures, latest period first, with the documents and evidence they come from."""
    return read.list_figures(
        session, metric=metric, kind=kind, party=party or [], pair=pair(pair_),
        since=since, until=until, period=period, subregions=subregions,
        limit=limit, offset=offset,
    ).to_json()
