"""CLI group `query`: the API's questions from the terminal, as rich tables or --json.

    coopwatch query events --party RU-TA --party CN --since 2023
    coopwatch query events --min-confidence 0.8 --on-topic
    coopwatch query figures --metric trade_turnover --pair RU-BRY,BY
    coopwatch query documents --off-topic
    coopwatch query entity RU-TA
    coopwatch query entities Татарстан
    coopwatch query graph --sector automotive
    coopwatch query search "поставки тракторов"
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer
from rich.console import Console, Group
from rich.markup import escape
from rich.table import Table
from sqlalchemy.orm import Session

from coopwatch.cli.app import app, console
from coopwatch.cli.ingest import DbOption
from coopwatch.cli.store_access import migrate_or_exit
from coopwatch.cli.tables import table, topic
from coopwatch.settings import get_settings
from coopwatch.store import read
from coopwatch.store.db import Database

query_app = typer.Typer(help="Ask the knowledge base: events, figures, entities, graph, search, "
                        "documents.", no_args_is_help=True)
app.add_typer(query_app, name="query")

JsonOption = Annotated[bool, typer.Option("--json", help="Print the answer as JSON.")]
LimitOption = Annotated[int, typer.Option(min=1, max=read.MAX_LIMIT, help="Page size.")]
OffsetOption = Annotated[int, typer.Option(min=0, help="Items to skip.")]
PartyOption = Annotated[list[str] | None, typer.Option(
    "--party", help="An entity among the parties, by key or name in any case form (RU-TA, "
                    "Татарстана); repeat for several (all must be).")]
PairOption = Annotated[str | None, typer.Option(
    help="Two keys or names: RU-BRY,BY or Брянщина,Белоруссия.")]
SinceOption = Annotated[str | None, typer.Option(help="From: 2023, 2023-05, 2023-05-17.")]
UntilOption = Annotated[str | None, typer.Option(help="Up to the end of: 2024, 2024-09.")]
PeriodOption = Annotated[str | None, typer.Option(help="2024, 2024-05 or 2024-01/2024-09.")]
SubregionsOption = Annotated[bool, typer.Option(
    "--subregions", help="A country key also matches its regions (CN matches CN-ZJ).")]
MinConfidenceOption = Annotated[float | None, typer.Option(
    min=0.0, max=1.0, help="Only facts of at least this confidence, 0-1 (facts without one, "
    "from version-1 cards, are left out).")]
FactTopicOption = Annotated[bool | None, typer.Option(
    "--on-topic/--off-topic", show_default=False,
    help="Only facts reported by an on-topic document / only by off-topic ones.")]


@contextmanager
def open_session(db: str | None) -> Iterator[Session]:
    """A session on the store given by --db or the settings (migrated first)."""
    settings = get_settings().with_overrides(database_url=db)
    migrate_or_exit(settings)
    database = Database.connect(settings)
    try:
        with database.sessions() as session:
            yield session
    finally:
        database.dispose()


def answer(db: str | None, ask: Callable[[Session], Any]) -> Any:
    """`ask(session)`; a BadQuery ends the command with its message and exit code 2."""
    try:
        with open_session(db) as session:
            return ask(session)
    except read.BadQuery as error:
        console.print(f"[red]{escape(str(error))}[/red]")
        raise typer.Exit(code=2) from error


def emit(result: Any, as_json: bool, render: Callable[[Any], Any]) -> None:
    if as_json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        Console().print(render(result))


def _paged(page: read.Page[Any], title: str) -> str:
    shown = f"{page.offset + 1}–{page.offset + len(page.items)}" if page.items else "none"
    return f"{title}: {shown} of {page.total}"


def _evidence(items: tuple[read.Evidence, ...]) -> str:
    return " … ".join(item.text for item in items)


def events_table(page: read.Page[read.EventItem], title: str = "events") -> Table:
    return table(_paged(page, title), "date type status participants place title reports "
                 "confidence document evidence", (
        (e.date, e.type, e.status, e.participants, e.place, e.title, e.source.reports,
         e.confidence, e.source.document_id, _evidence(e.evidence)) for e in page.items))


def figures_table(page: read.Page[read.FigureItem], title: str = "figures") -> Table:
    return table(_paged(page, title), "period metric value unit approx kind change parties "
                 "reports confidence document evidence", (
        (f.period, f.metric, f.value, f.unit, f.approx, f.kind, _change(f.change), f.parties,
         f.source.reports, f.confidence, f.source.document_id, _evidence(f.evidence))
        for f in page.items))


def _change(change: dict[str, float] | None) -> str | None:
    if not change:
        return None
    return f"{change['percent']:+g}%" if "percent" in change else f"×{change['factor']:g}"


@query_app.command()
def events(
    type: Annotated[str | None, typer.Option(help="meeting, visit, agreement, …")] = None,
    status: Annotated[str | None, typer.Option(help="proposed, planned, ongoing, done")] = None,
    party: PartyOption = None, pair: PairOption = None,
    sector: Annotated[str | None, typer.Option(
        help="automotive, machinery, … or in Russian: автомобили, …")] = None,
    since: SinceOption = None, until: UntilOption = None, period: PeriodOption = None,
    subregions: SubregionsOption = False, min_confidence: MinConfidenceOption = None,
    on_topic: FactTopicOption = None, limit: LimitOption = 50, offset: OffsetOption = 0,
    as_json: JsonOption = False, db: DbOption = None,
) -> None:
    """Events across documents, newest first (e.g. --party RU-TA --party CN --since 2023)."""
    filters = read.EventFilters(type=type, status=status, party=party or [], pair=pair,
                                sector=sector, since=since, until=until, period=period,
                                subregions=subregions, min_confidence=min_confidence,
                                on_topic=on_topic)
    page = answer(db, lambda session: read.list_events(
        session, filters=filters, limit=limit, offset=offset))
    emit(page, as_json, events_table)


@query_app.command()
def figures(
    metric: Annotated[str | None, typer.Option(help="trade_turnover, export, …")] = None,
    kind: Annotated[str | None, typer.Option(help="actual, target, forecast")] = None,
    party: PartyOption = None, pair: PairOption = None, since: SinceOption = None,
    until: UntilOption = None, period: PeriodOption = None,
    subregions: SubregionsOption = False, min_confidence: MinConfidenceOption = None,
    on_topic: FactTopicOption = None, limit: LimitOption = 50, offset: OffsetOption = 0,
    as_json: JsonOption = False, db: DbOption = None,
) -> None:
    """Figures across documents, latest period first (e.g. --metric trade_turnover --pair RU-BRY,BY)."""
    filters = read.FigureFilters(metric=metric, kind=kind, party=party or [], pair=pair,
                                 since=since, until=until, period=period,
                                 subregions=subregions, min_confidence=min_confidence,
                                 on_topic=on_topic)
    page = answer(db, lambda session: read.list_figures(
        session, filters=filters, limit=limit, offset=offset))
    emit(page, as_json, figures_table)


@query_app.command()
def entities(
    q: Annotated[str, typer.Argument(help="Part of a name, an alias or a key.")],
    type: Annotated[str | None, typer.Option(help="GEO, ORG or PER.")] = None,
    limit: LimitOption = 50, offset: OffsetOption = 0, as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Entities whose name, alias or key contains Q (case and ё/е folded)."""
    page = answer(db, lambda session: read.find_entities(
        session, q=q, type=type, limit=limit, offset=offset))
    emit(page, as_json, lambda found: table(
        _paged(found, "entities"), "key type name aliases documents",
        ((e.key, e.type, e.name, e.aliases, e.document_count) for e in found.items)))


