"""The JSON answers of the API that are not the store's own records.

Most routes declare the store's answer records as their response models
(`read.Page[read.EventItem]`, `read.Graph`, `read.EntityProfile`, ...): Pydantic
reads the dataclasses, so /docs shows their schemas and there is one declaration
per answer. Declared here are only the shapes the store does not return as such:
a card as its JSON file, a document's marked text without the raw text, the
uncounted entity list, and what a POST answers.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from coopwatch.store import read


class Source(BaseModel):
    url: str | None
    path: str | None
    title: str | None
    published: str | None


class Relevance(BaseModel):
    """Schema 2: whether the document is about economic cooperation, and how sure."""

    on_topic: bool
    score: float = Field(ge=0, le=1)


class Fact(BaseModel):
    """A fact of the card: the fields of its kind (SCHEMA.md), its evidence and, from
    schema 2, its confidence."""

    model_config = ConfigDict(extra="allow")

    evidence: list[dict[str, int]] = Field(description="Ranges {start, stop} of the text.")
    confidence: float | None = Field(None, ge=0, le=1, description=(
        "Schema 2: the estimate (0-1) that every field is right; absent in version-1 cards."))


class Card(BaseModel):
    """A document card (SCHEMA.md); its sections as the card file holds them."""

    schema_: int = Field(alias="schema", description="The card's schema version: 2.")
    id: str
    source: Source
    text: str
    entities: list[dict[str, Any]]
    positions: list[Fact]
    events: list[Fact]
    figures: list[Fact]
    flows: list[Fact]
    cooperation: list[Fact]
    sectors: list[str]
    relevance: Relevance | None = Field(None, description=(
        "Schema 2: whether the document is on topic; absent in version-1 cards."))


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

    id: str = Field(description="The job id, for GET /api/jobs/{id}.")
    status: Literal["queued", "running", "stored", "duplicate", "rejected"]
    document_id: str | None = None
    reason: str = Field("", description="Why it was rejected: not_russian, too_long, …")
    detail: str = ""
    url: str = Field(description="Where to follow the job.")


class Message(BaseModel):
    """An error other than a bad parameter: what went wrong, in one sentence."""

    detail: str


class Issue(BaseModel):
    """One reason a request was refused: where (`loc`), what (`msg`), its kind (`type`)."""

    model_config = ConfigDict(extra="allow")

    loc: list[str | int]
    msg: str
    type: str


class Invalid(BaseModel):
    """422: the parameters or the body were refused, each reason an `Issue`."""

    detail: list[Issue]


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The `responses` of a route for these error statuses, with their models."""
    described = {
        400: "the body could not be read", 401: "no token, or a wrong one",
        404: "no such item", 409: "the id is taken by another text",
        413: "the body is over the size limit", 422: "a parameter or the body was refused",
        429: "the queue of submissions is full; retry later",
        503: "the store is unavailable",
    }
    return {status: {"model": Invalid if status == 422 else Message,
                     "description": described[status]} for status in statuses}
