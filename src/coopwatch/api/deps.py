"""Typed dependencies of the routes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from coopwatch.store.db import Database


def get_session(request: Request) -> Iterator[Session]:
    """A session on the app's database for the length of one request."""
    database: Database = request.app.state.database
    with database.sessions() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
