"""Precision, recall and F1 from a matched weight and the predicted and expected counts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

OVERALL = "overall"


@dataclass(frozen=True)
class Tally:
    """`matched` may be fractional (token-overlap scoring); counts are whole items."""

    matched: float = 0.0
    predicted: int = 0
    expected: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.matched + other.matched, self.predicted + other.predicted,
                     self.expected + other.expected)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def to_json(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "matched": round(self.matched, 3),
                "predicted": self.predicted, "expected": self.expected}


Scores = dict[str, Tally]


def add_scores(total: Scores, more: Scores) -> Scores:
    """Sum two score tables key by key."""
    return {key: total.get(key, Tally()) + more.get(key, Tally()) for key in {*total, *more}}


def with_overall(scores: Scores, types: Iterable[str]) -> Scores:
    """The table plus an `overall` row summed over `types`."""
    overall = sum((scores.get(kind, Tally()) for kind in types), Tally())
    return {**scores, OVERALL: overall}
