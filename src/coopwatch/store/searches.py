"""Saved searches: a named query over events or figures (the filters of `store.read`).

Keyword-only functions over a Session; the caller owns the transaction. A search is
kept as its kind and the JSON of its filters, checked (`selection()`) before saving, so
that a stored search always runs. `read.alerts` lists the facts it matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from coopwatch.store.models import SavedSearchRow
from coopwatch.store.read.filters import BadQuery, EventFilters, FigureFilters

SEARCH_KINDS: dict[str, type[EventFilters] | type[FigureFilters]] = {
    "events": EventFilters, "figures": FigureFilters}
NAME = re.compile(r"^[\w-]{1,100}$")


@dataclass(frozen=True)
class SavedSearch:
    """A saved query: its name (in the feed's address), what it lists and its filters."""

    name: str
    kind: str
    filters: EventFilters | FigureFilters
    created_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "created_at": self.created_at.isoformat(),
                "filters": self.filters.model_dump(exclude_defaults=True, by_alias=True)}


def filters_of(kind: str, values: dict[str, Any]) -> EventFilters | FigureFilters:
    """The checked filters of a search of `kind`; BadQuery when they cannot run."""
    model = SEARCH_KINDS.get(kind)
    if model is None:
        raise BadQuery(f"unknown search kind {kind!r}; expected one of: "
                       + ", ".join(SEARCH_KINDS))
    try:
        filters = model.model_validate(values)
    except ValueError as error:
        raise BadQuery(f"bad filters for {kind}: {error}") from error
    filters.selection()
    return filters


def save_search(session: Session, *, name: str, kind: str,
                filters: EventFilters | FigureFilters) -> SavedSearch:
    """Save (or replace) the search `name`."""
    if not NAME.match(name):
        raise BadQuery(f"bad search name {name!r}: letters, digits, '_' and '-', "
                       "at most 100")
    checked = filters_of(kind, filters.model_dump(by_alias=True))
    row = session.scalars(select(SavedSearchRow).where(SavedSearchRow.name == name)).first()
    if row is None:
        row = SavedSearchRow(name=name)
        session.add(row)
    row.kind, row.filters = kind, checked.model_dump(exclude_defaults=True, by_alias=True)
    session.flush()
    return _search(row)


def get_search(session: Session, *, name: str) -> SavedSearch | None:
    row = session.scalars(select(SavedSearchRow).where(SavedSearchRow.name == name)).first()
    return _search(row) if row is not None else None


def list_searches(session: Session) -> list[SavedSearch]:
    return [_search(row) for row in
            session.scalars(select(SavedSearchRow).order_by(SavedSearchRow.name))]


def delete_search(session: Session, *, name: str) -> bool:
    """Delete the search `name`; False when there was none."""
    deleted = session.execute(delete(SavedSearchRow).where(SavedSearchRow.name == name))
    return bool(getattr(deleted, "rowcount", 0))


def _search(row: SavedSearchRow) -> SavedSearch:
    return SavedSearch(name=row.name, kind=row.kind, filters=filters_of(row.kind, row.filters),
                       created_at=row.created_at)
