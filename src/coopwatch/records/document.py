"""The document card, its source, and the rejection of an input that is not one."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, ClassVar

from coopwatch.records.codec import WORKING, JsonRecord, card_field
from coopwatch.records.facts import Cooperation, Entity, Event, Figure, Flow, Position
from coopwatch.records.text import Mention, Sentence, TimeMention
from coopwatch.records.values import Sector

if TYPE_CHECKING:
    from coopwatch.text.mentions import EntityMention
    from coopwatch.text.passages import Passage

SCHEMA_VERSION = 2


@dataclass(frozen=True)
class Source(JsonRecord):
    """Where the document came from; every field may be unknown."""

    url: str | None = None
    path: str | None = None
    title: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class Relevance(JsonRecord):
    """Schema 2: whether the document is about economic cooperation at all, and how sure
    the system is of it (0-1)."""

    on_topic: bool
    score: float = field(metadata=card_field(read=float))


@dataclass(frozen=True, kw_only=True)
class Document(JsonRecord):
    """The document card, plus the working annotations the stages share.

    The fields are in the card's key order (which puts `source` before `text`), so they
    are given by keyword. `sentences`, `mentions` and `times` are filled by the analysis
    stages, and `passages`, `entity_mentions` and `main_region` by the fact stages'
    shared helpers; none of them is part of the card's JSON.
    """

    id: str
    source: Source = field(default_factory=Source)
    text: str
    entities: tuple[Entity, ...] = ()
    positions: tuple[Position, ...] = ()
    events: tuple[Event, ...] = ()
    figures: tuple[Figure, ...] = ()
    flows: tuple[Flow, ...] = ()
    cooperation: tuple[Cooperation, ...] = ()
    sectors: tuple[Sector, ...] = ()
    relevance: Relevance | None = field(default=None, metadata=card_field(omit_none=True))
    sentences: tuple[Sentence, ...] = field(default=(), metadata=WORKING)
    mentions: tuple[Mention, ...] = field(default=(), metadata=WORKING)
    times: tuple[TimeMention, ...] = field(default=(), metadata=WORKING)
    # computed once for the fact stages (coopwatch.text): sentences cut at line breaks,
    # the entities' mentions in text order, the Russian region the document is about
    passages: tuple[Passage, ...] = field(default=(), metadata=WORKING)
    entity_mentions: tuple[EntityMention, ...] = field(default=(), metadata=WORKING)
    main_region: str | None = field(default=None, metadata=WORKING)

    WORKING: ClassVar[tuple[str, ...]] = (
        "sentences", "mentions", "times", "passages", "entity_mentions", "main_region",
    )

    def replace(self, **changes: Any) -> Document:
        """A copy with some fields changed (stages add their results this way)."""
        return replace(self, **changes)

    def entity(self, key: str) -> Entity | None:
        """The entity with this key, if the document has one."""
        return next((entity for entity in self.entities if entity.key == key), None)

    def to_json(self) -> dict[str, Any]:
        """The card, led by its schema version."""
        return {"schema": SCHEMA_VERSION, **super().to_json()}


@dataclass(frozen=True)
class Rejection(JsonRecord):
    """An input that could not become a document, and why (an error as a value)."""

    path: str
    reason: str
    detail: str = ""
