"""The JSON answers of the API as Pydantic models, so that /docs shows their schemas.

They mirror the store's answer records (`coopwatch.store.read.results`) field for
field; a route returns the record's `to_json()` and FastAPI checks it against the
model. Numbers read from cards keep their JSON type (`int | float`), so an answer is
the same bytes with or without the model.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

Item = TypeVar("Item")
Number = int | float


class Page(BaseModel, Generic[Item]):
    """One page of a longer answer: `total` matches, `items` from `offset`."""

    total: int
    limit: int
    offset: int
    items: list[Item]


class DocumentSummary(BaseModel):
    id: str
    title: str | None
    published: str | None
    path: str | None
    url: str | None
    entity_count: int
    fact_count: int
    ingested_at: str


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


class TextSegment(BaseModel):
    """A piece of the text and what covers it: evidence of facts (`kind#ordinal`), mentions."""

    start: int
    stop: int
    text: str
    evidence: bool
    mention: bool
    facts: list[str]


class DocumentText(BaseModel):
    id: str
    title: str | None
    segments: list[TextSegment]


class Submitted(BaseModel):
    """What became of a POSTed document: `stored` (201) or `duplicate` (200), and its id."""

    status: str
    id: str | None


class StoreCounts(BaseModel):
    documents: int
    rejections: int
    entities: int
    mentions: int
    facts: int


class EntitySummary(BaseModel):
    key: str
    type: str
    name: str
    geo_kind: str | None
    within: str | None
    mention_count: int
    document_count: int


class EntityList(BaseModel):
    """Entities, the most widely reported first (no `total`: the list is not counted)."""

    limit: int
    offset: int
    items: list[EntitySummary]


class EntityMatch(BaseModel):
    key: str
    type: str
    name: str
    geo_kind: str | None
    within: str | None
    aliases: list[str]
    document_count: int


class Evidence(BaseModel):
    start: int
    stop: int
    text: str


class FactOrigin(BaseModel):
    """Where a fact was read first, and how many documents and independent sources
    (reprint groups) report it."""

    fact_id: int
    document_id: str
    document_title: str | None
    published: str | None
    reports: int
    sources: int


class EventItem(BaseModel):
    source: FactOrigin
    type: str
    status: str
    date: str | None
    participants: list[str]
    place: str | None
    title: str | None
    sectors: list[str]
    evidence: list[Evidence]


class FigureItem(BaseModel):
    source: FactOrigin
    metric: str
    value: Number | None
    unit: str | None
    approx: str
    kind: str
    period: str | None
    change: dict[str, Number] | None
    parties: list[str]
    evidence: list[Evidence]


class PositionItem(BaseModel):
    source: FactOrigin
    person: str
    title: str
    of: str | None


class Partner(BaseModel):
    """An entity that is a party of the same facts, with how many facts and documents."""

    key: str
    name: str | None
    type: str | None
    facts: int
    documents: int


class EntityProfile(BaseModel):
    entity: EntityMatch
    partners: list[Partner]
    sectors: dict[str, int]
    events: Page[EventItem]
    figures: Page[FigureItem]
    positions: Page[PositionItem]


class GraphNode(BaseModel):
    key: str
    name: str | None
    type: str | None
    weight: int


class GraphEdge(BaseModel):
    source: str
    target: str
    weight: int
    facts: int


class Graph(BaseModel):
    total_edges: int
    limit: int
    offset: int
    nodes: list[GraphNode]
    edges: list[GraphEdge]


class SearchHit(BaseModel):
    doc_id: str
    title: str | None
    snippet: str
    score: float
