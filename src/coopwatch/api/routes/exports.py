"""Exports: every card as JSON lines, events and figures as CSV, the graph as GraphML."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response, StreamingResponse
from sqlalchemy.orm import Session

from coopwatch.api.deps import SessionDep
from coopwatch.api.params import Pair, Party, PeriodParam, Sector, Since, Until, pair
from coopwatch.service import exports
from coopwatch.store import read
from coopwatch.store.db import Database

router = APIRouter(prefix="/export", tags=["exports"])


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


def _streamed(request: Request, write: Callable[[Session], Iterable[str]]) -> Iterator[str]:
    """Lines written by `write(session)` on a session that lives as long as the stream."""
    database: Database = request.app.state.database
    with database.sessions() as session:
        yield from write(session)


@router.get("/cards.jsonl")
def cards(request: Request) -> StreamingResponse:
    """Every stored card (SCHEMA.md), one JSON object a line."""
    lines = _streamed(request, lambda session: exports.cards_jsonl(read.iter_cards(session)))
    return StreamingResponse(lines, media_type="application/x-ndjson",
                             headers=_attachment("cards.jsonl"))


@router.get("/events.csv")
def events(
    request: Request,
    type: Annotated[str | None, Query()] = None, status: Annotated[str | None, Query()] = None,
    party: Party = None, pair_: Annotated[Pair, Query(alias="pair")] = None,
    sector: Sector = None, since: Since = None, until: Until = None, period: PeriodParam = None,
) -> StreamingResponse:
    """The events matching the filters of /api/events, as CSV."""
    filters = {"type": type, "status": status, "party": party or [], "pair": pair(pair_),
               "sector": sector, "since": since, "until": until, "period": period}
    read.event_filter(**filters)  # bad filters are a 422 before the stream starts
    lines = _streamed(request, lambda s: exports.events_csv(read.iter_events(s, **filters)))
    return StreamingResponse(lines, media_type="text/csv; charset=utf-8",
                             headers=_attachment("events.csv"))


@router.get("/figures.csv")
def figures(
    request: Request,
    metric: Annotated[str | None, Query()] = None, kind: Annotated[str | None, Query()] = None,
    party: Party = None, pair_: Annotated[Pair, Query(alias="pair")] = None,
    since: Since = None, until: Until = None, period: PeriodParam = None,
) -> StreamingResponse:
    """The figures matching the filters of /api/figures, as CSV."""
    filters = {"metric": metric, "kind": kind, "party": party or [], "pair": pair(pair_),
               "since": since, "until": until, "period": period}
    read.figure_filter(**filters)
    lines = _streamed(request, lambda s: exports.figures_csv(read.iter_figures(s, **filters)))
    return StreamingResponse(lines, media_type="text/csv; charset=utf-8",
                             headers=_attachment("figures.csv"))


@router.get("/graph.graphml")
def graph(
    session: SessionDep, sector: Sector = None, since: Since = None, until: Until = None,
    period: PeriodParam = None, type: Annotated[str | None, Query()] = None,
    kinds: Annotated[list[str] | None, Query(alias="kind")] = None,
    min_weight: Annotated[int, Query(ge=1)] = 1,
) -> Response:
    """The whole cooperation graph (all edges) as GraphML."""
    found = read.full_graph(session, sector=sector, since=since, until=until, period=period,
                               type=type, kinds=kinds or ["cooperation"], min_weight=min_weight)
    return Response(exports.graph_graphml(found), media_type="application/graphml+xml",
                    headers=_attachment("graph.graphml"))
