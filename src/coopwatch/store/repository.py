"""Reading and writing the store; keyword-only functions over a Session.

The caller owns the transaction (`with database.sessions.begin() as session: ...`);
these functions add and flush, never commit. The CLI and the web routes call the same
functions.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, Table, func, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from coopwatch.records import Document, Entity, Rejection
from coopwatch.store.facts import FlatFact, flatten
from coopwatch.store.models import (
    DocumentEntityRow,
    DocumentRow,
    EntityAliasRow,
    EntityRow,
    EvidenceRow,
    FactPartyRow,
    FactRow,
    MentionRow,
    RejectionRow,
    utc_now,
)
from coopwatch.store.views import (
    DocumentSummary,
    EntitySummary,
    RejectionSummary,
    SaveResult,
    StoreCounts,
)

INSERTS = {"sqlite": sqlite_insert, "postgresql": postgresql_insert}


def content_hash(text: str) -> str:
    """The identity of a cleaned text: sha256 of its UTF-8 bytes, in hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def find_by_text(session: Session, *, text: str) -> str | None:
    """The id of the stored document with this cleaned text, if any."""
    digest = content_hash(text)
    return session.scalar(select(DocumentRow.id).where(DocumentRow.content_hash == digest))


def save_document(session: Session, *, doc: Document) -> SaveResult:
    """Store a card with its entities, mentions and facts; the same text twice is a no-op."""
    existing = find_by_text(session, text=doc.text)
    if existing is not None:
        return SaveResult(status="duplicate", doc_id=existing)
    if session.get(DocumentRow, doc.id) is not None:
        return SaveResult(status="id_conflict", doc_id=doc.id)
    session.add(_document_row(doc))
    session.flush()
    entity_ids = _save_entities(session, entities=doc.entities)
    _link_entities(session, doc=doc, entity_ids=entity_ids)
    session.add_all(_fact_row(doc.id, fact) for fact in flatten(doc))
    session.flush()
    return SaveResult(status="stored", doc_id=doc.id)


def save_rejection(session: Session, *, rejection: Rejection) -> bool:
    """Record a rejection; True if new (the same rejection again only refreshes its time)."""
    same = session.scalars(select(RejectionRow).where(
        RejectionRow.path == rejection.path, RejectionRow.reason == rejection.reason,
        RejectionRow.detail == rejection.detail,
    )).first()
    if same is not None:
        same.ingested_at = utc_now()
    else:
        session.add(RejectionRow(path=rejection.path, reason=rejection.reason,
                                 detail=rejection.detail))
    session.flush()
    return same is None


def get_card(session: Session, *, doc_id: str) -> Document | None:
    """The stored card, rebuilt as a Document (without the working annotations)."""
    row = session.get(DocumentRow, doc_id)
    return Document.from_json(row.card) if row is not None else None


def _document_row(doc: Document) -> DocumentRow:
    return DocumentRow(
        id=doc.id, content_hash=content_hash(doc.text), path=doc.source.path,
        url=doc.source.url, title=doc.source.title, published=doc.source.published,
        text=doc.text, card=doc.to_json(), sectors=list(doc.sectors),
    )


def _insert_ignoring_conflicts(
    session: Session, table: Table, rows: list[dict[str, Any]], keys: Sequence[str]
) -> None:
    """INSERT … ON CONFLICT DO NOTHING, safe against concurrent writers."""
    if not rows:
        return
    insert = INSERTS[session.get_bind().dialect.name]
    session.execute(insert(table).on_conflict_do_nothing(index_elements=list(keys)), rows)


def _save_entities(session: Session, *, entities: Iterable[Entity]) -> dict[str, int]:
    """Create the entities not yet known (by key); fill in what known ones lack."""
    by_key = {entity.key: entity for entity in entities}
    rows = [{"key": e.key, "type": e.type, "name": e.name, "geo_kind": e.geo_kind,
             "within": e.within} for e in by_key.values()]
    _insert_ignoring_conflicts(session, EntityRow.__table__, rows, ["key"])
    stored = session.scalars(select(EntityRow).where(EntityRow.key.in_(by_key))).all()
    for row in stored:
        row.geo_kind = row.geo_kind or by_key[row.key].geo_kind
        row.within = row.within or by_key[row.key].within
    aliases = [{"entity_id": row.id, "alias": alias}
               for row in stored for alias in _aliases(by_key[row.key], row.name)]
    _insert_ignoring_conflicts(session, EntityAliasRow.__table__, aliases,
                               ["entity_id", "alias"])
    return {row.key: row.id for row in stored}


