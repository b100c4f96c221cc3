"""CLI command `serve`: the web pages and JSON API over the store."""

from __future__ import annotations

from typing import Annotated

import typer

from coopwatch.cli.app import app
from coopwatch.cli.ingest import DbOption
from coopwatch.settings import get_settings


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Interface to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
    db: DbOption = None,
) -> None:
    """Serve the documents and entities: HTML at / and JSON under /api."""
    import uvicorn

    from coopwatch.api import create_app

    settings = get_settings().with_overrides(host=host, port=port, database_url=db)
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port)
