"""Alembic environment: runs the migrations against the URL the config carries.

A connection passed in `config.attributes["connection"]` is used as it is (tests,
callers that manage their own transaction); otherwise one is opened from the URL, and
on SQLite with foreign keys off: batch mode copies and drops tables, and a dropped
parent would otherwise cascade into its children.

All pending revisions run in one transaction, so a kill leaves the database as it was
before `upgrade` began. PostgreSQL has transactional DDL of its own; on SQLite the
Python driver would commit before each CREATE or ALTER, so its own transaction
handling is turned off and the migration's `BEGIN` is sent here (SQLite itself rolls
DDL back like any other write). The full-text tables are made by the
migrations for each dialect and are not in the models, so autogenerate skips them.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection, create_engine, event, pool

from coopwatch.store.models import Base
from coopwatch.store.search import autogenerate_includes

config = context.config
target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        transactional_ddl=True,
        transaction_per_migration=False,
        compare_type=True,
        include_name=autogenerate_includes,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_offline() -> None:
    url = config.get_main_option("sqlalchemy.url")
    context.configure(
        url=url, target_metadata=target_metadata, literal_binds=True, render_as_batch=True
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    given = config.attributes.get("connection")
    if given is not None:
        _configure(given)
        return
    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("the Alembic config names no sqlalchemy.url")
    engine = create_engine(url, poolclass=pool.NullPool)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_driver_without_transactions)
        event.listen(engine, "begin", _sqlite_begin)
    try:
        with engine.connect() as connection:
            _configure(connection)
    finally:
        engine.dispose()


def _sqlite_driver_without_transactions(dbapi_connection: Any, _record: Any) -> None:
    """Foreign keys off (outside any transaction, where the pragma works), and the
    driver's own BEGIN/COMMIT handling off, so that DDL stays in our transaction."""
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA foreign_keys=OFF")


def _sqlite_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


if context.is_offline_mode():
    run_offline()
else:
    run_online()
