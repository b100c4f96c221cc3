"""Length checks made before the database makes them, so both backends agree.

PostgreSQL refuses a value longer than its `varchar(N)` column and SQLite stores it
anyway: an 80-character id or a 200,000-character "word" turned entity name used to be
stored on one and fail on the other. `card_problem` compares every value of a card
that goes into a bounded column with that column's length (read from the models), and
says which one is too long; the ingest service then rejects the card as `too_long`.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Column, String

from coopwatch.records import Document
from coopwatch.store.entities import names_of
from coopwatch.store.facts import flatten
from coopwatch.store.models import (
    DocumentRow,
    EntityAliasRow,
    EntityNameRow,
    EntityRow,
    FactPartyRow,
    FactRow,
    table_of,
)

Checked = tuple[str, str | None, Column[object]]  # (what, value, column)


def card_problem(doc: Document) -> str | None:
    """Which value of the card is longer than its column allows, or None."""
    for what, value, column in _bounded_values(doc):
        limit = _length(column)
        if value is not None and limit is not None and len(value) > limit:
            return f"{what}: {len(value)} characters > {limit} ({column.table.name}.{column.name})"
    return None


def _bounded_values(doc: Document) -> Iterator[Checked]:
    documents, entities = table_of(DocumentRow).c, table_of(EntityRow).c
    yield "id", doc.id, documents.id
    yield "published", doc.source.published, documents.published
    for entity in doc.entities:
        yield "entity key", entity.key, entities.key
        yield "entity name", entity.name, entities.name
        yield "entity within", entity.within, entities.within
        yield "entity geo_kind", entity.geo_kind, entities.geo_kind
        for alias in entity.aliases:
            yield "entity alias", alias, table_of(EntityAliasRow).c.alias
        for norm in names_of(entity):
            yield "entity name", norm, table_of(EntityNameRow).c.norm
    facts = table_of(FactRow).c
    for fact in flatten(doc):
        yield f"{fact.kind} subtype", fact.subtype, facts.subtype
        yield f"{fact.kind} status", fact.status, facts.status
        yield f"{fact.kind} date", fact.date, facts.date
        for key, _role in fact.parties:
            yield f"{fact.kind} party", key, table_of(FactPartyRow).c.entity_key


def _length(column: Column[object]) -> int | None:
    return column.type.length if isinstance(column.type, String) else None
