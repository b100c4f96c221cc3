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

# Indexes migration 0007 makes on PostgreSQL only, with a sort order the models do not
# declare (DESC NULLS LAST): the schema comparison leaves them out.
POSTGRESQL_ONLY_INDEXES = frozenset({"ix_facts_kind_date_desc", "ix_documents_published_desc",
                                     "ix_party_facts_newest"})

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
    event date or the figure period (partial ISO 8601); `effective_date` the date the
    period filters compare (migration 0008, `coopwatch.store.fact_dates`): `date`, with
    the year or the whole date of the first document's publication when it has none.
    `confidence` is the highest
    confidence any source gave the fact (`fact_sources.confidence`), null when none gave
    one (version-1 cards): one good reading is enough for a fact that other sources
    report with less certainty, and averaging would let a reprint outvote it.
    """

    __tablename__ = "facts"
    __table_args__ = (Index("ix_facts_kind_subtype", "kind", "subtype"),
                      Index("ix_facts_kind_date", "kind", "date"),
                      Index("ix_facts_kind_effective_date", "kind", "effective_date"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    ordinal: Mapped[int] = mapped_column(Integer)
    subtype: Mapped[str | None] = mapped_column(String(KEY_LENGTH))
    status: Mapped[str | None] = mapped_column(String(16))
    date: Mapped[str | None] = mapped_column(String(32), index=True)
    effective_date: Mapped[str | None] = mapped_column(String(32))
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
    __table_args__ = (UniqueConstraint("fact_id", "entity_key", "role"),
                      Index("ix_fact_parties_entity_key_fact_id", "entity_key", "fact_id"))

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


class EntityCountRow(Base):
    """A running count of one entity (summary, migration 0007): `what` is `documents`
    (the documents naming it) or a fact kind (the distinct facts of that kind it is a
    party of, in any role). Kept by `store.summaries` as cards are stored."""

    __tablename__ = "entity_counts"

    entity_key: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    what: Mapped[str] = mapped_column(String(16), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)


class EntityPartnerRow(Base):
    """Two entities that are parties of the same facts (summary, migration 0007):
    `facts` counts those facts, `documents` the documents reporting any of them. One row
    per direction, so that one entity's partners are one index range."""

    __tablename__ = "entity_partners"

    entity_key: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    partner_key: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    facts: Mapped[int] = mapped_column(Integer)
    documents: Mapped[int] = mapped_column(Integer)


class EntitySectorRow(Base):
    """How many of the facts an entity is a party of name a sector (summary, migration
    0007; a sector listed twice in one fact counts twice, as the facts' lists say)."""

    __tablename__ = "entity_sectors"

    entity_key: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    sector: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    facts: Mapped[int] = mapped_column(Integer)


class PartyFactRow(Base):
    """A fact an entity is a party of, with the fact's kind and date (summary, migration
    0007): one entity's facts of one kind, newest first, are one index range; and with
    its effective date (migration 0008), so are its facts of one kind within a period."""

    __tablename__ = "party_facts"
    __table_args__ = (Index("ix_party_facts_entity_key_kind_date",
                            "entity_key", "kind", "date", "fact_id"),
                      Index("ix_party_facts_entity_key_kind_effective_date",
                            "entity_key", "kind", "effective_date", "date", "fact_id"))

    entity_key: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    fact_id: Mapped[int] = mapped_column(
        ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    date: Mapped[str | None] = mapped_column(String(32))
    effective_date: Mapped[str | None] = mapped_column(String(32))


class PairEdgeRow(Base):
    """An edge of the cooperation graph for one fact kind (summary, migration 0007):
    two entities (`source` < `target`) that are parties of the same facts of `kind`,
    with the documents reporting those facts (the edge's weight), their number and the
    highest confidence among them. `sector` is empty for all the facts of the kind, or
    a sector: only the facts naming it."""

    __tablename__ = "pair_edges"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    sector: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    source: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    target: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    documents: Mapped[int] = mapped_column(Integer)
    facts: Mapped[int] = mapped_column(Integer)
    confidence: Mapped[float | None] = mapped_column(Float)


class PositionReportRow(Base):
    """What the documents reporting a position say of it (summary, migration 0007): how
    many they are, the first and last publication date among them, and the first
    document (earliest publication, undated last, then by id)."""

    __tablename__ = "position_reports"

    fact_id: Mapped[int] = mapped_column(
        ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True
    )
    sources: Mapped[int] = mapped_column(Integer)
    since: Mapped[str | None] = mapped_column(String(32))
    until: Mapped[str | None] = mapped_column(String(32))
    first_document_id: Mapped[str] = mapped_column(String(64))


class WatchSourceRow(Base):
    """What `coopwatch watch` knows of one source (by its name in the settings).

    `etag` and `last_modified` are the validators of the last complete pass, sent back
    as If-None-Match / If-Modified-Since; they are saved only once every article of that
    pass is done, so a pass cut short is read again in full after a restart.
    `new_documents` counts the documents the last pass stored, `documents` all of them.
    """

    __tablename__ = "watch_sources"

    name: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(String(64))
    last_fetch_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_success_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_status: Mapped[str | None] = mapped_column(String(32))
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    new_documents: Mapped[int] = mapped_column(Integer, default=0)
    documents: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    next_run_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class WatchUrlRow(Base):
    """An article address seen by `coopwatch watch` or `fetch`, and what came of it.

    `url_hash` (sha256 of the URL) is the unique key; `content_hash` is that of the
    cleaned text last read there, `document_id` the document stored for it (null when it
    was rejected: `status` and `detail` say why) and `version` how many different texts
    were read there. `listed_date` is the date the feed or sitemap gave the entry when it
    was read: a later date makes the article worth reading again; `etag` and
    `last_modified` make that read conditional.
    """

    __tablename__ = "watch_urls"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url_hash: Mapped[str] = mapped_column(String(64), unique=True)
    url: Mapped[str] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(KEY_LENGTH), index=True)
    status: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str | None] = mapped_column(String(64))
    document_id: Mapped[str | None] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, default=0)
    listed_date: Mapped[str | None] = mapped_column(String(32))
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(String(64))
    first_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    fetched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class DocumentVersionRow(Base):
    """One version of an article: the document stored for the `version`-th different text
    read at a watched URL. Every version is a document of its own (its facts keep their
    evidence), and later versions share the reprint group of the first, so that a fact
    two versions report counts as one independent source."""

    __tablename__ = "document_versions"

    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    url_id: Mapped[int] = mapped_column(
        ForeignKey("watch_urls.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(Integer)
    stored_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class SavedSearchRow(Base):
    """A saved query over the facts whose new matches are served as an Atom feed.

    `kind` is `events` or `figures`; `filters` the JSON of the matching `EventFilters` or
    `FigureFilters` (parties, pair, type, sector, minimum confidence, ...).
    """

    __tablename__ = "saved_searches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(KEY_LENGTH), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    filters: Mapped[dict[str, Any]]
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
