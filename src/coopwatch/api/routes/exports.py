"""Exports: every card as JSON lines, events and figures as CSV, the graph as GraphML."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse
from sqlalchemy.orm import Session

from coopwatch.api.deps import SessionDep
from coopwatch.api.params import EventQuery, FigureQuery, GraphQuery
from coopwatch.service import exports
from coopwatch.store import read
from coopwatch.store.db import Database

router = APIRouter(prefix="/export", tags=["exports"])


class JsonLinesResponse(StreamingResponse):
    media_type = "application/x-ndjson"


class CsvResponse(StreamingResponse):
    media_type = "text/csv; charset=utf-8"


class GraphmlResponse(Response):
    media_type = "application/graphml+xml"


def _declared(response: type[Response]) -> dict[str, Any]:
    """The route arguments that declare its answer's media type in the OpenAPI page."""
    return {"response_class": response, "responses": {200: {
        "content": {str(response.media_type): {"schema": {"type": "string"}}}}}}


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


def _streamed(request: Request, write: Callable[[Session], Iterable[str]]) -> Iterator[str]:
    """Lines written by `write(session)` on a session that lives as long as the stream."""
    database: Database = request.app.state.database
    with database.sessions() as session:
        yield from write(session)


@router.get("/cards.jsonl", **_declared(JsonLinesResponse))
def cards(request: Request) -> StreamingResponse:
    """Every stored card (SCHEMA.md), one JSON object a line."""
    lines = _streamed(request, lambda session: exports.cards_jsonl(read.iter_cards(session)))
    return JsonLinesResponse(lines, headers=_attachment("cards.jsonl"))


@router.get("/events.csv", **_declared(CsvResponse))
def events(request: Request, filters: EventQuery) -> StreamingResponse:
    """The events matching the filters of /api/events, as CSV."""
    filters.selection()  # bad filters are a 422 before the stream starts
    lines = _streamed(request, lambda s: exports.events_csv(read.iter_events(s, filters=filters)))
    return CsvResponse(lines, headers=_attachment("events.csv"))


@router.get("/figures.csv", **_declared(CsvResponse))
def figures(request: Request, filters: FigureQuery) -> StreamingResponse:
    """The figures matching the filters of /api/figures, as CSV."""
    filters.selection()
    lines = _streamed(request,
                      lambda s: exports.figures_csv(read.iter_figures(s, filters=filters)))
    return CsvResponse(lines, headers=_attachment("figures.csv"))


@router.get("/graph.graphml", **_declared(GraphmlResponse))
def graph(session: SessionDep, filters: GraphQuery) -> Response:
    """The whole cooperation graph (all edges) as GraphML."""
    found = read.full_graph(session, filters=filters)
    return GraphmlResponse(exports.graph_graphml(found), headers=_attachment("graph.graphml"))
