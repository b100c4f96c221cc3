"""Opening the store from a command: migrate it, or end with one clear line.

An unreachable database (a PostgreSQL server that is down, a SQLite file in a folder
that cannot be written) ends the command with one line naming the database and the
driver's reason, and exit code `STORE_UNAVAILABLE_EXIT`, instead of a traceback.
"""

from __future__ import annotations

import typer
from sqlalchemy import make_url
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from coopwatch.cli.app import console
from coopwatch.settings import Settings
from coopwatch.store.db import migrate

STORE_UNAVAILABLE_EXIT = 3


def shown_url(settings: Settings) -> str:
    """The database URL without its password."""
    return make_url(settings.database_url).render_as_string(hide_password=True)


def unavailable_line(settings: Settings, error: BaseException) -> str:
    """`database URL is unavailable: REASON`, the reason on one line."""
    reason = error.orig if isinstance(error, DBAPIError) and error.orig else error
    first = next((line.strip() for line in str(reason).splitlines() if line.strip()), "")
    return f"database {shown_url(settings)} is unavailable: {first or type(reason).__name__}"


def migrate_or_exit(settings: Settings) -> None:
    """Bring the store up to date; an unreachable database ends the command (exit 3)."""
    try:
        migrate(settings)
    except (OperationalError, InterfaceError) as error:
        console.print(unavailable_line(settings, error), highlight=False, soft_wrap=True,
                      markup=False)
        raise typer.Exit(STORE_UNAVAILABLE_EXIT) from None
