"""Facts across documents: one row per fact, with its sources and how many they are.

Saving a card's facts, each fact is looked up by its `fact_key` (parties resolved to
the stored entities first): a new fact gets a row, a known one gains a source. Each
source keeps its own evidence, since offsets point into that source's text. Then the
touched facts are recounted: `corroboration` is the number of distinct documents that
report the fact, `group_count` the number of distinct reprint groups among them (a
press release on ten sites is ten documents but one independent source), and
`confidence` the highest confidence its sources gave it (schema 2).

The rule for confidence across sources: each source keeps the confidence its card gave
the fact (`fact_sources.confidence`; the highest, if one card reports the same fact
twice), and the fact takes the highest of them. Sources report the same identity
(`fact_keys`), so the best-supported reading stands for the fact: a reprint with
clumsier wording must not lower it, as a mean would let it. Sources without a
confidence (version-1 cards) do not count; a fact none of whose sources gave one has
none (null), and a `min_confidence` filter leaves it out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import distinct, func, select, update
from sqlalchemy.orm import Session

from coopwatch.records import Document
from coopwatch.store.entities import INSERTS, insert_ignoring_conflicts
from coopwatch.store.fact_dates import effective_date
from coopwatch.store.fact_keys import fact_key, resolve_parties
from coopwatch.store.facts import FlatFact, flatten
from coopwatch.store.models import (
    DocumentRow,
    EvidenceRow,
    FactPartyRow,
    FactRow,
    FactSourceRow,
    table_of,
)
from coopwatch.store.summaries import SavedFacts


def save_facts(
    session: Session, *, doc: Document, stored_keys: Mapping[str, str]
) -> SavedFacts:
    """Store or join every fact of the card; the ids of the facts it reports, and of
    those it created."""
    published = doc.source.published
    saved = [_save_fact(session, doc.id, published, fact, stored_keys)
             for fact in flatten(doc)]
    reported = frozenset(fact_id for fact_id, _created in saved)
    recount(session, fact_ids=reported)
    return SavedFacts(reported, frozenset(fact_id for fact_id, created in saved if created))


def _save_fact(
    session: Session, doc_id: str, published: str | None, fact: FlatFact,
    stored_keys: Mapping[str, str],
) -> tuple[int, bool]:
    """The fact's id, and whether this call created its row (with the effective date it
    takes from this, its first, document's publication)."""
    parties = resolve_parties(fact.parties, stored_keys)
    key = fact_key(fact, parties)
    row = {"fact_key": key, "document_id": doc_id, "kind": fact.kind, "ordinal": fact.ordinal,
           "subtype": fact.subtype, "status": fact.status, "date": fact.date,
           "effective_date": effective_date(fact.date, published),
           "payload": fact.payload, "corroboration": 1, "group_count": 1}
    table = table_of(FactRow)
    insert = INSERTS[session.get_bind().dialect.name](table)
    inserted = session.scalar(
        insert.on_conflict_do_nothing(index_elements=["fact_key"]).returning(table.c.id), row)
    created = inserted is not None
    fact_id = inserted if inserted is not None else session.scalars(
        select(FactRow.id).where(FactRow.fact_key == key)).one()
    insert_ignoring_conflicts(
        session, FactPartyRow,
        [{"fact_id": fact_id, "entity_key": k, "role": role} for k, role in parties],
        ["fact_id", "entity_key", "role"],
    )
    if _add_source(session, fact_id, doc_id, fact) and fact.evidence:
        session.execute(table_of(EvidenceRow).insert(), [
            {"fact_id": fact_id, "document_id": doc_id, "start": span.start, "stop": span.stop}
            for span in fact.evidence
        ])
    return fact_id, created


def _add_source(session: Session, fact_id: int, doc_id: str, fact: FlatFact) -> bool:
    """Record `doc_id` as a source of the fact; False if it already was one (then it keeps
    the higher of the two confidences)."""
    known = session.get(FactSourceRow, (fact_id, doc_id))
    if known is not None:
        if fact.confidence is not None and (
            known.confidence is None or known.confidence < fact.confidence
        ):
            known.confidence = fact.confidence
        return False
    row = {"fact_id": fact_id, "document_id": doc_id, "ordinal": fact.ordinal,
           "confidence": fact.confidence}
    insert_ignoring_conflicts(session, FactSourceRow, [row], ["fact_id", "document_id"])
    return True


def recount(session: Session, *, fact_ids: Iterable[int]) -> None:
    """Refresh `corroboration`, `group_count` and `confidence` of the given facts from
    their sources."""
    ids = sorted(set(fact_ids))
    if not ids:
        return
    documents = (
        select(func.count(distinct(FactSourceRow.document_id)))
        .where(FactSourceRow.fact_id == FactRow.id).correlate(FactRow).scalar_subquery()
    )
    groups = (
        select(func.count(distinct(DocumentRow.group_id)))
        .join(FactSourceRow, FactSourceRow.document_id == DocumentRow.id)
        .where(FactSourceRow.fact_id == FactRow.id).correlate(FactRow).scalar_subquery()
    )
    confidence = (
        select(func.max(FactSourceRow.confidence))
        .where(FactSourceRow.fact_id == FactRow.id).correlate(FactRow).scalar_subquery()
    )
    session.flush()  # a source's confidence raised in this session counts
    session.execute(
        update(FactRow).where(FactRow.id.in_(ids))
        .values(corroboration=documents, group_count=groups, confidence=confidence)
        .execution_options(synchronize_session=False)
    )
