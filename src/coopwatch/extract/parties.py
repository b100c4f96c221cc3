"""Parties: which entities a stretch of text names, and the document's main region.

Helpers shared by the positions and events stages: entity mentions inside a span,
the entity a token belongs to, and the Russian region a document is mostly about.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from coopwatch.records import Document, Entity, Mention

GENERIC_REGION_WORDS = frozenset(
    {"республика", "область", "край", "регион", "округ", "субъект", "автономный"}
)
# Words for a first-level region abroad: «губернатор провинции» is of the foreign region
# the document speaks of.
FOREIGN_REGION_WORDS = frozenset({"провинция", "штат", "префектура", "остан"})


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


def is_russian_region(key: str) -> bool:
    return key.startswith("RU-")


def main_region(doc: Document, exclude: frozenset[str] = frozenset()) -> str | None:
    """The Russian region the document is about, if exactly one clearly dominates.

    Counts mentions of Russian regions, leaving out `exclude` (regions already held by
    someone else's explicit title); the leader must be alone or have twice the mentions
    of the runner-up.
    """
    counts = Counter(
        {
            entity.key: len(entity.mentions)
            for entity in doc.entities
            if is_russian_region(entity.key) and entity.key not in exclude and entity.mentions
        }
    )
    ranked = counts.most_common(2)
    if len(ranked) == 1:
        return ranked[0][0]
    if len(ranked) == 2 and ranked[0][1] >= 2 * ranked[1][1]:
        return ranked[0][0]
    return None


def main_foreign_region(doc: Document) -> str | None:
    """The first-level region abroad the document is about: the only one, or the one
    with twice the mentions of the runner-up."""
    counts = Counter(
        {
            entity.key: len(entity.mentions)
            for entity in doc.entities
            if entity.type == "GEO" and _foreign_region_key(entity.key) and entity.mentions
        }
    )
    ranked = counts.most_common(2)
    if len(ranked) == 1 or (len(ranked) == 2 and ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def _foreign_region_key(key: str) -> bool:
    """An ISO 3166-2 code of a region abroad: CN-HB, BY-MI, KZ-15."""
    country, dash, _ = key.partition("-")
    return bool(dash) and country.isupper() and country.isalpha() and country != "RU"
