"""Calibration of the facts' confidence: expected calibration error over equal-width bins.

A predicted fact counts as right when it matched a gold fact by the scoring rules
(shared/gold/README.md); facts matched only by optional gold count neither way. The
error is the mean, weighted by the number of facts in each of 10 bins of confidence,
of |share right − mean confidence|.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coopwatch.evaluate.scorer import Score

BINS = 10


@dataclass(frozen=True)
class Bin:
    """Facts whose confidence falls in [low, high)."""

    low: float
    high: float
    count: int
    confidence: float  # mean confidence
    accuracy: float  # share right


def confident_outcomes(score: Score) -> list[tuple[float, bool]]:
    """(confidence, right) of every predicted fact that carries a confidence."""
    return [(outcome.fact.confidence, outcome.right)
            for document in score.documents for outcome in document.outcomes
            if getattr(outcome.fact, "confidence", None) is not None]


def reliability(pairs: Sequence[tuple[float, bool]], bins: int = BINS) -> list[Bin]:
    """The non-empty bins of confidence, with their mean confidence and accuracy."""
    grouped: dict[int, list[tuple[float, bool]]] = {}
    for confidence, right in pairs:
        grouped.setdefault(min(int(confidence * bins), bins - 1), []).append((confidence, right))
    return [
        Bin(index / bins, (index + 1) / bins, len(items),
            sum(c for c, _ in items) / len(items), sum(r for _, r in items) / len(items))
        for index, items in sorted(grouped.items())
    ]


def expected_calibration_error(pairs: Sequence[tuple[float, bool]], bins: int = BINS) -> float:
    total = len(pairs)
    return sum(b.count / total * abs(b.accuracy - b.confidence)
               for b in reliability(pairs, bins)) if total else 0.0


def calibration_json(score: Score) -> dict[str, object] | None:
    """ECE and the bins, or None when no predicted fact carries a confidence."""
    pairs = confident_outcomes(score)
    if not pairs:
        return None
    return {"ece": expected_calibration_error(pairs), "facts": len(pairs),
            "bins": [vars(b) for b in reliability(pairs)]}
