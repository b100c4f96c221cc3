"""POST /api/documents: a body -> ingest cleaning -> the pipeline -> the store.

The pipeline (models) loads on the first submission and is shared by the app; runs are
serialized by a lock, since the models are not meant for concurrent use.
"""

from __future__ import annotations

import threading
from typing import Any

from fastapi import FastAPI, HTTPException
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, model_validator

from coopwatch.ingest.documents import build_document
from coopwatch.ingest.published import normalize_date
from coopwatch.ingest.readers import RawDocument
from coopwatch.parallel import PipelineFn
from coopwatch.records import Document, Rejection
from coopwatch.service.ingest import ingest_document

API_PATH = "api"
STATUS_CODES = {"stored": 201, "duplicate": 200}
REJECTION_CODES = {"id_conflict": 409, "pipeline_error": 500, "store_error": 503}


class DocumentIn(BaseModel):
    """A news document to add: its text or its HTML page, and what is known of its source."""

    id: str | None = Field(None, min_length=1, max_length=64, pattern=r"^[\w.:-]+$")
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=1000)
    published: str | None = Field(None, description="A date: 2025-09-29 or 29.09.2025.")
    text: str | None = None
    html: str | None = None

    @model_validator(mode="after")
    def _one_body(self) -> DocumentIn:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' (plain text) and 'html' (a web page)")
        if self.published is not None and normalize_date(self.published) is None:
            raise ValueError(f"'published' {self.published!r} is not a date "
                             "(expected e.g. 2025-09-29)")
        return self


def submit(body: DocumentIn, app: FastAPI) -> JSONResponse:
    """Ingest the body; 201 stored, 200 duplicate, 4xx/5xx with the rejection reason."""
    raw = RawDocument(name=body.id or body.url or API_PATH, path=API_PATH,
                      body=body.text if body.text is not None else body.html or "",
                      html=body.html is not None, id=body.id, url=body.url, title=body.title,
                      published=body.published)
    doc = build_document(raw, app.state.settings)
    if isinstance(doc, Rejection):
        raise HTTPException(422, f"rejected: {doc.reason} ({doc.detail})")
    outcome = ingest_document(doc, database=app.state.database, pipeline=_pipeline(app))
    if outcome.status == "rejected":
        raise HTTPException(REJECTION_CODES.get(outcome.reason, 422),
                            f"rejected: {outcome.reason} ({outcome.detail})")
    content: dict[str, Any] = {"status": outcome.status, "id": outcome.doc_id}
    return JSONResponse(content, status_code=STATUS_CODES[outcome.status])


def _pipeline(app: FastAPI) -> PipelineFn:
    """The app's pipeline, created on first use, run under the app's lock."""
    lock: threading.Lock = app.state.pipeline_lock
    with lock:
        if app.state.pipeline is None:
            from coopwatch.pipeline import Pipeline

            app.state.pipeline = Pipeline()
    pipeline: PipelineFn = app.state.pipeline

    def locked(doc: Document) -> Document:
        with lock:
            return pipeline(doc)

    return locked
