"""What the overview and the graph page ask: events per month, and every fact of a pair.

Months come from `effective_date` (a fact's own date, or its document's publication
date when it has none or no year); facts with neither are counted as undated.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from coopwatch.store.models import (
    DocumentEntityRow,
    DocumentRow,
    EntityCountRow,
    EntityPartnerRow,
    EntityRow,
    FactPartyRow,
    FactRow,
    PartyFactRow,
)
from coopwatch.store.read.conditions import facts_of
from coopwatch.store.read.counts import entity_count
from coopwatch.store.read.filters import PROFILE_LIMIT
from coopwatch.store.read.results import Evidence
from coopwatch.store.summaries import DOCUMENTS

UNDATED = "—"
WALK_FROM_DOCUMENTS = 2000


@dataclass(frozen=True)
class PairFact:
    """A fact both entities of a pair are parties of, with where it was read first."""

    fact_id: int
    kind: str
    ordinal: int
    payload: dict[str, Any]
    date: str | None
    document_id: str
    document_title: str | None
    published: str | None
    evidence: tuple[Evidence, ...]
    confidence: float | None


def events_per_month(session: Session) -> list[tuple[str, int]]:
    """(YYYY-MM, events) in month order; the events without a date as `UNDATED`, last."""
    own = func.substr(FactRow.date, 1, 7)
    published = func.substr(DocumentRow.published, 1, 7)
    rows = session.execute(
        select(own, published, func.count())
        .join(DocumentRow, DocumentRow.id == FactRow.document_id)
        .where(FactRow.kind == "event").group_by(own, published)
    ).all()
    tally: Counter[str] = Counter()
    for date, publication, count in rows:
        tally[_month(date, publication)] += count
    return sorted(tally.items(), key=lambda item: (item[0] == UNDATED, item[0]))


def _month(own: str | None, published: str | None) -> str:
    """The month of a fact's `effective_date`, from the first 7 characters of its own
    date and of its document's publication date."""
    if own and own.startswith("--") and published:
        own = published[:4] + "-" + own[2:4]
    month = own if own and not own.startswith("--") else published
    known = month is not None and len(month) == 7 and month[:4].isdigit()
    return month if known and month is not None else UNDATED


def pair_facts(
    session: Session, *, first: str, second: str, limit: int = PROFILE_LIMIT
) -> tuple[int, list[PairFact]]:
    """How many facts have both entities as parties, and the newest `limit` of them."""
    both = [FactRow.id.in_(facts_of(first, False)), FactRow.id.in_(facts_of(second, False))]
    if first == second:
        total = session.scalar(select(func.count()).select_from(FactRow).where(*both)) or 0
    else:
        total = session.scalar(select(EntityPartnerRow.facts).where(
            EntityPartnerRow.entity_key == first, EntityPartnerRow.partner_key == second)) or 0
        both = [FactRow.id.in_(_newest_shared(session, first, second, limit))]
    rows = session.execute(
        select(FactRow.id, FactRow.kind, FactRow.ordinal, FactRow.payload, FactRow.date,
               FactRow.confidence, DocumentRow.id, DocumentRow.title, DocumentRow.published,
               DocumentRow.text)
        .join(DocumentRow, DocumentRow.id == FactRow.document_id)
        .where(*both)
        .order_by(FactRow.date.is_(None), FactRow.date.desc(), FactRow.id.desc())
        .limit(limit)
    ).all()
    return total, [
        PairFact(fact_id=row[0], kind=row[1], ordinal=row[2], payload=row[3], date=row[4],
                 confidence=row[5], document_id=row[6], document_title=row[7],
                 published=row[8], evidence=tuple(
                     Evidence(span["start"], span["stop"], row[9][span["start"]:span["stop"]])
                     for span in row[3].get("evidence") or ()))
        for row in rows
    ]


def _newest_shared(session: Session, first: str, second: str, limit: int) -> Select[int]:
    """The ids of the newest `limit` facts of two entities: the facts of the one with
    fewer (`party_facts`) that the other is a party of, in the order of `pair_facts`."""
    fewer, other = sorted((first, second), key=lambda key: (_facts_of_count(session, key), key))
    shared = (select(FactPartyRow.fact_id)
              .where(FactPartyRow.fact_id == PartyFactRow.fact_id,
                     FactPartyRow.entity_key == other)
              .correlate(PartyFactRow).exists())
    return (select(PartyFactRow.fact_id).where(PartyFactRow.entity_key == fewer, shared)
            .order_by(PartyFactRow.date.desc().nulls_last(), PartyFactRow.fact_id.desc())
            .limit(limit))


def _facts_of_count(session: Session, key: str) -> int:
    return session.scalar(select(func.sum(EntityCountRow.count)).where(
        EntityCountRow.entity_key == key, EntityCountRow.what != DOCUMENTS)) or 0


@dataclass(frozen=True)
class DocumentMention:
    """A document naming an entity."""

    document_id: str
    title: str | None
    published: str | None


def documents_of(session: Session, *, key: str, limit: int = PROFILE_LIMIT) -> list[DocumentMention]:
    """The documents naming the entity, newest publication first (undated last).

    An entity named in many documents finds its newest ones soon walking the documents
    newest first; one named in few is quicker to gather and sort: the same answer
    either way, the plan chosen by its document count (`entity_counts`)."""
    entity_id = session.scalar(select(EntityRow.id).where(EntityRow.key == key))
    if entity_id is None:
        return []
    named: ColumnElement[bool] = (select(DocumentEntityRow.document_id)
             .where(DocumentEntityRow.document_id == DocumentRow.id,
                    DocumentEntityRow.entity_id == entity_id)
             .correlate(DocumentRow).exists())
    if entity_count(session, key=key, what=DOCUMENTS) < WALK_FROM_DOCUMENTS:
        named = DocumentRow.id.in_(select(DocumentEntityRow.document_id)
                                   .where(DocumentEntityRow.entity_id == entity_id))
    rows = session.execute(
        select(DocumentRow.id, DocumentRow.title, DocumentRow.published).where(named)
        .order_by(DocumentRow.published.desc().nulls_last(), DocumentRow.id)
        .limit(limit)
    ).all()
    return [DocumentMention(*row) for row in rows]