@query_app.command()
def entity(
    key: Annotated[str, typer.Argument(help="The entity key: RU-TA, CN, org:КАМАЗ, …")],
    limit: Annotated[int, typer.Option(min=1, max=read.MAX_LIMIT,
                                       help="Partners, events, figures shown.")] = 20,
    as_json: JsonOption = False, db: DbOption = None,
) -> None:
    """One entity's profile: partners with counts, sectors, events, figures, positions."""
    profile = answer(db, lambda session: read.entity_profile(session, key=key, limit=limit))
    if profile is None:
        console.print(f"[red]no entity with key {escape(repr(key))}[/red] "
                      "(find keys with `coopwatch query entities NAME`)")
        raise typer.Exit(code=1)
    emit(profile, as_json, render_profile)


def render_profile(profile: read.EntityProfile) -> Group:
    found = profile.entity
    head = (f"[bold]{escape(found.name)}[/bold] {escape(found.key)} {found.type} "
            f"{escape(found.geo_kind or '')} in {found.document_count} documents; "
            f"also: {escape(', '.join(found.aliases) or '-')}")
    return Group(
        head,
        table("partners", "key name type facts documents",
              ((p.key, p.name, p.type, p.facts, p.documents) for p in profile.partners)),
        table("sectors", "sector facts", profile.sectors.items()),
        events_table(profile.events), figures_table(profile.figures),
        table(_paged(profile.positions, "positions"), "person title of document",
              ((p.person, p.title, p.of, p.source.document_id)
               for p in profile.positions.items)),
    )


