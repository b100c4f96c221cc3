"""The closed vocabularies of the card (SCHEMA.md), as `Literal` types.

A `Literal` keeps the values plain strings, so the JSON and every comparison with a
string stay as they are, while mypy checks that a record only ever gets a listed
value. The tuples beside the types (`ENTITY_TYPES`, ...) are derived from them for the
code that iterates or validates at run time.
"""

from __future__ import annotations

from typing import Literal, TypeAlias, TypeVar, get_args

EntityType: TypeAlias = Literal["PER", "ORG", "GEO"]
GeoKind: TypeAlias = Literal[
    "country", "region", "federal_district", "city", "district", "other",
]
EventType: TypeAlias = Literal[
    "meeting", "visit", "agreement", "localization", "joint_project", "investment", "forum",
]
# An event's status; a flow takes the same four.
Status: TypeAlias = Literal["proposed", "planned", "ongoing", "done"]
FigureMetric: TypeAlias = Literal[
    "trade_turnover", "export", "import", "investment", "contract_value", "count", "share",
    "other",
]
FigureApprox: TypeAlias = Literal["exact", "about", "more_than", "less_than"]
FigureKind: TypeAlias = Literal["actual", "target", "forecast"]
Sector: TypeAlias = Literal[
    "automotive", "machinery", "shipbuilding", "aerospace", "energy", "chemicals",
    "metallurgy", "pharma", "healthcare", "agriculture", "food", "forestry", "textiles",
    "electronics", "construction", "transport", "trade", "finance", "tourism", "education",
    "culture", "other",
]

ENTITY_TYPES: tuple[EntityType, ...] = get_args(EntityType)
GEO_KINDS: tuple[GeoKind, ...] = get_args(GeoKind)
EVENT_TYPES: tuple[EventType, ...] = get_args(EventType)
EVENT_STATUSES: tuple[Status, ...] = get_args(Status)
FLOW_STATUSES: tuple[Status, ...] = EVENT_STATUSES
FIGURE_METRICS: tuple[FigureMetric, ...] = get_args(FigureMetric)
FIGURE_APPROX: tuple[FigureApprox, ...] = get_args(FigureApprox)
FIGURE_KINDS: tuple[FigureKind, ...] = get_args(FigureKind)
SECTORS: tuple[Sector, ...] = get_args(Sector)

Value = TypeVar("Value", bound=str)


def one_of(value: str, allowed: tuple[Value, ...]) -> Value:
    """`value` typed as one of `allowed` (the values of a Literal above), for a string
    read from a data file; ValueError when it is none of them."""
    return allowed[allowed.index(value)]
