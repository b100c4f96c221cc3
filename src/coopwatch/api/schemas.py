"""The JSON answers of the API that are not the store's own records.

Most routes declare the store's answer records as their response models
(`read.Page[read.EventItem]`, `read.Graph`, `read.EntityProfile`, ...): Pydantic
reads the dataclasses, so /docs shows their schemas and there is one declaration
per answer. Declared here are only the shapes the store does not return as such:
a document's marked text without the raw text, the uncounted entity list, a
submission's job and the errors. A card is declared by its own JSON Schema
(`coopwatch.api.openapi`).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from coopwatch.store import read


class DocumentText(BaseModel):
    """The text as segments, each with the facts citing it (`read.DocumentText.to_json`)."""

    id: str
    title: str | None
    segments: list[read.TextSegment]


class EntityList(BaseModel):
    """Entities, the most widely reported first (no `total`: the list is not counted)."""

    limit: int
    offset: int
    items: list[read.EntitySummary]


class Job(BaseModel):
    """A POSTed document's job: `queued`, `running`, then `stored`, `duplicate` or
    `rejected` (with the reason); `document_id` once it is stored or found stored."""

    job_id: str = Field(description="The job's id, for GET /api/jobs/{job_id}.")
    status: Literal["queued", "running", "stored", "duplicate", "rejected"]
    document_id: str | None = None
    reason: str = Field("", description="Why it was rejected: not_russian, too_long, …")
    detail: str = ""
    url: str = Field(description="Where to follow the job.")


class Message(BaseModel):
    """An error other than a bad parameter: what went wrong, in one sentence."""

    detail: str


class Issue(BaseModel):
    """One reason a request was refused: where (`loc`), what (`msg`), its kind (`type`),
    and for a bad value, the value (`input`) and the bound it broke (`ctx`)."""

    loc: list[str | int]
    msg: str
    type: str
    input: Any = None
    ctx: dict[str, Any] | None = Field(None, examples=[{"le": 500}])


class Invalid(BaseModel):
    """422: the parameters or the body were refused, each reason an `Issue`."""

    detail: list[Issue]


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The `responses` of a route for these error statuses: always JSON, also on routes
    whose answer is CSV or GraphML (the models are added by `openapi.openapi_with_cards`)."""
    described = {
        400: "the body could not be read", 401: "no token, or a wrong one",
        404: "no such item", 409: "the id is taken by another text",
        413: "the body is over the size limit", 422: "a parameter or the body was refused",
        429: "the queue of submissions is full; retry later",
        503: "the store is unavailable",
    }
    return {status: {"description": described[status], "content": {"application/json": {
        "schema": {"$ref": REF + (Invalid if status == 422 else Message).__name__}}}}
        for status in statuses}


REF = "#/components/schemas/"
ERROR_MODELS: tuple[type[BaseModel], ...] = (Invalid, Message)
