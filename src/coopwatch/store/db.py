"""Connecting to the store and migrating it; the URL comes from the settings.

Two backends, one code path: SQLite by default, PostgreSQL (psycopg 3) when the URL
names one (`postgresql+psycopg://user@host:5432/db`, e.g. in COOPWATCH_DATABASE_URL).
SQLite files get their parent folder created, and every SQLite connection turns on
foreign keys and the WAL journal. A PostgreSQL engine keeps a small pool whose
connections are checked before use. Migrations run from the installed package: the
Alembic configuration is built here in code, no alembic.ini is needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker

from coopwatch.settings import Settings

if TYPE_CHECKING:  # Alembic is imported when a migration runs, not with the store
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SERVER_POOL = {"pool_size": 5, "max_overflow": 10, "pool_pre_ping": True, "pool_recycle": 1800}


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def ensure_sqlite_folder(url: str) -> None:
    """Create the folder of a SQLite database file (nothing for memory or servers)."""
    database = make_url(url).database
    if is_sqlite(url) and database and database != ":memory:":
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite connections get foreign keys and WAL."""
    ensure_sqlite_folder(url)
    if not is_sqlite(url):
        return create_engine(url, **SERVER_POOL)
    engine = create_engine(url)
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config(url: str) -> Config:
    """The Alembic configuration for `url`, pointing at the package's migrations."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # configparser interpolation: a literal % (URL-encoded passwords) must be doubled
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def migrate(settings: Settings, revision: str = "head") -> None:
    """Bring the database at `settings.database_url` up to `revision` (creating it)."""
    from alembic import command

    ensure_sqlite_folder(settings.database_url)
    command.upgrade(alembic_config(settings.database_url), revision)


@dataclass(frozen=True)
class Database:
    """An engine and its session factory; one per process."""

    engine: Engine
    sessions: sessionmaker[Session]

    @classmethod
    def connect(cls, settings: Settings) -> Database:
        engine = make_engine(settings.database_url)
        return cls(engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))

    def dispose(self) -> None:
        self.engine.dispose()


def refresh_statistics(database: Database) -> None:
    """Let SQLite's planner refresh the statistics that have drifted (`PRAGMA optimize`,
    bounded by `analysis_limit`, so it is quick); PostgreSQL's autovacuum does it there.
    The server calls it at start: the plans of the profile and graph reads depend on it.
    """
    if database.engine.dialect.name != "sqlite":
        return
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA analysis_limit=1000")
        connection.exec_driver_sql("PRAGMA optimize")
