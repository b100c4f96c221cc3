"""CLI command `export`: cards as JSON lines, events or figures as CSV, the graph as GraphML.

    coopwatch export cards -o cards.jsonl
    coopwatch export events --party RU-TA -o events.csv
    coopwatch export figures --min-confidence 0.8 --on-topic -o figures.csv
    coopwatch export graph --sector automotive -o graph.graphml
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from sqlalchemy.orm import Session

from coopwatch.cli.app import app, console
from coopwatch.cli.ingest import DbOption
from coopwatch.cli.query import (
    FactTopicOption,
    MinConfidenceOption,
    PairOption,
    PartyOption,
    PeriodOption,
    SinceOption,
    UntilOption,
    answer,
)
from coopwatch.service import exports
from coopwatch.store import read


class Export(StrEnum):
    cards = "cards"
    events = "events"
    figures = "figures"
    graph = "graph"


Filters = read.EventFilters | read.FigureFilters | read.GraphFilters

FILTERS: dict[Export, type[Filters] | None] = {
    Export.cards: None,
    Export.events: read.EventFilters,
    Export.figures: read.FigureFilters,
    Export.graph: read.GraphFilters,
}
QUALITY = {"min_confidence", "on_topic"}
ALLOWED: dict[Export, set[str]] = {
    Export.cards: set(),
    Export.events: {"party", "pair", "since", "until", "period", "sector", *QUALITY},
    Export.figures: {"party", "pair", "since", "until", "period", *QUALITY},
    Export.graph: {"since", "until", "period", "sector", *QUALITY},
}


def _lines(what: Export, filters: Any, style: exports.CsvStyle = exports.DEFAULT_STYLE
           ) -> Callable[[Session], Iterable[str]]:
    """What to write for `what`, given its filters (None for cards)."""
    writers: dict[Export, Callable[[Session], Iterable[str]]] = {
        Export.cards: lambda s: exports.cards_jsonl(read.iter_cards(s)),
        Export.events: lambda s: exports.events_csv(
            read.iter_events(s, filters=filters), names=read.all_entity_names(s), style=style),
        Export.figures: lambda s: exports.figures_csv(
            read.iter_figures(s, filters=filters), names=read.all_entity_names(s), style=style),
        Export.graph: lambda s: [exports.graph_graphml(
            read.full_graph(s, filters=filters), read.edge_details(s, filters=filters))],
    }
    return writers[what]


def _filters(what: Export, **given: Any) -> Filters | None:
    """The checked filters of `what`; a filter it does not take is an error, not ignored."""
    if given.get("pair"):
        read.parse_pair(given["pair"])  # a bad pair is reported before a misplaced option
    extra = sorted(name for name, value in given.items()
                   if value not in (None, [], ()) and name not in ALLOWED[what])
    if extra:
        options = ", --".join(name.replace("_", "-") for name in extra)
        raise read.BadQuery(f"`export {what.value}` takes no --{options}")
    model = FILTERS[what]
    if model is None:
        return None
    filters = model(**{name: value for name, value in given.items()
                       if name in ALLOWED[what] and value is not None})
    filters.selection()  # bad values stop before the file is opened
    return filters


@app.command("export")
def export(
    what: Annotated[Export, typer.Argument(help="cards (JSON lines), events / figures (CSV), "
                                                 "graph (GraphML).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="The file to write.")],
    party: PartyOption = None, pair: PairOption = None, since: SinceOption = None,
    until: UntilOption = None, period: PeriodOption = None,
    sector: Annotated[str | None, typer.Option(help="automotive, machinery, …")] = None,
    min_confidence: MinConfidenceOption = None, on_topic: FactTopicOption = None,
    delimiter: Annotated[str, typer.Option(
        help="CSV delimiter: ',' or ';' (what a Russian Excel expects).")] = ",",
    bom: Annotated[bool, typer.Option(
        help="Start a CSV with a UTF-8 BOM, so that Excel reads it as UTF-8.")] = True,
    db: DbOption = None,
) -> None:
    """Write everything matching the filters (not a page) to OUTPUT; parties by key or
    name (Татарстан, Китай)."""
    if delimiter not in exports.DELIMITERS:
        raise typer.BadParameter("expected ',' or ';'", param_hint="--delimiter")
    def write(session: Session) -> int:
        filters = _filters(what, party=party, pair=pair, since=since, until=until,
                           period=period, sector=sector, min_confidence=min_confidence,
                           on_topic=on_topic)
        count = 0
        with open(output, "w", encoding="utf-8", newline="") as handle:
            style = exports.CsvStyle(delimiter=delimiter, bom=bom)
            for line in _lines(what, filters, style)(session):
                handle.write(line)
                count += 1
        return count

    count = answer(db, write)
    console.print(f"wrote {output} ({count} {'lines' if what != Export.graph else 'document'})")
