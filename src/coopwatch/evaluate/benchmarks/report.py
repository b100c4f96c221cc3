"""Presenting benchmark runs: rich tables per system and metric, or Markdown for bench/README."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table

from coopwatch.evaluate.benchmarks.runs import RunResult
from coopwatch.evaluate.benchmarks.tally import OVERALL, Scores

METRIC_TITLES = {
    "track1": "FactRuEval-2016 track 1 (per / org / loc / locorg), token overlap",
    "track1_locorg_as_loc": "FactRuEval-2016 track 1, locorg folded into loc",
    "token_io": "token-level IO F1 (as naeval), LocOrg as LOC",
    "exact_span": "NEREL exact-span F1 (overall over PER/ORG/GEO)",
    "facts": "FactRuEval-2016 track 3: Occupation and Meeting facts, argument overlap",
}


def _rows(scores: Scores) -> list[str]:
    return [*sorted(kind for kind in scores if kind != OVERALL), OVERALL]


def run_line(result: RunResult) -> str:
    return (f"{result.system} on {result.dataset}: {result.docs} docs, load "
            f"{result.load_s:.1f} s, {result.docs_per_s:.1f} docs/s, "
            f"{result.cpu_ms_per_doc:.0f} CPU ms/doc, peak RSS {result.peak_rss_mb:.0f} MB"
            + (" | stages ms/doc: " + ", ".join(f"{k} {v:.1f}" for k, v in result.stage_ms.items())
               if result.stage_ms else ""))


def metric_table(result: RunResult, metric: str,
                 published: dict[str, float] | None = None) -> Table:
    """One system's P/R/F1 per type for one metric (and a published F1 column if given)."""
    table = Table(title=f"{result.system}: {METRIC_TITLES.get(metric, metric)}",
                  title_justify="left")
    columns = ["type", "P", "R", "F1", "matched", "predicted", "gold"]
    if published:
        columns.append("best 2016 F1")
    for column in columns:
        table.add_column(column, justify="left" if column == "type" else "right")
    scores = result.metrics[metric]
    for kind in _rows(scores):
        tally = scores[kind]
        row = [kind, f"{tally.precision:.3f}", f"{tally.recall:.3f}", f"{tally.f1:.3f}",
               f"{tally.matched:.1f}", str(tally.predicted), str(tally.expected)]
        if published:
            row.append(f"{published[kind]:.3f}" if kind in published else "")
        table.add_row(*row)
    return table


def markdown(results: Sequence[RunResult], metric: str) -> str:
    """Systems side by side: P / R / F1 per type, then speed and memory."""
    header = ["type", *(f"{r.system} P / R / F1" for r in results)]
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    for kind in _rows(results[0].metrics[metric]):
        cells = [kind]
        for result in results:
            tally = result.metrics[metric].get(kind)
            cells.append(f"{tally.precision:.3f} / {tally.recall:.3f} / **{tally.f1:.3f}**"
                         if tally else "")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def speed_markdown(results: Sequence[RunResult]) -> str:
    lines = ["| system | docs | load s | run s | docs/s | CPU ms/doc | peak RSS MB | stages ms/doc |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    lines += [f"| {r.system} | {r.docs} | {r.load_s:.1f} | {r.run_s:.1f} | "
              f"{r.docs_per_s:.1f} | {r.cpu_ms_per_doc:.0f} | {r.peak_rss_mb:.0f} | "
              + ", ".join(f"{k} {v:.1f}" for k, v in r.stage_ms.items()) + " |"
              for r in results]
    return "\n".join(lines)
