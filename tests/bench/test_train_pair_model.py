"""bench/realnews/train_pair_model.py: the same rows give the same model file, the held-out
groups are the records no rule was read from, and F1 counts the gold pairs missed."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench_scripts import load_script

TRAINER = Path(__file__).resolve().parents[2] / "bench" / "realnews" / "train_pair_model.py"


def _trainer():
    return load_script(TRAINER)


def _rows(trainer, documents: int) -> list:
    """In every document: two right pairs told in one passage, three wrong ones apart."""
    pattern = [({"shared": 1.0, "rule": 1.0}, True, True),
               ({"shared": 1.0}, True, False),
               ({"apart": 1.0}, False, False),
               ({"apart": 1.0, "rule": 1.0}, False, True),
               ({"apart": 0.6}, False, False)]
    return [trainer.Row(dict(values), right, rule, number)
            for number in range(documents) for values, right, rule in pattern]


def test_training_is_deterministic() -> None:
    trainer = _trainer()
    first = trainer.train(_rows(trainer, 12), records=12)
    again = trainer.train(_rows(trainer, 12), records=12)
    assert first == again
    assert first["weights"]["shared"] > 0 > first["weights"]["apart"]
    assert first["pairs"] == 60 and first["right"] == 24 and first["floor"] == trainer.FLOOR


@pytest.mark.parametrize(("path", "group"), [
    ("w12.txt", "w…"), ("va03.txt", "v…"), ("n721.txt", "n721–n940"), ("n940.txt", "n721–n940"),
    ("n720.txt", None), ("n1040.txt", None), ("r05.txt", None), ("ua01.txt", None),
])
def test_held_out_groups(path: str, group: str | None) -> None:
    trainer = _trainer()
    found = [name for name, belongs in trainer.ROUNDS.items() if belongs(path)]
    assert found == ([group] if group else [])


def test_f1_counts_missed_gold_pairs() -> None:
    trainer = _trainer()
    rows = _rows(trainer, 1)
    # keep the two right pairs and one wrong one, out of three gold pairs
    assert trainer.f1([True, True, False, True, False], rows, gold=3) == pytest.approx(
        2 * 2 / (3 + 3))
    assert trainer.f1([False] * 5, rows, gold=0) == 1.0
