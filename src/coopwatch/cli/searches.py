"""CLI group `searches`: save, list and delete the saved searches served as Atom feeds.

    coopwatch searches save tatarstan-china --party RU-TA --party CN --type agreement
    coopwatch searches list
    coopwatch searches delete tatarstan-china
"""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from coopwatch.cli.app import app, console
from coopwatch.cli.ingest import DbOption
from coopwatch.cli.query import MinConfidenceOption, PairOption, PartyOption, SubregionsOption
from coopwatch.settings import get_settings
from coopwatch.store import read
from coopwatch.store import searches as saved
from coopwatch.store.db import Database, migrate

searches_app = typer.Typer(help="Saved searches: new matching facts as an Atom feed at "
                           "/api/feeds/NAME.", no_args_is_help=True)
app.add_typer(searches_app, name="searches")

NameArgument = Annotated[str, typer.Argument(
    help="The search's name, as in /api/feeds/NAME: letters, digits, '_' and '-'.")]


def _database(db: str | None) -> Database:
    settings = get_settings().with_overrides(database_url=db)
    migrate(settings)
    return Database.connect(settings)


@searches_app.command("save")
def save(
    name: NameArgument,
    kind: Annotated[str, typer.Option(help="What it lists: events or figures.")] = "events",
    party: PartyOption = None,
    pair: PairOption = None,
    type_: Annotated[str | None, typer.Option(
        "--type", help="Event type: meeting, visit, agreement, ... (events).")] = None,
    sector: Annotated[str | None, typer.Option(help="A sector: automotive, ... (events).")] = None,
    metric: Annotated[str | None, typer.Option(
        help="Figure metric: trade_turnover, export, ... (figures).")] = None,
    min_confidence: MinConfidenceOption = None,
    subregions: SubregionsOption = False,
    db: DbOption = None,
) -> None:
    """Save a search (or replace the one of that name): its new facts become the Atom
    feed /api/feeds/NAME of `coopwatch serve`, for any feed reader."""
    values = {"party": party or [], "pair": pair, "min_confidence": min_confidence,
              "subregions": subregions}
    values |= ({"type": type_, "sector": sector} if kind == "events" else {"metric": metric})
    database = _database(db)
    try:
        with database.sessions.begin() as session:
            filters = saved.filters_of(kind, {k: v for k, v in values.items()
                                                 if v is not None})
            stored = saved.save_search(session, name=name, kind=kind, filters=filters)
    except read.BadQuery as error:
        console.print(f"[red]{escape(str(error))}[/red]")
        raise typer.Exit(code=2) from error
    finally:
        database.dispose()
    Console().print(f"saved {stored.name}: /api/feeds/{stored.name} "
                    f"{json.dumps(stored.to_json()['filters'], ensure_ascii=False)}",
                    highlight=False, soft_wrap=True)


@searches_app.command("list")
def list_(db: DbOption = None) -> None:
    """The saved searches with their filters and feed addresses."""
    database = _database(db)
    try:
        with database.sessions() as session:
            found = saved.list_searches(session)
    finally:
        database.dispose()
    table = Table()
    for column in ("name", "kind", "filters", "feed"):
        table.add_column(column, overflow="fold")
    for search in found:
        filters = json.dumps(search.to_json()["filters"], ensure_ascii=False)
        table.add_row(search.name, search.kind, filters, f"/api/feeds/{search.name}")
    Console().print(table)


@searches_app.command("delete")
def delete(name: NameArgument, db: DbOption = None) -> None:
    """Delete a saved search (exit code 1 when there is none of that name)."""
    database = _database(db)
    try:
        with database.sessions.begin() as session:
            deleted = saved.delete_search(session, name=name)
    finally:
        database.dispose()
    if not deleted:
        console.print(f"no saved search {escape(name)!r}")
        raise typer.Exit(code=1)
    Console().print(f"deleted {name}")
