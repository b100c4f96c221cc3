"""What the map asks: how active each region is, in one grouped count.

A region's activity is the number of facts it is a party of among the facts the
filters keep: the graph's filters that apply to one region alone (fact kind, sector,
event type, period, confidence, topic). Without any filter the count reads the index of
`fact_parties` alone; a filter joins the facts it looks at.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from pydantic import Field
from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from coopwatch.records import EVENT_TYPES, SECTORS
from coopwatch.store.models import FactPartyRow, FactRow
from coopwatch.store.read.conditions import Period, Quality, fact_date_conditions, sectors_json
from coopwatch.store.read.filters import QualityFilters, choice, period_bounds

MAX_REGIONS = 2000  # keys asked at once: the gazetteer lists some 460 regions
FACT_KINDS = ("position", "event", "figure", "flow", "cooperation")


class RegionFilters(QualityFilters):
    """Which facts count towards a region's activity; none given: every fact."""

    kind: str | None = Field(None, description="Only facts of this kind: event, figure, …")
    sector: str | None = Field(None, description="A sector of SCHEMA.md: automotive, …")
    event_type: str | None = Field(None, description=(
        "Only events of this type (implies kind=event): meeting, agreement, …"))
    since: str | None = Field(None, description="From this date: 2023, 2023-05, 2023-05-17.")
    until: str | None = Field(None, description="Up to the end of this date: 2024, 2024-09.")

    def selection(self) -> RegionSelection:
        """The checked selection; bad values raise BadQuery."""
        event_type = choice("event type", self.event_type, EVENT_TYPES, "event_type")
        kind = "event" if event_type else choice("fact kind", self.kind, FACT_KINDS,
                                                   "fact_kind")
        return RegionSelection(
            kind=kind, event_type=event_type,
            sector=choice("sector", self.sector, SECTORS, "sector"),
            period=period_bounds(since=self.since, until=self.until), quality=self.quality())


@dataclass(frozen=True)
class RegionSelection:
    kind: str | None
    event_type: str | None
    sector: str | None
    period: Period
    quality: Quality

    def conditions(self) -> list[ColumnElement[bool]]:
        """Conditions on the fact rows; empty when every fact counts."""
        found = [*fact_date_conditions(self.period), *self.quality.conditions()]
        if self.kind:
            found.append(FactRow.kind == self.kind)
        if self.event_type:
            found.append(FactRow.subtype == self.event_type)
        if self.sector:
            found.append(sectors_json().like(f'%"{self.sector}"%'))
        return found


@dataclass(frozen=True)
class RegionActivity:
    """How many facts a region is a party of."""

    key: str
    facts: int


def region_activity(
    session: Session, *, keys: Collection[str], filters: RegionFilters
) -> dict[str, RegionActivity]:
    """key -> activity for the `keys` with at least one kept fact (the others are absent).

    One query grouped by region: its answer has at most `len(keys)` rows. Bad filter
    values raise BadQuery.
    """
    wanted = sorted(set(keys))
    if len(wanted) > MAX_REGIONS:
        raise ValueError(f"at most {MAX_REGIONS} regions at once, not {len(wanted)}")
    conditions = filters.selection().conditions()
    if not wanted:
        return {}
    query = (select(FactPartyRow.entity_key, func.count(func.distinct(FactPartyRow.fact_id)))
             .where(FactPartyRow.entity_key.in_(wanted)).group_by(FactPartyRow.entity_key))
    if conditions:
        query = query.join(FactRow, FactRow.id == FactPartyRow.fact_id).where(*conditions)
    return {key: RegionActivity(key, facts) for key, facts in session.execute(query).all()}
