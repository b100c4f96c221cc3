"""Mention lookup: which of the document's entities a stretch of text names.

Shared by the positions, events, flows and cooperation stages: entity mentions inside a
span, and the mention of a type that starts or ends at an offset. The lookups read
`Document.entity_mentions`, every mention of the entities in text order, which the
entities stage assigns once (`text.annotations`) instead of each lookup scanning all
the entities again.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
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


def mention_index(doc: Document, aliases: Iterable[tuple[str, Mention]] = ()
                  ) -> tuple[EntityMention, ...]:
    """Every mention of the document's entities by start, the longer first; mentions with
    the same span keep the order of their entities. `aliases` (entity key, mention) are
    phrases the fact stages read as that entity though the card lists no such mention."""
    found = [EntityMention(entity, mention) for entity in doc.entities
             for mention in entity.mentions]
    by_key = {entity.key: entity for entity in doc.entities}
    found += [EntityMention(by_key[key], mention) for key, mention in aliases
              if key in by_key]
    return tuple(sorted(found, key=lambda item: (item.start, -item.stop)))


def _from(doc: Document, start: int) -> Iterator[EntityMention]:
    """The indexed mentions that start at `start` or later, in index order."""
    index = doc.entity_mentions
    first = bisect_left(index, start, key=lambda item: item.start)
    return (index[position] for position in range(first, len(index)))


def entity_mentions(doc: Document, start: int, stop: int) -> list[EntityMention]:
    """Mentions of the document's entities inside [start, stop), in text order."""
    found = []
    for item in _from(doc, start):
        if item.start > stop:
            break
        if item.stop <= stop:
            found.append(item)
    return found


def mentions_of_type(doc: Document, kind: str) -> Iterator[EntityMention]:
    """Every mention of the document's entities of this type (PER, ORG or GEO)."""
    for entity in doc.entities:
        if entity.type == kind:
            for mention in entity.mentions:
                yield EntityMention(entity, mention)


def mention_at(doc: Document, start: int, kind: str) -> EntityMention | None:
    """The longest mention of an entity of this type that starts at `start`."""
    for item in _from(doc, start):
        if item.start != start:
            break
        if item.entity.type == kind:
            return item
    return None


def mention_ending_at(doc: Document, stop: int, kind: str) -> EntityMention | None:
    """The longest mention of an entity of this type that ends at `stop`."""
    for item in _from(doc, 0):
        if item.start > stop:
            break
        if item.stop == stop and item.entity.type == kind:
            return item
    return None
