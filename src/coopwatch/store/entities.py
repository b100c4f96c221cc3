"""Entities across documents: one row per region, country, place, person, organization.

A card's entity joins the stored entity with the same key (the schema's keys: ISO codes,
`geo:`, `per:` and `org:` + canonical name). An organization whose key is new joins
the stored organization that already claimed one of its names: its canonical name or
an alias, compared normalized (case, `ё`, quotes and spaces ignored), so that
`org:МАЗ` and `org:Минский автомобильный завод` with the alias МАЗ are one row. A
person merges by canonical name (the key) only: a bare surname is too weak.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from coopwatch.records import Entity
from coopwatch.store.models import Base, EntityAliasRow, EntityNameRow, EntityRow, table_of

# The dialects whose INSERT knows ON CONFLICT DO NOTHING.
INSERTS: dict[str, Callable[[Table], sqlite.Insert | postgresql.Insert]] = {
    "sqlite": sqlite.insert, "postgresql": postgresql.insert,
}
MERGED_BY_NAME = ("ORG",)
MIN_NAME_CHARS = 3
QUOTES = re.compile(r"[«»\"„“”']")


@dataclass(frozen=True)
class StoredEntity:
    """The entity a card's entity was saved as."""

    id: int
    key: str


def normalized_name(name: str) -> str:
    """A name as compared for merging: case-folded, `ё` as `е`, no quotes, single spaces."""
    return " ".join(QUOTES.sub(" ", name).replace("ё", "е").replace("Ё", "Е").casefold().split())


def insert_ignoring_conflicts(
    session: Session, model: type[Base], rows: list[dict[str, Any]], keys: Sequence[str]
) -> None:
    """INSERT … ON CONFLICT DO NOTHING into the model's table, safe against concurrent
    writers."""
    if not rows:
        return
    insert = INSERTS[session.get_bind().dialect.name]
    session.execute(insert(table_of(model)).on_conflict_do_nothing(index_elements=list(keys)),
                    rows)


def save_entities(session: Session, *, entities: Iterable[Entity]) -> dict[str, StoredEntity]:
    """Each card entity -> the stored entity it is (created when new)."""
    by_key = {entity.key: entity for entity in entities}
    known = {row.key: row for row in session.scalars(
        select(EntityRow).where(EntityRow.key.in_(by_key)))}
    stored: dict[str, StoredEntity] = {}
    for entity in by_key.values():
        row = known.get(entity.key) or _by_name(session, entity) or _create(session, entity)
        row.geo_kind = row.geo_kind or entity.geo_kind
        row.within = row.within or entity.within
        _remember_names(session, row, entity)
        stored[entity.key] = StoredEntity(id=row.id, key=row.key)
    return stored


def names_of(entity: Entity) -> list[str]:
    """The entity's normalized names worth claiming (canonical name and aliases)."""
    norms = (normalized_name(name) for name in (entity.name, *entity.aliases))
    return [norm for norm in dict.fromkeys(norms) if len(norm) >= MIN_NAME_CHARS]


def _by_name(session: Session, entity: Entity) -> EntityRow | None:
    if entity.type not in MERGED_BY_NAME:
        return None
    query = (
        select(EntityRow).join(EntityNameRow, EntityNameRow.entity_id == EntityRow.id)
        .where(EntityNameRow.type == entity.type, EntityNameRow.norm.in_(names_of(entity)))
        .order_by(EntityNameRow.id).limit(1)
    )
    return session.scalars(query).first()


def _create(session: Session, entity: Entity) -> EntityRow:
    row = {"key": entity.key, "type": entity.type, "name": entity.name,
           "geo_kind": entity.geo_kind, "within": entity.within}
    insert_ignoring_conflicts(session, EntityRow, [row], ["key"])
    return session.scalars(select(EntityRow).where(EntityRow.key == entity.key)).one()


def _remember_names(session: Session, row: EntityRow, entity: Entity) -> None:
    """The card's other names become aliases; an organization's names are claimed."""
    names = (entity.name, *entity.aliases)
    aliases = [{"entity_id": row.id, "alias": name}
               for name in dict.fromkeys(names) if name and name != row.name]
    insert_ignoring_conflicts(session, EntityAliasRow, aliases,
                              ["entity_id", "alias"])
    if row.type in MERGED_BY_NAME:
        norms = dict.fromkeys([normalized_name(row.name), *names_of(entity)])
        claims = [{"type": row.type, "norm": norm, "entity_id": row.id}
                  for norm in norms if len(norm) >= MIN_NAME_CHARS]
        insert_ignoring_conflicts(session, EntityNameRow, claims, ["type", "norm"])
