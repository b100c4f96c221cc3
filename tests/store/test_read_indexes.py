"""Migration 0005: the indexes the profile and graph reads need, up and down, on SQLite
and PostgreSQL; on SQLite the profile's partner query reads the new index alone."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from builders import spb_card, tatar_card
from coopwatch.settings import Settings
from coopwatch.store import read, repository
from coopwatch.store.db import Database, alembic_config, is_sqlite, make_engine, migrate

pytest_plugins = ["db_fixtures"]

NEW_INDEXES = {"fact_parties": "ix_fact_parties_entity_key_fact_id",
               "facts": "ix_facts_kind_date"}


def _indexes(url: str) -> dict[str, set[str]]:
    engine = make_engine(url)
    try:
        inspector = inspect(engine)
        return {table: {index["name"] for index in inspector.get_indexes(table)}
                for table in NEW_INDEXES}
    finally:
        engine.dispose()


def test_migration_0005_adds_the_read_indexes_and_goes_down_and_up(
    empty_database_url: str,
) -> None:
    settings = Settings(database_url=empty_database_url)
    migrate(settings, "0005")
    assert all(name in _indexes(empty_database_url)[table]
               for table, name in NEW_INDEXES.items())
    command.downgrade(alembic_config(empty_database_url), "0003")
    assert not any(name in _indexes(empty_database_url)[table]
                   for table, name in NEW_INDEXES.items())
    migrate(settings)
    assert all(name in _indexes(empty_database_url)[table]
               for table, name in NEW_INDEXES.items())


def test_a_profile_reads_the_parties_from_the_index(database_url: str) -> None:
    database = Database.connect(Settings(database_url=database_url))
    try:
        with database.sessions.begin() as session:
            for card in (spb_card(), tatar_card()):
                repository.save_document(session, doc=card)
        with database.sessions() as session:
            assert "BY" in {partner.key for partner in read.partners(session, key="RU-SPE")}
            if is_sqlite(database_url):
                plan = session.execute(text(
                    "EXPLAIN QUERY PLAN SELECT fact_id FROM fact_parties "
                    "WHERE entity_key = 'RU-SPE'")).all()
                assert "COVERING INDEX ix_fact_parties_entity_key_fact_id" in str(plan)
    finally:
        database.dispose()
