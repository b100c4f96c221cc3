"""CLI sub-app `bench`: public NER and fact benchmarks (FactRuEval-2016, NEREL).

    coopwatch bench ner --dataset factrueval-dev|nerel-dev [--systems coopwatch,natasha]
    coopwatch bench facts --dataset factrueval-dev

Each system runs in its own subprocess, so speed and peak memory are its own.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from coopwatch.cli.app import app, console
from coopwatch.evaluate.benchmarks import report
from coopwatch.evaluate.benchmarks.facts_metrics import PUBLISHED_F1
from coopwatch.evaluate.benchmarks.runs import (
    FACT_DATASETS,
    NER_DATASETS,
    SYSTEMS,
    RunResult,
    measure,
)
from coopwatch.settings import get_settings

bench_app = typer.Typer(help="Public benchmarks: FactRuEval-2016 and NEREL.",
                        no_args_is_help=True)
app.add_typer(bench_app, name="bench")

DataDirOption = Annotated[
    Path | None,
    typer.Option("--data-dir", help="Folder with factrueval2016/ and nerel/ "
                 "(default: <shared_dir>/data)."),
]
LimitOption = Annotated[int | None, typer.Option("--limit", help="Only the first N documents.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the results as JSON.")]
MarkdownOption = Annotated[
    bool, typer.Option("--markdown", help="Print Markdown tables (for bench/README.md)."),
]


def _data_dir(given: Path | None) -> Path:
    return given or Path(get_settings().shared_dir) / "data"


def _check(value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise typer.BadParameter(f"unknown {what} {value!r}; one of {', '.join(allowed)}")
    return value


@bench_app.command("ner")
def ner(
    dataset: Annotated[str, typer.Option("--dataset", help="factrueval-dev or nerel-dev.")],
    systems: Annotated[str, typer.Option("--systems", help="Comma-separated systems.")] = (
        "coopwatch,natasha"),
    limit: LimitOption = None,
    data_dir: DataDirOption = None,
    as_json: JsonOption = False,
    as_markdown: MarkdownOption = False,
) -> None:
    """Score named entities: track-1 and token IO F1 (FactRuEval), exact spans (NEREL)."""
    _check(dataset, NER_DATASETS, "dataset")
    names = [_check(name.strip(), SYSTEMS, "system") for name in systems.split(",") if name]
    results = []
    for name in names:
        with console.status(f"running {name} on {dataset}"):
            results.append(measure("ner", name, dataset, _data_dir(data_dir), limit))
    _print(results, as_json, as_markdown)


@bench_app.command("facts")
def facts(
    dataset: Annotated[str, typer.Option("--dataset", help="factrueval-dev.")] = "factrueval-dev",
    limit: LimitOption = None,
    data_dir: DataDirOption = None,
    as_json: JsonOption = False,
    as_markdown: MarkdownOption = False,
) -> None:
    """Score our positions and meetings as FactRuEval Occupation and Meeting facts."""
    _check(dataset, FACT_DATASETS, "dataset")
    with console.status(f"running coopwatch facts on {dataset}"):
        result = measure("facts", "coopwatch", dataset, _data_dir(data_dir), limit)
    _print([result], as_json, as_markdown, published=PUBLISHED_F1)


def _print(results: list[RunResult], as_json: bool, as_markdown: bool,
           published: dict[str, float] | None = None) -> None:
    if as_json:
        print(json.dumps([r.to_json() for r in results], ensure_ascii=False, indent=2))
        return
    if as_markdown:
        for metric in results[0].metrics:
            print(f"{report.METRIC_TITLES.get(metric, metric)}\n")
            print(report.markdown(results, metric) + "\n")
        print(report.speed_markdown(results))
        return
    out = Console()
    for result in results:
        for metric in result.metrics:
            out.print(report.metric_table(result, metric, published))
        out.print(report.run_line(result), highlight=False)
