"""CLI command `show`: one stored card, as rich tables or as the raw card JSON."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Annotated

import typer
from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from coopwatch.cli.app import app, console
from coopwatch.cli.ingest import DbOption
from coopwatch.cli.store_access import migrate_or_exit
from coopwatch.cli.tables import table, topic
from coopwatch.records import Change, Document, Span
from coopwatch.settings import get_settings
from coopwatch.store import read
from coopwatch.store.db import Database


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="The card id (see `coopwatch ingest`).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the card JSON.")] = False,
    db: DbOption = None,
) -> None:
    """Show a stored document card: source, entities and facts with evidence."""
    settings = get_settings().with_overrides(database_url=db)
    migrate_or_exit(settings)
    database = Database.connect(settings)
    try:
        with database.sessions() as session:
            card = read.get_card(session, doc_id=doc_id)
    finally:
        database.dispose()
    if card is None:
        console.print(f"[red]no document with id {doc_id!r}[/red]")
        raise typer.Exit(code=1)
    if as_json:
        print(json.dumps(card.to_json(), ensure_ascii=False, indent=2))
    else:
        Console().print(render_card(card))


def render_card(card: Document) -> RenderableType:
    """The card as a panel of its source, then one table per non-empty section."""
    view = CardView(card)
    tables = (section(view) for section in SECTION_TABLES)
    return Group(_source_panel(card), *(shown for shown in tables if shown.row_count))


@dataclass(frozen=True)
class CardView:
    """A card with its entity keys shown as names and its evidence as text."""

    card: Document

    def name(self, key: str | None) -> str | None:
        entity = self.card.entity(key) if key else None
        return entity.name if entity else key

    def names(self, keys: Iterable[str]) -> list[str | None]:
        return [self.name(key) for key in keys]

    def evidence(self, spans: Iterable[Span]) -> str:
        return " … ".join(self.card.text[span.start:span.stop] for span in spans)


def _source_panel(card: Document) -> Panel:
    source = card.source
    lines = [
        f"[bold]{escape(source.title or '(untitled)')}[/bold]",
        f"id {card.id}   published {source.published or '?'}",
        escape(f"{source.path or ''} {source.url or ''}".strip()),
        f"sectors: {', '.join(card.sectors) or '-'}   {len(card.text)} characters   "
        f"relevance: {_relevance(card)}",
    ]
    return Panel("\n".join(lines), title="document", title_align="left")


def _relevance(card: Document) -> str:
    """The card's relevance: on / off topic with its score, or '-' (a version-1 card)."""
    if card.relevance is None:
        return "-"
    return f"{topic(card.relevance)} ({card.relevance.score:.2f})"


def _change(change: Change | None) -> str | None:
    if change is None:
        return None
    return f"{change.percent:+g}%" if change.percent is not None else f"×{change.factor:g}"


def _entities(view: CardView) -> Table:
    return table("entities", "key type name geo_kind within aliases mentions", (
        (e.key, e.type, e.name, e.geo_kind, view.name(e.within), e.aliases, len(e.mentions))
        for e in view.card.entities
    ))


def _positions(view: CardView) -> Table:
    return table("positions", "person title of confidence evidence", (
        (view.name(p.person), p.title, view.name(p.of), p.confidence, view.evidence(p.evidence))
        for p in view.card.positions
    ))


def _events(view: CardView) -> Table:
    return table("events", "type status date participants place confidence evidence", (
        (e.type, e.status, e.date, view.names(e.participants), view.name(e.place),
         e.confidence, view.evidence(e.evidence))
        for e in view.card.events
    ))


def _figures(view: CardView) -> Table:
    return table("figures", "metric value unit approx kind period change parties confidence "
                 "evidence", (
        (f.metric, f.value, f.unit, f.approx, f.kind, f.period,
         _change(f.change), view.names(f.parties), f.confidence,
         view.evidence(f.evidence))
        for f in view.card.figures
    ))


def _flows(view: CardView) -> Table:
    return table("flows", "from to goods status confidence evidence", (
        (view.name(f.source), view.name(f.target), f.goods, f.status, f.confidence,
         view.evidence(f.evidence))
        for f in view.card.flows
    ))


def _cooperation(view: CardView) -> Table:
    return table("cooperation", "parties sectors confidence evidence", (
        (view.names(c.parties), c.sectors, c.confidence, view.evidence(c.evidence))
        for c in view.card.cooperation
    ))


SECTION_TABLES: tuple[Callable[[CardView], Table], ...] = (
    _entities, _positions, _events, _figures, _flows, _cooperation,
)
