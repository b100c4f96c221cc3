"""The per-entity summaries (migration 0007) against straightforward queries of the
fact tables, on SQLite and PostgreSQL: kept as cards are stored (with reprints, a fact
reported twice in one card, duplicates and id conflicts), and rebuilt the same."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter, defaultdict
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, aliased

from builders import bench_module, kazan_card, spb_card, tatar_card
from coopwatch.records import Document
from coopwatch.settings import Settings
from coopwatch.store import read, repository, summaries
from coopwatch.store.db import Database
from coopwatch.store.models import (
    DocumentEntityRow,
    DocumentRow,
    EntityRow,
    FactPartyRow,
    FactRow,
    FactSourceRow,
)
from coopwatch.store.read.conditions import facts_of, sectors_json

pytest_plugins = ["db_fixtures"]

SUMMARY_TABLES = {"entity_counts": ("entity_key", "what"),
                  "entity_partners": ("entity_key", "partner_key"),
                  "entity_sectors": ("entity_key", "sector"),
                  "position_reports": ("fact_id",),
                  "party_facts": ("entity_key", "fact_id"),
                  "pair_edges": ("kind", "sector", "source", "target")}


def _cards() -> list[Document]:
    """Synthetic cards whose facts repeat across documents, reprints of some of them
    (another id and text, the same facts), a card reporting its event twice, and the
    builders' hand-made cards (every fact kind, a person's position)."""
    maker = bench_module("synthetic_kb").CardMaker(seed=3)
    cards = [maker.card(number) for number in range(60)]
    reprints = [dataclasses.replace(card, id=card.id + "-r", text=card.text + " Перепечатка.")
                for card in cards[:12:3]]
    twice = dataclasses.replace(cards[20], id="twice", text=cards[20].text + " Ещё раз.",
                                events=cards[20].events + cards[20].events[:1])
    return [*cards, *reprints, twice, spb_card(), kazan_card(), tatar_card()]


@pytest.fixture()
def stored(database: Database) -> Database:
    with database.sessions.begin() as session:
        results = [repository.save_document(session, doc=card) for card in _cards()]
        again = repository.save_document(session, doc=spb_card())
        conflict = repository.save_document(
            session, doc=dataclasses.replace(spb_card(), text=spb_card().text + " Иначе."))
    assert {result.status for result in results} == {"stored"}
    assert (again.status, conflict.status) == ("duplicate", "id_conflict")
    return database


def _keys(session: Session) -> list[str]:
    return sorted(session.scalars(select(EntityRow.key)))


def _partners_by_scan(session: Session, key: str) -> list[tuple[Any, ...]]:
    mine, theirs = aliased(FactPartyRow), aliased(FactPartyRow)
    facts = func.count(func.distinct(theirs.fact_id))
    return [tuple(row) for row in session.execute(
        select(theirs.entity_key, EntityRow.name, EntityRow.type, facts,
               func.count(func.distinct(FactSourceRow.document_id)))
        .select_from(mine)
        .join(theirs, (theirs.fact_id == mine.fact_id) & (theirs.entity_key != key))
        .join(FactSourceRow, FactSourceRow.fact_id == mine.fact_id)
        .outerjoin(EntityRow, EntityRow.key == theirs.entity_key)
        .where(mine.entity_key == key)
        .group_by(theirs.entity_key, EntityRow.name, EntityRow.type)
        .order_by(facts.desc(), theirs.entity_key))]


def _sectors_by_scan(session: Session, key: str) -> list[tuple[str, int]]:
    tally: Counter[str] = Counter()
    for listed in session.scalars(select(sectors_json()).where(FactRow.id.in_(facts_of(key, False)))):
        tally.update(json.loads(listed) if listed else ())
    return sorted(tally.items(), key=lambda item: (-item[1], item[0]))


def _positions_by_scan(session: Session, key: str) -> list[tuple[Any, ...]]:
    person, of = aliased(FactPartyRow), aliased(FactPartyRow)
    reports: dict[int, list[Any]] = defaultdict(list)
    for row in session.execute(
            select(FactRow.id, FactRow.subtype, person.entity_key, of.entity_key,
                   FactSourceRow.document_id, DocumentRow.published, FactRow.confidence)
            .join(person, (person.fact_id == FactRow.id) & (person.role == "person"))
            .outerjoin(of, (of.fact_id == FactRow.id) & (of.role == "of"))
            .join(FactSourceRow, FactSourceRow.fact_id == FactRow.id)
            .join(DocumentRow, DocumentRow.id == FactSourceRow.document_id)
            .where(FactRow.kind == "position", (person.entity_key == key) | (of.entity_key == key))):
        reports[row[0]].append(row)
    held = []
    for rows in reports.values():
        ordered = sorted(rows, key=lambda row: (row[5] is None, row[5] or "", row[4]))
        dates = [row[5] for row in ordered if row[5]]
        held.append((ordered[0][2], ordered[0][1], ordered[0][3], dates[0] if dates else None,
                     dates[-1] if dates else None, ordered[0][4], len({r[4] for r in rows}),
                     ordered[0][6]))
    return sorted(held, key=lambda p: (p[3] is None, p[3] or "", p[1], p[0]))


def _kind_total_by_scan(session: Session, key: str, kind: str) -> int:
    return session.scalar(select(func.count()).select_from(FactRow).where(
        FactRow.kind == kind, FactRow.id.in_(facts_of(key, False)))) or 0


def _newest_by_scan(session: Session, key: str, kind: str, limit: int,
                    offset: int) -> list[int]:
    return list(session.scalars(
        select(FactRow.id).where(FactRow.kind == kind, FactRow.id.in_(facts_of(key, False)))
        .order_by(FactRow.date.desc().nulls_last(), FactRow.id.desc())
        .limit(limit).offset(offset)))


def _documents_by_scan(session: Session, key: str) -> int:
    return session.scalar(
        select(func.count()).select_from(DocumentEntityRow)
        .join(EntityRow, EntityRow.id == DocumentEntityRow.entity_id)
        .where(EntityRow.key == key)) or 0


def test_profiles_read_from_the_summaries_equal_a_scan_of_the_facts(stored: Database) -> None:
    with stored.sessions() as session:
        keys = _keys(session)
        assert len(keys) > 30
        checked_partners = checked_positions = 0
        for key in keys:
            partners = read.partners(session, key=key, limit=1000)
            assert [tuple(dataclasses.astuple(p)) for p in partners] == \
                _partners_by_scan(session, key), key
            assert list(read.sector_counts(session, key=key).items()) == \
                _sectors_by_scan(session, key), key
            positions = [(p.person, p.title, p.of, p.since, p.until, p.document_id, p.sources,
                          p.confidence) for p in read.positions_of(session, key=key)]
            assert positions == _positions_by_scan(session, key), key
            entity = read.get_entity(session, key=key)
            assert entity is not None and entity.document_count == \
                _documents_by_scan(session, key)
            events = read.list_events(session, filters=read.EventFilters(party=[key]))
            figures = read.list_figures(session, filters=read.FigureFilters(party=[key]))
            assert events.total == _kind_total_by_scan(session, key, "event"), key
            assert figures.total == _kind_total_by_scan(session, key, "figure"), key
            for offset in (0, 3, 9):
                page = read.list_events(session, filters=read.EventFilters(party=[key]),
                                        limit=4, offset=offset)
                assert [e.source.fact_id for e in page.items] == \
                    _newest_by_scan(session, key, "event", 4, offset), key
                figures_page = read.list_figures(
                    session, filters=read.FigureFilters(party=[key]), limit=4, offset=offset)
                assert [f.source.fact_id for f in figures_page.items] == \
                    _newest_by_scan(session, key, "figure", 4, offset), key
            checked_partners += len(partners)
            checked_positions += len(positions)
        assert checked_partners > 100 and checked_positions > 5
        many = [p for key in keys for p in read.partners(session, key=key, limit=1000)
                if p.documents > p.facts]
        assert many, "reprints make some pairs reported by more documents than facts"


def test_a_rebuild_gives_the_summaries_the_writes_kept(stored: Database) -> None:
    def tables() -> dict[str, list[tuple[Any, ...]]]:
        with stored.sessions() as session:
            return {name: [tuple(row) for row in session.execute(
                text(f"SELECT * FROM {name} ORDER BY {', '.join(order)}"))]
                for name, order in SUMMARY_TABLES.items()}

    kept = tables()
    assert all(kept.values())
    with stored.sessions.begin() as session:
        written = summaries.rebuild(session)
    assert written == {name: len(rows) for name, rows in kept.items()}
    assert tables() == kept


def test_a_profile_of_an_unknown_or_factless_entity_counts_nothing(database: Database) -> None:
    with database.sessions.begin() as session:
        repository.save_document(session, doc=kazan_card())
    with database.sessions() as session:
        assert read.partners(session, key="XX") == ()
        assert read.sector_counts(session, key="XX") == {}
        assert read.list_events(session, filters=read.EventFilters(party=["RU-TA"])).total == \
            _kind_total_by_scan(session, "RU-TA", "event")


def test_the_migration_fills_the_summaries_of_a_store_written_before_it(
    empty_database_url: str,
) -> None:
    from alembic import command

    from coopwatch.store.db import alembic_config, migrate

    settings = Settings(database_url=empty_database_url)
    migrate(settings)
    database = Database.connect(settings)
    try:
        with database.sessions.begin() as session:
            for card in _cards()[:30]:
                repository.save_document(session, doc=card)
        with database.sessions() as session:
            before = {key: (read.partners(session, key=key, limit=1000),
                            read.sector_counts(session, key=key)) for key in _keys(session)}
        command.downgrade(alembic_config(empty_database_url), "0006")
        migrate(settings)
        with database.sessions() as session:
            after = {key: (read.partners(session, key=key, limit=1000),
                           read.sector_counts(session, key=key)) for key in _keys(session)}
        assert after == before and any(partners for partners, _ in after.values())
    finally:
        database.dispose()


GRAPH_FILTERS = (
    {}, {"sector": "machinery"}, {"sector": "food"}, {"kind": ["event"]}, {"kind": ["figure"]},
    {"kind": ["flow"], "sector": "machinery"}, {"type": "GEO"}, {"country": "CN"},
    {"country": "BY", "min_weight": 2}, {"geo_kind": "region"},
    {"kind": ["cooperation"], "event_type": "meeting"},
)


@pytest.mark.parametrize("given", GRAPH_FILTERS, ids=str)
def test_the_kept_graph_edges_equal_the_edges_counted_from_the_facts(
    stored: Database, given: dict[str, Any],
) -> None:
    from coopwatch.store.read import graph

    with stored.sessions() as session:
        filters = read.GraphFilters.model_validate(given)
        wanted = graph._resolved(session, filters)
        kept = graph._graph(session, graph._kept_edges_query(wanted), 50, 0)
        counted = graph._graph(session, graph._edges_query(wanted), 50, 0)
        assert kept == counted
        assert read.cooperation_graph(session, filters=filters, limit=50) == counted
        if not given.get("min_weight"):
            assert counted.edges, given


def test_a_pairs_facts_from_the_summaries_equal_a_scan(stored: Database) -> None:
    with stored.sessions() as session:
        checked = 0
        for key in ("CN", "BY", "RU-SPE"):
            for partner in read.partners(session, key=key, limit=8):
                total, facts = read.pair_facts(session, first=key, second=partner.key, limit=6)
                both = [FactRow.id.in_(facts_of(key, False)),
                        FactRow.id.in_(facts_of(partner.key, False))]
                assert total == session.scalar(
                    select(func.count()).select_from(FactRow).where(*both))
                assert [fact.fact_id for fact in facts] == list(session.scalars(
                    select(FactRow.id).where(*both)
                    .order_by(FactRow.date.is_(None), FactRow.date.desc(), FactRow.id.desc())
                    .limit(6)))
                checked += len(facts)
        assert checked > 20


def test_an_entitys_documents_are_the_newest_whichever_way_they_are_found(
    stored: Database, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from coopwatch.store.read import activity

    with stored.sessions() as session:
        for key in _keys(session)[:40]:
            expected = [tuple(row) for row in session.execute(
                select(DocumentRow.id, DocumentRow.title, DocumentRow.published)
                .join(DocumentEntityRow, DocumentEntityRow.document_id == DocumentRow.id)
                .join(EntityRow, EntityRow.id == DocumentEntityRow.entity_id)
                .where(EntityRow.key == key)
                .order_by(DocumentRow.published.is_(None), DocumentRow.published.desc(),
                          DocumentRow.id).limit(7))]
            for walk_from in (0, 10**9):
                monkeypatch.setattr(activity, "WALK_FROM_DOCUMENTS", walk_from)
                found = read.documents_of(session, key=key, limit=7)
                assert [(d.document_id, d.title, d.published) for d in found] == expected, key