def _aliases(entity: Entity, stored_name: str) -> list[str]:
    """The names this card uses for an entity, other than the stored canonical name."""
    names = (entity.name, *entity.aliases)
    return [name for name in dict.fromkeys(names) if name and name != stored_name]


def _link_entities(session: Session, *, doc: Document, entity_ids: dict[str, int]) -> None:
    links = [{"document_id": doc.id, "entity_id": entity_id} for entity_id in entity_ids.values()]
    _insert_ignoring_conflicts(session, DocumentEntityRow.__table__, links,
                               ["document_id", "entity_id"])
    mentions = [
        {"document_id": doc.id, "entity_id": entity_ids[entity.key], "start": mention.start,
         "stop": mention.stop, "text": mention.text}
        for entity in doc.entities for mention in entity.mentions
    ]
    if mentions:
        session.execute(MentionRow.__table__.insert(), mentions)


def _fact_row(doc_id: str, fact: FlatFact) -> FactRow:
    return FactRow(
        document_id=doc_id, kind=fact.kind, ordinal=fact.ordinal, subtype=fact.subtype,
        status=fact.status, date=fact.date, payload=fact.payload,
        parties=[FactPartyRow(entity_key=key, role=role) for key, role in fact.parties],
        evidence=[EvidenceRow(start=span.start, stop=span.stop) for span in fact.evidence],
    )


def list_documents(session: Session, *, limit: int = 50, offset: int = 0) -> list[DocumentSummary]:
    """Documents, newest publication first (undated last), with entity and fact counts."""
    entity_count = _count_per_document(DocumentEntityRow.document_id)
    fact_count = _count_per_document(FactRow.document_id)
    query = (
        select(DocumentRow.id, DocumentRow.title, DocumentRow.published, DocumentRow.path,
               DocumentRow.url, DocumentRow.ingested_at, entity_count, fact_count)
        .order_by(DocumentRow.published.is_(None), DocumentRow.published.desc(),
                  DocumentRow.ingested_at.desc(), DocumentRow.id)
        .limit(limit).offset(offset)
    )
    return [
        DocumentSummary(id=row.id, title=row.title, published=row.published, path=row.path,
                        url=row.url, entity_count=row[6], fact_count=row[7],
                        ingested_at=_iso(row.ingested_at))
        for row in session.execute(query)
    ]


def _count_per_document(column: Any) -> Any:
    """A correlated `count(*)` of the rows of `column`'s table for each document."""
    return (
        select(func.count()).where(column == DocumentRow.id)
        .correlate(DocumentRow).scalar_subquery()
    )


def list_entities(
    session: Session, *, type: str | None = None, limit: int = 50, offset: int = 0
) -> list[EntitySummary]:
    """Entities, the most widely reported first, with their mention and document counts."""
    return [EntitySummary(**row._asdict()) for row in session.execute(
        _entities_query(type).limit(limit).offset(offset)
    )]


def _entities_query(entity_type: str | None) -> Select[Any]:
    documents = (
        select(func.count()).where(DocumentEntityRow.entity_id == EntityRow.id)
        .correlate(EntityRow).scalar_subquery().label("document_count")
    )
    mentions = (
        select(func.count()).where(MentionRow.entity_id == EntityRow.id)
        .correlate(EntityRow).scalar_subquery().label("mention_count")
    )
    query = select(EntityRow.key, EntityRow.type, EntityRow.name, EntityRow.geo_kind,
                   EntityRow.within, mentions, documents)
    if entity_type:
        query = query.where(EntityRow.type == entity_type)
    return query.order_by(documents.desc(), mentions.desc(), EntityRow.key)


def list_rejections(
    session: Session, *, limit: int = 50, offset: int = 0
) -> list[RejectionSummary]:
    query = select(RejectionRow).order_by(RejectionRow.id.desc()).limit(limit).offset(offset)
    return [
        RejectionSummary(path=row.path, reason=row.reason, detail=row.detail,
                         ingested_at=_iso(row.ingested_at))
        for row in session.scalars(query)
    ]


def counts(session: Session) -> StoreCounts:
    """How many rows of each kind the store holds."""
    def total(model: Any) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    return StoreCounts(
        documents=total(DocumentRow), rejections=total(RejectionRow),
        entities=total(EntityRow), mentions=total(MentionRow), facts=total(FactRow),
    )


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")
