"""bench/realnews/train_confidence.py: each category's floor comes from out-of-fold
estimates, the best one, ties going to the middle."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

TRAINER = Path(__file__).resolve().parents[2] / "bench" / "realnews" / "train_confidence.py"


def _trainer():
    sys.path.insert(0, str(TRAINER.parent))
    spec = importlib.util.spec_from_file_location("train_confidence", TRAINER)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _rows(pattern: list[tuple[float, bool]], documents: int) -> list:
    """The same facts in every document: (feature value, right)."""
    return [({"signal": value}, right, number)
            for number in range(documents) for value, right in pattern]


def test_a_telling_feature_raises_the_floor_to_drop_the_wrong_facts() -> None:
    trainer = _trainer()
    rows = _rows([(1.0, True), (1.0, True), (0.0, False)], documents=10)
    value, scores = trainer.floor(rows, gold=20)
    assert value > 0.0
    assert scores[value] == 1.0  # every wrong fact left out, every right one kept


def test_a_feature_that_tells_nothing_keeps_every_fact() -> None:
    trainer = _trainer()
    rows = _rows([(1.0, True), (1.0, False), (0.0, True), (0.0, False)], documents=10)
    value, scores = trainer.floor(rows, gold=20)
    assert value <= 0.5
    assert scores[value] == scores[0.0] > 0.0  # nothing left out
    tied = [key for key, f1 in scores.items() if round(f1, 4) == round(scores[0.0], 4)]
    assert value == tied[len(tied) // 2]  # the middle of the tie
