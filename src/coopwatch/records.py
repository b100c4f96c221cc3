"""Records: one frozen type per concept of the document card (SCHEMA.md).

Stages pass these records to each other; JSON exists only at the edges
(`to_json` / `from_json`). Every offset is a character offset into `Document.text`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from coopwatch.text.mentions import EntityMention
    from coopwatch.text.passages import Passage

SCHEMA_VERSION = 1

ENTITY_TYPES = ("PER", "ORG", "GEO")
GEO_KINDS = ("country", "region", "federal_district", "city", "district", "other")
EVENT_TYPES = (
    "meeting", "visit", "agreement", "localization", "joint_project", "investment", "forum",
)
EVENT_STATUSES = ("proposed", "planned", "ongoing", "done")
FIGURE_METRICS = (
    "trade_turnover", "export", "import", "investment", "contract_value", "count", "share", "other",
)
FIGURE_APPROX = ("exact", "about", "more_than", "less_than")
FIGURE_KINDS = ("actual", "target", "forecast")
SECTORS = (
    "automotive", "machinery", "shipbuilding", "aerospace", "energy", "chemicals",
    "metallurgy", "pharma", "healthcare", "agriculture", "food", "forestry", "textiles",
    "electronics", "construction", "transport", "trade", "finance", "tourism", "education",
    "culture", "other",
)


@dataclass(frozen=True)
class Span:
    """A character range [start, stop) in the document text."""

    start: int
    stop: int

    def to_json(self) -> dict[str, int]:
        return {"start": self.start, "stop": self.stop}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Span:
        return cls(start=int(data["start"]), stop=int(data["stop"]))


def _spans_json(spans: tuple[Span, ...]) -> list[dict[str, int]]:
    return [span.to_json() for span in spans]


def _spans(data: list[dict[str, Any]] | None) -> tuple[Span, ...]:
    return tuple(Span.from_json(item) for item in data or ())


@dataclass(frozen=True)
class Mention:
    """A span of text naming an entity.

    `type` and `normal` (the model's lemma-level normal form) are working data of the
    pipeline; the card carries only start, stop and text.
    """

    start: int
    stop: int
    text: str
    type: str | None = None
    normal: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "stop": self.stop, "text": self.text}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Mention:
        return cls(start=int(data["start"]), stop=int(data["stop"]), text=data["text"])


@dataclass(frozen=True)
class Token:
    """A token with its morphology and its head in the dependency tree (natasha ids)."""

    start: int
    stop: int
    text: str
    id: str = ""
    lemma: str = ""
    pos: str = ""
    feats: tuple[tuple[str, str], ...] = ()
    head_id: str = ""
    rel: str = ""

    def feat(self, name: str) -> str | None:
        return dict(self.feats).get(name)


@dataclass(frozen=True)
class Sentence:
    start: int
    stop: int
    text: str
    tokens: tuple[Token, ...] = ()


@dataclass(frozen=True)
class Entity:
    key: str
    type: str
    name: str
    geo_kind: str | None = None
    within: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"key": self.key, "type": self.type, "name": self.name}
        if self.type == "GEO":
            data["geo_kind"] = self.geo_kind
            data["within"] = self.within
        data["aliases"] = list(self.aliases)
        data["mentions"] = [mention.to_json() for mention in self.mentions]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Entity:
        return cls(
            key=data["key"],
            type=data["type"],
            name=data["name"],
            geo_kind=data.get("geo_kind"),
            within=data.get("within"),
            aliases=tuple(data.get("aliases") or ()),
            mentions=tuple(Mention.from_json(item) for item in data.get("mentions") or ()),
        )


@dataclass(frozen=True)
class Position:
    person: str
    title: str
    of: str | None = None
    evidence: tuple[Span, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "person": self.person, "title": self.title, "of": self.of,
            "evidence": _spans_json(self.evidence),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Position:
        return cls(
            person=data["person"], title=data["title"], of=data.get("of"),
            evidence=_spans(data.get("evidence")),
        )


@dataclass(frozen=True)
class Event:
    type: str
    status: str
    date: str | None = None
    participants: tuple[str, ...] = ()
    place: str | None = None
    title: str | None = None
    sectors: tuple[str, ...] = ()
    evidence: tuple[Span, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type, "status": self.status, "date": self.date,
            "participants": list(self.participants), "place": self.place,
            "title": self.title, "sectors": list(self.sectors),
            "evidence": _spans_json(self.evidence),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Event:
        return cls(
            type=data["type"], status=data["status"], date=data.get("date"),
            participants=tuple(data.get("participants") or ()), place=data.get("place"),
            title=data.get("title"), sectors=tuple(data.get("sectors") or ()),
            evidence=_spans(data.get("evidence")),
        )


@dataclass(frozen=True)
class Change:
    """Growth against the previous period: a percent (negative for a fall) or a factor."""

    percent: float | None = None
    factor: float | None = None

    def to_json(self) -> dict[str, float]:
        if self.percent is not None:
            return {"percent": self.percent}
        return {"factor": self.factor} if self.factor is not None else {}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Change | None:
        if not data:
            return None
        return cls(percent=data.get("percent"), factor=data.get("factor"))


@dataclass(frozen=True)
class Figure:
    metric: str
    value: float | None
    unit: str | None
    approx: str = "exact"
    kind: str = "actual"
    period: str | None = None
    change: Change | None = None
    parties: tuple[str, ...] = ()
    evidence: tuple[Span, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "metric": self.metric, "value": self.value, "unit": self.unit,
            "approx": self.approx, "kind": self.kind, "period": self.period,
            "change": self.change.to_json() if self.change else None,
            "parties": list(self.parties), "evidence": _spans_json(self.evidence),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Figure:
        value = data.get("value")
        return cls(
            metric=data["metric"], value=float(value) if value is not None else None,
            unit=data.get("unit"), approx=data.get("approx", "exact"),
            kind=data.get("kind", "actual"), period=data.get("period"),
            change=Change.from_json(data.get("change")),
            parties=tuple(data.get("parties") or ()), evidence=_spans(data.get("evidence")),
        )


@dataclass(frozen=True)
class Flow:
    source: str  # JSON "from"
    target: str  # JSON "to"
    goods: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    status: str = "done"
    evidence: tuple[Span, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.source, "to": self.target, "goods": list(self.goods),
            "sectors": list(self.sectors), "status": self.status,
            "evidence": _spans_json(self.evidence),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Flow:
        return cls(
            source=data["from"], target=data["to"], goods=tuple(data.get("goods") or ()),
            sectors=tuple(data.get("sectors") or ()), status=data.get("status", "done"),
            evidence=_spans(data.get("evidence")),
        )


@dataclass(frozen=True)
class Cooperation:
    parties: tuple[str, str]
    sectors: tuple[str, ...] = ()
    evidence: tuple[Span, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "parties": list(self.parties), "sectors": list(self.sectors),
            "evidence": _spans_json(self.evidence),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Cooperation:
        first, second = data["parties"]
        return cls(
            parties=(first, second), sectors=tuple(data.get("sectors") or ()),
            evidence=_spans(data.get("evidence")),
        )


@dataclass(frozen=True)
class Source:
    url: str | None = None
    path: str | None = None
    title: str | None = None
    published: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "path": self.path, "title": self.title,
                "published": self.published}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Source:
        data = data or {}
        return cls(url=data.get("url"), path=data.get("path"), title=data.get("title"),
                   published=data.get("published"))


@dataclass(frozen=True)
class TimeMention:
    """A date expression found in the text, resolved to partial ISO 8601 (or None)."""

    start: int
    stop: int
    text: str
    value: str | None


@dataclass(frozen=True)
class Document:
    """The document card, plus the working annotations the stages share.

    `sentences`, `mentions` and `times` are filled by the analysis stages and are not
    part of the card's JSON.
    """

    id: str
    text: str
    source: Source = field(default_factory=Source)
    entities: tuple[Entity, ...] = ()
    positions: tuple[Position, ...] = ()
    events: tuple[Event, ...] = ()
    figures: tuple[Figure, ...] = ()
    flows: tuple[Flow, ...] = ()
    cooperation: tuple[Cooperation, ...] = ()
    sectors: tuple[str, ...] = ()
    # working annotations
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    times: tuple[TimeMention, ...] = ()
    # computed once for the fact stages (coopwatch.text): sentences cut at line breaks,
    # the entities' mentions in text order, the Russian region the document is about
    passages: tuple[Passage, ...] = ()
    entity_mentions: tuple[EntityMention, ...] = ()
    main_region: str | None = None

    WORKING: ClassVar[tuple[str, ...]] = (
        "sentences", "mentions", "times", "passages", "entity_mentions", "main_region",
    )

    def replace(self, **changes: Any) -> Document:
        return replace(self, **changes)

    def entity(self, key: str) -> Entity | None:
        return next((entity for entity in self.entities if entity.key == key), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "id": self.id,
            "source": self.source.to_json(),
            "text": self.text,
            "entities": [item.to_json() for item in self.entities],
            "positions": [item.to_json() for item in self.positions],
            "events": [item.to_json() for item in self.events],
            "figures": [item.to_json() for item in self.figures],
            "flows": [item.to_json() for item in self.flows],
            "cooperation": [item.to_json() for item in self.cooperation],
            "sectors": list(self.sectors),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Document:
        return cls(
            id=data["id"],
            text=data["text"],
            source=Source.from_json(data.get("source")),
            entities=tuple(Entity.from_json(item) for item in data.get("entities") or ()),
            positions=tuple(Position.from_json(item) for item in data.get("positions") or ()),
            events=tuple(Event.from_json(item) for item in data.get("events") or ()),
            figures=tuple(Figure.from_json(item) for item in data.get("figures") or ()),
            flows=tuple(Flow.from_json(item) for item in data.get("flows") or ()),
            cooperation=tuple(
                Cooperation.from_json(item) for item in data.get("cooperation") or ()
            ),
            sectors=tuple(data.get("sectors") or ()),
        )


@dataclass(frozen=True)
class Rejection:
    """An input that could not become a document, and why (an error as a value)."""

    path: str
    reason: str
    detail: str = ""

    def to_json(self) -> dict[str, str]:
        return {"path": self.path, "reason": self.reason, "detail": self.detail}


def field_names(record: type) -> tuple[str, ...]:
    return tuple(item.name for item in fields(record))
