"""The cooperation graph: entities as nodes, pairs of parties of the same facts as edges.

An edge is weighted by the documents reporting its facts and carries the highest
confidence among them; nodes carry the summed weight of their returned edges.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from coopwatch.store.models import (
    DocumentRow,
    EntityRow,
    FactPartyRow,
    FactRow,
    FactSourceRow,
    PairEdgeRow,
    PartyFactRow,
)
from coopwatch.store.read.conditions import (
    GraphSelection,
    Period,
    Quality,
    date_conditions,
    escape_like,
    fact_date_conditions,
    sectors_json,
)
from coopwatch.store.read.filters import (
    MAX_LIMIT,
    GraphFilters,
    check_page,
)
from coopwatch.store.read.names import resolve_entity
from coopwatch.store.read.results import Graph, GraphEdge, GraphNode

NO_GRAPH_FILTERS = GraphFilters()


def cooperation_graph(
    session: Session, *, filters: GraphFilters = NO_GRAPH_FILTERS,
    limit: int = MAX_LIMIT, offset: int = 0,
) -> Graph:
    """Who cooperates with whom: an edge per pair of parties of the same facts,
    weighted by the number of documents reporting those facts; heaviest first.

    `filters`: `sector`, `since` / `until` / `period`, `type` (only entities of that
    type as nodes: GEO, ORG, PER), `kinds` (the fact kinds that make edges, default
    cooperation only), `min_weight`, `min_confidence` and `on_topic` (facts kept as in
    the event and figure lists).
    """
    check_page(limit, offset)
    return _graph(session, _query(_resolved(session, filters)), limit, offset)


def full_graph(session: Session, *, filters: GraphFilters = NO_GRAPH_FILTERS) -> Graph:
    """Every edge of the graph (for exports); the same filters as `cooperation_graph`."""
    return _graph(session, _query(_resolved(session, filters)), None, 0)


def _query(wanted: GraphSelection) -> Select[str, str, int, int, float | None]:
    """The edges from the kept ones (`pair_edges`) when the filters are on the edges'
    ends and one sector only; else counted from the facts."""
    on_facts = (wanted.period != Period() or wanted.quality != Quality()
                or len(set(wanted.kinds)) != 1
                or (wanted.event_type is not None and "event" in wanted.kinds))
    return _edges_query(wanted) if on_facts else _kept_edges_query(wanted)


def _kept_edges_query(wanted: GraphSelection) -> Select[str, str, int, int, float | None]:
    edge = PairEdgeRow
    conditions = [edge.kind == wanted.kinds[0], edge.sector == (wanted.sector or ""),
                  edge.documents >= wanted.min_weight,
                  *_end_conditions(wanted, edge.source, edge.target)]
    return select(edge.source.label("source"), edge.target.label("target"),
                  edge.documents.label("weight"), edge.facts.label("facts"),
                  edge.confidence.label("confidence")).where(*conditions)


def _resolved(session: Session, filters: GraphFilters) -> GraphSelection:
    """The checked selection, with the country given by name as its key."""
    wanted = filters.selection()
    if wanted.country is None:
        return wanted
    return replace(wanted, country=resolve_entity(session, wanted.country))


def _graph(
    session: Session, query: Select[str, str, int, int, float | None], limit: int | None,
    offset: int,
) -> Graph:
    edges = query.subquery()
    total = session.scalar(select(func.count()).select_from(edges)) or 0
    rows = session.execute(
        select(edges).order_by(edges.c.weight.desc(), edges.c.source, edges.c.target)
        .limit(limit).offset(offset)
    ).all()
    found = tuple(GraphEdge(*row) for row in rows)
    return Graph(total, limit or total, offset, _nodes(session, found), found)


@dataclass(frozen=True)
class EdgeDetails:
    """What an edge stands for: the sectors of its facts, their first and last dates
    as each reporting document gives them), and the documents reporting them."""

    sectors: tuple[str, ...]
    first_date: str | None
    last_date: str | None
    documents: tuple[str, ...]


def edge_details(
    session: Session, *, filters: GraphFilters = NO_GRAPH_FILTERS
) -> dict[tuple[str, str], EdgeDetails]:
    """(source, target) -> the details of every edge the filters keep (for exports)."""
    wanted = _resolved(session, filters)
    first, second = aliased(FactPartyRow), aliased(FactPartyRow)
    rows = session.execute(
        select(first.entity_key, second.entity_key, FactRow.date, DocumentRow.published,
               sectors_json(), FactSourceRow.document_id)
        .select_from(FactRow)
        .join(FactSourceRow, FactSourceRow.fact_id == FactRow.id)
        .join(DocumentRow, DocumentRow.id == FactSourceRow.document_id)
        .join(first, first.fact_id == FactRow.id)
        .join(second, (second.fact_id == FactRow.id) & (first.entity_key < second.entity_key))
        .where(*_conditions(wanted, first, second))
    ).all()
    sectors: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    dates: dict[tuple[str, str], set[str]] = defaultdict(set)
    documents: dict[tuple[str, str], set[str]] = defaultdict(set)
    for source, target, own, published, listed, document in rows:
        pair = (source, target)
        date = _reported_date(own, published)
        sectors[pair].update(json.loads(listed) if listed else ())
        if date and date[:4].isdigit():
            dates[pair].add(date)
        documents[pair].add(document)
    return {pair: EdgeDetails(tuple(s for s, _ in sectors[pair].most_common()),
                              min(dates[pair], default=None), max(dates[pair], default=None),
                              tuple(sorted(found)))
            for pair, found in documents.items()}


def _reported_date(own: str | None, published: str | None) -> str | None:
    """A fact's date as one document reports it: its own; without a year, the year of
    the publication; without a date, the publication date."""
    if own and not own.startswith("--"):
        return own
    if own and published:
        return published[:4] + own[1:]
    return published


def _edges_query(wanted: GraphSelection) -> Select[str, str, int, int, float | None]:
    first, second = aliased(FactPartyRow), aliased(FactPartyRow)
    weight = func.count(func.distinct(FactSourceRow.document_id))
    conditions = _conditions(wanted, first, second)
    return (
        select(first.entity_key.label("source"), second.entity_key.label("target"),
               weight.label("weight"), func.count(func.distinct(FactRow.id)).label("facts"),
               func.max(FactRow.confidence).label("confidence"))
        .select_from(FactRow)
        .join(FactSourceRow, FactSourceRow.fact_id == FactRow.id)
        .join(first, first.fact_id == FactRow.id)
        .join(second, (second.fact_id == FactRow.id) & (first.entity_key < second.entity_key))
        .where(*conditions)
        .group_by(first.entity_key, second.entity_key)
        .having(weight >= wanted.min_weight)
    )


def _end_conditions(wanted: GraphSelection, first: Any, second: Any
                    ) -> list[ColumnElement[bool]]:
    """The selection's conditions on the two ends' keys: entity type, kind of place, and
    one end in the country."""
    conditions: list[ColumnElement[bool]] = []
    if wanted.entity_type:
        typed = select(EntityRow.key).where(EntityRow.type == wanted.entity_type)
        conditions += [first.in_(typed), second.in_(typed)]
    if wanted.geo_kind:
        kinds = select(EntityRow.key).where(EntityRow.geo_kind == wanted.geo_kind)
        conditions += [first.in_(kinds), second.in_(kinds)]
    if wanted.country:
        conditions.append(or_(_in_country(first, wanted.country),
                              _in_country(second, wanted.country)))
    return conditions


def _conditions(wanted: GraphSelection, first: Any, second: Any) -> list[ColumnElement[bool]]:
    """The conditions of the selection on the facts and on the two ends of an edge."""
    conditions = [FactRow.kind.in_(wanted.kinds), *fact_date_conditions(wanted.period),
                  *wanted.quality.conditions()]
    if wanted.sector:
        conditions.append(sectors_json().like(f'%"{wanted.sector}"%'))
    conditions += _end_conditions(wanted, first.entity_key, second.entity_key)
    if wanted.event_type:
        conditions.append(or_(FactRow.kind != "event", FactRow.subtype == wanted.event_type))
    if wanted.country and wanted.period != Period():
        conditions.append(FactRow.id.in_(_country_facts(wanted)))
    return conditions


def _country_facts(wanted: GraphSelection) -> Select[int]:
    """The facts of the kinds and period with a party in the country (the country's
    condition on the edge's ends implies it): one range of `party_facts` per key, so
    that a period and a country read only their facts, not every fact of the period."""
    country = wanted.country or ""
    keys = select(EntityRow.key).where(_in_country(EntityRow.key, country))
    return select(PartyFactRow.fact_id).where(
        PartyFactRow.entity_key.in_(keys), PartyFactRow.kind.in_(wanted.kinds),
        *date_conditions(PartyFactRow.effective_date, wanted.period))


def _in_country(column: Any, key: str) -> ColumnElement[bool]:
    """The key is the country's own or one of its regions' (CN, CN-HL)."""
    return or_(column == key, column.like(escape_like(key) + "-%", escape="\\"))


def _nodes(session: Session, edges: tuple[GraphEdge, ...]) -> tuple[GraphNode, ...]:
    weights: Counter[str] = Counter()
    for edge in edges:
        weights[edge.source] += edge.weight
        weights[edge.target] += edge.weight
    known = {row.key: row for row in session.execute(
        select(EntityRow.key, EntityRow.name, EntityRow.type).where(EntityRow.key.in_(weights))
    )}
    return tuple(
        GraphNode(key, getattr(known.get(key), "name", None),
                  getattr(known.get(key), "type", None), weight)
        for key, weight in sorted(weights.items(), key=lambda item: (-item[1], item[0]))
    )
