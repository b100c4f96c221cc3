"""Entities across documents: the list, a search by name or alias, one entity's profile.

Names are matched as people type them: case and ё/е folded (`fold`), in SQL as well.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from coopwatch.records import (
    ENTITY_TYPES,
)
from coopwatch.store.models import (
    DocumentEntityRow,
    EntityAliasRow,
    EntityRow,
    FactPartyRow,
    FactRow,
    FactSourceRow,
    MentionRow,
)
from coopwatch.store.read.conditions import escape_like, facts_of, sectors_json
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
    documents = session.scalar(select(func.count()).where(DocumentEntityRow.entity_id == row.id))
    return _entity_match(session, row, documents or 0)


def entity_profile(
    session: Session, *, key: str, limit: int = PROFILE_LIMIT
) -> EntityProfile | None:
    """An entity with its partners, sectors, events timeline, figures and positions;
    None if no entity has this key."""
    row = session.scalars(select(EntityRow).where(EntityRow.key == key)).first()
    if row is None:
        return None
    documents = session.scalar(select(func.count()).where(DocumentEntityRow.entity_id == row.id))
    return EntityProfile(
        entity=_entity_match(session, row, documents or 0),
        partners=partners(session, key=key, limit=limit),
        sectors=sector_counts(session, key=key),
        events=list_events(session, filters=EventFilters(party=[key]), limit=limit),
        figures=list_figures(session, filters=FigureFilters(party=[key]), limit=limit),
        positions=positions_of_party(session, key=key, limit=limit),
    )


def partners(session: Session, *, key: str, limit: int = PROFILE_LIMIT) -> tuple[Partner, ...]:
    """The entities that are parties of the same facts as `key`, the most frequent first."""
    mine, theirs = aliased(FactPartyRow), aliased(FactPartyRow)
    facts = func.count(func.distinct(theirs.fact_id))
    rows = session.execute(
        select(theirs.entity_key, EntityRow.name, EntityRow.type, facts,
               func.count(func.distinct(FactSourceRow.document_id)))
        .select_from(mine)
        .join(theirs, (theirs.fact_id == mine.fact_id) & (theirs.entity_key != key))
        .join(FactSourceRow, FactSourceRow.fact_id == mine.fact_id)
        .outerjoin(EntityRow, EntityRow.key == theirs.entity_key)
        .where(mine.entity_key == key)
        .group_by(theirs.entity_key, EntityRow.name, EntityRow.type)
        .order_by(facts.desc(), theirs.entity_key).limit(limit)
    ).all()
    return tuple(Partner(*row) for row in rows)


def sector_counts(session: Session, *, key: str) -> dict[str, int]:
    """How many of the facts `key` is a party of name each sector, the most frequent first."""
    listed = (select(sectors_json().label("sectors"))
              .where(FactRow.id.in_(facts_of(key, False))).subquery())
    rows = session.execute(
        select(listed.c.sectors, func.count()).group_by(listed.c.sectors)
    ).all()
    tally: Counter[str] = Counter()
    for sectors, count in rows:
        for sector in json.loads(sectors) if sectors else ():
            tally[sector] += count
    return dict(tally.most_common())
