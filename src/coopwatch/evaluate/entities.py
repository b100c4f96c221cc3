"""Entity matching (rule 1): per type, by equal keys first, then by name or alias.

The matching also yields the key map (predicted key -> gold key) through which every
fact is compared; a predicted key that matched no gold entity maps to itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import overload

from coopwatch.evaluate.gold import Gold
from coopwatch.evaluate.matching import Matching, match_items
from coopwatch.evaluate.normalize import name_set
from coopwatch.records import ENTITY_TYPES, Entity


@dataclass(frozen=True)
class EntityMatch:
    by_type: dict[str, Matching[Entity, Entity]]
    key_map: dict[str, str]

    @overload
    def mapped(self, key: str) -> str: ...
    @overload
    def mapped(self, key: None) -> None: ...

    def mapped(self, key: str | None) -> str | None:
        """The gold key a predicted key stands for (itself when it matched nothing)."""
        return self.key_map.get(key, key) if key is not None else None


def same_key(gold: Entity, pred: Entity) -> bool:
    return gold.key == pred.key


def same_name(gold: Entity, pred: Entity) -> bool:
    """Pred name or any alias equals the gold name or any alias, after normalization."""
    return bool(name_set(gold.name, gold.aliases) & name_set(pred.name, pred.aliases))


def match_entities(gold: Sequence[Gold[Entity]], pred: Sequence[Entity]) -> EntityMatch:
    """Match entities type by type; exact keys are paired before names are tried."""
    by_type: dict[str, Matching[Entity, Entity]] = {
        kind: _match_type(gold, pred, kind) for kind in ENTITY_TYPES
    }
    key_map = {
        item.key: gold_item.item.key
        for matching in by_type.values()
        for gold_item, item in matching.pairs
    }
    return EntityMatch(by_type=by_type, key_map=key_map)


def _match_type(
    gold: Sequence[Gold[Entity]], pred: Sequence[Entity], kind: str
) -> Matching[Entity, Entity]:
    gold_of_type = [item for item in gold if item.item.type == kind]
    pred_of_type = [item for item in pred if item.type == kind]
    by_key = match_items(gold_of_type, pred_of_type, same_key)
    paired_gold = {id(item) for item, _ in by_key.pairs}
    paired_pred = {id(item) for _, item in by_key.pairs}
    rest_gold = [item for item in gold_of_type if id(item) not in paired_gold]
    rest_pred = [item for item in pred_of_type if id(item) not in paired_pred]
    return by_key + match_items(rest_gold, rest_pred, same_name)
