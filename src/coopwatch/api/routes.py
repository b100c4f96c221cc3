"""JSON routes: thin wrappers over `coopwatch.store.repository`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from coopwatch.api.deps import SessionDep
from coopwatch.records import ENTITY_TYPES
from coopwatch.store import repository

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0)]


@router.get("/documents")
def documents(session: SessionDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Stored documents, newest first, with entity and fact counts."""
    items = repository.list_documents(session, limit=limit, offset=offset)
    total = repository.counts(session).documents
    return {"total": total, "limit": limit, "offset": offset,
            "items": [item.to_json() for item in items]}


@router.get("/documents/{doc_id}")
def document(doc_id: str, session: SessionDep) -> dict[str, Any]:
    """The document card (SCHEMA.md)."""
    card = repository.get_card(session, doc_id=doc_id)
    if card is None:
        raise HTTPException(status_code=404, detail=f"no document with id {doc_id!r}")
    return card.to_json()


@router.get("/entities")
def entities(
    session: SessionDep,
    type: Annotated[str | None, Query(pattern="^(" + "|".join(ENTITY_TYPES) + ")$")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Entities across documents, the most widely reported first."""
    items = repository.list_entities(session, type=type, limit=limit, offset=offset)
    return {"limit": limit, "offset": offset, "items": [item.to_json() for item in items]}


@router.get("/stats")
def stats(session: SessionDep) -> dict[str, int]:
    """How many documents, rejections, entities, mentions and facts are stored."""
    return repository.counts(session).to_json()
