"""The store on SQLite and PostgreSQL after migrations: round-trips, duplicates, sharing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select, text

from builders import kazan_card, spb_card
from coopwatch.records import Document, Rejection
from coopwatch.settings import Settings
from coopwatch.store import read, repository
from coopwatch.store.db import Database, alembic_config, make_engine, migrate
from coopwatch.store.models import Base, EntityAliasRow, EntityRow, FactPartyRow, FactRow
from coopwatch.store.search import autogenerate_includes, search

pytest_plugins = ["db_fixtures"]


@pytest.fixture()
def sqlite_database(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "store" / "coopwatch.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(sqlite_template, path)
    database = Database.connect(Settings(database_url=f"sqlite:///{path}"))
    yield database
    database.dispose()


def _save(database: Database, doc: Document) -> repository.SaveResult:
    with database.sessions.begin() as session:
        return repository.save_document(session, doc=doc)


def test_migration_creates_the_models_schema(database: Database) -> None:
    with database.engine.connect() as connection:
        opts = {"compare_type": True, "include_name": autogenerate_includes}
        context = MigrationContext.configure(connection, opts=opts)
        assert compare_metadata(context, Base.metadata) == []


def test_migrations_go_up_down_and_up_again(empty_database_url: str) -> None:
    settings = Settings(database_url=empty_database_url)
    migrate(settings)
    command.downgrade(alembic_config(empty_database_url), "base")
    engine = make_engine(empty_database_url)
    try:
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    finally:
        engine.dispose()
    migrate(settings)


def test_sqlite_connections_enforce_foreign_keys_and_use_wal(
    sqlite_database: Database,
) -> None:
    with sqlite_database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_card_round_trips_unchanged(database: Database) -> None:
    card = spb_card()
    result = _save(database, card)
    assert (result.status, result.doc_id, result.reprint_of) == ("stored", "spb-by", None)
    with database.sessions() as session:
        stored = read.get_card(session, doc_id="spb-by")
    assert stored == card
    assert stored is not None and stored.to_json() == card.to_json()


def test_facts_are_spread_into_queryable_rows(database: Database) -> None:
    _save(database, spb_card())
    with database.sessions() as session:
        kinds = sorted(session.scalars(select(FactRow.kind)))
        assert kinds == ["cooperation", "event", "event", "figure", "flow", "position"]
        agreement = session.scalars(select(FactRow).where(FactRow.subtype == "agreement")).one()
        assert (agreement.status, agreement.date) == ("done", "2025-09")
        assert [(e.start, e.stop) for e in agreement.evidence] == [
            (s.start, s.stop) for s in spb_card().events[1].evidence
        ]
        roles = session.execute(
            select(FactRow.kind, FactPartyRow.role).join(FactPartyRow.__table__)
            .where(FactPartyRow.entity_key == "geo:Минск")
        ).all()
        assert roles == [("event", "place")]
        flow_roles = set(session.execute(
            select(FactPartyRow.entity_key, FactPartyRow.role).join(FactRow)
            .where(FactRow.kind == "flow")
        ).all())
        assert flow_roles == {("RU-SPE", "from"), ("BY", "to")}


def test_same_text_again_is_a_duplicate_and_changes_nothing(database: Database) -> None:
    _save(database, spb_card())
    with database.sessions() as session:
        before = read.counts(session)
    result = _save(database, spb_card(doc_id="another-id"))
    assert result == repository.SaveResult(status="duplicate", doc_id="spb-by")
    with database.sessions() as session:
        assert read.counts(session) == before
        assert read.get_card(session, doc_id="another-id") is None


def test_other_text_under_a_taken_id_is_a_conflict(database: Database) -> None:
    _save(database, spb_card())
    clash = kazan_card().replace(id="spb-by")
    assert _save(database, clash).status == "id_conflict"


def test_entities_are_shared_across_documents(database: Database) -> None:
    _save(database, spb_card())
    _save(database, kazan_card())
    with database.sessions() as session:
        spb = session.scalars(select(EntityRow).where(EntityRow.key == "RU-SPE")).all()
        assert len(spb) == 1
        aliases = set(session.scalars(
            select(EntityAliasRow.alias).where(EntityAliasRow.entity_id == spb[0].id)
        ))
        assert aliases == {"Петербург", "Северная столица"}
        entities = {e.key: e for e in read.list_entities(session)}
    assert (entities["RU-SPE"].document_count, entities["RU-SPE"].mention_count) == (2, 3)
    assert (entities["RU-TA"].document_count, entities["RU-TA"].mention_count) == (1, 1)
    assert next(iter(entities)) == "RU-SPE"  # the most widely reported comes first


def test_entities_filter_by_type(database: Database) -> None:
    _save(database, spb_card())
    with database.sessions() as session:
        people = read.list_entities(session, type="PER")
    assert [e.key for e in people] == ["per:Кирилл Поляков"]


def test_documents_list_newest_first_with_counts(database: Database) -> None:
    _save(database, kazan_card())
    _save(database, spb_card())
    with database.sessions() as session:
        listed = read.list_documents(session, limit=10, offset=0)
        second_page = read.list_documents(session, limit=1, offset=1)
    assert [d.id for d in listed] == ["spb-by", "ta-spb"]  # undated last
    assert (listed[0].entity_count, listed[0].fact_count) == (4, 6)
    assert listed[0].title == "Петербург и Белоруссия"
    assert [d.id for d in second_page] == ["ta-spb"]


def test_rejection_is_stored_once_with_its_reason(database: Database) -> None:
    empty = Rejection(path="in/empty.txt", reason="empty", detail="0 bytes")
    with database.sessions.begin() as session:
        assert repository.save_rejection(session, rejection=empty) is True
    with database.sessions.begin() as session:
        assert repository.save_rejection(session, rejection=empty) is False
        binary = Rejection(path="in/empty.txt", reason="binary")
        assert repository.save_rejection(session, rejection=binary) is True
    with database.sessions() as session:
        assert read.counts(session).rejections == 2
        stored = read.list_rejections(session)
    assert [(r.path, r.reason, r.detail) for r in stored] == [
        ("in/empty.txt", "binary", ""), ("in/empty.txt", "empty", "0 bytes"),
    ]


def test_deleting_a_document_removes_its_rows_but_keeps_shared_entities(
    database: Database,
) -> None:
    _save(database, spb_card())
    _save(database, kazan_card())
    with database.sessions.begin() as session:
        session.execute(text("DELETE FROM documents WHERE id = 'spb-by'"))
    with database.sessions() as session:
        totals = read.counts(session)
        assert (totals.documents, totals.facts, totals.mentions) == (1, 1, 2)
        assert totals.entities == 5


@pytest.mark.parametrize("url", [
    "sqlite:///var/coopwatch.sqlite3",
    "postgresql+psycopg://coop:p%40ss%25word@db.example:5432/coopwatch",
])
def test_alembic_config_keeps_the_url_verbatim(url: str) -> None:
    assert alembic_config(url).get_main_option("sqlalchemy.url") == url


def test_upgrade_from_0001_keeps_the_data_and_fills_the_new_tables(
    empty_database_url: str,
) -> None:
    settings = Settings(database_url=empty_database_url)
    migrate(settings, "0001")
    engine = make_engine(empty_database_url)
    with engine.begin() as connection:
        for statement in OLD_ROWS:
            connection.execute(text(statement))
    engine.dispose()
    migrate(settings)
    database = Database.connect(settings)
    try:
        with database.sessions.begin() as session:
            totals = read.counts(session)
            assert (totals.documents, totals.facts, totals.mentions) == (1, 1, 1)
            for table in ("fact_sources", "reprint_groups"):
                assert session.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 1
            evidence = session.execute(text("SELECT document_id FROM evidence")).scalars()
            assert list(evidence) == ["old"]
            names = session.execute(text("SELECT norm FROM entity_names")).scalars()
            assert sorted(names) == ["маз", "минский автомобильный завод"]
            assert repository.reindex_documents(session) == 1
            assert repository.reindex_documents(session) == 0
        with database.sessions() as session:
            assert [hit.doc_id for hit in search(session, query="автобусы")] == ["old"]
    finally:
        database.dispose()


OLD_ROWS = (
    "INSERT INTO documents (id, content_hash, text, card, sectors, ingested_at) VALUES "
    "('old', 'h', 'МАЗ поставляет автобусы в Омск.', '{}', '[]', '2025-01-01 00:00:00')",
    "INSERT INTO entities (id, key, type, name) VALUES "
    "(1, 'org:Минский автомобильный завод', 'ORG', 'Минский автомобильный завод')",
    "INSERT INTO entity_aliases (entity_id, alias) VALUES (1, 'МАЗ')",
    "INSERT INTO document_entities (document_id, entity_id) VALUES ('old', 1)",
    "INSERT INTO mentions (document_id, entity_id, start, stop, text) "
    "VALUES ('old', 1, 0, 3, 'МАЗ')",
    "INSERT INTO facts (id, document_id, kind, ordinal, payload) "
    "VALUES (1, 'old', 'flow', 0, '{}')",
    "INSERT INTO evidence (fact_id, start, stop) VALUES (1, 0, 31)",
)
