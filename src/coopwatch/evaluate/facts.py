"""Fact matching rules (shared/gold/README.md, rules 2-6) and the attributes scored apart.

Each category has: `fits` (may this prediction stand for this gold fact), `rank` (which
of several fitting predictions to prefer), `attributes` (accuracies over matched pairs,
None where an attribute does not apply) and `remap` (a prediction with its entity keys
replaced through the entity key map). Predictions are remapped before they are compared.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from coopwatch.evaluate.entities import EntityMatch
from coopwatch.evaluate.normalize import normalize_name
from coopwatch.records import Change, Cooperation, Event, Figure, Flow, Position

VALUE_TOLERANCE = 0.01


def titles_fit(gold: str, pred: str) -> bool:
    """Titles equal, or one contains the other, after normalization."""
    gold, pred = normalize_name(gold), normalize_name(pred)
    return bool(gold and pred) and (gold in pred or pred in gold)


def dates_compatible(gold: str | None, pred: str | None) -> bool:
    """One date is a prefix of the other; `--MM-DD` / `--MM` match any year.

    Both missing counts as compatible, one missing as incompatible. With a yearless
    date on either side the month-day parts are compared, so a bare year ("2025") is
    compatible with any yearless date, as it is with any date of that year.
    """
    if gold is None or pred is None:
        return gold is None and pred is None
    if gold.startswith("--") or pred.startswith("--"):
        gold, pred = _month_day(gold), _month_day(pred)
    return gold.startswith(pred) or pred.startswith(gold)


def _month_day(date: str) -> str:
    return date[2:] if date.startswith("--") else date[5:]


def values_close(gold: float, pred: float) -> bool:
    """Within 1% of the gold value (a hair of slack for floating point)."""
    return abs(pred - gold) <= abs(gold) * VALUE_TOLERANCE * (1 + 1e-9)


def changes_same(gold: Change | None, pred: Change | None) -> bool:
    """The same growth: both absent, or the same percent or the same factor (within 1%)."""
    if gold is None or pred is None:
        return gold is None and pred is None
    return _same_number(gold.percent, pred.percent) and _same_number(gold.factor, pred.factor)


def _same_number(gold: float | None, pred: float | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    return values_close(gold, pred)


def jaccard(gold: set[str] | frozenset[str], pred: set[str] | frozenset[str]) -> float:
    """|A ∩ B| / |A ∪ B|; two empty sets agree fully."""
    union = set(gold) | set(pred)
    return len(set(gold) & set(pred)) / len(union) if union else 1.0


# --- positions (rule 2)

def position_fits(gold: Position, pred: Position) -> bool:
    return (
        gold.person == pred.person
        and titles_fit(gold.title, pred.title)
        and (gold.of is None or gold.of == pred.of)
    )


def position_rank(gold: Position, pred: Position) -> float:
    return (gold.of == pred.of) + (normalize_name(gold.title) == normalize_name(pred.title))


def position_remap(pred: Position, entities: EntityMatch) -> Position:
    return replace(pred, person=entities.mapped(pred.person), of=entities.mapped(pred.of))


# --- events (rule 3)

def participants_needed(gold: Event) -> int:
    """At least half of the gold participants, rounded up."""
    return math.ceil(len(set(gold.participants)) / 2)


def event_fits(gold: Event, pred: Event) -> bool:
    shared = set(gold.participants) & set(pred.participants)
    return gold.type == pred.type and len(shared) >= participants_needed(gold)


def event_attributes(gold: Event, pred: Event) -> dict[str, float | None]:
    return {
        "event status": float(gold.status == pred.status),
        "event date": float(dates_compatible(gold.date, pred.date)),
        # where the gold names a place: the same place
        "event place": None if gold.place is None else float(gold.place == pred.place),
        # reported only: a match needs half the gold participants, so extra ones and the
        # sectors show here and nowhere else
        "event participants": float(set(gold.participants) == set(pred.participants)),
        "event sectors": (None if not gold.sectors
                          else jaccard(set(gold.sectors), set(pred.sectors))),
    }


def event_rank(gold: Event, pred: Event) -> float:
    """Prefer the prediction with the right status, date and place, then the closest
    participants (the reported-only attributes do not steer the matching)."""
    attributes = event_attributes(gold, pred)
    ranked = sum(attributes[name] or 0.0 for name in ("event status", "event date", "event place"))
    return ranked + jaccard(set(gold.participants), set(pred.participants))


def event_remap(pred: Event, entities: EntityMatch) -> Event:
    return replace(
        pred, participants=tuple(entities.mapped(key) for key in pred.participants),
        place=entities.mapped(pred.place),
    )


# --- figures (rule 4)

def figure_fits(gold: Figure, pred: Figure) -> bool:
    """Same metric and unit; values within 1%, or both values missing and the same change."""
    if gold.metric != pred.metric or normalize_name(gold.unit) != normalize_name(pred.unit):
        return False
    if gold.value is None or pred.value is None:
        return gold.value is None and pred.value is None and changes_same(gold.change, pred.change)
    return values_close(gold.value, pred.value)


def figure_attributes(gold: Figure, pred: Figure) -> dict[str, float | None]:
    return {
        "figure approx": float(gold.approx == pred.approx),
        "figure kind": float(gold.kind == pred.kind),
        "figure period": float(gold.period == pred.period),
        "figure parties": float(set(gold.parties) == set(pred.parties)),
    }


def figure_rank(gold: Figure, pred: Figure) -> float:
    return sum(value or 0.0 for value in figure_attributes(gold, pred).values())


def figure_remap(pred: Figure, entities: EntityMatch) -> Figure:
    return replace(pred, parties=tuple(entities.mapped(key) for key in pred.parties))


# --- flows (rule 5)

def flow_fits(gold: Flow, pred: Flow) -> bool:
    return gold.source == pred.source and gold.target == pred.target


def flow_remap(pred: Flow, entities: EntityMatch) -> Flow:
    return replace(pred, source=entities.mapped(pred.source), target=entities.mapped(pred.target))


# --- cooperation (rule 6)

def cooperation_fits(gold: Cooperation, pred: Cooperation) -> bool:
    return frozenset(gold.parties) == frozenset(pred.parties)


def cooperation_attributes(gold: Cooperation, pred: Cooperation) -> dict[str, float | None]:
    if not gold.sectors:
        return {"cooperation sectors": None}
    return {"cooperation sectors": jaccard(set(gold.sectors), set(pred.sectors))}


def cooperation_rank(gold: Cooperation, pred: Cooperation) -> float:
    return jaccard(set(gold.sectors), set(pred.sectors))


def cooperation_remap(pred: Cooperation, entities: EntityMatch) -> Cooperation:
    first, second = (entities.mapped(key) for key in pred.parties)
    return replace(pred, parties=(first, second))


def _no_attributes(gold: Any, pred: Any) -> dict[str, float | None]:
    return {}


@dataclass(frozen=True)
class FactRule:
    """How one fact category (a card field) is matched and scored."""

    category: str
    fits: Callable[[Any, Any], bool]
    remap: Callable[[Any, EntityMatch], Any]
    attributes: Callable[[Any, Any], dict[str, float | None]] = _no_attributes
    rank: Callable[[Any, Any], float] | None = None


FACT_RULES: tuple[FactRule, ...] = (
    FactRule("positions", position_fits, position_remap, rank=position_rank),
    FactRule("events", event_fits, event_remap, event_attributes, event_rank),
    FactRule("figures", figure_fits, figure_remap, figure_attributes, figure_rank),
    FactRule("flows", flow_fits, flow_remap),
    FactRule("cooperation", cooperation_fits, cooperation_remap, cooperation_attributes,
             cooperation_rank),
)
FACT_CATEGORIES = tuple(rule.category for rule in FACT_RULES)
