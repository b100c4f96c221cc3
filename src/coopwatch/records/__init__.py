"""Records: one frozen type per concept of the document card (SCHEMA.md).

Stages pass these records to each other; JSON exists only at the edges (`to_json` /
`from_json`, one generic codec in `codec.py`). Every offset is a character offset into
`Document.text`. The allowed values of the card are `Literal` types in `values.py`.
"""

from coopwatch.records.document import SCHEMA_VERSION, Document, Rejection, Relevance, Source
from coopwatch.records.facts import Change, Cooperation, Entity, Event, Figure, Flow, Position
from coopwatch.records.text import Mention, Sentence, Span, TimeMention, Token
from coopwatch.records.values import (
    ENTITY_TYPES,
    EVENT_STATUSES,
    EVENT_TYPES,
    FIGURE_APPROX,
    FIGURE_KINDS,
    FIGURE_METRICS,
    FLOW_STATUSES,
    GEO_KINDS,
    SECTORS,
    EntityType,
    EventType,
    FigureApprox,
    FigureKind,
    FigureMetric,
    GeoKind,
    Sector,
    Status,
    one_of,
)

__all__ = [
    "ENTITY_TYPES",
    "EVENT_STATUSES",
    "EVENT_TYPES",
    "FIGURE_APPROX",
    "FIGURE_KINDS",
    "FIGURE_METRICS",
    "FLOW_STATUSES",
    "GEO_KINDS",
    "SCHEMA_VERSION",
    "SECTORS",
    "Change",
    "Cooperation",
    "Document",
    "Entity",
    "EntityType",
    "Event",
    "EventType",
    "Figure",
    "FigureApprox",
    "FigureKind",
    "FigureMetric",
    "Flow",
    "GeoKind",
    "Mention",
    "Position",
    "Rejection",
    "Relevance",
    "Sector",
    "Sentence",
    "Source",
    "Span",
    "Status",
    "TimeMention",
    "Token",
    "one_of",
]
