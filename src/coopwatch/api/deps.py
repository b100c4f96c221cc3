"""Typed dependencies of the routes: a session per request, the settings, the token check."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from coopwatch.api.security import token_matches
from coopwatch.settings import Settings
from coopwatch.store.db import Database

_bearer = HTTPBearer(auto_error=False, description="settings.api_token")


def get_session(request: Request) -> Iterator[Session]:
    """A session on the app's database for the length of one request."""
    database: Database = request.app.state.database
    with database.sessions() as session:
        yield session


def get_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    settings: Settings = request.app.state.settings
    return settings


SessionDep = Annotated[Session, Depends(get_session)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def require_token(
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """401 unless the request carries `Authorization: Bearer <token>`, the token one of
    `settings.api_tokens` (compared in constant time)."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise HTTPException(401, "this route needs the header 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})
    if not token_matches(credentials.credentials, settings.api_tokens):
        raise HTTPException(401, "the API token is wrong", headers={"WWW-Authenticate": "Bearer"})
