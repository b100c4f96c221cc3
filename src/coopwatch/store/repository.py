"""Reading and writing the store; keyword-only functions over a Session.

The caller owns the transaction (`with database.sessions.begin() as session: ...`);
these functions add and flush, never commit. The CLI and the web routes call the same
functions.

Saving a card (`save_document`) also places it in a reprint group (`reprints`), merges
its entities with the stored ones (`entities`), joins its facts to the same facts of
other documents (`corroboration`) and indexes its text for search (`search`). A batch
writer loads one `ReprintIndex` and one `SearchTerms` and passes them to every call.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import datetime
from typing import Any

from datasketch import MinHash
from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from coopwatch.records import Document, Rejection
from coopwatch.store.corroboration import save_facts
from coopwatch.store.entities import insert_ignoring_conflicts, save_entities
from coopwatch.store.models import (
    DocumentEntityRow,
    DocumentRow,
    DocumentSignatureRow,
    EntityRow,
    FactPartyRow,
    FactRow,
    FactSourceRow,
    MentionRow,
    RejectionRow,
    ReprintGroupRow,
    utc_now,
)
from coopwatch.store.reprints import ReprintIndex, save_signature, signature
from coopwatch.store.search import SearchTerms, default_terms, index_document
from coopwatch.store.views import (
    DocumentSummary,
    EntitySummary,
    FactSource,
    PositionHeld,
    RejectionSummary,
    ReprintGroup,
    SaveResult,
    StoreCounts,
)


def content_hash(text: str) -> str:
    """The identity of a cleaned text: sha256 of its UTF-8 bytes, in hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def find_by_text(session: Session, *, text: str) -> str | None:
    """The id of the stored document with this cleaned text, if any."""
    digest = content_hash(text)
    return session.scalar(select(DocumentRow.id).where(DocumentRow.content_hash == digest))


def save_document(
    session: Session, *, doc: Document, reprints: ReprintIndex | None = None,
    terms: SearchTerms | None = None,
) -> SaveResult:
    """Store a card with its entities, mentions and facts; the same text twice is a no-op.

    Without `reprints`, the LSH index is rebuilt from the store for this one call.
    """
    existing = find_by_text(session, text=doc.text)
    if existing is not None:
        return SaveResult(status="duplicate", doc_id=existing)
    if session.get(DocumentRow, doc.id) is not None:
        return SaveResult(status="id_conflict", doc_id=doc.id)
    reprints = reprints if reprints is not None else ReprintIndex.load(session)
    minhash = signature(doc.text)
    group_id, reprint_of = _join_group(session, doc=doc, minhash=minhash, reprints=reprints)
    session.add(_document_row(doc, group_id))
    session.flush()
    save_signature(session, doc_id=doc.id, minhash=minhash)
    stored = save_entities(session, entities=doc.entities)
    _link_entities(session, doc=doc, entity_ids={key: e.id for key, e in stored.items()})
    save_facts(session, doc=doc, stored_keys={key: e.key for key, e in stored.items()})
    index_document(session, doc_id=doc.id, title=doc.source.title, body=doc.text,
                   terms=terms or default_terms())
    session.flush()
    reprints.add(doc.id, minhash)
    return SaveResult(status="stored", doc_id=doc.id, group_id=group_id, reprint_of=reprint_of)


def _join_group(
    session: Session, *, doc: Document, minhash: MinHash, reprints: ReprintIndex
) -> tuple[int, str | None]:
    """The reprint group of the most similar stored document, else a new group."""
    for other_id, _similarity in reprints.similar(minhash):
        group = session.scalars(
            select(ReprintGroupRow).join(DocumentRow, DocumentRow.group_id == ReprintGroupRow.id)
            .where(DocumentRow.id == other_id)
        ).first()
        if group is not None:
            _claim_canonical(session, group=group, doc=doc)
            return group.id, other_id
    group = ReprintGroupRow(canonical_document_id=doc.id)
    session.add(group)
    session.flush()
    return group.id, None


def _claim_canonical(session: Session, *, group: ReprintGroupRow, doc: Document) -> None:
    """The new member becomes canonical if it was published before the canonical one."""
    published = doc.source.published
    current = session.get(DocumentRow, group.canonical_document_id)
    if published and (current is None or not current.published or published < current.published):
        group.canonical_document_id = doc.id


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


def reindex_documents(session: Session, *, terms: SearchTerms | None = None) -> int:
    """Sign and index the documents stored before signatures and search existed.

    They keep the reprint group they have; only later documents can join them.
    Returns how many documents were completed.
    """
    signed = select(DocumentSignatureRow.document_id)
    rows = session.scalars(select(DocumentRow).where(DocumentRow.id.not_in(signed))).all()
    for row in rows:
        save_signature(session, doc_id=row.id, minhash=signature(row.text))
        index_document(session, doc_id=row.id, title=row.title, body=row.text,
                       terms=terms or default_terms())
    session.flush()
    return len(rows)


