"""bench/realnews/train_org_filter.py: the same rows give the same model file, and the
floor comes from out-of-fold estimates, an ORG a fact needs always kept."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from bench_scripts import load_script

TRAINER = Path(__file__).resolve().parents[2] / "bench" / "realnews" / "train_org_filter.py"


def _trainer():
    return load_script(TRAINER)


def _rows(documents: int) -> list:
    """In every document: two quoted right ORGs, a wrong one on a menu line, and a wrong
    one that a fact needs."""
    pattern = [({"quoted": 1.0}, True, False), ({"quoted": 1.0, "mentions": 0.5}, True, False),
               ({"short_line": 1.0}, False, False), ({"short_line": 1.0}, False, True)]
    return [(values, right, number, needed)
            for number in range(documents) for values, right, needed in pattern]


def test_training_is_deterministic() -> None:
    trainer = _trainer()
    first, scores = trainer.train(_rows(10), gold=20)
    again, scores_again = trainer.train(_rows(10), gold=20)
    assert first == again and scores == scores_again
    assert first["weights"]["quoted"] > 0 > first["weights"]["short_line"]


def test_the_floor_drops_the_wrong_orgs_no_fact_needs() -> None:
    trainer = _trainer()
    rows = _rows(10)
    estimates = np.array([0.9, 0.9, 0.1, 0.1] * 10)
    value, scores = trainer.floor(rows, gold=20, estimates=estimates)
    assert value > 0.1
    # the needed wrong ORGs stay: 20 right, 10 wrong kept
    assert scores[value] == 2 * 20 / (2 * 20 + 10)
