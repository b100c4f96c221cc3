"""CLI commands `eval` (score cards against a gold file) and `validate` (check cards)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from coopwatch.cli.app import app, console
from coopwatch.evaluate.cards import Cards, cards_from_file, cards_from_pipeline
from coopwatch.evaluate.gold import GoldDocument, read_gold
from coopwatch.evaluate.report import details, details_json, score_json, score_table
from coopwatch.evaluate.scorer import score
from coopwatch.evaluate.validate import check_lines
from coopwatch.settings import get_settings


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Option("--gold", help="Gold file (JSON list of documents).")],
    cards: Annotated[
        Path | None,
        typer.Option("--cards", help="Cards (JSON lines) to score; default: run the pipeline."),
    ] = None,
    texts: Annotated[
        Path | None,
        typer.Option("--texts", help="Folder of the gold texts (default: beside the gold "
                     "folder), e.g. corpus/realnews for ../shared/gold/realnews_dev.json."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the results as JSON.")] = False,
    show_details: Annotated[
        bool, typer.Option("--details", help="List missed and extra items per document."),
    ] = False,
) -> None:
    """Score cards against a gold file: P/R/F1 per category, accuracies, fact F1.

    Without --cards, each gold document's text (its `path`, relative to the gold
    file's grandparent, or under --texts) is ingested and run through the pipeline.
    With --cards, cards are paired with gold documents by the end of `source.path`.
    """
    golds = read_gold(gold)
    found = cards_from_file(cards, golds) if cards else _run_pipeline(gold, golds, texts)
    for problem in found.problems:
        console.print(f"[yellow]warning[/yellow] {problem}", highlight=False)
    result = score(golds, found.cards)
    if as_json:
        data = score_json(result)
        if show_details:
            data["details"] = details_json(result)
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    out = Console()
    if show_details:
        out.print(details(result))
    out.print(score_table(result))


def _run_pipeline(gold_file: Path, golds: list[GoldDocument], texts: Path | None) -> Cards:
    from coopwatch.pipeline import Pipeline

    with console.status("running the pipeline on the gold texts"):
        return cards_from_pipeline(gold_file, golds, Pipeline(), get_settings(), texts)


@app.command()
def validate(
    cards: Annotated[Path, typer.Argument(help="Cards file (JSON lines), e.g. from `extract`.")],
    strict: Annotated[
        bool, typer.Option("--strict", help="Count warnings (dangling fact keys; in a "
                           "version-2 card, no relevance or a fact without confidence) "
                           "as errors."),
    ] = False,
) -> None:
    """Check every card against the card JSON Schema, offsets and keys.

    Cards of schema version 1 and 2 are accepted; a version-2 card without relevance,
    or with a fact without confidence, gets a warning. Prints each problem with its line number; exits with code 1 when any card is
    invalid (with --strict, also when any card has a warning).
    """
    out = Console(highlight=False)
    with open(cards, encoding="utf-8") as handle:
        reports = list(check_lines(handle))
    for report in reports:
        for problem in report.problems:
            color = "red" if problem.severity == "error" else "yellow"
            out.print(f"line {report.line} ({escape(str(report.card_id))}) "
                      f"[{color}]{problem.severity}[/{color}] {escape(problem.where)}: "
                      f"{escape(problem.message)}", soft_wrap=True)
    invalid = sum(not report.valid for report in reports)
    warned = sum(any(p.severity == "warning" for p in report.problems) for report in reports)
    out.print(f"{len(reports)} cards: {len(reports) - invalid} valid, {invalid} invalid, "
              f"{warned} with warnings")
    if invalid or (strict and warned):
        raise typer.Exit(code=1)
