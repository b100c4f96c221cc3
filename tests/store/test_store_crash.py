"""Issue 13, drill finding 2: a kill -9 inside a migration must not break the store.

The migration runs in a child process that kills itself (SIGKILL, no clean-up of any
kind) when Alembic starts its Nth batch operation, i.e. in the middle of revision 0002.
Afterwards the database must be exactly as it was before `upgrade` began, and a new
`migrate` must bring it to the head.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from coopwatch.settings import Settings
from coopwatch.store.db import alembic_config, make_engine, migrate

pytest_plugins = ["db_fixtures"]

KILLED_MIGRATION = textwrap.dedent("""
    import os, signal, sys
    from alembic.operations import Operations
    from coopwatch.settings import Settings
    from coopwatch.store.db import migrate

    url, kill_at = sys.argv[1], int(sys.argv[2])
    original = Operations.batch_alter_table
    calls = []

    def dying(self, *args, **kwargs):
        calls.append(args)
        if len(calls) == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return original(self, *args, **kwargs)

    Operations.batch_alter_table = dying
    migrate(Settings(database_url=url))
""")


def _head(url: str) -> str | None:
    """The newest revision of the migrations."""
    return ScriptDirectory.from_config(alembic_config(url)).get_current_head()


def _state(url: str) -> tuple[str | None, set[str]]:
    engine = make_engine(url)
    try:
        tables = set(inspect(engine).get_table_names())
        version = None
        if "alembic_version" in tables:
            with engine.connect() as connection:
                version = connection.scalar(text("SELECT version_num FROM alembic_version"))
        return version, tables
    finally:
        engine.dispose()


@pytest.mark.parametrize("kill_at", [1, 2, 4])
@pytest.mark.parametrize("start", [None, "0001"])
def test_a_kill_during_migration_leaves_the_store_as_before(
    empty_database_url: str, start: str | None, kill_at: int
) -> None:
    settings = Settings(database_url=empty_database_url)
    if start:
        migrate(settings, start)
    before = _state(empty_database_url)
    child = subprocess.run([sys.executable, "-c", KILLED_MIGRATION, empty_database_url,
                            str(kill_at)], capture_output=True, text=True, timeout=120)
    assert child.returncode == -9, child.stderr
    assert _state(empty_database_url) == before
    migrate(settings)
    version, tables = _state(empty_database_url)
    assert version == _head(empty_database_url)
    assert "reprint_groups" in tables
    assert not any(name.startswith("_alembic_tmp") for name in tables)
