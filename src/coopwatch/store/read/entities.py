"""Entities across documents: the list, a search by name or alias, one entity's profile.

Names are matched as people type them: case and ё/е folded (`fold`), in SQL as well.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, Select, func, or_, select
from sqlalchemy.orm import Session

from coopwatch.records import (
    ENTITY_TYPES,
)
from coopwatch.store.models import (
    DocumentEntityRow,
    EntityAliasRow,
    EntityPartnerRow,
    EntityRow,
    EntitySectorRow,
    MentionRow,
)
from coopwatch.store.read.conditions import escape_like
from coopwatch.store.read.counts import entity_count
from coopwatch.store.read.facts import list_events, list_figures, positions_of_party
from coopwatch.store.read.filters import (
    DEFAULT_LIMIT,
    PROFILE_LIMIT,
    BadQuery,
    EventFilters,
    FigureFilters,
    check_choice,
    check_page,
)
from coopwatch.store.read.names import fold
from coopwatch.store.read.results import EntityMatch, EntityProfile, EntitySummary, Page, Partner
from coopwatch.store.summaries import DOCUMENTS


def list_entities(
    session: Session, *, type: str | None = None, limit: int = 50, offset: int = 0
) -> list[EntitySummary]:
    """Entities, the most widely reported first, with their mention and document counts."""
    return [EntitySummary(**row._asdict()) for row in session.execute(
        _entities_query(type).limit(limit).offset(offset)
    )]


def _entities_query(entity_type: str | None) -> Select[Any]:
    documents = (
        select(func.count()).where(DocumentEntityRow.entity_id == EntityRow.id)
        .correlate(EntityRow).scalar_subquery().label("document_count")
    )
    mentions = (
        select(func.count()).where(MentionRow.entity_id == EntityRow.id)
        .correlate(EntityRow).scalar_subquery().label("mention_count")
    )
    query = select(EntityRow.key, EntityRow.type, EntityRow.name, EntityRow.geo_kind,
                   EntityRow.within, mentions, documents)
    if entity_type:
        query = query.where(EntityRow.type == entity_type)
    return query.order_by(documents.desc(), mentions.desc(), EntityRow.key)


def _folded(session: Session, column: Any) -> ColumnElement[str]:
    """`fold(column)` in SQL: SQLite's lower() knows only ASCII, so it gets our function."""
    if session.get_bind().dialect.name == "sqlite":
        connection = session.connection().connection.driver_connection
        if connection is None:  # only a closed connection has no driver connection
            raise RuntimeError("the SQLite connection is closed")
        connection.create_function("coopwatch_fold", 1, fold, deterministic=True)
        return func.coopwatch_fold(column)
    return func.lower(func.replace(func.replace(column, "ё", "е"), "Ё", "Е"))


def _document_count() -> ScalarSelect[int]:
    return (select(func.count()).where(DocumentEntityRow.entity_id == EntityRow.id)
            .correlate(EntityRow).scalar_subquery())


def find_entities(
    session: Session, *, q: str, type: str | None = None,
    limit: int = DEFAULT_LIMIT, offset: int = 0,
) -> Page[EntityMatch]:
    """Entities whose key, name or an alias contains `q` (case and ё/е folded);
    exact names first, then the most widely reported."""
    check_page(limit, offset)
    check_choice("entity type", type, ENTITY_TYPES)
    wanted = fold(q.strip()) or ""
    if not wanted:
        raise BadQuery("q must not be empty: give part of a name, an alias or a key")
    pattern = "%" + escape_like(wanted) + "%"
    by_alias = select(EntityAliasRow.entity_id).where(
        _folded(session, EntityAliasRow.alias).like(pattern, escape="\\"))
    conditions = [or_(_folded(session, EntityRow.name).like(pattern, escape="\\"),
                      _folded(session, EntityRow.key).like(pattern, escape="\\"),
                      EntityRow.id.in_(by_alias))]
    if type:
        conditions.append(EntityRow.type == type)
    total = session.scalar(select(func.count()).select_from(EntityRow).where(*conditions)) or 0
    exact = _folded(session, EntityRow.name) == wanted
    documents = _document_count()
    rows = session.execute(
        select(EntityRow, documents).where(*conditions)
        .order_by(exact.desc(), documents.desc(), EntityRow.key).limit(limit).offset(offset)
    ).all()
    return Page(total, limit, offset, tuple(_entity_match(session, row[0], row[1]) for row in rows))


def _entity_match(session: Session, row: EntityRow, documents: int) -> EntityMatch:
    aliases = session.scalars(select(EntityAliasRow.alias)
                              .where(EntityAliasRow.entity_id == row.id)
                              .order_by(EntityAliasRow.alias))
    return EntityMatch(key=row.key, type=row.type, name=row.name, geo_kind=row.geo_kind,
                       within=row.within, aliases=tuple(aliases), document_count=documents)


def all_entity_names(session: Session) -> dict[str, str]:
    """key -> canonical name of every stored entity (for exports)."""
    return {key: name for key, name in session.execute(select(EntityRow.key, EntityRow.name))}


def get_entity(session: Session, *, key: str) -> EntityMatch | None:
    """The entity with this key and its aliases; None if there is none."""
    row = session.scalars(select(EntityRow).where(EntityRow.key == key)).first()
    if row is None:
        return None
    return _entity_match(session, row, entity_count(session, key=key, what=DOCUMENTS))


def entity_profile(
    session: Session, *, key: str, limit: int = PROFILE_LIMIT
) -> EntityProfile | None:
    """An entity with its partners, sectors, events timeline, figures and positions;
    None if no entity has this key."""
    entity = get_entity(session, key=key)
    if entity is None:
        return None
    return EntityProfile(
        entity=entity,
        partners=partners(session, key=key, limit=limit),
        sectors=sector_counts(session, key=key),
        events=list_events(session, filters=EventFilters(party=[key]), limit=limit),
        figures=list_figures(session, filters=FigureFilters(party=[key]), limit=limit),
        positions=positions_of_party(session, key=key, limit=limit),
    )


def partners(session: Session, *, key: str, limit: int = PROFILE_LIMIT) -> tuple[Partner, ...]:
    """The entities that are parties of the same facts as `key`, the most frequent first
    (then by key), with the documents reporting those facts (`entity_partners`)."""
    rows = session.execute(
        select(EntityPartnerRow.partner_key, EntityRow.name, EntityRow.type,
               EntityPartnerRow.facts, EntityPartnerRow.documents)
        .outerjoin(EntityRow, EntityRow.key == EntityPartnerRow.partner_key)
        .where(EntityPartnerRow.entity_key == key)
        .order_by(EntityPartnerRow.facts.desc(), EntityPartnerRow.partner_key).limit(limit)
    ).all()
    return tuple(Partner(*row) for row in rows)


def sector_counts(session: Session, *, key: str) -> dict[str, int]:
    """How many of the facts `key` is a party of name each sector, the most frequent
    first, then by sector (`entity_sectors`)."""
    rows = session.execute(
        select(EntitySectorRow.sector, EntitySectorRow.facts)
        .where(EntitySectorRow.entity_key == key, EntitySectorRow.facts > 0)
        .order_by(EntitySectorRow.facts.desc(), EntitySectorRow.sector)
    ).all()
    return {sector: count for sector, count in rows}
