"""What the store answers with: small read-only records for lists and counts.

The CLI prints them, the API serializes them with `to_json`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class SaveResult:
    """The outcome of saving one card.

    `status` is `stored`, `duplicate` (the same cleaned text is already stored, under
    `doc_id`) or `id_conflict` (another text is stored under the same id).
    """

    status: str
    doc_id: str


@dataclass(frozen=True)
class DocumentSummary:
    id: str
    title: str | None
    published: str | None
    path: str | None
    url: str | None
    entity_count: int
    fact_count: int
    ingested_at: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class EntitySummary:
    key: str
    type: str
    name: str
    geo_kind: str | None
    within: str | None
    mention_count: int
    document_count: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class RejectionSummary:
    path: str
    reason: str
    detail: str
    ingested_at: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class StoreCounts:
    documents: int
    rejections: int
    entities: int
    mentions: int
    facts: int

    def to_json(self) -> dict[str, int]:
        return asdict(self)
