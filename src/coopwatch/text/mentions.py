"""Mention lookup: which of the document's entities a stretch of text names.

Shared by the positions, events, flows and cooperation stages: entity mentions inside a
span, and the mention of a type that starts or ends at an offset.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from coopwatch.records import Document, Entity, Mention


@dataclass(frozen=True)
class EntityMention:
    """A mention of an entity of this document."""

    entity: Entity
    mention: Mention

    @property
    def key(self) -> str:
        return self.entity.key

    @property
    def start(self) -> int:
        return self.mention.start

    @property
    def stop(self) -> int:
        return self.mention.stop


def entity_mentions(doc: Document, start: int, stop: int) -> list[EntityMention]:
    """Mentions of the document's entities inside [start, stop), in text order."""
    found = [
        EntityMention(entity, mention)
        for entity in doc.entities
        for mention in entity.mentions
        if start <= mention.start and mention.stop <= stop
    ]
    return sorted(found, key=lambda item: (item.start, -item.stop))


def mentions_of_type(doc: Document, kind: str) -> Iterator[EntityMention]:
    """Every mention of the document's entities of this type (PER, ORG or GEO)."""
    for entity in doc.entities:
        if entity.type == kind:
            for mention in entity.mentions:
                yield EntityMention(entity, mention)


def mention_at(doc: Document, start: int, kind: str) -> EntityMention | None:
    """The longest mention of an entity of this type that starts at `start`."""
    found = (item for item in mentions_of_type(doc, kind) if item.start == start)
    return max(found, key=lambda item: item.stop, default=None)


def mention_ending_at(doc: Document, stop: int, kind: str) -> EntityMention | None:
    """The longest mention of an entity of this type that ends at `stop`."""
    found = (item for item in mentions_of_type(doc, kind) if item.stop == stop)
    return min(found, key=lambda item: item.start, default=None)
