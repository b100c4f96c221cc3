"""Entities: the list or a search by name / alias, and one entity's profile."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from coopwatch.api import schemas
from coopwatch.api.deps import SessionDep
from coopwatch.api.params import Limit, Offset
from coopwatch.records import ENTITY_TYPES
from coopwatch.store import read

router = APIRouter(tags=["entities"])

EntityType = Annotated[str | None, Query(pattern="^(" + "|".join(ENTITY_TYPES) + ")$")]


@router.get("/entities",
            response_model=read.Page[read.EntityMatch] | schemas.EntityList)
def entities(
    session: SessionDep,
    q: Annotated[str | None, Query(
        min_length=1, description="Part of a name, an alias or a key; case and ё/е folded.")
    ] = None,
    type: EntityType = None, limit: Limit = 50, offset: Offset = 0,
) -> dict[str, Any]:
    """Entities across documents, the most widely reported first; with `q`, those matching."""
    if q is not None:
        return read.find_entities(session, q=q, type=type, limit=limit,
                                     offset=offset).to_json()
    items = read.list_entities(session, type=type, limit=limit, offset=offset)
    return {"limit": limit, "offset": offset, "items": [item.to_json() for item in items]}


@router.get("/entities/{key:path}/profile", response_model=read.EntityProfile,
            responses=schemas.errors(404))
def profile(
    key: str, session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=read.MAX_LIMIT, description=(
        "Partners, events, figures and positions shown (the newest first; each list's "
        "`total` counts them all, and /api/events?party=KEY pages through the rest)."
    ))] = read.PROFILE_PAGE,
) -> dict[str, Any]:
    """Partners with counts, sectors, the events timeline, figures and positions of one
    entity: 20 of each by default."""
    found = read.entity_profile(session, key=key, limit=limit)
    if found is None:
        raise HTTPException(404, f"no entity with key {key!r} (search: /api/entities?q=…)")
    return found.to_json()
