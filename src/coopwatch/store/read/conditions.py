"""The SQL side of the filters: checked selections of facts and graph edges as conditions.

`filters` turns what a caller asked for into a `FactSelection` or a `GraphSelection`
(every value checked); these turn them into SQLAlchemy conditions on the fact rows.
Both carry a `Quality`: the schema-2 conditions on a fact's confidence and on the
relevance of the documents reporting it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    or_,
    select,
)

from coopwatch.store.models import DocumentRow, FactPartyRow, FactRow, FactSourceRow

AFTER_ANY_DATE = "~"  # sorts after every digit and '-': '2024-12-31' < '2024~'


@dataclass(frozen=True)
class Period:
    """Inclusive bounds on partial ISO dates; either may be open (None)."""

    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class Quality:
    """Schema-2 conditions on facts; None leaves a condition out.

    `min_confidence`: the fact's confidence (the highest its sources gave) is at least
    this; a fact without one (version-1 cards) never is. `on_topic`: True keeps the facts
    that an on-topic document reports; False those that only off-topic documents report
    (at least one); documents without a relevance (version-1 cards) are neither.
    """

    min_confidence: float | None = None
    on_topic: bool | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = []
        if self.min_confidence is not None:
            found.append(FactRow.confidence >= self.min_confidence)
        if self.on_topic is not None:
            found.append(FactRow.id.in_(facts_reported(on_topic=self.on_topic)))
        if self.on_topic is False:
            found.append(FactRow.id.not_in(facts_reported(on_topic=True)))
        return found


@dataclass(frozen=True)
class FactSelection:
    """What facts of one kind to keep; every given condition must hold."""

    kind: str
    subtype: str | None = None
    status: str | None = None
    parties: tuple[str, ...] = ()
    sector: str | None = None
    period: Period = Period()
    subregions: bool = False
    quality: Quality = Quality()
    sort: str = "-date"

    def order(self) -> list[ColumnElement[Any]]:
        """ORDER BY of the sort: the column, unknown values last, then the newest id."""
        column = FactRow.confidence if self.sort.endswith("confidence") else FactRow.date
        ordered = column.desc() if self.sort.startswith("-") else column.asc()
        return [ordered.nulls_last(), FactRow.id.desc()]

    def conditions(self) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = [FactRow.kind == self.kind, *self.quality.conditions()]
        if self.subtype is not None:
            found.append(FactRow.subtype == self.subtype)
        if self.status is not None:
            found.append(FactRow.status == self.status)
        found += [FactRow.id.in_(facts_of(key, self.subregions)) for key in self.parties]
        if self.sector is not None:
            found.append(sectors_json().like(f'%"{self.sector}"%'))
        return found + fact_date_conditions(self.period)


@dataclass(frozen=True)
class GraphSelection:
    """Which facts make edges of the graph, between which entities, from what weight."""

    sector: str | None
    period: Period
    entity_type: str | None
    kinds: Sequence[str]
    min_weight: int
    quality: Quality = Quality()
    country: str | None = None
    geo_kind: str | None = None
    event_type: str | None = None


def facts_of(key: str, subregions: bool) -> Select[int]:
    """The ids of the facts `key` is a party of (with subregions: `CN` also takes `CN-ZJ`)."""
    match = FactPartyRow.entity_key == key
    if subregions:
        match = or_(match, FactPartyRow.entity_key.like(escape_like(key) + "-%", escape="\\"))
    return select(FactPartyRow.fact_id).where(match)


def facts_reported(*, on_topic: bool) -> Select[int]:
    """The ids of the facts that some document marked on topic (or off topic) reports."""
    return (
        select(FactSourceRow.fact_id)
        .join(DocumentRow, DocumentRow.id == FactSourceRow.document_id)
        .where(DocumentRow.on_topic.is_(on_topic))
    )


def sectors_json() -> ColumnElement[str]:
    """A fact's sectors as the JSON text of its payload, for `LIKE '%"sector"%'`."""
    sectors: ColumnElement[str] = FactRow.payload["sectors"].as_string()
    return sectors


def date_conditions(column: Any, period: Period) -> list[ColumnElement[bool]]:
    """`column` (a partial ISO date) within the period; an open end matches any date."""
    found = []
    if period.start:
        found.append(column >= period.start)
    if period.end:
        found += [column <= period.end + AFTER_ANY_DATE, column >= "0"]
    return found


def fact_date_conditions(period: Period) -> list[ColumnElement[bool]]:
    """A fact within the period by its effective date (`store.fact_dates`): its own
    date, or, undated or without a year, the date it takes from its first document.
    One range of the index `facts(kind, effective_date)`."""
    if not period.start and not period.end:
        return []
    return date_conditions(FactRow.effective_date, period)


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
