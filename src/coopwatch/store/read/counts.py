"""Counts of one entity read from the summaries (`coopwatch.store.summaries`)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopwatch.store.models import EntityCountRow


def entity_count(session: Session, *, key: str, what: str) -> int:
    """The documents naming `key` (`what="documents"`) or the distinct facts of kind
    `what` it is a party of."""
    count = session.scalar(select(EntityCountRow.count).where(
        EntityCountRow.entity_key == key, EntityCountRow.what == what))
    return count or 0
