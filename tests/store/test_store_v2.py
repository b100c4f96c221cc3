"""Cards version 2 in the store, on both backends: relevance and confidence are stored
and read back, a fact's confidence is the highest of its sources', version-1 cards
still store, the filters, and migration 0003 up, down and up over stored cards."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from alembic import command
from sqlalchemy import inspect, select, text

from builders import kazan_card, rated, spb_card, version_2_cards
from coopwatch.records import Document, Relevance
from coopwatch.settings import Settings
from coopwatch.store import read, repository
from coopwatch.store.db import Database, alembic_config, make_engine, migrate
from coopwatch.store.models import DocumentRow, FactRow

pytest_plugins = ["db_fixtures"]


def _save(database: Database, *cards: Document) -> None:
    with database.sessions.begin() as session:
        for card in cards:
            repository.save_document(session, doc=card)


def test_a_version_2_card_round_trips_with_its_relevance_and_confidence(
    database: Database,
) -> None:
    card = rated(spb_card(), on_topic=True, score=0.95, confidence=0.9)
    _save(database, card)
    with database.sessions() as session:
        assert read.get_card(session, doc_id="spb-by") == card
        row = session.get(DocumentRow, "spb-by")
        assert row is not None and (row.on_topic, row.relevance_score) == (True, 0.95)
        assert set(session.scalars(select(FactRow.confidence))) == {0.9}
        [summary] = read.list_documents(session)
    assert summary.relevance == Relevance(on_topic=True, score=0.95)


def test_a_version_1_card_stores_without_relevance_or_confidence(database: Database) -> None:
    _save(database, spb_card())
    with database.sessions() as session:
        stored = read.get_card(session, doc_id="spb-by")
        assert stored == spb_card() and stored.relevance is None
        assert set(session.scalars(select(FactRow.confidence))) == {None}
        assert read.list_documents(session)[0].relevance is None
        event = read.list_events(session).items[0]
    assert event.confidence is None and event.source.on_topic is None


@pytest.mark.parametrize(("confidences", "expected"), [
    ((0.6, 0.8), 0.8),    # the highest of the sources
    ((0.8, 0.6), 0.8),    # in either order
    ((None, 0.4), 0.4),   # a version-1 source does not count
    ((0.4, None), 0.4),
    ((None, None), None),  # nobody gave one
    ((0.0, None), 0.0),
])
def test_a_facts_confidence_is_the_highest_its_sources_gave(
    database: Database, confidences: tuple[float | None, float | None], expected: float | None,
) -> None:
    first, second = spb_card(), spb_card("spb-reprint")
    second = second.replace(text=second.text + " Подробности позже.")
    cards = [card if confidence is None
             else rated(card, on_topic=True, score=0.9, confidence=confidence)
             for card, confidence in zip((first, second), confidences, strict=True)]
    _save(database, *cards)
    with database.sessions() as session:
        [figure] = read.list_figures(session).items
        sources = read.sources_of(session, fact_id=figure.source.fact_id)
        held = read.positions_of(session, key="per:Кирилл Поляков")
    assert figure.source.reports == 2 and figure.confidence == expected
    assert sorted((s.document_id, s.confidence) for s in sources) == sorted(
        zip(("spb-by", "spb-reprint"), confidences, strict=True))
    assert [p.confidence for p in held] == [expected]


def test_a_fact_told_twice_in_one_card_keeps_the_higher_confidence(database: Database) -> None:
    card = rated(kazan_card(), on_topic=True, score=0.9, confidence=0.3)
    again = replace(card.events[0], confidence=0.7)
    _save(database, card.replace(events=(card.events[0], again)))
    with database.sessions() as session:
        [event] = read.list_events(session).items
        [source] = read.sources_of(session, fact_id=event.source.fact_id)
    assert (event.confidence, source.confidence) == (0.7, 0.7)


def _events(database: Database, **filters: object) -> list[tuple[str, str]]:
    with database.sessions() as session:
        page = read.list_events(session, filters=read.EventFilters(**filters))
    assert page.total == len(page.items)
    return sorted((item.source.document_id, item.type) for item in page.items)


SPB_EVENTS = [("spb-by", "agreement"), ("spb-by", "visit")]


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, [*SPB_EVENTS, ("ta-spb", "visit"), ("ta-zj", "localization")]),
    ({"min_confidence": 0.5}, SPB_EVENTS),
    ({"min_confidence": 0.3}, [*SPB_EVENTS, ("ta-spb", "visit")]),
    ({"min_confidence": 0}, [*SPB_EVENTS, ("ta-spb", "visit")]),  # version 1 never passes
    ({"min_confidence": 1}, []),
    ({"on_topic": True}, SPB_EVENTS),
    ({"on_topic": False}, [("ta-spb", "visit")]),
    ({"on_topic": False, "min_confidence": 0.5}, []),
    ({"on_topic": True, "party": ["RU-SPE"], "type": "visit"}, [("spb-by", "visit")]),
])
def test_events_filter_on_confidence_and_topic(
    database: Database, filters: dict[str, object], expected: list[tuple[str, str]],
) -> None:
    _save(database, *version_2_cards())
    assert _events(database, **filters) == expected


def test_a_fact_reported_on_and_off_topic_counts_as_on_topic(database: Database) -> None:
    on = rated(spb_card(), on_topic=True, score=0.9, confidence=0.9)
    off = rated(spb_card("spb-off"), on_topic=False, score=0.1, confidence=0.2)
    _save(database, on, off.replace(text=off.text + " Спорт."))
    assert len(_events(database, on_topic=True)) == 2
    assert _events(database, on_topic=False) == []


def test_figures_and_graph_filter_on_confidence_and_topic(database: Database) -> None:
    _save(database, *version_2_cards())
    with database.sessions() as session:
        figures = read.list_figures(session, filters=read.FigureFilters(min_confidence=0.5))
        assert [f.source.document_id for f in figures.items] == ["spb-by"]
        assert figures.items[0].confidence == 0.9
        graph = read.cooperation_graph(session)
        rated_graph = read.cooperation_graph(session, filters=read.GraphFilters(
            min_confidence=0.5))
        off = read.cooperation_graph(session, filters=read.GraphFilters(
            kinds=["event"], on_topic=False))
    edges = {(e.source, e.target): (e.weight, e.confidence) for e in graph.edges}
    # BY–RU-SPE: spb-by (0.9) and ta-zj (version 1) report the same cooperation
    assert edges == {("BY", "RU-SPE"): (2, 0.9), ("CN-ZJ", "RU-TA"): (1, None)}
    assert [(e.source, e.target) for e in rated_graph.edges] == [("BY", "RU-SPE")]
    assert [(e.source, e.target, e.confidence) for e in off.edges] == [
        ("RU-SPE", "RU-TA", 0.3)]


def test_documents_filter_on_topic(database: Database) -> None:
    _save(database, *version_2_cards())
    with database.sessions() as session:
        listed = {d.id: d.relevance for d in read.list_documents(session)}
        on = [d.id for d in read.list_documents(session, on_topic=True)]
        off = [d.id for d in read.list_documents(session, on_topic=False)]
        counted = [read.count_documents(session, on_topic=value) for value in (None, True, False)]
    assert listed == {"spb-by": Relevance(True, 0.95), "ta-spb": Relevance(False, 0.2),
                      "ta-zj": None}
    assert (on, off, counted) == (["spb-by"], ["ta-spb"], [3, 1, 1])


def test_the_profile_shows_confidence(database: Database) -> None:
    _save(database, *version_2_cards())
    with database.sessions() as session:
        profile = read.entity_profile(session, key="RU-SPE")
    assert profile is not None
    assert {e.source.document_id: e.confidence for e in profile.events.items} == {
        "spb-by": 0.9, "ta-spb": 0.3}
    assert [p.confidence for p in profile.positions.items] == [0.9]


# --- migration 0003 over documents stored at 0002

V2_CARD = {
    "schema": 2, "id": "new", "relevance": {"on_topic": False, "score": 0.25},
    "flows": [{"from": "BY", "to": "RU-OMS", "goods": ["автобусы"], "evidence": [],
               "confidence": 0.65}],
}
AT_0002 = (
    "INSERT INTO reprint_groups (id, canonical_document_id, created_at) VALUES "
    "(1, 'old', '2025-01-01 00:00:00'), (2, 'new', '2025-01-01 00:00:00')",
    "INSERT INTO documents (id, content_hash, text, card, sectors, ingested_at, group_id) "
    "VALUES ('old', 'h1', 'МАЗ поставляет автобусы в Омск.', :v1, '[]', "
    "'2025-01-01 00:00:00', 1), ('new', 'h2', 'МАЗ поставит автобусы в Омск.', :v2, '[]', "
    "'2025-01-02 00:00:00', 2)",
    "INSERT INTO facts (id, document_id, kind, ordinal, payload, fact_key) VALUES "
    "(1, 'old', 'flow', 0, '{}', 'k1'), (2, 'new', 'flow', 0, '{}', 'k2')",
    "INSERT INTO fact_sources (fact_id, document_id, ordinal) VALUES "
    "(1, 'old', 0), (2, 'new', 0), (1, 'new', 0)",
)


def _columns(url: str, table: str) -> set[str]:
    engine = make_engine(url)
    try:
        return {column["name"] for column in inspect(engine).get_columns(table)}
    finally:
        engine.dispose()


def test_migration_0003_fills_from_stored_cards_and_goes_down_and_up(
    empty_database_url: str,
) -> None:
    settings = Settings(database_url=empty_database_url)
    migrate(settings, "0002")
    v1_card = json.dumps({"schema": 1, "id": "old", "flows": [{"from": "BY", "to": "RU-OMS"}]})
    engine = make_engine(empty_database_url)
    with engine.begin() as connection:
        for statement in AT_0002:
            connection.execute(text(statement), {"v1": v1_card, "v2": json.dumps(V2_CARD)})
    engine.dispose()
    migrate(settings)
    database = Database.connect(settings)
    try:
        with database.sessions() as session:
            documents = session.execute(text(
                "SELECT id, on_topic, relevance_score FROM documents ORDER BY id")).all()
            sources = session.execute(text(
                "SELECT fact_id, document_id, confidence FROM fact_sources "
                "ORDER BY fact_id, document_id")).all()
            facts = session.execute(text("SELECT id, confidence FROM facts ORDER BY id")).all()
    finally:
        database.dispose()
    assert [tuple(row) for row in documents] == [("new", False, 0.25), ("old", None, None)]
    assert [tuple(row) for row in sources] == [
        (1, "new", 0.65), (1, "old", None), (2, "new", 0.65)]
    assert [tuple(row) for row in facts] == [(1, 0.65), (2, 0.65)]
    command.downgrade(alembic_config(empty_database_url), "0002")
    assert "on_topic" not in _columns(empty_database_url, "documents")
    assert "confidence" not in _columns(empty_database_url, "facts") | _columns(
        empty_database_url, "fact_sources")
    migrate(settings)
    assert {"on_topic", "relevance_score"} <= _columns(empty_database_url, "documents")