@query_app.command()
def graph(
    sector: Annotated[str | None, typer.Option(
        help="automotive, machinery, … or in Russian: автомобили, …")] = None,
    since: SinceOption = None, until: UntilOption = None, period: PeriodOption = None,
    type: Annotated[str | None, typer.Option(help="Only entities of this type: GEO, ORG, PER.")
                    ] = None,
    kind: Annotated[list[str] | None, typer.Option(
        help="Fact kinds that make edges (repeatable): cooperation, flow, event, figure.")
    ] = None,
    min_weight: Annotated[int, typer.Option(min=1)] = 1,
    min_confidence: MinConfidenceOption = None, on_topic: FactTopicOption = None,
    limit: LimitOption = 50, offset: OffsetOption = 0, as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """The cooperation graph's edges, heaviest first (weight = documents reporting them)."""
    filters = read.GraphFilters(sector=sector, since=since, until=until, period=period,
                                type=type, kinds=kind or ["cooperation"],
                                min_weight=min_weight, min_confidence=min_confidence,
                                on_topic=on_topic)
    found = answer(db, lambda session: read.cooperation_graph(
        session, filters=filters, limit=limit, offset=offset))
    emit(found, as_json, graph_table)


def graph_table(found: read.Graph) -> Table:
    names = {node.key: f"{node.name or node.key} ({node.key})" for node in found.nodes}
    return table(f"edges: {len(found.edges)} of {found.total_edges}",
                 "source target documents facts confidence",
                 ((names[e.source], names[e.target], e.weight, e.facts, e.confidence)
                  for e in found.edges))


@query_app.command()
def documents(
    on_topic: Annotated[bool | None, typer.Option(
        "--on-topic/--off-topic", show_default=False,
        help="Only documents on topic / off topic (version-1 cards are neither).")] = None,
    limit: LimitOption = 50, offset: OffsetOption = 0, as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Stored documents, newest first, with their relevance and counts (e.g. --off-topic)."""
    def ask(session: Session) -> read.Page[read.DocumentSummary]:
        read.check_page(limit, offset)
        items = read.list_documents(session, limit=limit, offset=offset, on_topic=on_topic)
        total = read.count_documents(session, on_topic=on_topic)
        return read.Page(total, limit, offset, tuple(items))

    emit(answer(db, ask), as_json, lambda found: table(
        _paged(found, "documents"), "document published title topic score entities facts",
        ((d.id, d.published, d.title, topic(d.relevance), d.relevance and d.relevance.score,
          d.entity_count, d.fact_count) for d in found.items)))


@query_app.command()
def search(
    words: Annotated[str, typer.Argument(help="Words in any form: 'поставки тракторов'.")],
    limit: LimitOption = 20, offset: OffsetOption = 0, as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Full-text search: documents with every word, best first, with a snippet (among
    the 1,000 matching documents indexed last)."""
    page = answer(db, lambda session: read.search_documents(
        session, query=words, limit=limit, offset=offset))
    more = " (more match: the ones indexed last are ranked)" if page.more else ""
    emit(page, as_json, lambda found: table(
        _paged(found, "documents") + more, "document title score snippet",
        ((h.doc_id, h.title, round(h.score, 3), h.snippet) for h in found.items)))
