"""The attributes of a figure, each read off the `FigureClause` of its number.

Metric, exactness, kind, period and parties: the cues were found when the clause was
read (`clause.py`); these functions only choose among them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from coopwatch.extract.figures.clause import Cue, FigureClause
from coopwatch.extract.figures.parties import Sides, figure_parties
from coopwatch.records.values import FIGURE_METRICS, FigureApprox, FigureKind, FigureMetric, one_of


def metric_at(metrics: Sequence[Cue], at: int, fallback: str) -> str:
    """The nearest metric word before the offset `at`, else the first after it, else
    `fallback`."""
    before = [cue for cue in metrics if cue.start < at]
    if before:
        return before[-1].label
    return metrics[0].label if metrics else fallback


def metric(clause: FigureClause) -> FigureMetric:
    """The metric the words of the sentence give the number, else the one carried over."""
    found = metric_at(clause.sentence.metrics, clause.at, clause.sentence.carried.metric)
    return one_of(found, FIGURE_METRICS)


def approx(clause: FigureClause) -> FigureApprox:
    """How exact the number is, from the qualifier before it; "до" after a verb of
    reaching ("довести товарооборот до 150 млн") states the value itself."""
    qualifier = clause.qualifier
    if qualifier is None:
        return "exact"
    if qualifier.approx == "less_than" and qualifier.bare_to and clause.reaching:
        return "exact"
    return qualifier.approx


def kind(clause: FigureClause) -> FigureKind:
    """The kind the clause states, else the one the sentence states, else a result."""
    return clause.kind or clause.sentence.kind or "actual"


def period(clause: FigureClause) -> str | None:
    """The period named in the clause of the number, else the nearest one before it in
    the sentence ("По итогам 2024 года, товарооборот ..."); a period in a later clause
    belongs to what that clause says, except a deadline ("преодолеем эту планку до конца
    года")."""
    periods, tokens, at = clause.sentence.periods, clause.tokens, clause.at
    inside = [t for t in periods if tokens and tokens[0].start <= t.start < tokens[-1].stop]
    candidates = inside or [t for t in periods if t.start < at or t.kind == "deadline"]
    if not candidates:
        return None
    return min(candidates, key=lambda t: abs(t.start - at)).period


def parties(clause: FigureClause, metric: str, sides: Sides,
            parents: Callable[[str], list[str]]) -> tuple[str, ...]:
    """The parties of a figure of `metric`: from the keys of its clauses, else the keys
    of the sentence, else those of the sentences before it."""
    sentence = clause.sentence
    keys = list(clause.keys) or sentence.keys or list(sentence.carried.keys)
    return figure_parties(keys, metric, sides, clause.clues, parents)