def _document_row(doc: Document, group_id: int) -> DocumentRow:
    return DocumentRow(
        id=doc.id, content_hash=content_hash(doc.text), path=doc.source.path,
        url=doc.source.url, title=doc.source.title, published=doc.source.published,
        text=doc.text, card=doc.to_json(), sectors=list(doc.sectors), group_id=group_id,
    )


def _link_entities(session: Session, *, doc: Document, entity_ids: dict[str, int]) -> None:
    links = [{"document_id": doc.id, "entity_id": entity_id}
             for entity_id in dict.fromkeys(entity_ids.values())]
    insert_ignoring_conflicts(session, DocumentEntityRow.__table__, links,
                              ["document_id", "entity_id"])
    mentions = [
        {"document_id": doc.id, "entity_id": entity_ids[entity.key], "start": mention.start,
         "stop": mention.stop, "text": mention.text}
        for entity in doc.entities for mention in entity.mentions
    ]
    if mentions:
        session.execute(MentionRow.__table__.insert(), mentions)


def list_documents(session: Session, *, limit: int = 50, offset: int = 0) -> list[DocumentSummary]:
    """Documents, newest publication first (undated last), with entity and fact counts."""
    entity_count = _count_per_document(DocumentEntityRow.document_id)
    fact_count = _count_per_document(FactSourceRow.document_id)
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


def positions_of(session: Session, *, key: str) -> list[PositionHeld]:
    """Positions held by the person `key`, or held in the region, country or
    organization `key`, ordered by the first publication reporting them (undated last).
    """
    person, of = aliased(FactPartyRow), aliased(FactPartyRow)
    query = (
        select(FactRow.id, FactRow.subtype, person.entity_key, of.entity_key,
               FactSourceRow.document_id, DocumentRow.published)
        .join(person, and_(person.fact_id == FactRow.id, person.role == "person"))
        .outerjoin(of, and_(of.fact_id == FactRow.id, of.role == "of"))
        .join(FactSourceRow, FactSourceRow.fact_id == FactRow.id)
        .join(DocumentRow, DocumentRow.id == FactSourceRow.document_id)
        .where(FactRow.kind == "position", or_(person.entity_key == key, of.entity_key == key))
    )
    reports: dict[int, list[Any]] = defaultdict(list)
    for row in session.execute(query):
        reports[row[0]].append(row)
    held = [_position_held(rows) for rows in reports.values()]
    return sorted(held, key=lambda p: (p.since is None, p.since or "", p.title, p.person))


def _position_held(rows: list[Any]) -> PositionHeld:
    """One position from its reports: (fact id, title, person, of, document, published)."""
    ordered = sorted(rows, key=lambda row: (row[5] is None, row[5] or "", row[4]))
    dates = [row[5] for row in ordered if row[5]]
    first = ordered[0]
    return PositionHeld(
        person=first[2], title=first[1], of=first[3], since=dates[0] if dates else None,
        until=dates[-1] if dates else None, document_id=first[4],
        sources=len({row[4] for row in rows}),
    )


def sources_of(session: Session, *, fact_id: int) -> list[FactSource]:
    """The documents reporting a fact, earliest publication first."""
    query = (
        select(DocumentRow.id, DocumentRow.group_id, DocumentRow.title, DocumentRow.published)
        .join(FactSourceRow, FactSourceRow.document_id == DocumentRow.id)
        .where(FactSourceRow.fact_id == fact_id)
        .order_by(DocumentRow.published.is_(None), DocumentRow.published, DocumentRow.id)
    )
    return [FactSource(document_id=row[0], group_id=row[1], title=row[2], published=row[3])
            for row in session.execute(query)]


def list_reprint_groups(
    session: Session, *, min_size: int = 2, limit: int = 50, offset: int = 0
) -> list[ReprintGroup]:
    """Reprint groups of at least `min_size` documents, the largest first."""
    size = func.count(DocumentRow.id).label("size")
    query = (
        select(ReprintGroupRow.id, ReprintGroupRow.canonical_document_id, size)
        .join(DocumentRow, DocumentRow.group_id == ReprintGroupRow.id)
        .group_by(ReprintGroupRow.id, ReprintGroupRow.canonical_document_id)
        .having(size >= min_size).order_by(size.desc(), ReprintGroupRow.id)
        .limit(limit).offset(offset)
    )
    groups = session.execute(query).all()
    members: dict[int, list[str]] = defaultdict(list)
    member_rows = session.execute(
        select(DocumentRow.group_id, DocumentRow.id)
        .where(DocumentRow.group_id.in_([group[0] for group in groups]))
        .order_by(DocumentRow.published.is_(None), DocumentRow.published, DocumentRow.id)
    )
    for group_id, doc_id in member_rows:
        members[group_id].append(doc_id)
    return [ReprintGroup(id=g[0], canonical_document_id=g[1], document_ids=tuple(members[g[0]]))
            for g in groups]


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")
