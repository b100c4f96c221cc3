"""What the store's reads answer with: small frozen records, JSON at the edges.

One module for every answer type, so that a name means one thing: pages of facts,
entity profiles, the graph, a document's marked text, and the summaries of lists and
counts. The CLI prints them; the API writes their `to_json()` and declares the records
themselves as its response models (Pydantic reads dataclasses), so their field types
are the API's schema: numbers read from cards stay `int | float`.

Schema 2: a fact item's `confidence` is the fact's (the highest any source gave, see
`store.corroboration`), None when no source gave one (version-1 cards); a document's
`relevance` is its card's, None for a version-1 card.
"""

from __future__ import annotations

from dataclasses import Field, asdict, dataclass, field
from typing import Annotated, Any, ClassVar, Generic, Protocol, TypeVar

import pydantic

from coopwatch.records import Relevance, Span


class DataclassRecord(Protocol):
    """An instance of a dataclass: what `dataclasses.asdict` takes."""

    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]


Item = TypeVar("Item", bound=DataclassRecord)
Number = int | float


class JsonRecord:
    """A record whose JSON is its fields as they are (`dataclasses.asdict`); a mixin
    for dataclasses."""

    def to_json(self: DataclassRecord) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Page(Generic[Item]):
    """One page of a longer answer: `total` matches, `items` from `offset`."""

    total: int
    limit: int
    offset: int
    items: tuple[Item, ...]

    def to_json(self) -> dict[str, Any]:
        return {"total": self.total, "limit": self.limit, "offset": self.offset,
                "items": [asdict(item) for item in self.items]}


@dataclass(frozen=True)
class Evidence:
    start: int
    stop: int
    text: str


@dataclass(frozen=True)
class FactOrigin:
    """Where a fact was read first (document, title, publication date, whether that
    document is on topic, the fact's place in that card), and how many documents (`reports`) and independent sources
    (`sources`: reprint groups) report it."""

    fact_id: int
    document_id: str
    document_title: str | None
    published: str | None
    reports: int
    sources: int
    on_topic: bool | None
    ordinal: int = 0  # the fact's place among its kind in that document's card
    document_url: str | None = None


@dataclass(frozen=True)
class EventItem:
    """An event across documents; `confidence` (0-1) is the highest its sources gave it,
    null when none gave one (version-1 cards)."""

    source: FactOrigin
    type: str
    status: str
    date: str | None
    participants: tuple[str, ...]
    place: str | None
    title: str | None
    sectors: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    confidence: float | None


@dataclass(frozen=True)
class FigureItem:
    """A figure across documents; `confidence` (0-1) is the highest its sources gave it,
    null when none gave one (version-1 cards)."""

    source: FactOrigin
    metric: str
    value: Number | None
    unit: str | None
    approx: str
    kind: str
    period: str | None
    change: Annotated[dict[str, Number] | None, pydantic.Field(examples=[
        {"percent": 12.5}])]
    parties: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    confidence: float | None


@dataclass(frozen=True)
class FlowItem:
    """A flow of goods across documents: from `supplier` to `receiver`."""

    source: FactOrigin
    supplier: str | None
    receiver: str | None
    goods: tuple[str, ...]
    status: str
    evidence: tuple[Evidence, ...]
    confidence: float | None


@dataclass(frozen=True)
class PositionItem:
    """A position across documents; `confidence` (0-1) is the highest its sources gave
    it, null when none gave one (version-1 cards)."""

    source: FactOrigin
    person: str
    title: str
    of: str | None
    confidence: float | None


@dataclass(frozen=True)
class EntityMatch:
    key: str
    type: str
    name: str
    geo_kind: str | None
    within: str | None
    aliases: tuple[str, ...]
    document_count: int


@dataclass(frozen=True)
class Partner:
    """An entity that is a party of the same facts, with how many facts and documents."""

    key: str
    name: str | None
    type: str | None
    facts: int
    documents: int  # documents reporting those facts


@dataclass(frozen=True)
class EntityProfile:
    entity: EntityMatch
    partners: tuple[Partner, ...]
    sectors: Annotated[dict[str, int], pydantic.Field(
        description="Facts per sector.", examples=[{"automotive": 4, "agriculture": 2}])]
    events: Page[EventItem]
    figures: Page[FigureItem]
    positions: Page[PositionItem]

    def to_json(self) -> dict[str, Any]:
        return {"entity": asdict(self.entity),
                "partners": [asdict(partner) for partner in self.partners],
                "sectors": self.sectors, "events": self.events.to_json(),
                "figures": self.figures.to_json(), "positions": self.positions.to_json()}


@dataclass(frozen=True)
class GraphNode:
    key: str
    name: str | None
    type: str | None
    weight: int  # facts of the returned edges that it is a party of


@dataclass(frozen=True)
class GraphEdge:
    """A pair of parties of the same facts; `confidence` is the highest of those facts'
    confidences, null when none has one (version-1 cards)."""

    source: str
    target: str
    weight: int  # documents reporting the supporting facts
    facts: int  # distinct supporting facts (one fact may be reported by many documents)
    confidence: float | None


@dataclass(frozen=True)
class Graph(JsonRecord):
    total_edges: int
    limit: int
    offset: int
    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]


@dataclass(frozen=True)
class TextSegment:
    """A piece of the text and what covers it: evidence of facts (`kind#ordinal`), mentions."""

    start: int
    stop: int
    text: str
    evidence: bool
    mention: bool
    facts: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class DocumentText:
    id: str
    title: str | None
    text: str
    evidence: tuple[Span, ...]
    mentions: tuple[Span, ...]
    segments: tuple[TextSegment, ...]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title,
                "segments": [asdict(segment) for segment in self.segments]}


@dataclass(frozen=True)
class DocumentSummary(JsonRecord):
    """A stored document; `relevance` is its card's (schema 2), null for a version-1 card."""

    id: str
    title: str | None
    published: str | None
    path: str | None
    url: str | None
    entity_count: int
    fact_count: int
    ingested_at: str
    relevance: Relevance | None


@dataclass(frozen=True)
class EntitySummary(JsonRecord):
    key: str
    type: str
    name: str
    geo_kind: str | None
    within: str | None
    mention_count: int
    document_count: int


@dataclass(frozen=True)
class RejectionSummary(JsonRecord):
    path: str
    reason: str
    detail: str
    ingested_at: str


@dataclass(frozen=True)
class StoreCounts(JsonRecord):
    documents: int
    rejections: int
    entities: int
    mentions: int
    facts: int


@dataclass(frozen=True)
class PositionHeld(JsonRecord):
    """A position as reported over time: first and last publication dates of its sources.

    `document_id` is the earliest source; `since`/`until` are `published` dates (None
    when no source is dated); `sources` counts the documents reporting it;
    `confidence` is the position's (the highest its sources gave, None without one).
    """

    person: str
    title: str
    of: str | None
    since: str | None
    until: str | None
    document_id: str
    sources: int
    confidence: float | None


@dataclass(frozen=True)
class FactSource(JsonRecord):
    """A document reporting a fact, with its reprint group and the confidence its card
    gave the fact (None for a version-1 card)."""

    document_id: str
    group_id: int | None
    title: str | None
    published: str | None
    confidence: float | None


@dataclass(frozen=True)
class ReprintGroup:
    """Near-duplicate documents; the canonical one is the earliest."""

    id: int
    canonical_document_id: str
    document_ids: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "canonical_document_id": self.canonical_document_id,
                "document_ids": list(self.document_ids), "size": len(self.document_ids)}
