"""bench/realnews/train_org_filter.py: the same rows give the same model file; the floor
comes from out-of-fold estimates on the pipeline's ORGs and on them with the ORGs the
rules dropped, an ORG a fact needs always kept; rare lemmas get no feature."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from bench_scripts import load_script

TRAINER = Path(__file__).resolve().parents[2] / "bench" / "realnews" / "train_org_filter.py"


def _trainer():
    return load_script(TRAINER)


def _rows(trainer, documents: int) -> list:
    """In every document: two quoted right ORGs, a wrong one on a menu line, a wrong one
    that a fact needs, and a wrong one a rule dropped."""
    pattern = [({"quoted": 1.0, "lemma=ооо": 1.0}, True, False, False),
               ({"quoted": 1.0, "mentions": 0.5}, True, False, False),
               ({"short_line": 1.0}, False, False, False),
               ({"short_line": 1.0}, False, True, False),
               ({"short_line": 1.0, "lemma=совет": 1.0}, False, False, True)]
    return [trainer.Row(dict(values), right, number, needed, dropped)
            for number in range(documents) for values, right, needed, dropped in pattern]


def test_training_is_deterministic() -> None:
    trainer = _trainer()
    first, scores = trainer.train(_rows(trainer, 10), gold=20)
    again, scores_again = trainer.train(_rows(trainer, 10), gold=20)
    assert first == again and scores == scores_again
    assert first["weights"]["quoted"] > 0 > first["weights"]["short_line"]
    assert first["orgs"] == 50 and first["right"] == 20


def test_the_floor_drops_the_wrong_orgs_no_fact_needs() -> None:
    trainer = _trainer()
    rows = _rows(trainer, 10)
    estimates = [np.array([0.9, 0.9, 0.1, 0.1, 0.1] * 10)]
    value, scores = trainer.floor(rows, gold=20, estimates=estimates)
    assert value > 0.1
    # the needed wrong ORGs stay: 20 right, 10 wrong kept, with or without the dropped
    assert scores[value] == (round(2 * 20 / (2 * 20 + 10), 4),) * 2


def test_a_floor_that_keeps_the_dropped_junk_scores_lower_with_it() -> None:
    trainer = _trainer()
    rows = _rows(trainer, 10)
    estimates = [np.array([0.9, 0.9, 0.1, 0.1, 0.5] * 10)]
    _, scores = trainer.floor(rows, gold=20, estimates=estimates)
    pipeline, wider = scores[0.3]
    assert wider < pipeline  # the dropped junk kept at 0.3 counts as wrong


def test_lemmas_of_few_documents_are_left_out() -> None:
    trainer = _trainer()
    rows = _rows(trainer, 10)
    rows.append(trainer.Row({"quoted": 1.0, "lemma=липа": 1.0}, True, 3, False))
    kept = trainer.with_vocabulary(rows)
    names = {name for row in kept for name in row.values}
    assert {"lemma=ооо", "lemma=совет", "quoted"} <= names
    assert "lemma=липа" not in names


def test_held_out_records_are_n721_to_n940() -> None:
    trainer = _trainer()
    assert trainer.held_out("n721.txt") and trainer.held_out("n940.txt")
    assert not trainer.held_out("n720.txt") and not trainer.held_out("n1041.txt")
    assert not trainer.held_out("r05.txt")
