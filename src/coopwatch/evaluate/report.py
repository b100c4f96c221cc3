"""Presenting a Score: a rich table, a JSON dict, and per-document misses and extras."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rich.console import Group, RenderableType
from rich.markup import escape
from rich.table import Table

from coopwatch.evaluate.calibration import calibration_json
from coopwatch.evaluate.gold import Gold
from coopwatch.evaluate.scorer import ATTRIBUTES, CATEGORIES, DocumentScore, Score
from coopwatch.records import Cooperation, Entity, Event, Figure, Flow, Position

QUOTE_CHARS = 140


def score_json(score: Score) -> dict[str, Any]:
    """Machine-readable results: counts and P/R/F1 per category, accuracies, fact F1."""
    return {
        "documents": len(score.documents),
        "categories": {
            name: {
                "tp": counts.tp, "fp": counts.fp, "fn": counts.fn,
                "precision": counts.precision, "recall": counts.recall, "f1": counts.f1,
            }
            for name, counts in score.counts.items()
        },
        "attributes": {
            name: {"accuracy": mean.value, "pairs": mean.count}
            for name, mean in score.attributes.items()
        },
        "fact_f1": score.fact_f1,
        **({"calibration": calibration} if (calibration := calibration_json(score)) else {}),
    }


def details_json(score: Score) -> list[dict[str, Any]]:
    """Per document and category: missed gold items, spurious predictions, attribute
    differences of matched pairs (as the one-line descriptions of `details`)."""
    found = []
    for document in score.documents:
        rows: dict[str, dict[str, list[str]]] = {}
        for category, mark, text in _detail_rows(document):
            kind = {"FN": "missed", "FP": "spurious"}.get(mark, "differs")
            rows.setdefault(category, {}).setdefault(kind, []).append(text)
        found.append({"path": document.path, "categories": rows})
    return found


def score_table(score: Score) -> RenderableType:
    """Counts and P/R/F1 per category, then attribute accuracies, then the fact F1."""
    table = Table(title=f"gold scores over {len(score.documents)} documents", title_justify="left")
    for column in ("", "tp", "fp", "fn", "P", "R", "F1"):
        table.add_column(column, justify="left" if not column else "right")
    for name in CATEGORIES:
        counts = score.counts[name]
        table.add_row(name, str(counts.tp), str(counts.fp), str(counts.fn),
                      _number(counts.precision), _number(counts.recall), _number(counts.f1))
    table.add_section()
    for name in ATTRIBUTES:
        mean = score.attributes[name]
        table.add_row(name, "", "", "", "", f"n={mean.count}", _number(mean.value))
    table.add_section()
    table.add_row("[bold]fact F1[/bold]", "", "", "", "", "", f"[bold]{score.fact_f1:.3f}[/bold]")
    calibration = calibration_json(score)
    if calibration is not None:
        table.add_row("confidence ECE (10 bins)", "", "", "", "", f"n={calibration['facts']}",
                      f"{calibration['ece']:.3f}")
    return table


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def details(score: Score) -> RenderableType:
    """Per document: the gold items missed (FN), the predictions unmatched (FP), and
    matched facts whose attributes differ."""
    return Group(*(document_details(document) for document in score.documents))


def document_details(document: DocumentScore) -> RenderableType:
    table = Table(title=escape(document.path), title_justify="left", show_header=True)
    table.add_column("category")
    table.add_column("", justify="center")
    table.add_column("item", overflow="fold")
    for category, mark, text in _detail_rows(document):
        table.add_row(category, mark, escape(text))
    if not table.row_count:
        table.add_row("", "", "all found, nothing extra")
    return table


def _detail_rows(document: DocumentScore) -> Iterator[tuple[str, str, str]]:
    for category, matching in document.matchings.items():
        for gold in matching.missed:
            yield category, "FN", describe(gold.item)
        for pred in matching.spurious:
            yield category, "FP", describe(pred) + quote_evidence(pred, document.text)
        for gold, pred in matching.pairs:
            differences = attribute_differences(gold, pred)
            if differences:
                yield category, "≈", f"{describe(gold.item)}  [{differences}]"


def attribute_differences(gold: Gold[Any], pred: Any) -> str:
    """`field: gold → predicted` for the attributes of a matched pair that differ."""
    if gold.optional:
        return ""
    names = {Event: ("status", "date", "place"), Figure: ("approx", "kind", "period", "parties"),
             Cooperation: ("sectors",)}.get(type(pred), ())
    changed = []
    for name in names:
        gold_value, pred_value = getattr(gold.item, name), getattr(pred, name)
        if name == "place" and gold_value is None:
            continue  # scored only where the gold names a place
        if _differ(gold_value, pred_value):
            changed.append(f"{name}: {_plain(gold_value)} → {_plain(pred_value)}")
    return "; ".join(changed)


def _differ(gold: Any, pred: Any) -> bool:
    if isinstance(gold, tuple):
        return set(gold) != set(pred)
    return bool(gold != pred)


def _plain(value: Any) -> str:
    if isinstance(value, tuple):
        return "{" + ", ".join(map(str, value)) + "}"
    return str(value)


def quote_evidence(item: Any, text: str, limit: int = QUOTE_CHARS) -> str:
    """`  ← «first evidence span»` (shortened), or nothing without evidence or text."""
    spans = getattr(item, "evidence", ()) or getattr(item, "mentions", ())
    if not spans or not text:
        return ""
    quoted = " ".join(text[spans[0].start:spans[0].stop].split())
    if len(quoted) > limit:
        quoted = quoted[: limit - 1] + "…"
    return f"  ← «{quoted}»"


def describe(item: Any) -> str:
    """A one-line description of an entity or a fact."""
    if isinstance(item, Entity):
        aliases = f" ({', '.join(item.aliases)})" if item.aliases else ""
        return f"{item.key} «{item.name}»{aliases}"
    if isinstance(item, Position):
        return f"{item.person} — {item.title} — {item.of}"
    if isinstance(item, Event):
        return f"{item.type} {item.status} {item.date} {_plain(item.participants)}"
    if isinstance(item, Figure):
        change = item.change.to_json() if item.change else None
        return (f"{item.metric} {item.value} {item.unit} {item.approx} {item.kind} "
                f"{item.period} change={change} {_plain(item.parties)}")
    if isinstance(item, Flow):
        return f"{item.source} → {item.target} {_plain(item.goods)}"
    if isinstance(item, Cooperation):
        return f"{item.parties[0]} + {item.parties[1]} {_plain(item.sectors)}"
    return repr(item)
