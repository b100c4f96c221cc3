"""Records of what a document says: its entities and the facts that link them.

Facts refer to entities by key and carry their evidence as spans of the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coopwatch.records.codec import JsonRecord, card_field
from coopwatch.records.text import Mention, Span
from coopwatch.records.values import (
    EntityType,
    EventType,
    FigureApprox,
    FigureKind,
    FigureMetric,
    GeoKind,
    Sector,
    Status,
)

# Written only for places: a person or an organization has no geo_kind and no within.
_GEO_ONLY = card_field(when=("type", "GEO"))
CONFIDENCE = card_field(omit_none=True, read=float)


@dataclass(frozen=True)
class Entity(JsonRecord):
    """A person, organization or place named in the document, with its mentions."""

    key: str
    type: EntityType
    name: str
    geo_kind: GeoKind | None = field(default=None, metadata=_GEO_ONLY)
    within: str | None = field(default=None, metadata=_GEO_ONLY)
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Position(JsonRecord):
    """A person's post (`title`), of a region, country or organization when known."""

    person: str
    title: str
    of: str | None = None
    evidence: tuple[Span, ...] = ()
    # schema 2: the estimate that every field is right; None in a version-1 card
    confidence: float | None = field(default=None, metadata=CONFIDENCE)


@dataclass(frozen=True)
class Event(JsonRecord):
    """A meeting, visit, agreement or other event, with who took part and where."""

    type: EventType
    status: Status
    date: str | None = None
    participants: tuple[str, ...] = ()
    place: str | None = None
    title: str | None = None
    sectors: tuple[Sector, ...] = ()
    evidence: tuple[Span, ...] = ()
    # schema 2: the estimate that every field is right; None in a version-1 card
    confidence: float | None = field(default=None, metadata=CONFIDENCE)


@dataclass(frozen=True)
class Change(JsonRecord):
    """Growth against the previous period: a percent (negative for a fall) or a factor.

    The card writes one of the two: the percent when there is one, else the factor.
    Both are read as written (no conversion to float).
    """

    percent: float | None = field(default=None, metadata=card_field(omit_none=True))
    factor: float | None = field(
        default=None, metadata=card_field(omit_none=True, when=("percent", None)),
    )


@dataclass(frozen=True)
class Figure(JsonRecord):
    """A number the text gives: trade, investment, a count; or a growth stated alone."""

    metric: FigureMetric
    value: float | None = field(metadata=card_field(read=float))
    unit: str | None
    approx: FigureApprox = "exact"
    kind: FigureKind = "actual"
    period: str | None = None
    change: Change | None = None
    parties: tuple[str, ...] = ()
    evidence: tuple[Span, ...] = ()
    # schema 2: the estimate that every field is right; None in a version-1 card
    confidence: float | None = field(default=None, metadata=CONFIDENCE)


@dataclass(frozen=True)
class Flow(JsonRecord):
    """Goods, components or services that one party supplies to another."""

    source: str = field(metadata=card_field(key="from"))
    target: str = field(metadata=card_field(key="to"))
    goods: tuple[str, ...] = ()
    sectors: tuple[Sector, ...] = ()
    status: Status = "done"
    evidence: tuple[Span, ...] = ()
    # schema 2: the estimate that every field is right; None in a version-1 card
    confidence: float | None = field(default=None, metadata=CONFIDENCE)


@dataclass(frozen=True)
class Cooperation(JsonRecord):
    """Two parties that the document says cooperate, or mean to, merged over it."""

    parties: tuple[str, str]
    sectors: tuple[Sector, ...] = ()
    evidence: tuple[Span, ...] = ()
    # schema 2: the estimate that every field is right; None in a version-1 card
    confidence: float | None = field(default=None, metadata=CONFIDENCE)
