"""Writing the store; keyword-only functions over a Session (the reads are `store.read`).

The caller owns the transaction (`with database.sessions.begin() as session: ...`);
these functions add and flush, never commit. The ingest service and the tools that
complete old stores call them.

Saving a card (`save_document`) also places it in a reprint group (`reprints`), merges
its entities with the stored ones (`entities`), joins its facts to the same facts of
other documents (`corroboration`, which also keeps each fact's confidence), adds the
document and its new facts to the per-entity summaries (`summaries`) and indexes its
text for search (`search`). The card's relevance (schema 2) is copied to the
document's row; a version-1 card leaves it null. A batch
writer loads one `ReprintIndex` and one `SearchTerms` and passes them to every call.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopwatch.records import Document, Rejection
from coopwatch.store.corroboration import save_facts
from coopwatch.store.entities import insert_ignoring_conflicts, save_entities
from coopwatch.store.limits import card_problem
from coopwatch.store.models import (
    DocumentEntityRow,
    DocumentRow,
    DocumentSignatureRow,
    MentionRow,
    RejectionRow,
    ReprintGroupRow,
    table_of,
    utc_now,
)
from coopwatch.store.reprints import ReprintIndex, save_signature, signature
from coopwatch.store.search import SearchTerms, default_terms, index_document
from coopwatch.store.summaries import count_document

if TYPE_CHECKING:
    from datasketch import MinHash


@dataclass(frozen=True)
class SaveResult:
    """The outcome of saving one card.

    `status` is `stored`, `duplicate` (the same cleaned text is already stored, under
    `doc_id`), `id_conflict` (another text is stored under the same id) or `too_long`
    (a value is longer than its column allows; `detail` says which). A stored
    document has a reprint `group_id`; `reprint_of` names the most similar stored
    document when it joined that document's group.
    """

    status: str
    doc_id: str
    group_id: int | None = None
    reprint_of: str | None = None
    detail: str = ""


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
    too_long = card_problem(doc)
    if too_long is not None:
        return SaveResult(status="too_long", doc_id=doc.id, detail=too_long)
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
    facts = save_facts(session, doc=doc, stored_keys={key: e.key for key, e in stored.items()})
    count_document(session, doc_id=doc.id, facts=facts)
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
    relevance = doc.relevance
    return DocumentRow(
        id=doc.id, content_hash=content_hash(doc.text), path=doc.source.path,
        url=doc.source.url, title=doc.source.title, published=doc.source.published,
        text=doc.text, card=doc.to_json(), sectors=list(doc.sectors), group_id=group_id,
        on_topic=relevance.on_topic if relevance else None,
        relevance_score=relevance.score if relevance else None,
    )


def _link_entities(session: Session, *, doc: Document, entity_ids: dict[str, int]) -> None:
    links = [{"document_id": doc.id, "entity_id": entity_id}
             for entity_id in dict.fromkeys(entity_ids.values())]
    insert_ignoring_conflicts(session, DocumentEntityRow, links,
                              ["document_id", "entity_id"])
    mentions = [
        {"document_id": doc.id, "entity_id": entity_ids[entity.key], "start": mention.start,
         "stop": mention.stop, "text": mention.text}
        for entity in doc.entities for mention in entity.mentions
    ]
    if mentions:
        session.execute(table_of(MentionRow).insert(), mentions)
