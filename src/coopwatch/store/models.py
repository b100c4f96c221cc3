"""Tables of the store (SQLAlchemy 2.0 declarative, portable types only).

The card JSON is kept whole in `documents.card` (the export format); entities,
mentions and facts are also spread into rows so that later queries can filter on
them (by entity key, fact kind and subtype, date) on SQLite and PostgreSQL alike.

Across documents: an entity is one row (by key; an organization also by any of its
normalized names, `entity_names`); near-duplicate documents share a reprint group
(`reprint_groups`, found through the MinHash signatures in `document_signatures`); a
fact is one row per `fact_key` with its sources (`fact_sources`) and evidence per
source document. Schema 2 adds the document's relevance (`documents.on_topic`,
`relevance_score`) and each fact's confidence, per source (`fact_sources.confidence`)
and over all of them (`facts.confidence`, the highest); all are null for version-1
cards. The full-text index (`document_search`) differs per dialect and is
created by the migrations only (see `coopwatch.store.search`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

KEY_LENGTH = 255
FACT_KINDS = ("position", "event", "figure", "flow", "cooperation")
PARTY_ROLES = ("person", "of", "participant", "place", "party", "from", "to")

# Named constraints, so that migrations (and SQLite batch mode) can refer to them.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CardJSON = JSON().with_variant(JSONB(), "postgresql")


def utc_now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: CardJSON, list[Any]: CardJSON}


def table_of(model: type[Base]) -> Table:
    """The table a row class is mapped to (declarative types `__table__` as any FromClause)."""
    table = model.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not mapped to a table")
    return table


class DocumentRow(Base):
    """One ingested document and its card.

    `on_topic` and `relevance_score` copy the card's `relevance` (schema 2) so that lists
    can filter on it; both are null for a version-1 card.
    """

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    path: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(32), index=True)
    text: Mapped[str] = mapped_column(Text)
    card: Mapped[dict[str, Any]]
    sectors: Mapped[list[Any]]
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("reprint_groups.id", ondelete="SET NULL"), index=True
    )
    on_topic: Mapped[bool | None] = mapped_column(Boolean, index=True)
    relevance_score: Mapped[float | None] = mapped_column(Float)


class ReprintGroupRow(Base):
    """Near-duplicate documents (one press release on several sites).

    Every document belongs to one group, most to a group of their own.
    `canonical_document_id` is the earliest member (by publication date, then by
    ingestion); it is a plain column, not a foreign key, to keep the tables acyclic.
    """

    __tablename__ = "reprint_groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    canonical_document_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class DocumentSignatureRow(Base):
    """A document's MinHash signature (`num_perm` unsigned 32-bit values, little-endian)."""

    __tablename__ = "document_signatures"

    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    num_perm: Mapped[int] = mapped_column(Integer)
    hashvalues: Mapped[bytes] = mapped_column(LargeBinary)


class RejectionRow(Base):
    """An input that did not become a document, with the reason."""

    __tablename__ = "rejections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(String(64), index=True)
    detail: Mapped[str] = mapped_column(Text, default="")
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class EntityRow(Base):
    """One entity across all documents, identified by its card key."""

    __tablename__ = "entities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(KEY_LENGTH), unique=True)
    type: Mapped[str] = mapped_column(String(8), index=True)
    name: Mapped[str] = mapped_column(String(KEY_LENGTH))
    geo_kind: Mapped[str | None] = mapped_column(String(32))
    within: Mapped[str | None] = mapped_column(String(KEY_LENGTH))


class EntityAliasRow(Base):
    __tablename__ = "entity_aliases"
    __table_args__ = (UniqueConstraint("entity_id", "alias"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(KEY_LENGTH), index=True)


class EntityNameRow(Base):
    """A normalized name (canonical or alias) of an entity, for merging by name.

    The first entity to claim a name keeps it: an incoming organization whose name or
    alias is claimed joins that entity.
    """

    __tablename__ = "entity_names"
    __table_args__ = (UniqueConstraint("type", "norm"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(8))
    norm: Mapped[str] = mapped_column(String(KEY_LENGTH))
    entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )


class DocumentEntityRow(Base):
    """An entity appears in a document (also when the card lists no mention for it)."""

    __tablename__ = "document_entities"

    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class MentionRow(Base):
    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    stop: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class FactRow(Base):
    """A position, event, figure, flow or cooperation, once however many report it.

    `fact_key` is the hash of the fact's identity (`coopwatch.store.fact_keys`);
    `document_id`, `ordinal` and `payload` are those of the first document that reported
    it, `fact_sources` lists every document that did. `corroboration` counts those
    documents, `group_count` their distinct reprint groups (independent sources).
    `subtype` is the event type, the figure metric or the position title; `date` is the
    event date or the figure period (partial ISO 8601). `confidence` is the highest
    confidence any source gave the fact (`fact_sources.confidence`), null when none gave
    one (version-1 cards): one good reading is enough for a fact that other sources
    report with less certainty, and averaging would let a reprint outvote it.
    """

    __tablename__ = "facts"
    __table_args__ = (Index("ix_facts_kind_subtype", "kind", "subtype"),
                      Index("ix_facts_kind_date", "kind", "date"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    ordinal: Mapped[int] = mapped_column(Integer)
    subtype: Mapped[str | None] = mapped_column(String(KEY_LENGTH))
    status: Mapped[str | None] = mapped_column(String(16))
    date: Mapped[str | None] = mapped_column(String(32), index=True)
    payload: Mapped[dict[str, Any]]
    fact_key: Mapped[str] = mapped_column(String(64), unique=True)
    corroboration: Mapped[int] = mapped_column(Integer, default=1)
    group_count: Mapped[int] = mapped_column(Integer, default=1)
    confidence: Mapped[float | None] = mapped_column(Float, index=True)

    parties: Mapped[list[FactPartyRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    evidence: Mapped[list[EvidenceRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class FactPartyRow(Base):
    """An entity key a fact refers to, with its role in the fact."""

    __tablename__ = "fact_parties"
    __table_args__ = (UniqueConstraint("fact_id", "entity_key", "role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fact_id: Mapped[int] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), index=True)
    entity_key: Mapped[str] = mapped_column(String(KEY_LENGTH), index=True)
    role: Mapped[str] = mapped_column(String(16))


class FactSourceRow(Base):
    """A document that reports a fact, with the fact's place among its card's facts and the
    confidence that card gave it (null for a version-1 card)."""

    __tablename__ = "fact_sources"

    fact_id: Mapped[int] = mapped_column(
        ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True
    )
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    ordinal: Mapped[int] = mapped_column(Integer)
    confidence: Mapped[float | None] = mapped_column(Float)


class EvidenceRow(Base):
    """A character range of one source document's text that supports a fact."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fact_id: Mapped[int] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    stop: Mapped[int] = mapped_column(Integer)
