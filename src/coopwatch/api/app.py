"""The application factory: one database per app, routes that call the repository."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from coopwatch.api import routes
from coopwatch.settings import Settings
from coopwatch.store.db import Database, migrate
from coopwatch.web import pages
from coopwatch.web.layout import STATIC_DIR


def create_app(settings: Settings) -> FastAPI:
    """The app over the store at `settings.database_url` (migrated first)."""
    migrate(settings)
    database = Database.connect(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        database.dispose()

    app = FastAPI(title="coopwatch", version="0.1.0", lifespan=lifespan)
    app.state.database = database
    app.include_router(routes.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
