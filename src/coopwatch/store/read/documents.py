"""Documents: the list, counts, one card, its text marked by evidence, all cards,
rejections and reprint groups."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from coopwatch.coverage import pieces
from coopwatch.records import (
    Document,
    Relevance,
    Span,
)
from coopwatch.store.models import (
    Base,
    DocumentEntityRow,
    DocumentRow,
    EntityRow,
    FactRow,
    FactSourceRow,
    MentionRow,
    RejectionRow,
    ReprintGroupRow,
)
from coopwatch.store.read.filters import MAX_LIMIT
from coopwatch.store.read.results import (
    DocumentSummary,
    DocumentText,
    RejectionSummary,
    ReprintGroup,
    StoreCounts,
    TextSegment,
)


def list_documents(
    session: Session, *, limit: int = 50, offset: int = 0, on_topic: bool | None = None,
) -> list[DocumentSummary]:
    """Documents, newest publication first (undated last), with entity and fact counts
    and their relevance; with `on_topic`, only the documents whose card says so (a
    version-1 card says neither)."""
    entity_count = _count_per_document(DocumentEntityRow.document_id)
    fact_count = _count_per_document(FactSourceRow.document_id)
    query = (
        select(DocumentRow.id, DocumentRow.title, DocumentRow.published, DocumentRow.path,
               DocumentRow.url, DocumentRow.ingested_at, entity_count, fact_count,
               DocumentRow.on_topic, DocumentRow.relevance_score)
        .where(*_topic(on_topic))
        .order_by(DocumentRow.published.desc().nulls_last(),  # undated last, by the index
                  DocumentRow.ingested_at.desc(), DocumentRow.id)
        .limit(limit).offset(offset)
    )
    return [
        DocumentSummary(id=row.id, title=row.title, published=row.published, path=row.path,
                        url=row.url, entity_count=row[6], fact_count=row[7],
                        ingested_at=_iso(row.ingested_at),
                        relevance=_relevance(row.on_topic, row.relevance_score))
        for row in session.execute(query)
    ]


def count_documents(session: Session, *, on_topic: bool | None = None) -> int:
    """How many documents `list_documents` pages through with the same `on_topic`."""
    return session.scalar(select(func.count()).select_from(DocumentRow)
                          .where(*_topic(on_topic))) or 0


def _topic(on_topic: bool | None) -> list[ColumnElement[bool]]:
    return [] if on_topic is None else [DocumentRow.on_topic.is_(on_topic)]


def _relevance(on_topic: bool | None, score: float | None) -> Relevance | None:
    if on_topic is None or score is None:
        return None
    return Relevance(on_topic=on_topic, score=score)


def _count_per_document(column: InstrumentedAttribute[str]) -> ScalarSelect[int]:
    """A correlated `count(*)` of the rows of `column`'s table for each document."""
    return (
        select(func.count()).where(column == DocumentRow.id)
        .correlate(DocumentRow).scalar_subquery()
    )


def counts(session: Session) -> StoreCounts:
    """How many rows of each kind the store holds."""
    def total(model: type[Base]) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    return StoreCounts(
        documents=total(DocumentRow), rejections=total(RejectionRow),
        entities=total(EntityRow), mentions=total(MentionRow), facts=total(FactRow),
    )


def get_card(session: Session, *, doc_id: str) -> Document | None:
    """The stored card, rebuilt as a Document (without the working annotations)."""
    row = session.get(DocumentRow, doc_id)
    return Document.from_json(row.card) if row is not None else None


def list_rejections(
    session: Session, *, limit: int = 50, offset: int = 0
) -> list[RejectionSummary]:
    query = select(RejectionRow).order_by(RejectionRow.id.desc()).limit(limit).offset(offset)
    return [
        RejectionSummary(path=row.path, reason=row.reason, detail=row.detail,
                         ingested_at=_iso(row.ingested_at))
        for row in session.scalars(query)
    ]


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
    members: dict[int | None, list[str]] = defaultdict(list)
    member_rows = session.execute(
        select(DocumentRow.group_id, DocumentRow.id)
        .where(DocumentRow.group_id.in_([group[0] for group in groups]))
        .order_by(DocumentRow.published.is_(None), DocumentRow.published, DocumentRow.id)
    )
    for group_id, doc_id in member_rows:
        members[group_id].append(doc_id)
    return [ReprintGroup(id=g[0], canonical_document_id=g[1], document_ids=tuple(members[g[0]]))
            for g in groups]


def document_text_with_evidence(session: Session, *, doc_id: str) -> DocumentText | None:
    """The text cut into segments, each marked with the facts whose evidence covers it."""
    row = session.get(DocumentRow, doc_id)
    if row is None:
        return None
    cited = [(f"{kind}#{number}", Span.from_json(span))
             for kind, facts in _card_facts(row.card)
             for number, fact in enumerate(facts) for span in fact.get("evidence") or ()]
    mentions = [Span.from_json(mention) for entity in row.card.get("entities") or ()
                for mention in entity.get("mentions") or ()]
    evidence = [span for _, span in cited]
    segments = tuple(
        TextSegment(piece.start, piece.stop, row.text[piece.start:piece.stop], piece.evidence,
                    piece.mention, tuple(dict.fromkeys(
                        name for name, span in cited
                        if span.start <= piece.start and piece.stop <= span.stop)))
        for piece in pieces(len(row.text), evidence, mentions)
    )
    return DocumentText(row.id, row.title, row.text, tuple(evidence), tuple(mentions), segments)


def _card_facts(card: dict[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
    names = (("position", "positions"), ("event", "events"), ("figure", "figures"),
             ("flow", "flows"), ("cooperation", "cooperation"))
    return [(kind, card.get(section) or []) for kind, section in names]


def iter_cards(session: Session, *, batch: int = MAX_LIMIT) -> Iterator[dict[str, Any]]:
    """Every stored card (JSON), in id order, a batch at a time."""
    last = ""
    while True:
        rows = session.execute(
            select(DocumentRow.id, DocumentRow.card).where(DocumentRow.id > last)
            .order_by(DocumentRow.id).limit(batch)
        ).all()
        yield from (row.card for row in rows)
        if len(rows) < batch:
            return
        last = rows[-1].id


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")
