"""One-to-one matching of gold items to predicted items (maximum bipartite matching).

Gold items that are not optional are matched first, so the number of true positives is
as large as it can be; optional gold items then absorb what predictions they can, so
the number of false positives is as small as it can be. Among the predictions a gold
item fits, those with the higher `rank` are tried first (better attributes, exact keys).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from coopwatch.evaluate.gold import Gold

G = TypeVar("G")
P = TypeVar("P")


@dataclass(frozen=True)
class Matching(Generic[G, P]):
    """Matched pairs, missed gold (false negatives) and spurious predictions."""

    pairs: tuple[tuple[Gold[G], P], ...] = ()
    missed: tuple[Gold[G], ...] = ()
    spurious: tuple[P, ...] = ()

    @property
    def true_pairs(self) -> tuple[tuple[G, P], ...]:
        """Pairs whose gold item is not optional: the true positives."""
        return tuple((gold.item, pred) for gold, pred in self.pairs if not gold.optional)

    @property
    def tp(self) -> int:
        return len(self.true_pairs)

    @property
    def fp(self) -> int:
        return len(self.spurious)

    @property
    def fn(self) -> int:
        return len(self.missed)

    def __add__(self, other: Matching[G, P]) -> Matching[G, P]:
        """Pairs of both; missed and spurious of `other` (the later, wider pass)."""
        return Matching(self.pairs + other.pairs, other.missed, other.spurious)


def match_items(
    gold: Sequence[Gold[G]],
    pred: Sequence[P],
    fits: Callable[[G, P], bool],
    rank: Callable[[G, P], float] | None = None,
) -> Matching[G, P]:
    """A maximum one-to-one matching of `gold` to `pred` over the pairs that `fits`."""
    options = [_options(item.item, pred, fits, rank) for item in gold]
    order = sorted(range(len(gold)), key=lambda index: gold[index].optional)
    owner: dict[int, int] = {}
    for index in order:
        _augment(index, options, owner, set())
    partner = {g: p for p, g in owner.items()}
    return Matching(
        pairs=tuple((gold[g], pred[partner[g]]) for g in sorted(partner)),
        missed=tuple(item for g, item in enumerate(gold) if g not in partner and not item.optional),
        spurious=tuple(item for p, item in enumerate(pred) if p not in owner),
    )


def _options(
    gold: G, pred: Sequence[P], fits: Callable[[G, P], bool],
    rank: Callable[[G, P], float] | None,
) -> list[int]:
    found = [index for index, item in enumerate(pred) if fits(gold, item)]
    if rank is not None:
        found.sort(key=lambda index: -rank(gold, pred[index]))
    return found


def _augment(g: int, options: list[list[int]], owner: dict[int, int], seen: set[int]) -> bool:
    """Kuhn's augmenting path from gold `g`; `owner` maps a prediction to its gold."""
    for p in options[g]:
        if p in seen:
            continue
        seen.add(p)
        if p not in owner or _augment(owner[p], options, owner, seen):
            owner[p] = g
            return True
    return False
