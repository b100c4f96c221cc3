"""Read-only questions to the knowledge base; the API routes and `coopwatch query` call these.

Every function is keyword-only over a Session and answers with the plain records
defined here (`to_json` for the edges). Facts are found through the `facts` and
`fact_parties` rows: a `party` is a key among a fact's parties (any role), a `pair` is
two such keys; `since` / `until` / `period` compare the fact's partial ISO date
(event date, figure period start) with `2024`, `2024-05`, `2024-05-17` or a range
`2024-01/2024-09`. A parameter that cannot be understood raises `BadQuery` with a
message that says what was expected.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from coopwatch.records import (
    ENTITY_TYPES,
    EVENT_STATUSES,
    EVENT_TYPES,
    FIGURE_KINDS,
    FIGURE_METRICS,
    SECTORS,
    Span,
)
from coopwatch.store import search
from coopwatch.store.models import (
    DocumentEntityRow,
    DocumentRow,
    EntityAliasRow,
    EntityRow,
    FactPartyRow,
    FactRow,
    FactSourceRow,
)
from coopwatch.web.highlight import pieces

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
PROFILE_LIMIT = 50
GRAPH_KINDS = ("cooperation", "flow", "event", "figure")
PERIOD_HELP = (
    "expected a year (2024), a month (2024-05), a day (2024-05-17) "
    "or a range of them (2024-01/2024-09)"
)
_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_AFTER_ANY_DATE = "~"  # sorts after every digit and '-': '2024-12-31' < '2024~'


class BadQuery(ValueError):
    """A query parameter that cannot be understood; the message says what was expected."""


# ---------------------------------------------------------------- parameters


@dataclass(frozen=True)
class Period:
    """Inclusive bounds on partial ISO dates; either may be open (None)."""

    start: str | None = None
    end: str | None = None


def parse_period(text: str) -> Period:
    """`2024`, `2024-05`, `2024-05-17` or `FROM/TO` of those -> a Period."""
    parts = text.strip().split("/")
    if len(parts) > 2 or not all(_DATE.match(part) for part in parts):
        raise BadQuery(f"bad period {text!r}: {PERIOD_HELP}")
    start, end = parts[0], parts[-1]
    if end[: len(start)] < start[: len(end)]:
        raise BadQuery(f"bad period {text!r}: it ends before it starts")
    return Period(start, end)


def period_bounds(
    *, period: str | None = None, since: str | None = None, until: str | None = None
) -> Period:
    """One Period from a `period` and/or `since` (its start) and `until` (its end)."""
    whole = parse_period(period) if period else Period()
    start = parse_period(since).start if since else whole.start
    end = parse_period(until).end if until else whole.end
    return Period(start, end)


def parse_pair(text: str) -> tuple[str, str]:
    """`RU-BRY,BY` -> ('RU-BRY', 'BY')."""
    keys = [key.strip() for key in text.split(",")]
    if len(keys) != 2 or not all(keys) or keys[0] == keys[1]:
        raise BadQuery(f"bad pair {text!r}: expected two different entity keys "
                       "separated by a comma, e.g. RU-BRY,BY")
    return keys[0], keys[1]


def _check_choice(name: str, value: str | None, choices: Sequence[str]) -> None:
    if value is not None and value not in choices:
        raise BadQuery(f"unknown {name} {value!r}; expected one of: {', '.join(choices)}")


def check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise BadQuery(f"limit must be between 1 and {MAX_LIMIT}, got {limit}")
    if offset < 0:
        raise BadQuery(f"offset must be 0 or more, got {offset}")


# ---------------------------------------------------------------- answers


@dataclass(frozen=True)
class Page:
    """One page of a longer answer: `total` matches, `items` from `offset`."""

    total: int
    limit: int
    offset: int
    items: tuple[Any, ...]

    def to_json(self) -> dict[str, Any]:
        return {"total": self.total, "limit": self.limit, "offset": self.offset,
                "items": [asdict(item) for item in self.items]}


@dataclass(frozen=True)
class Evidence:
    start: int
    stop: int
    text: str


@dataclass(frozen=True)
class FactSource:
    """Where a fact was read first (document, title, publication date), and how many
    documents (`reports`) and independent sources (`sources`: reprint groups) report it."""

    fact_id: int
    document_id: str
    document_title: str | None
    published: str | None
    reports: int
    sources: int


@dataclass(frozen=True)
class EventItem:
    source: FactSource
    type: str
    status: str
    date: str | None
    participants: tuple[str, ...]
    place: str | None
    title: str | None
    sectors: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class FigureItem:
    source: FactSource
    metric: str
    value: float | None
    unit: str | None
    approx: str
    kind: str
    period: str | None
    change: dict[str, float] | None
    parties: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class PositionItem:
    source: FactSource
    person: str
    title: str
    of: str | None


@dataclass(frozen=True)
class EntityMatch:
    key: str
    type: str
    name: str
    geo_kind: str | None
    within: str | None
    aliases: tuple[str, ...]
    document_count: int


@dataclass(frozen=True)
class Partner:
    """An entity that is a party of the same facts, with how many facts and documents."""

    key: str
    name: str | None
    type: str | None
    facts: int
    documents: int  # documents reporting those facts


@dataclass(frozen=True)
class EntityProfile:
    entity: EntityMatch
    partners: tuple[Partner, ...]
    sectors: dict[str, int]
    events: Page
    figures: Page
    positions: Page

    def to_json(self) -> dict[str, Any]:
        return {"entity": asdict(self.entity),
                "partners": [asdict(partner) for partner in self.partners],
                "sectors": self.sectors, "events": self.events.to_json(),
                "figures": self.figures.to_json(), "positions": self.positions.to_json()}


@dataclass(frozen=True)
class GraphNode:
    key: str
    name: str | None
    type: str | None
    weight: int  # facts of the returned edges that it is a party of


@dataclass(frozen=True)
class GraphEdge:
    source: str
    target: str
    weight: int  # documents reporting the supporting facts
    facts: int  # distinct supporting facts (one fact may be reported by many documents)


@dataclass(frozen=True)
class Graph:
    total_edges: int
    limit: int
    offset: int
    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class TextSegment:
    """A piece of the text and what covers it: evidence of facts (`kind#ordinal`), mentions."""

    start: int
    stop: int
    text: str
    evidence: bool
    mention: bool
    facts: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class DocumentText:
    id: str
    title: str | None
    text: str
    evidence: tuple[Span, ...]
    mentions: tuple[Span, ...]
    segments: tuple[TextSegment, ...]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title,
                "segments": [asdict(segment) for segment in self.segments]}


# ---------------------------------------------------------------- fact filters


@dataclass(frozen=True)
class FactFilter:
    """What facts of one kind to keep; every given condition must hold."""

    kind: str
    subtype: str | None = None
    status: str | None = None
    parties: tuple[str, ...] = ()
    sector: str | None = None
    period: Period = Period()
    subregions: bool = False

    def conditions(self) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = [FactRow.kind == self.kind]
        if self.subtype is not None:
            found.append(FactRow.subtype == self.subtype)
        if self.status is not None:
            found.append(FactRow.status == self.status)
        found += [FactRow.id.in_(_facts_of(key, self.subregions)) for key in self.parties]
        if self.sector is not None:
            found.append(_sectors_json().like(f'%"{self.sector}"%'))
        return found + _date_conditions(FactRow.date, self.period)


def _facts_of(key: str, subregions: bool) -> Select[Any]:
    """The ids of the facts `key` is a party of (with subregions: `CN` also takes `CN-ZJ`)."""
    match = FactPartyRow.entity_key == key
    if subregions:
        match = or_(match, FactPartyRow.entity_key.like(_escape_like(key) + "-%", escape="\\"))
    return select(FactPartyRow.fact_id).where(match)


def _sectors_json() -> ColumnElement[str]:
    return FactRow.payload["sectors"].as_string()


def _date_conditions(column: Any, period: Period) -> list[ColumnElement[bool]]:
    found = []
    if period.start:
        found.append(column >= period.start)
    if period.end:
        found += [column <= period.end + _AFTER_ANY_DATE, column >= "0"]
    return found


def _facts_page(
    session: Session, wanted: FactFilter, *, limit: int, offset: int
) -> tuple[int, list[Any]]:
    """How many facts match, and one page of them (newest date first) with their document."""
    check_page(limit, offset)
    conditions = wanted.conditions()
    total = session.scalar(select(func.count()).select_from(FactRow).where(*conditions)) or 0
    rows = session.execute(
        select(FactRow.id, FactRow.document_id, FactRow.payload, FactRow.corroboration,
               FactRow.group_count, DocumentRow.title, DocumentRow.published, DocumentRow.text)
        .join(DocumentRow, DocumentRow.id == FactRow.document_id)
        .where(*conditions)
        .order_by(FactRow.date.is_(None), FactRow.date.desc(), FactRow.id.desc())
        .limit(limit).offset(offset)
    ).all()
    return total, rows


def _source(row: Any) -> FactSource:
    return FactSource(fact_id=row.id, document_id=row.document_id, document_title=row.title,
                      published=row.published, reports=row.corroboration,
                      sources=row.group_count)


def _evidence(text: str, payload: dict[str, Any]) -> tuple[Evidence, ...]:
    return tuple(Evidence(span["start"], span["stop"], text[span["start"]:span["stop"]])
                 for span in payload.get("evidence") or ())


def _event(row: Any) -> EventItem:
    data = row.payload
    return EventItem(
        source=_source(row), type=data["type"], status=data["status"], date=data.get("date"),
        participants=tuple(data.get("participants") or ()), place=data.get("place"),
        title=data.get("title"), sectors=tuple(data.get("sectors") or ()),
        evidence=_evidence(row.text, data),
    )


def _figure(row: Any) -> FigureItem:
    data = row.payload
    return FigureItem(
        source=_source(row), metric=data["metric"], value=data.get("value"),
        unit=data.get("unit"), approx=data.get("approx", "exact"),
        kind=data.get("kind", "actual"), period=data.get("period"), change=data.get("change"),
        parties=tuple(data.get("parties") or ()), evidence=_evidence(row.text, data),
    )


def _position(row: Any) -> PositionItem:
    data = row.payload
    return PositionItem(source=_source(row), person=data["person"], title=data["title"],
                        of=data.get("of"))


def _parties(party: Sequence[str], pair: tuple[str, str] | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*party, *(pair or ())]))


def event_filter(
    *, type: str | None = None, party: Sequence[str] = (), pair: tuple[str, str] | None = None,
    sector: str | None = None, since: str | None = None, until: str | None = None,
    period: str | None = None, status: str | None = None, subregions: bool = False,
) -> FactFilter:
    """The filter of events; unknown types, statuses, sectors and bad periods raise BadQuery."""
    _check_choice("event type", type, EVENT_TYPES)
    _check_choice("event status", status, EVENT_STATUSES)
    _check_choice("sector", sector, SECTORS)
    return FactFilter(kind="event", subtype=type, status=status, parties=_parties(party, pair),
                      sector=sector, period=period_bounds(period=period, since=since, until=until),
                      subregions=subregions)


def figure_filter(
    *, metric: str | None = None, party: Sequence[str] = (), pair: tuple[str, str] | None = None,
    period: str | None = None, since: str | None = None, until: str | None = None,
    kind: str | None = None, subregions: bool = False,
) -> FactFilter:
    """The filter of figures (`kind`: actual, target or forecast)."""
    _check_choice("figure metric", metric, FIGURE_METRICS)
    _check_choice("figure kind", kind, FIGURE_KINDS)
    return FactFilter(kind="figure", subtype=metric, status=kind, parties=_parties(party, pair),
                      period=period_bounds(period=period, since=since, until=until),
                      subregions=subregions)


def list_events(
    session: Session, *, limit: int = DEFAULT_LIMIT, offset: int = 0, **filters: Any
) -> Page:
    """Events matching `event_filter(**filters)`, newest first."""
    total, rows = _facts_page(session, event_filter(**filters), limit=limit, offset=offset)
    return Page(total, limit, offset, tuple(_event(row) for row in rows))


def list_figures(
    session: Session, *, limit: int = DEFAULT_LIMIT, offset: int = 0, **filters: Any
) -> Page:
    """Figures matching `figure_filter(**filters)`, latest period first."""
    total, rows = _facts_page(session, figure_filter(**filters), limit=limit, offset=offset)
    return Page(total, limit, offset, tuple(_figure(row) for row in rows))


def iter_events(session: Session, **filters: Any) -> Iterator[EventItem]:
    """Every matching event, a page at a time (for exports)."""
    yield from _iter_pages(lambda offset: list_events(
        session, limit=MAX_LIMIT, offset=offset, **filters))


def iter_figures(session: Session, **filters: Any) -> Iterator[FigureItem]:
    yield from _iter_pages(lambda offset: list_figures(
        session, limit=MAX_LIMIT, offset=offset, **filters))


def _iter_pages(fetch: Any) -> Iterator[Any]:
    offset = 0
    while True:
        page = fetch(offset)
        yield from page.items
        offset += len(page.items)
        if not page.items or offset >= page.total:
            return


# ---------------------------------------------------------------- entities


def fold(text: str | None) -> str | None:
    """Case and ё folded, for matching names as people type them."""
    return None if text is None else text.lower().replace("ё", "е")


def _folded(session: Session, column: Any) -> ColumnElement[str]:
    """`fold(column)` in SQL: SQLite's lower() knows only ASCII, so it gets our function."""
    if session.get_bind().dialect.name == "sqlite":
        connection = session.connection().connection.driver_connection
        connection.create_function("coopwatch_fold", 1, fold, deterministic=True)
        return func.coopwatch_fold(column)
    return func.lower(func.replace(func.replace(column, "ё", "е"), "Ё", "Е"))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _document_count() -> Any:
    return (select(func.count()).where(DocumentEntityRow.entity_id == EntityRow.id)
            .correlate(EntityRow).scalar_subquery())


