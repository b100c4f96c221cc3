"""The application factory: one database per app, routes that call the store's read."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from coopwatch.api.routes import feeds, router, watching
from coopwatch.parallel import PipelineFn
from coopwatch.settings import Settings
from coopwatch.store.db import Database, migrate
from coopwatch.store.read import BadQuery
from coopwatch.web import pages, watch_page
from coopwatch.web.layout import STATIC_DIR

DESCRIPTION = (
    "Facts about economic cooperation between Russian regions and foreign partners, read "
    "from news: documents, entities, events, figures, the cooperation graph, search and "
    "exports. Lists are paged with `limit` (1..500) and `offset` and report `total`."
)


def create_app(settings: Settings, pipeline: PipelineFn | None = None) -> FastAPI:
    """The app over the store at `settings.database_url` (migrated first).

    `pipeline` extracts the cards of POSTed documents; by default the full pipeline,
    loaded on the first POST.
    """
    migrate(settings)
    database = Database.connect(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        database.dispose()

    app = FastAPI(title="coopwatch", version="0.1.0", description=DESCRIPTION,
                  lifespan=lifespan)
    app.state.database = database
    app.state.settings = settings
    app.state.pipeline = pipeline
    app.state.pipeline_lock = threading.Lock()
    app.add_exception_handler(BadQuery, _bad_query)
    app.include_router(router)
    app.include_router(feeds.router)
    app.include_router(watching.router)
    app.include_router(pages.router)
    app.include_router(watch_page.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app


async def _bad_query(_request: Request, error: Exception) -> JSONResponse:
    """A parameter the reads could not understand: 422 with what was expected."""
    return JSONResponse({"detail": str(error)}, status_code=422)
