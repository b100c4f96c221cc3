"""What the map asks: how active each region is, in one grouped count.

A region's activity is the number of facts it is a party of, and of documents reporting
those facts, among the facts the filters keep (the graph's filters that apply to a
region alone: fact kinds, sector, event type, period, confidence, topic).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from coopwatch.store.models import FactPartyRow, FactRow, FactSourceRow
from coopwatch.store.read.conditions import GraphSelection, fact_date_conditions, sectors_json
from coopwatch.store.read.filters import GraphFilters

MAX_REGIONS = 2000  # keys asked at once: the gazetteer lists some 460 regions


@dataclass(frozen=True)
class RegionActivity:
    """How many facts a region is a party of, and how many documents report them."""

    key: str
    facts: int
    documents: int


def region_activity(
    session: Session, *, keys: Collection[str], filters: GraphFilters
) -> dict[str, RegionActivity]:
    """key -> activity for the `keys` with at least one kept fact (the others are absent).

    One query grouped by region: its answer has at most `len(keys)` rows. Bad filter
    values raise BadQuery, as for the graph.
    """
    wanted = sorted(set(keys))
    if len(wanted) > MAX_REGIONS:
        raise ValueError(f"at most {MAX_REGIONS} regions at once, not {len(wanted)}")
    if not wanted:
        return {}
    selection = filters.selection()
    rows = session.execute(
        select(FactPartyRow.entity_key, func.count(func.distinct(FactRow.id)),
               func.count(func.distinct(FactSourceRow.document_id)))
        .select_from(FactPartyRow)
        .join(FactRow, FactRow.id == FactPartyRow.fact_id)
        .join(FactSourceRow, FactSourceRow.fact_id == FactRow.id)
        .where(FactPartyRow.entity_key.in_(wanted), *_conditions(selection))
        .group_by(FactPartyRow.entity_key)
    ).all()
    return {key: RegionActivity(key, facts, documents) for key, facts, documents in rows}


def _conditions(wanted: GraphSelection) -> list[ColumnElement[bool]]:
    conditions = [FactRow.kind.in_(wanted.kinds), *fact_date_conditions(wanted.period),
                  *wanted.quality.conditions()]
    if wanted.sector:
        conditions.append(sectors_json().like(f'%"{wanted.sector}"%'))
    if wanted.event_type:
        conditions.append(or_(FactRow.kind != "event", FactRow.subtype == wanted.event_type))
    return conditions
