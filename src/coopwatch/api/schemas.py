"""The JSON answers of the API that are not the store's own records.

Most routes declare the store's answer records as their response models
(`read.Page[read.EventItem]`, `read.Graph`, `read.EntityProfile`, ...): Pydantic
reads the dataclasses, so /docs shows their schemas and there is one declaration
per answer. Declared here are only the shapes the store does not return as such:
a card as its JSON file, a document's marked text without the raw text, the
uncounted entity list, and what a POST answers.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from coopwatch.store import read


class Source(BaseModel):
    url: str | None
    path: str | None
    title: str | None
    published: str | None


class Card(BaseModel):
    """A document card (SCHEMA.md); its sections as the card file holds them."""

    schema_: int = Field(alias="schema")
    id: str
    source: Source
    text: str
    entities: list[dict[str, Any]]
    positions: list[dict[str, Any]]
    events: list[dict[str, Any]]
    figures: list[dict[str, Any]]
    flows: list[dict[str, Any]]
    cooperation: list[dict[str, Any]]
    sectors: list[str]


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


class Submitted(BaseModel):
    """What became of a POSTed document: `stored` (201) or `duplicate` (200), and its id."""

    status: str
    id: str | None
