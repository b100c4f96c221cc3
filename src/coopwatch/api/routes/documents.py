"""Documents: the list, one card, its text with the evidence marked, adding a document."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse

from coopwatch.api import schemas
from coopwatch.api.deps import SessionDep, require_token
from coopwatch.api.params import Limit, Offset
from coopwatch.api.submit import DocumentIn, submit
from coopwatch.store import read
from coopwatch.web.highlight import highlighted

router = APIRouter(tags=["documents"])


@router.get("/documents", response_model=read.Page[read.DocumentSummary])
def documents(
    session: SessionDep, limit: Limit = 50, offset: Offset = 0,
    on_topic: Annotated[bool | None, Query(description=(
        "true: only documents on topic; false: only those off topic (cards of schema "
        "version 1 have no relevance and are left out by either)."))] = None,
) -> dict[str, Any]:
    """Stored documents, newest first, with entity and fact counts and their relevance."""
    items = read.list_documents(session, limit=limit, offset=offset, on_topic=on_topic)
    total = read.count_documents(session, on_topic=on_topic)
    return {"total": total, "limit": limit, "offset": offset,
            "items": [item.to_json() for item in items]}


@router.get("/documents/{doc_id}", response_model=schemas.Card)
def document(doc_id: str, session: SessionDep) -> JSONResponse:
    """The document card (SCHEMA.md), as its file holds it (schema version 2)."""
    card = read.get_card(session, doc_id=doc_id)
    if card is None:
        raise HTTPException(status_code=404, detail=f"no document with id {doc_id!r}")
    return JSONResponse(card.to_json())


@router.get("/documents/{doc_id}/text", response_model=schemas.DocumentText,
            responses={200: {"content": {"text/html": {}}}})
def document_text(
    doc_id: str, session: SessionDep,
    format: Annotated[Literal["json", "html"], Query(
        description="json: segments with the facts citing each; html: <mark>ed text")] = "json",
) -> dict[str, Any] | HTMLResponse:
    """The text cut into segments marked by evidence (with the citing facts) and mentions."""
    text = read.document_text_with_evidence(session, doc_id=doc_id)
    if text is None:
        raise HTTPException(status_code=404, detail=f"no document with id {doc_id!r}")
    if format == "html":
        return HTMLResponse(highlighted(text.text, text.evidence, text.mentions))
    return text.to_json()


@router.post("/documents", dependencies=[Depends(require_token)],
             responses={201: {"description": "stored", "model": schemas.Submitted},
                        200: {"description": "duplicate", "model": schemas.Submitted},
                        401: {"description": "no or wrong token"},
                        409: {"description": "the id is taken by another text"},
                        422: {"description": "bad body, or the text was rejected"}})
def add_document(body: DocumentIn, request: Request) -> JSONResponse:
    """Clean, extract and store one document; needs `Authorization: Bearer <api_token>`."""
    return submit(body, request.app)


@router.get("/stats", tags=["documents"], response_model=read.StoreCounts)
def stats(session: SessionDep) -> dict[str, int]:
    """How many documents, rejections, entities, mentions and facts are stored."""
    return read.counts(session).to_json()
