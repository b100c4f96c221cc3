"""What a caller may ask of the reads, as typed filter objects checked in one place.

`EventFilters`, `FigureFilters` (both `FactFilters`) and `GraphFilters` are Pydantic
models: the API takes them as query models, the CLI and the exports build them from
their options, and the store reads them. A `party` is a key among a fact's parties
(any role), a `pair` two such keys; `since` / `until` / `period` compare the fact's
partial ISO date (event date, figure period start) with `2024`, `2024-05`,
`2024-05-17` or a range `2024-01/2024-09`. All three take the schema-2 filters of
`QualityFilters`: `min_confidence` (0-1) and `on_topic`. `selection()` checks every
value and turns
them into what the SQL needs; a value that cannot be understood raises `BadQuery`
with a message that says what was expected (the API answers 422, the CLI exit 2).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from coopwatch.records import (
    ENTITY_TYPES,
    EVENT_STATUSES,
    EVENT_TYPES,
    FIGURE_KINDS,
    FIGURE_METRICS,
    GEO_KINDS,
    SECTORS,
)
from coopwatch.records.labels import code
from coopwatch.store.read.conditions import FactSelection, GraphSelection, Period, Quality

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
# The largest offset, page or weight taken: PostgreSQL's `integer`, which every backend
# compares without overflowing (2^63 broke SQLite, 2^31 PostgreSQL).
MAX_INTEGER = 2**31 - 1
PROFILE_LIMIT = 50
# The API profile's lists by default (`limit` asks for up to MAX_LIMIT): most of a
# profile's cost under load was reading and serializing 50 facts of each kind.
PROFILE_PAGE = 20
GRAPH_KINDS = ("cooperation", "flow", "event", "figure")
PERIOD_HELP = (
    "expected a year (2024), a month (2024-05), a day (2024-05-17) "
    "or a range of them (2024-01/2024-09)"
)
_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


class BadQuery(ValueError):
    """A query parameter that cannot be understood; the message says what was expected."""


class QualityFilters(BaseModel):
    """The filters on how much a fact is worth (schema 2), shared by every fact filter."""

    model_config = ConfigDict(frozen=True, populate_by_name=True)

    min_confidence: float | None = Field(None, ge=0, le=1, allow_inf_nan=False, description=(
        "Only facts whose confidence (the highest any source gave) is at least this, 0-1; "
        "facts without a confidence (version-1 cards) are left out when it is given."))
    on_topic: bool | None = Field(None, description=(
        "true: only facts an on-topic document reports; false: only facts that none but "
        "off-topic documents report."))

    def quality(self) -> Quality:
        return Quality(min_confidence=self.min_confidence, on_topic=self.on_topic)


class FactFilters(QualityFilters):
    """The filters events and figures share: parties, a pair, dates, confidence, topic."""

    party: list[str] = Field(default_factory=list, description=(
        "An entity key among the fact's parties; repeat for several (all must be)."))
    pair: str | None = Field(None, description="Two keys, comma-separated: RU-BRY,BY.")
    since: str | None = Field(None, description="From this date: 2023, 2023-05, 2023-05-17.")
    until: str | None = Field(None, description="Up to the end of this date: 2024, 2024-09.")
    period: str | None = Field(None, description=(
        "A year, a month or a range: 2024, 2024-05, 2024-01/2024-09."))
    subregions: bool = Field(False, description=(
        "A country key also matches its regions' keys (CN matches CN-ZJ)."))
    sort: Literal["-date", "date", "-confidence", "confidence"] = Field("-date", description=(
        "The order: by date or confidence, '-' for the highest first; undated facts last."))

    def parties(self) -> tuple[str, ...]:
        """The party keys and the pair's two keys, each once."""
        pair = parse_pair(self.pair) if self.pair else ()
        return tuple(dict.fromkeys([*self.party, *pair]))

    def bounds(self) -> Period:
        return period_bounds(period=self.period, since=self.since, until=self.until)


class EventFilters(FactFilters):
    """Which events to list: the shared filters, a type, a status and a sector."""

    type: str | None = Field(None, description="meeting, visit, agreement, …")
    status: str | None = Field(None, description="proposed, planned, ongoing, done")
    sector: str | None = Field(None, description="A sector of SCHEMA.md: automotive, …")

    def selection(self) -> FactSelection:
        """The checked selection; unknown types, statuses, sectors and bad dates raise."""
        parties = self.parties()
        subtype = choice("event type", self.type, EVENT_TYPES, "event_type")
        status = choice("event status", self.status, EVENT_STATUSES, "status")
        sector = choice("sector", self.sector, SECTORS, "sector")
        return FactSelection(kind="event", subtype=subtype, status=status,
                             parties=parties, sector=sector, period=self.bounds(),
                             subregions=self.subregions, quality=self.quality(),
                             sort=self.sort)


