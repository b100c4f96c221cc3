"""Database fixtures: the store's tests run on SQLite and on PostgreSQL alike.

`database_url` is a freshly migrated, empty database for each test, once per backend:
- sqlite: a copy of a SQLite file migrated once per session;
- postgresql: a new database made from a migrated template database, dropped after
  the test. The server is the one named by COOPWATCH_TEST_PG_URL (CI sets it from
  scripts/pg_test_server.sh); without it, that script starts a throwaway server for
  the session. Without Debian's PostgreSQL binaries the PostgreSQL tests fail under
  CI=true and are skipped elsewhere.

Use it from a test module with `pytest_plugins = ["db_fixtures"]`.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, make_url, text

from coopwatch.settings import Settings
from coopwatch.store.db import Database, migrate

ROOT = Path(__file__).resolve().parents[1]
PG_SCRIPT = ROOT / "scripts" / "pg_test_server.sh"
PG_URL_ENV = "COOPWATCH_TEST_PG_URL"
BACKENDS = ["sqlite", "postgresql"]


def _no_postgres(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of a PostgreSQL database on a test server (given, or started here)."""
    given = os.environ.get(PG_URL_ENV)
    if given:
        yield given
        return
    if not glob.glob("/usr/lib/postgresql/*/bin/initdb"):
        _no_postgres("no PostgreSQL under /usr/lib/postgresql (apt-get install postgresql)")
    folder = tempfile.mkdtemp(prefix="coopwatch-pg-")
    started = subprocess.run([str(PG_SCRIPT), "start", folder], capture_output=True, text=True)
    if started.returncode != 0:
        _no_postgres(f"pg_test_server.sh failed: {started.stderr.strip()}")
    try:
        yield started.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run([str(PG_SCRIPT), "stop", folder], capture_output=True)


def _server_admin(url: str) -> Engine:
    """An engine on the server's own database for CREATE and DROP DATABASE."""
    return create_engine(url, isolation_level="AUTOCOMMIT", pool_size=1)


@pytest.fixture(scope="session")
def postgres_template(postgres_server: str) -> Iterator[str]:
    """The name of a database migrated once, copied for each test."""
    name = f"coopwatch_template_{uuid.uuid4().hex[:12]}"
    admin = _server_admin(postgres_server)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    migrate(Settings(database_url=_with_database(postgres_server, name)))
    yield name
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _with_database(url: str, name: str) -> str:
    return make_url(url).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "coopwatch.sqlite3"
    migrate(Settings(database_url=f"sqlite:///{path}"))
    return path


def fresh_postgres_database(server_url: str, template: str = "template0") -> Iterator[str]:
    """A new database on the test server (a copy of `template`), dropped afterwards."""
    name = f"coopwatch_test_{uuid.uuid4().hex[:12]}"
    admin = _server_admin(server_url)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    try:
        yield _with_database(server_url, name)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database of each backend, fresh for the test."""
    if request.param == "sqlite":
        path = tmp_path / "coopwatch.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    server = request.getfixturevalue("postgres_server")
    yield from fresh_postgres_database(server, request.getfixturevalue("postgres_template"))


@pytest.fixture(params=BACKENDS)
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database of each backend, before any migration."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/empty.sqlite3"
        return
    yield from fresh_postgres_database(request.getfixturevalue("postgres_server"))


@pytest.fixture()
def database(database_url: str) -> Iterator[Database]:
    """A connected store on a fresh database of each backend."""
    database = Database.connect(Settings(database_url=database_url))
    yield database
    database.dispose()
