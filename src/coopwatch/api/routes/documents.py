"""Documents: the list, one card, its text with the evidence marked, adding a document."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse

from coopwatch.api import schemas
from coopwatch.api.deps import SessionDep, require_token
from coopwatch.api.openapi import CARD_REF
from coopwatch.api.params import Limit, Offset
from coopwatch.api.submit import DocumentIn, job_json, submit
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


@router.get("/documents/{doc_id}", responses={
    200: {"description": "The card.", "content": {"application/json": {"schema": CARD_REF}}},
    **schemas.errors(404)})
def document(doc_id: str, session: SessionDep) -> JSONResponse:
    """The document card (SCHEMA.md), as its file holds it (schema version 2)."""
    card = read.get_card(session, doc_id=doc_id)
    if card is None:
        raise HTTPException(status_code=404, detail=f"no document with id {doc_id!r}")
    return JSONResponse(card.to_json())


@router.get("/documents/{doc_id}/text", response_model=schemas.DocumentText,
            responses={200: {"content": {"text/html": {"schema": {"type": "string"}}}},
                       **schemas.errors(404)})
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


@router.post("/documents", dependencies=[Depends(require_token)], status_code=202,
             response_model=schemas.Job, responses=schemas.errors(400, 401, 413, 429))
def add_document(body: DocumentIn, request: Request) -> JSONResponse:
    """Queue one document to be cleaned, extracted and stored; needs
    `Authorization: Bearer <token>`. Answers 202 with a job to follow at its `url`."""
    return submit(body, request.app)


@router.get("/jobs/{job_id}", response_model=schemas.Job, responses=schemas.errors(404))
def job(job_id: str, request: Request) -> dict[str, object]:
    """Where a submitted document is: queued, running, stored, duplicate or rejected."""
    found = request.app.state.jobs.get(job_id)
    if found is None:
        raise HTTPException(404, f"no job with id {job_id!r}")
    return job_json(found)


@router.get("/stats", tags=["documents"], response_model=read.StoreCounts)
def stats(session: SessionDep) -> dict[str, int]:
    """How many documents, rejections, entities, mentions and facts are stored."""
    return read.counts(session).to_json()
