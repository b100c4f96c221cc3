"""Facts across documents: pages of events and figures, positions, a fact's sources.

Facts are found through the `facts` and `fact_parties` rows, newest date first; each
item carries where it was read first (`FactOrigin`) and its evidence as text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeAlias

from sqlalchemy import Row, and_, func, select
from sqlalchemy.orm import Session, aliased

from coopwatch.store.models import (
    DocumentRow,
    FactPartyRow,
    FactRow,
    FactSourceRow,
    PartyFactRow,
    PositionReportRow,
)
from coopwatch.store.read.conditions import FactSelection, date_conditions
from coopwatch.store.read.counts import entity_count
from coopwatch.store.read.filters import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    PROFILE_LIMIT,
    EventFilters,
    FigureFilters,
    FlowFilters,
    check_page,
)
from coopwatch.store.read.names import with_keys
from coopwatch.store.read.results import (
    EventItem,
    Evidence,
    FactOrigin,
    FactSource,
    FigureItem,
    FlowItem,
    Item,
    Page,
    PositionHeld,
    PositionItem,
)

# A row of `_facts_page`: more columns than select() types, so each one is Any.
FactPageRow: TypeAlias = "Row[*tuple[Any, ...]]"

NO_EVENT_FILTERS = EventFilters()
NO_FIGURE_FILTERS = FigureFilters()


# The columns of a fact row with its document, as `_event` and `_figure` read them.
FACT_PAGE_COLUMNS = (
    FactRow.id, FactRow.document_id, FactRow.ordinal, FactRow.payload, FactRow.corroboration,
    FactRow.group_count, FactRow.confidence, DocumentRow.title, DocumentRow.published,
    DocumentRow.on_topic, DocumentRow.text, DocumentRow.url,
)


def _facts_page(
    session: Session, wanted: FactSelection, *, limit: int, offset: int
) -> tuple[int, Sequence[FactPageRow]]:
    """How many facts match, and one page of them (newest date first) with their document."""
    check_page(limit, offset)
    conditions = wanted.conditions()
    party = _only_party(wanted)
    period = date_conditions(PartyFactRow.effective_date, wanted.period)
    mine = [PartyFactRow.entity_key == party, PartyFactRow.kind == wanted.kind, *period]
    if party is not None and not period:
        total = entity_count(session, key=party, what=wanted.kind)
    elif party is not None:
        total = session.scalar(select(func.count()).select_from(PartyFactRow).where(*mine)) or 0
    else:
        total = session.scalar(select(func.count()).select_from(FactRow).where(*conditions)) or 0
    if party is not None and wanted.sort == "-date":
        newest = (select(PartyFactRow.fact_id).where(*mine)
                  .order_by(PartyFactRow.date.desc().nulls_last(), PartyFactRow.fact_id.desc())
                  .limit(limit).offset(offset))
        conditions = [FactRow.id.in_(newest.scalar_subquery())]
        offset = 0
    rows = session.execute(
        select(*FACT_PAGE_COLUMNS)
        .join(DocumentRow, DocumentRow.id == FactRow.document_id)
        .where(*conditions)
        .order_by(*wanted.order())
        .limit(limit).offset(offset)
    ).all()
    return total, rows


def _only_party(wanted: FactSelection) -> str | None:
    """The one party of a selection that asks for nothing else than the facts of a kind
    that party is a party of, maybe within a period: their number is in the summaries
    (counted in `party_facts` for a period), and the newest of them are one range of
    `party_facts` (the same order: date, undated last, then id; a period is a range of
    its effective dates)."""
    if len(wanted.parties) == 1 and wanted == FactSelection(
            kind=wanted.kind, parties=wanted.parties, period=wanted.period,
            sort=wanted.sort):
        return wanted.parties[0]
    return None


def _page(
    session: Session, wanted: FactSelection, item: Callable[[FactPageRow], Item], *,
    limit: int, offset: int,
) -> Page[Item]:
    """One page of the facts `wanted`, each row made into its item."""
    total, rows = _facts_page(session, wanted, limit=limit, offset=offset)
    return Page(total, limit, offset, tuple(item(row) for row in rows))


def _source(row: FactPageRow) -> FactOrigin:
    return FactOrigin(fact_id=row.id, document_id=row.document_id, document_title=row.title,
                      published=row.published, reports=row.corroboration,
                      sources=row.group_count, on_topic=row.on_topic, ordinal=row.ordinal,
                      document_url=row.url)


def _evidence(text: str, payload: dict[str, Any]) -> tuple[Evidence, ...]:
    return tuple(Evidence(span["start"], span["stop"], text[span["start"]:span["stop"]])
                 for span in payload.get("evidence") or ())


def _event(row: FactPageRow) -> EventItem:
    data = row.payload
    return EventItem(
        source=_source(row), type=data["type"], status=data["status"], date=data.get("date"),
        participants=tuple(data.get("participants") or ()), place=data.get("place"),
        title=data.get("title"), sectors=tuple(data.get("sectors") or ()),
        evidence=_evidence(row.text, data), confidence=row.confidence,
    )


def _figure(row: FactPageRow) -> FigureItem:
    data = row.payload
    return FigureItem(
        source=_source(row), metric=data["metric"], value=data.get("value"),
        unit=data.get("unit"), approx=data.get("approx", "exact"),
        kind=data.get("kind", "actual"), period=data.get("period"), change=data.get("change"),
        parties=tuple(data.get("parties") or ()), evidence=_evidence(row.text, data),
        confidence=row.confidence,
    )


def _position(row: FactPageRow) -> PositionItem:
    data = row.payload
    return PositionItem(source=_source(row), person=data["person"], title=data["title"],
                        of=data.get("of"), confidence=row.confidence)


def list_events(
    session: Session, *, filters: EventFilters = NO_EVENT_FILTERS,
    limit: int = DEFAULT_LIMIT, offset: int = 0,
) -> Page[EventItem]:
    """Events matching the filters (parties by key or name), newest first."""
    return _page(session, with_keys(session, filters).selection(), _event, limit=limit, offset=offset)


def list_figures(
    session: Session, *, filters: FigureFilters = NO_FIGURE_FILTERS,
    limit: int = DEFAULT_LIMIT, offset: int = 0,
) -> Page[FigureItem]:
    """Figures matching the filters (parties by key or name), latest period first."""
    return _page(session, with_keys(session, filters).selection(), _figure, limit=limit, offset=offset)


def _flow(row: FactPageRow) -> FlowItem:
    data = row.payload
    return FlowItem(source=_source(row), supplier=data.get("from"), receiver=data.get("to"),
                    goods=tuple(data.get("goods") or ()), status=data.get("status", "done"),
                    evidence=_evidence(row.text, data), confidence=row.confidence)


def list_flows(
    session: Session, *, filters: FlowFilters, limit: int = DEFAULT_LIMIT, offset: int = 0,
) -> Page[FlowItem]:
    """Flows matching the filters (parties by key or name), newest first."""
    return _page(session, with_keys(session, filters).selection(), _flow, limit=limit,
                 offset=offset)


def positions_of_party(
    session: Session, *, key: str, limit: int = PROFILE_LIMIT
) -> Page[PositionItem]:
    """The first page of the positions `key` is a party of (person or where held)."""
    wanted = FactSelection(kind="position", parties=(key,))
    return _page(session, wanted, _position, limit=limit, offset=0)


def iter_events(
    session: Session, *, filters: EventFilters = NO_EVENT_FILTERS
) -> Iterator[EventItem]:
    """Every matching event, a page at a time (for exports)."""
    filters = with_keys(session, filters)
    yield from _iter_pages(lambda offset: list_events(
        session, filters=filters, limit=MAX_LIMIT, offset=offset))


def iter_figures(
    session: Session, *, filters: FigureFilters = NO_FIGURE_FILTERS
) -> Iterator[FigureItem]:
    """Every matching figure, a page at a time (for exports)."""
    filters = with_keys(session, filters)
    yield from _iter_pages(lambda offset: list_figures(
        session, filters=filters, limit=MAX_LIMIT, offset=offset))


def _iter_pages(fetch: Callable[[int], Page[Item]]) -> Iterator[Item]:
    offset = 0
    while True:
        page = fetch(offset)
        yield from page.items
        offset += len(page.items)
        if not page.items or offset >= page.total:
            return


def positions_of(session: Session, *, key: str) -> list[PositionHeld]:
    """Positions held by the person `key`, or held in the region, country or
    organization `key`, ordered by the first publication reporting them (undated last).
    Their sources and dates come from `position_reports`.
    """
    person, of = aliased(FactPartyRow), aliased(FactPartyRow)
    # a position's parties are its person and where it is held: any position `key` is a
    # party of is one it holds or one held in it
    mine = select(PartyFactRow.fact_id).where(PartyFactRow.entity_key == key,
                                              PartyFactRow.kind == "position")
    query = (
        select(FactRow.subtype, person.entity_key, of.entity_key,
               PositionReportRow.first_document_id, PositionReportRow.since,
               PositionReportRow.until, PositionReportRow.sources, FactRow.confidence)
        .join(PositionReportRow, PositionReportRow.fact_id == FactRow.id)
        .join(person, and_(person.fact_id == FactRow.id, person.role == "person"))
        .outerjoin(of, and_(of.fact_id == FactRow.id, of.role == "of"))
        .where(FactRow.kind == "position", FactRow.id.in_(mine))
    )
    held = [PositionHeld(person=row[1], title=row[0] or "", of=row[2], since=row[4], until=row[5],
                         document_id=row[3], sources=row[6], confidence=row[7])
            for row in session.execute(query)]
    return sorted(held, key=lambda p: (p.since is None, p.since or "", p.title, p.person))


def sources_of(session: Session, *, fact_id: int) -> list[FactSource]:
    """The documents reporting a fact, earliest publication first."""
    query = (
        select(DocumentRow.id, DocumentRow.group_id, DocumentRow.title, DocumentRow.published,
               FactSourceRow.confidence)
        .join(FactSourceRow, FactSourceRow.document_id == DocumentRow.id)
        .where(FactSourceRow.fact_id == fact_id)
        .order_by(DocumentRow.published.is_(None), DocumentRow.published, DocumentRow.id)
    )
    return [FactSource(document_id=row[0], group_id=row[1], title=row[2], published=row[3],
                       confidence=row[4])
            for row in session.execute(query)]
