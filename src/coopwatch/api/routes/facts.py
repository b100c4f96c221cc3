"""Events and figures across documents, with filters by type, party, pair, sector, period."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from coopwatch.api.deps import SessionDep
from coopwatch.api.params import EventQuery, FigureQuery, Limit, Offset
from coopwatch.store import read

router = APIRouter(tags=["facts"])


@router.get("/events", response_model=read.Page[read.EventItem])
def events(
    session: SessionDep, filters: EventQuery, limit: Limit = 50, offset: Offset = 0,
) -> dict[str, Any]:
    """Events, newest first, with the documents and evidence they come from."""
    return read.list_events(session, filters=filters, limit=limit, offset=offset).to_json()


@router.get("/figures", response_model=read.Page[read.FigureItem])
def figures(
    session: SessionDep, filters: FigureQuery, limit: Limit = 50, offset: Offset = 0,
) -> dict[str, Any]:
    """Figures, latest period first, with the documents and evidence they come from."""
    return read.list_figures(session, filters=filters, limit=limit, offset=offset).to_json()