def find_entities(
    session: Session, *, q: str, type: str | None = None,
    limit: int = DEFAULT_LIMIT, offset: int = 0,
) -> Page:
    """Entities whose key, name or an alias contains `q` (case and ё/е folded);
    exact names first, then the most widely reported."""
    check_page(limit, offset)
    _check_choice("entity type", type, ENTITY_TYPES)
    wanted = fold(q.strip()) or ""
    if not wanted:
        raise BadQuery("q must not be empty: give part of a name, an alias or a key")
    pattern = "%" + _escape_like(wanted) + "%"
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


def entity_profile(
    session: Session, *, key: str, limit: int = PROFILE_LIMIT
) -> EntityProfile | None:
    """An entity with its partners, sectors, events timeline, figures and positions;
    None if no entity has this key."""
    row = session.scalars(select(EntityRow).where(EntityRow.key == key)).first()
    if row is None:
        return None
    documents = session.scalar(select(func.count()).where(DocumentEntityRow.entity_id == row.id))
    position_page = _facts_page(session, FactFilter(kind="position", parties=(key,)),
                                limit=limit, offset=0)
    return EntityProfile(
        entity=_entity_match(session, row, documents or 0),
        partners=partners(session, key=key, limit=limit),
        sectors=sector_counts(session, key=key),
        events=list_events(session, party=[key], limit=limit),
        figures=list_figures(session, party=[key], limit=limit),
        positions=Page(position_page[0], limit, 0,
                       tuple(_position(item) for item in position_page[1])),
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
    listed = (select(_sectors_json().label("sectors"))
              .where(FactRow.id.in_(_facts_of(key, False))).subquery())
    rows = session.execute(
        select(listed.c.sectors, func.count()).group_by(listed.c.sectors)
    ).all()
    tally: Counter[str] = Counter()
    for sectors, count in rows:
        for sector in json.loads(sectors) if sectors else ():
            tally[sector] += count
    return dict(tally.most_common())


# ---------------------------------------------------------------- graph


def cooperation_graph(
    session: Session, *, limit: int = MAX_LIMIT, offset: int = 0, **filters: Any
) -> Graph:
    """Who cooperates with whom: an edge per pair of parties of the same facts,
    weighted by the number of documents reporting those facts; heaviest first.

    Filters (`graph_filter`): `sector`, `since` / `until` / `period`, `type` (only
    entities of that type as nodes: GEO, ORG, PER), `kinds` (the fact kinds that make
    edges, default cooperation only), `min_weight`.
    """
    check_page(limit, offset)
    return _graph(session, _edges_query(**graph_filter(**filters)), limit, offset)


def full_graph(session: Session, **filters: Any) -> Graph:
    """Every edge of the graph (for exports); the same filters as `cooperation_graph`."""
    return _graph(session, _edges_query(**graph_filter(**filters)), None, 0)


def graph_filter(
    *, sector: str | None = None, since: str | None = None, until: str | None = None,
    period: str | None = None, type: str | None = None,
    kinds: Sequence[str] = ("cooperation",), min_weight: int = 1,
) -> dict[str, Any]:
    """The checked arguments of `_edges_query`; bad values raise BadQuery."""
    _check_choice("sector", sector, SECTORS)
    _check_choice("entity type", type, ENTITY_TYPES)
    for kind in kinds:
        _check_choice("fact kind", kind, GRAPH_KINDS)
    if min_weight < 1:
        raise BadQuery(f"min_weight must be 1 or more, got {min_weight}")
    return {"sector": sector, "period": period_bounds(period=period, since=since, until=until),
            "entity_type": type, "kinds": tuple(kinds) or ("cooperation",),
            "min_weight": min_weight}


def _graph(session: Session, query: Select[Any], limit: int | None, offset: int) -> Graph:
    edges = query.subquery()
    total = session.scalar(select(func.count()).select_from(edges)) or 0
    rows = session.execute(
        select(edges).order_by(edges.c.weight.desc(), edges.c.source, edges.c.target)
        .limit(limit).offset(offset)
    ).all()
    found = tuple(GraphEdge(*row) for row in rows)
    return Graph(total, limit or total, offset, _nodes(session, found), found)


def _edges_query(
    *, sector: str | None, period: Period, entity_type: str | None, kinds: Sequence[str],
    min_weight: int,
) -> Select[Any]:
    first, second = aliased(FactPartyRow), aliased(FactPartyRow)
    weight = func.count(func.distinct(FactSourceRow.document_id))
    conditions = [FactRow.kind.in_(kinds), *_date_conditions(FactRow.date, period)]
    if sector:
        conditions.append(_sectors_json().like(f'%"{sector}"%'))
    if entity_type:
        typed = select(EntityRow.key).where(EntityRow.type == entity_type)
        conditions += [first.entity_key.in_(typed), second.entity_key.in_(typed)]
    return (
        select(first.entity_key.label("source"), second.entity_key.label("target"),
               weight.label("weight"), func.count(func.distinct(FactRow.id)).label("facts"))
        .select_from(FactRow)
        .join(FactSourceRow, FactSourceRow.fact_id == FactRow.id)
        .join(first, first.fact_id == FactRow.id)
        .join(second, (second.fact_id == FactRow.id) & (first.entity_key < second.entity_key))
        .where(*conditions)
        .group_by(first.entity_key, second.entity_key)
        .having(weight >= min_weight)
    )


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


# ---------------------------------------------------------------- documents


def document_text_with_evidence(session: Session, *, doc_id: str) -> DocumentText | None:
    """The text cut into segments, each marked with the facts whose evidence covers it."""
    row = session.get(DocumentRow, doc_id)
    if row is None:
        return None
    cited = [(f"{kind}#{number}", Span.from_json(span))
             for kind, facts in _card_facts(row.card)
             for number, fact in enumerate(facts) for span in fact.get("evidence") or ()]
    mentions = [Span.from_json(mention) for entity in row.card.get("entities") or ()
                for mention in entity.get("mentions") or ()]
    evidence = [span for _, span in cited]
    segments = tuple(
        TextSegment(piece.start, piece.stop, row.text[piece.start:piece.stop], piece.evidence,
                    piece.mention, tuple(dict.fromkeys(
                        name for name, span in cited
                        if span.start <= piece.start and piece.stop <= span.stop)))
        for piece in pieces(len(row.text), evidence, mentions)
    )
    return DocumentText(row.id, row.title, row.text, tuple(evidence), tuple(mentions), segments)


def _card_facts(card: dict[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
    names = (("position", "positions"), ("event", "events"), ("figure", "figures"),
             ("flow", "flows"), ("cooperation", "cooperation"))
    return [(kind, card.get(section) or []) for kind, section in names]


def iter_cards(session: Session, *, batch: int = MAX_LIMIT) -> Iterator[dict[str, Any]]:
    """Every stored card (JSON), in id order, a batch at a time."""
    last = ""
    while True:
        rows = session.execute(
            select(DocumentRow.id, DocumentRow.card).where(DocumentRow.id > last)
            .order_by(DocumentRow.id).limit(batch)
        ).all()
        yield from (row.card for row in rows)
        if len(rows) < batch:
            return
        last = rows[-1].id


# ---------------------------------------------------------------- full-text search

SQLITE_SEARCH_COUNT = text(
    f"SELECT count(*) FROM {search.SEARCH_TABLE} WHERE {search.SEARCH_TABLE} MATCH :query")
POSTGRESQL_SEARCH_COUNT = text(
    f"SELECT count(*) FROM {search.SEARCH_TABLE} s, plainto_tsquery('russian', :query) q "
    "WHERE s.vector @@ q")


def search_documents(
    session: Session, *, query: str, limit: int = DEFAULT_LIMIT, offset: int = 0
) -> Page:
    """Documents with every word of `query` in any form, best first, with a snippet
    (`coopwatch.store.search`), and how many match in all."""
    check_page(limit, offset)
    terms = search.default_terms()
    wanted = list(dict.fromkeys(term.term for term in terms.terms(query)))
    if not wanted:
        raise BadQuery("the search query must contain at least one word")
    hits = search.search(session, query=query, limit=limit, offset=offset, terms=terms)
    return Page(_search_total(session, wanted), limit, offset, tuple(hits))


def _search_total(session: Session, wanted: list[str]) -> int:
    """How many documents match the terms (the count behind `search.search`'s pages)."""
    if session.get_bind().dialect.name == "sqlite":
        match = " ".join(f'"{word}"' for word in wanted)
        return session.scalar(SQLITE_SEARCH_COUNT, {"query": match}) or 0
    return session.scalar(POSTGRESQL_SEARCH_COUNT, {"query": " ".join(wanted)}) or 0