class FigureFilters(FactFilters):
    """Which figures to list: the shared filters, a metric and a kind."""

    metric: str | None = Field(None, description="trade_turnover, export, …")
    kind: str | None = Field(None, description="actual, target, forecast")

    def selection(self) -> FactSelection:
        """The checked selection; unknown metrics, kinds and bad dates raise."""
        parties = self.parties()
        metric = choice("figure metric", self.metric, FIGURE_METRICS, "metric")
        kind = choice("figure kind", self.kind, FIGURE_KINDS, "figure_kind")
        return FactSelection(kind="figure", subtype=metric, status=kind,
                             parties=parties, period=self.bounds(),
                             subregions=self.subregions, quality=self.quality(),
                             sort=self.sort)


class FlowFilters(FactFilters):
    """Which flows to list: the shared filters and a status."""

    status: str | None = Field(None, description="proposed, planned, ongoing, done")

    def selection(self) -> FactSelection:
        parties = self.parties()
        status = choice("flow status", self.status, EVENT_STATUSES, "status")
        return FactSelection(kind="flow", status=status, parties=parties,
                             period=self.bounds(), subregions=self.subregions,
                             quality=self.quality(), sort=self.sort)


class GraphFilters(QualityFilters):
    """Which facts make the edges of the cooperation graph, and between whom."""

    sector: str | None = Field(None, description="A sector of SCHEMA.md: automotive, …")
    since: str | None = Field(None, description="From this date: 2023, 2023-05, 2023-05-17.")
    until: str | None = Field(None, description="Up to the end of this date: 2024, 2024-09.")
    period: str | None = Field(None, description=(
        "A year, a month or a range: 2024, 2024-05, 2024-01/2024-09."))
    type: str | None = Field(None, description="Only entities of this type: GEO, ORG, PER.")
    kinds: list[str] = Field(["cooperation"], alias="kind", description=(
        "Fact kinds that make edges (repeatable): " + ", ".join(GRAPH_KINDS)
        + "; default cooperation."))
    min_weight: int = Field(1, ge=1, le=MAX_INTEGER,
                            description="Only edges of at least this weight.")
    country: str | None = Field(None, description=(
        "Only edges with an end that is this entity or lies in it (key or name: CN, Китай)."))
    geo_kind: str | None = Field(None, description=(
        "Only places of this kind as nodes: country, region, city, …"))
    event_type: str | None = Field(None, description=(
        "Only events of this type make edges (with kind=event): meeting, agreement, …"))

    def selection(self) -> GraphSelection:
        """The checked selection; bad values raise BadQuery."""
        sector = choice("sector", self.sector, SECTORS, "sector")
        entity_type = choice("entity type", self.type, ENTITY_TYPES, "entity_type")
        kinds = [choice("fact kind", kind, GRAPH_KINDS, "fact_kind") for kind in self.kinds]
        period = period_bounds(period=self.period, since=self.since, until=self.until)
        return GraphSelection(sector=sector, period=period, entity_type=entity_type,
                              kinds=tuple(k for k in kinds if k) or ("cooperation",),
                              min_weight=self.min_weight, quality=self.quality(),
                              country=self.country,
                              geo_kind=choice("kind of place", self.geo_kind, GEO_KINDS,
                                              "geo_kind"),
                              event_type=choice("event type", self.event_type, EVENT_TYPES,
                                                "event_type"))


def parse_period(text: str) -> Period:
    """`2024`, `2024-05`, `2024-05-17` or `FROM/TO` of those -> a Period."""
    parts = text.strip().split("/")
    if len(parts) > 2 or not all(_DATE.match(part) for part in parts):
        raise BadQuery(f"bad period {text!r}: {PERIOD_HELP}")
    start, end = parts[0], parts[-1]
    if end[: len(start)] < start[: len(end)]:
        raise BadQuery(f"bad period {text!r}: it ends before it starts")
    return Period(start, end)


def period_bounds(
    *, period: str | None = None, since: str | None = None, until: str | None = None
) -> Period:
    """One Period from a `period` and/or `since` (its start) and `until` (its end)."""
    whole = parse_period(period) if period else Period()
    start = parse_period(since).start if since else whole.start
    end = parse_period(until).end if until else whole.end
    return Period(start, end)


def parse_pair(text: str) -> tuple[str, str]:
    """`RU-BRY,BY` -> ('RU-BRY', 'BY')."""
    keys = [key.strip() for key in text.split(",")]
    if len(keys) != 2 or not all(keys) or keys[0] == keys[1]:
        raise BadQuery(f"bad pair {text!r}: expected two different entity keys "
                       "separated by a comma, e.g. RU-BRY,BY")
    return keys[0], keys[1]


def choice(name: str, value: str | None, choices: Sequence[str], group: str) -> str | None:
    """The code of a value given as a code or as its Russian label (`records.labels`);
    BadQuery when it is neither."""
    found = None if value is None else code(group, value)
    check_choice(name, found, choices)
    return found


def check_choice(name: str, value: str | None, choices: Sequence[str]) -> None:
    if value is not None and value not in choices:
        raise BadQuery(f"unknown {name} {value!r}; expected one of: {', '.join(choices)}")


def check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise BadQuery(f"limit must be between 1 and {MAX_LIMIT}, got {limit}")
    if not 0 <= offset <= MAX_INTEGER:
        raise BadQuery(f"offset must be between 0 and {MAX_INTEGER}, got {offset}")
