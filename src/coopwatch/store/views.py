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
    `doc_id`) or `id_conflict` (another text is stored under the same id). A stored
    document has a reprint `group_id`; `reprint_of` names the most similar stored
    document when it joined that document's group.
    """

    status: str
    doc_id: str
    group_id: int | None = None
    reprint_of: str | None = None


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


@dataclass(frozen=True)
class PositionHeld:
    """A position as reported over time: first and last publication dates of its sources.

    `document_id` is the earliest source; `since`/`until` are `published` dates (None
    when no source is dated); `sources` counts the documents reporting it.
    """

    person: str
    title: str
    of: str | None
    since: str | None
    until: str | None
    document_id: str
    sources: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class FactSource:
    """A document reporting a fact, with its reprint group."""

    document_id: str
    group_id: int | None
    title: str | None
    published: str | None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ReprintGroup:
    """Near-duplicate documents; the canonical one is the earliest."""

    id: int
    canonical_document_id: str
    document_ids: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "canonical_document_id": self.canonical_document_id,
                "document_ids": list(self.document_ids), "size": len(self.document_ids)}
