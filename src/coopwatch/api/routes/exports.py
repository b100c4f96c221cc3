"""Exports: every card as JSON lines, events and figures as CSV, the graph as GraphML."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, Field
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


class CsvOptions(BaseModel):
    """How the CSV is written, and optionally which page of the matches (as a page of
    /facts shows them): without `limit`, every match."""

    delimiter: Literal[",", ";"] = Field(",", description=(
        "',' or ';' (what a Russian Excel expects)."))
    bom: bool = Field(True, description="Start with a UTF-8 BOM, so Excel reads UTF-8.")
    limit: int | None = Field(None, ge=1, le=read.MAX_LIMIT, description="Page size.")
    offset: int = Field(0, ge=0, le=read.MAX_INTEGER, description="Items to skip (with limit).")

    def style(self) -> exports.CsvStyle:
        return exports.CsvStyle(delimiter=self.delimiter, bom=self.bom)


CsvQuery = Annotated[CsvOptions, Query()]


def _facts(options: CsvOptions, page: Callable[..., read.Page[Any]],
           every: Callable[..., Iterable[Any]]) -> Callable[[Session, Any], Iterable[Any]]:
    """The facts to write: one page when `limit` is given, else every match."""
    if options.limit is None:
        return lambda session, filters: every(session, filters=filters)
    return lambda session, filters: page(session, filters=filters, limit=options.limit,
                                         offset=options.offset).items


@router.get("/events.csv", **_declared(CsvResponse))
def events(request: Request, filters: EventQuery, options: CsvQuery) -> StreamingResponse:
    """The events matching the filters of /api/events, as CSV."""
    with request.app.state.database.sessions() as session:
        filters = read.with_keys(session, filters)  # an unknown name is a 422 here
    filters.selection()  # bad filters are a 422 before the stream starts
    found = _facts(options, read.list_events, read.iter_events)
    lines = _streamed(request, lambda s: exports.events_csv(
        found(s, filters), names=read.all_entity_names(s), style=options.style()))
    return CsvResponse(lines, headers=_attachment("events.csv"))


@router.get("/figures.csv", **_declared(CsvResponse))
def figures(request: Request, filters: FigureQuery, options: CsvQuery) -> StreamingResponse:
    """The figures matching the filters of /api/figures, as CSV."""
    with request.app.state.database.sessions() as session:
        filters = read.with_keys(session, filters)
    filters.selection()
    found = _facts(options, read.list_figures, read.iter_figures)
    lines = _streamed(request, lambda s: exports.figures_csv(
        found(s, filters), names=read.all_entity_names(s), style=options.style()))
    return CsvResponse(lines, headers=_attachment("figures.csv"))


@router.get("/graph.graphml", **_declared(GraphmlResponse))
def graph(session: SessionDep, filters: GraphQuery) -> Response:
    """The whole cooperation graph (all edges) as GraphML; edges carry their sectors,
    first and last dates, fact count and documents."""
    found = read.full_graph(session, filters=filters)
    details = read.edge_details(session, filters=filters)
    return GraphmlResponse(exports.graph_graphml(found, details),
                           headers=_attachment("graph.graphml"))
