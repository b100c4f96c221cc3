"""CLI command `serve`: the web pages and JSON API over the store."""

from __future__ import annotations

from typing import Annotated

import typer

from coopwatch.cli.app import app, console
from coopwatch.cli.ingest import DbOption
from coopwatch.settings import get_settings


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help=(
        "Interface to listen on. Beyond loopback (e.g. 0.0.0.0) a real COOPWATCH_API_TOKEN "
        "is required: the default or an empty one is refused."))] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
    db: DbOption = None,
) -> None:
    """Serve the documents and entities: HTML at / and JSON under /api.

    GETs are public; POST /api/documents needs `Authorization: Bearer <token>`, one of the
    comma-separated tokens of COOPWATCH_API_TOKEN (several allow rotation).
    """
    import uvicorn

    from coopwatch.api import create_app
    from coopwatch.api.security import UnsafeToken

    settings = get_settings().with_overrides(host=host, port=port, database_url=db)
    try:
        application = create_app(settings)
    except UnsafeToken as error:
        console.print(f"[red]{error}[/red]", highlight=False)
        raise typer.Exit(2) from None
    uvicorn.run(application, host=settings.host, port=settings.port)
