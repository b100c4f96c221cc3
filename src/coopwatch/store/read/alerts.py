"""Alerts: the facts a saved search matches, the most recently stored first.

The same filters and items as `facts` (events or figures), ordered by when the fact
entered the store (its row id; `stored_at` is when its first document was ingested)
rather than by its date, which is what a feed reader needs to see what is new.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopwatch.store.models import DocumentRow, FactRow
from coopwatch.store.read.facts import FACT_PAGE_COLUMNS, _event, _figure
from coopwatch.store.read.filters import EventFilters, FigureFilters, check_page
from coopwatch.store.read.results import EventItem, FigureItem

ALERT_LIMIT = 50


@dataclass(frozen=True)
class Alert:
    """A fact a saved search matches, with its key and when it was stored."""

    fact_key: str
    stored_at: datetime
    item: EventItem | FigureItem


def new_facts(
    session: Session, *, filters: EventFilters | FigureFilters, limit: int = ALERT_LIMIT
) -> list[Alert]:
    """The `limit` most recently stored facts that match the filters."""
    check_page(limit, 0)
    item = _event if isinstance(filters, EventFilters) else _figure
    rows = session.execute(
        select(*FACT_PAGE_COLUMNS, FactRow.fact_key, DocumentRow.ingested_at)
        .join(DocumentRow, DocumentRow.id == FactRow.document_id)
        .where(*filters.selection().conditions())
        .order_by(FactRow.id.desc()).limit(limit)
    ).all()
    return [Alert(fact_key=row.fact_key, stored_at=row.ingested_at, item=item(row))
            for row in rows]
