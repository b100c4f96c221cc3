"""The application factory: one database per app, routes that call the store's read."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from starlette.routing import Match

from coopwatch.api import docs
from coopwatch.api.cache import Answers, ReadCache
from coopwatch.api.openapi import openapi_with_cards
from coopwatch.api.routes import feeds, router, watching
from coopwatch.api.security import Guard, check_token
from coopwatch.parallel import PipelineFn
from coopwatch.service.jobs import JobQueue
from coopwatch.settings import Settings
from coopwatch.store.db import Database, migrate, refresh_statistics
from coopwatch.store.read import BadQuery
from coopwatch.web import pages, watch_page
from coopwatch.web.layout import STATIC_DIR

DESCRIPTION = (
    "Facts about economic cooperation between Russian regions and foreign partners, read "
    "from news: documents, entities, events, figures, the cooperation graph, search and "
    "exports. Lists are paged with `limit` (1..500) and `offset` and report `total`. "
    "Every GET is public; `POST /api/documents` needs `Authorization: Bearer <token>` and "
    "answers 202 with a job to follow at `/api/jobs/{id}`. Errors are JSON: "
    "`{\"detail\": [issues]}` for a 422, `{\"detail\": \"message\"}` otherwise."
)


def create_app(settings: Settings, pipeline: PipelineFn | None = None) -> FastAPI:
    """The app over the store at `settings.database_url` (migrated first).

    `pipeline` extracts the cards of POSTed documents; by default the full pipeline, in a
    child process started on the first POST. Raises `security.UnsafeToken` for the
    default or an empty token on an address beyond loopback.
    """
    check_token(settings)
    migrate(settings)
    database = Database.connect(settings)
    refresh_statistics(database)
    answers = Answers(settings.read_cache_seconds)
    jobs = JobQueue(settings=settings, database=database, pipeline=pipeline,
                    on_stored=answers.clear)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        jobs.close()
        database.dispose()

    app = FastAPI(title="coopwatch", version="0.1.0", description=DESCRIPTION,
                  lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.database = database
    app.state.settings = settings
    app.state.jobs = jobs
    app.state.answers = answers
    app.add_exception_handler(BadQuery, _bad_query)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(405, _not_allowed)
    app.include_router(router)
    app.include_router(feeds.router)
    app.include_router(watching.router)
    app.include_router(pages.router)
    app.include_router(watch_page.router)
    app.include_router(docs.router)
    app.mount(docs.ASSETS_PATH, StaticFiles(directory=docs.ASSETS_DIR), name="apidocs")
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.openapi = openapi_with_cards(app)  # type: ignore[method-assign]
    app.add_middleware(ReadCache, answers=answers)
    app.add_middleware(Guard, max_body_bytes=settings.max_request_bytes)  # the outermost
    return app


async def _invalid(_request: Request, error: Exception) -> Response:
    """FastAPI's 422, whose echoed input may hold lone surrogates that UTF-8 cannot carry:
    those go out as JSON escapes instead of failing as a 500."""
    assert isinstance(error, RequestValidationError)
    content = json.dumps({"detail": jsonable_encoder(error.errors())}, ensure_ascii=False)
    return Response(content.encode("utf-8", "backslashreplace"), status_code=422,
                    media_type="application/json")


async def _not_allowed(request: Request, _error: Exception) -> JSONResponse:
    """405 with `Allow` naming every method of the path, not only the first route's."""
    methods: set[str] = set()
    for route in request.app.routes:
        if isinstance(route, APIRoute) and route.matches(request.scope)[0] != Match.NONE:
            methods |= route.methods or set()
    return JSONResponse({"detail": "Method Not Allowed"}, status_code=405,
                        headers={"Allow": ", ".join(sorted(methods))})


async def _bad_query(_request: Request, error: Exception) -> JSONResponse:
    """A parameter the reads could not understand: 422 with what was expected, shaped
    as every other 422 (`schemas.Invalid`)."""
    issue = {"loc": ["query"], "msg": str(error), "type": "bad_query"}
    return JSONResponse({"detail": [issue]}, status_code=422)
