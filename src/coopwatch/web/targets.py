"""Targets against results: each stated target of a pair beside the actuals reported
later for the same metric, pair and unit, and whether it was met, missed or is open.

A target's year is the start of its period («$3 bn by 2025» -> 2025). It is met when
an actual of that year or later reaches it; missed when its year has passed and the
actual of that year falls short; open otherwise (its year has not come, or no actual
of that year has been reported).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from coopwatch.store.read import FigureItem

VERDICTS = {"met": "выполнена", "missed": "не выполнена", "open": "открыта"}


@dataclass(frozen=True)
class TargetCheck:
    target: FigureItem
    actuals: tuple[FigureItem, ...]
    verdict: str  # a key of VERDICTS


def _year(figure: FigureItem) -> int | None:
    period = figure.period or ""
    return int(period[:4]) if period[:4].isdigit() else None


def _same(target: FigureItem, actual: FigureItem) -> bool:
    return (actual.metric == target.metric and actual.unit == target.unit
            and set(actual.parties) == set(target.parties))


def check_targets(figures: Iterable[FigureItem], this_year: int) -> list[TargetCheck]:
    """Every target among the figures, with the actuals of its metric, pair and unit."""
    figures = list(figures)
    checks = []
    for target in (f for f in figures if f.kind == "target" and f.value is not None):
        year = _year(target)
        actuals = tuple(sorted(
            (f for f in figures if f.kind == "actual" and f.value is not None
             and _same(target, f) and year is not None and (_year(f) or 0) >= year),
            key=lambda f: f.period or ""))
        checks.append(TargetCheck(target, actuals, _verdict(target, actuals, year, this_year)))
    return checks


def _verdict(target: FigureItem, actuals: tuple[FigureItem, ...], year: int | None,
             this_year: int) -> str:
    wanted = target.value or 0
    if any((actual.value or 0) >= wanted for actual in actuals):
        return "met"
    of_year = [actual for actual in actuals if _year(actual) == year]
    if year is not None and year < this_year and of_year:
        return "missed"
    return "open"
