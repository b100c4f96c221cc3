"""POST /api/documents: a body is checked and queued as a job; GET /api/jobs/{id} follows it.

The request does no extraction: the body's shape and size are checked here, then the
app's `JobQueue` (coopwatch.service.jobs) cleans, extracts and stores it in the
background. A full queue is a 429.
"""

from __future__ import annotations

from fastapi import FastAPI, HTTPException
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, field_validator, model_validator

from coopwatch.ingest.published import normalize_date
from coopwatch.ingest.readers import RawDocument
from coopwatch.service.jobs import Job, JobQueue, QueueFull, text_too_long

API_PATH = "api"
RETRY_AFTER_SECONDS = 30


class DocumentIn(BaseModel):
    """A news document to add: its text or its HTML page, and what is known of its source."""

    id: str | None = Field(None, min_length=1, max_length=64, pattern=r"^[\w.:-]+$")
    url: str | None = Field(None, max_length=2000, pattern=r"^[hH][tT][tT][pP][sS]?://",
                            description="The source's http(s) address.")
    title: str | None = Field(None, max_length=1000)
    published: str | None = Field(None, description="A date: 2025-09-29 or 29.09.2025.")
    text: str | None = None
    html: str | None = None

    @field_validator("id", "url", "title", "published", "text", "html")
    @classmethod
    def _no_nul(cls, value: str | None) -> str | None:
        """A NUL would fail in the store: refused here (422). (Pydantic itself refuses
        lone surrogates, which UTF-8 cannot carry.)"""
        if value is not None and "\x00" in value:
            raise ValueError("NUL characters are not allowed")
        return value

    @model_validator(mode="after")
    def _one_body(self) -> DocumentIn:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' (plain text) and 'html' (a web page)")
        if self.published is not None and normalize_date(self.published) is None:
            raise ValueError(f"'published' {self.published!r} is not a date "
                             "(expected e.g. 2025-09-29)")
        return self


def submit(body: DocumentIn, app: FastAPI) -> JSONResponse:
    """Queue the body: 202 with the job; 422 for a text over the cap, 429 when full."""
    if body.text is not None and (too_long := text_too_long(body.text, app.state.settings)):
        raise HTTPException(422, [{"loc": ["body", "text"], "type": too_long.reason,
                                   "msg": f"rejected: {too_long.reason} ({too_long.detail})"}])
    raw = RawDocument(name=body.id or body.url or API_PATH, path=API_PATH,
                      body=body.text if body.text is not None else body.html or "",
                      html=body.html is not None, id=body.id, url=body.url, title=body.title,
                      published=body.published)
    jobs: JobQueue = app.state.jobs
    try:
        job = jobs.submit(raw)
    except QueueFull:
        raise HTTPException(429, "the queue of submissions is full; retry later",
                            headers={"Retry-After": str(RETRY_AFTER_SECONDS)}) from None
    return JSONResponse(job_json(job), status_code=202, headers={"Location": job_url(job.id)})


def job_url(job_id: str) -> str:
    return f"/{API_PATH}/jobs/{job_id}"


def job_json(job: Job) -> dict[str, object]:
    """A job as the API answers it (`schemas.Job`)."""
    return {"job_id": job.id, "status": job.status, "document_id": job.document_id,
            "reason": job.reason, "detail": job.detail, "url": job_url(job.id)}
