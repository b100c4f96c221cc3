"""Saved searches and their Atom feeds under /api/feeds; saving and deleting need the token."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from pydantic import BaseModel, Field

from coopwatch.api import schemas
from coopwatch.api.atom import atom_feed
from coopwatch.api.deps import SessionDep, require_token
from coopwatch.store import read, searches
from coopwatch.store.read.alerts import ALERT_LIMIT

router = APIRouter(prefix="/api", tags=["feeds"], responses=schemas.errors(422))

ATOM_TYPE = "application/atom+xml; charset=utf-8"
FILTERS_EXAMPLE = {"party": ["RU-TA"], "pair": "RU-TA,CN", "type": "agreement",
                   "min_confidence": 0.7}


class SearchIn(BaseModel):
    """A search to save: its name (in the feed's address), events or figures, filters."""

    name: str = Field(pattern=r"^[\w-]{1,100}$")
    kind: str = Field("events", description="events or figures")
    filters: dict[str, Any] = Field(default_factory=dict, description=(
        "The filters of /api/events or /api/figures: party (a list), pair, type, sector, "
        "metric, min_confidence, ..."), examples=[FILTERS_EXAMPLE])


class SavedSearch(BaseModel):
    """A saved search as stored, with the address of its Atom feed in the list."""

    name: str
    kind: str
    created_at: str
    filters: dict[str, Any] = Field(examples=[FILTERS_EXAMPLE])
    feed: str | None = None


@router.get("/feeds", response_model=list[SavedSearch])
def list_feeds(session: SessionDep, request: Request) -> list[dict[str, Any]]:
    """The saved searches, each with the address of its Atom feed."""
    base = str(request.base_url).rstrip("/")
    return [search.to_json() | {"feed": f"{base}/api/feeds/{search.name}"}
            for search in searches.list_searches(session)]


@router.get("/feeds/{name}", response_class=Response,
            responses={200: {"content": {"application/atom+xml": {}}}, **schemas.errors(404)})
def feed(name: str, session: SessionDep, request: Request,
         limit: Annotated[int, Query(ge=1, le=read.MAX_LIMIT)] = ALERT_LIMIT) -> Response:
    """The newest facts the saved search matches, as an Atom feed (newest stored first)."""
    search = searches.get_search(session, name=name)
    if search is None:
        raise HTTPException(404, f"no saved search {name!r}")
    alerts = read.new_facts(session, filters=search.filters, limit=limit)
    body = atom_feed(search, alerts, base_url=str(request.base_url))
    return Response(body, media_type=ATOM_TYPE)


@router.post("/feeds", status_code=201, dependencies=[Depends(require_token)],
             response_model=SavedSearch,
             responses=schemas.errors(400, 401))
def save_feed(body: SearchIn, session: SessionDep) -> dict[str, Any]:
    """Save (or replace) a search; 422 when its filters cannot run."""
    filters = searches.filters_of(body.kind, body.filters)
    saved = searches.save_search(session, name=body.name, kind=body.kind, filters=filters)
    session.commit()
    return saved.to_json()


@router.delete("/feeds/{name}", status_code=204, dependencies=[Depends(require_token)],
               responses=schemas.errors(401, 404))
def delete_feed(name: str, session: SessionDep) -> Response:
    """Delete a saved search; 404 when there is none of that name."""
    if not searches.delete_search(session, name=name):
        raise HTTPException(404, f"no saved search {name!r}")
    session.commit()
    return Response(status_code=204)
