"""CLI commands `watch` and `fetch`: news sources and single articles by address."""

from __future__ import annotations

import signal
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from coopwatch.cli.app import app, console
from coopwatch.cli.ingest import DbOption
from coopwatch.settings import Settings, get_settings, load_settings
from coopwatch.store.db import Database, migrate
from coopwatch.watch import ArticleOutcome, ArticleReader, Fetcher, Listed, Watcher
from coopwatch.watch.logs import json_logger

ConfigOption = Annotated[Path | None, typer.Option(
    "--config", exists=True, dir_okay=False,
    help="Settings TOML with the [\\[coopwatch.sources]] tables (default: COOPWATCH_CONFIG).")]


def _settings(config: Path | None, db: str | None) -> Settings:
    base = load_settings(path=str(config)) if config is not None else get_settings()
    return base.with_overrides(database_url=db)


@contextmanager
def _stopped_by_signals() -> Iterator[threading.Event]:
    """An event set by SIGTERM or SIGINT while the block runs (the handlers restored after)."""
    stop = threading.Event()

    def handle(signum: int, _frame: FrameType | None) -> None:
        console.print(f"{signal.Signals(signum).name}: finishing the article in hand")
        stop.set()

    previous = {sig: signal.signal(sig, handle) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield stop
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@app.command()
def watch(
    once: Annotated[bool, typer.Option(
        "--once", help="One pass over every source, then exit (for cron).")] = False,
    config: ConfigOption = None,
    db: DbOption = None,
) -> None:
    """Follow the news sources of the settings: RSS/Atom feeds and (news) sitemaps.

    Sources are [\\[coopwatch.sources]] tables of the settings TOML, each with
    name, url, kind ("feed" or "sitemap"), interval (seconds) and optional
    include / exclude regular expressions on article URLs. Each source is
    fetched conditionally (ETag, If-Modified-Since); each new article is
    fetched politely (robots.txt, a pause per host, timeouts, retries, a
    size cap), read like an HTML file of `ingest` and stored. An article
    already stored is not fetched again unless its source lists it with
    a new date; a changed text becomes a new version. Without --once the
    command runs until SIGTERM or SIGINT, then finishes the article in
    hand and exits. Logs are JSON lines on stderr; the state is in the
    database (GET /api/watch/sources, the /watch page).
    """
    settings = _settings(config, db)
    if not settings.sources:
        console.print("no sources: add [[coopwatch.sources]] tables to the settings TOML "
                      "(COOPWATCH_CONFIG or --config)", markup=False)
        raise typer.Exit(code=2)
    migrate(settings)
    database = Database.connect(settings)
    fetcher = Fetcher(settings)
    from coopwatch.pipeline import Pipeline

    try:
        with _stopped_by_signals() as stop:
            watcher = Watcher(settings=settings, database=database, pipeline=Pipeline(),
                              fetcher=fetcher, stop=stop, log=json_logger())
            if once:
                watcher.run_once()
            else:
                watcher.run_forever()
    finally:
        fetcher.close()
        database.dispose()


@app.command()
def fetch(
    urls: Annotated[list[str], typer.Argument(help="Addresses of article pages.")],
    config: ConfigOption = None,
    db: DbOption = None,
) -> None:
    """Fetch news articles by address, extract their cards and store them.

    Each page is fetched as `watch` fetches articles (robots.txt, timeouts,
    retries, size cap; conditionally when the address is known) and read
    like an HTML file of `ingest`. Each address ends as stored, new_version
    (its text changed since it was stored), unchanged, duplicate (the text
    is stored under another address), rejected with a reason, or failed
    (robots_disallowed, timeout, http_error, too_large, redirect_loop, ...).
    The exit code is 0 whenever the batch ran.
    """
    settings = _settings(config, db)
    migrate(settings)
    database = Database.connect(settings)
    fetcher = Fetcher(settings)
    from coopwatch.pipeline import Pipeline

    try:
        reader = ArticleReader(settings, database, fetcher, Pipeline())
        outcomes = [reader.read(Listed(url), force=True) for url in urls]
    finally:
        fetcher.close()
        database.dispose()
    _print_outcomes(outcomes, Console())


def _print_outcomes(outcomes: list[ArticleOutcome], out: Console) -> None:
    tally = Counter(outcome.status for outcome in outcomes)
    out.print(", ".join(f"{status} {count}" for status, count in tally.items()))
    table = Table()
    for column in ("url", "outcome", "document", "reason"):
        table.add_column(column, overflow="fold")
    for outcome in outcomes:
        reason = f"{outcome.reason} {outcome.detail}".strip()
        table.add_row(outcome.url, outcome.status, outcome.doc_id or "", reason)
    out.print(table)
