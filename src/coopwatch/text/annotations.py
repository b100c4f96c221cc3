"""Working annotations the fact stages share, computed once per document instead of once
per use: the passages, cut from the sentences after the analysis, and the entity
lookups, the mention index and the main region, built from the entities."""

from __future__ import annotations

from collections.abc import Iterable

from coopwatch.records import Document, Mention
from coopwatch.text.mentions import mention_index
from coopwatch.text.passages import passages
from coopwatch.text.regions import main_region


def with_passages(doc: Document) -> Document:
    """The document with `passages`: its sentences cut at line breaks."""
    return doc.replace(passages=tuple(passages(doc)))


def with_entity_lookups(doc: Document, aliases: Iterable[tuple[str, Mention]] = ()
                        ) -> Document:
    """The document with `entity_mentions` (its entities' mentions in text order, and
    the alias mentions of `aliases`: entity key, mention) and `main_region` (the Russian
    region its entities favour), from its entities."""
    return doc.replace(entity_mentions=mention_index(doc, aliases),
                       main_region=main_region(doc))
