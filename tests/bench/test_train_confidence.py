"""bench/realnews/train_confidence.py: each category's floor comes from out-of-fold
estimates: the lowest floor whose F1 is within one fact of the best."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bench_scripts import load_script

TRAINER = Path(__file__).resolve().parents[2] / "bench" / "realnews" / "train_confidence.py"


def _trainer():
    return load_script(TRAINER)


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
    assert value == 0.0  # nothing left out: no floor does better than keeping all
    assert scores[value] > 0.0


@pytest.mark.parametrize(("slack", "expected"), [
    (0.0015, 0.2),   # 0.4 beats 0.2 by 0.0011, less than one fact: the lower floor
    (0.0005, 0.4),   # a gain larger than the slack raises the floor
    (0.0, 0.4),
])
def test_a_gain_under_one_fact_does_not_raise_the_floor(slack: float, expected: float) -> None:
    scores = {0.0: 0.7549, 0.2: 0.7567, 0.3: 0.7540, 0.4: 0.7578, 0.5: 0.7577}
    assert _trainer().lowest_near_best(scores, slack) == expected


def test_the_held_out_shift_lowers_estimates_that_promise_too_much() -> None:
    trainer = _trainer()
    # estimates of 0.8 for facts right half the time: log-odds 1.386 down to 0
    shift = trainer.held_out_shift([0.8] * 40, [True, False] * 20)
    assert shift == pytest.approx(-1.39, abs=0.01)
    assert float(trainer.shifted(np.array([0.8]), shift)[0]) == pytest.approx(0.5, abs=0.01)


def test_calibrated_estimates_keep_their_log_odds() -> None:
    trainer = _trainer()
    shift = trainer.held_out_shift([0.75] * 40, [True, True, True, False] * 10)
    assert shift == pytest.approx(0.0, abs=0.01)
    assert trainer.held_out_shift([], []) == 0.0


def test_held_out_documents_are_the_records_n721_to_n940_and_from_n1198() -> None:
    trainer = _trainer()
    records = [{"path": "n720.txt"}, {"path": "n721.txt"}, {"path": "r05.txt"},
               {"path": "n940.txt"}, {"path": "n941.txt"}, {"path": "n1197.txt"},
               {"path": "n1198.txt"}, {"path": "n1230.txt"}]
    assert trainer.held_out_documents(records) == {1, 3, 6, 7}


def test_crowding_is_kept_where_it_tells_right_from_wrong() -> None:
    trainer = _trainer()
    crowded = [({"evidence": 1.0, "kind_in_sentence": value}, right, number)
               for number in range(10) for value, right in [(0.2, True), (0.2, True), (1.0, False)]]
    rows, estimates, kept = trainer.choose_features(crowded)
    assert kept and rows == crowded and len(estimates) == len(rows)


def test_crowding_that_tells_nothing_is_left_out() -> None:
    trainer = _trainer()
    # right twice in three with evidence, once in three without, however crowded
    pattern = [(evidence, crowd, right) for evidence, outcomes in ((1.0, (True, True, False)),
                                                                   (0.0, (True, False, False)))
               for crowd in (0.2, 1.0) for right in outcomes]
    noise = [({"evidence": evidence, "kind_in_sentence": crowd}, right, number)
             for number in range(10) for evidence, crowd, right in pattern]
    rows, _, kept = trainer.choose_features(noise)
    assert not kept
    assert all("kind_in_sentence" not in values for values, _, _ in rows)


@pytest.mark.parametrize("name", ["train_confidence.py", "train_org_filter.py"])
def test_a_trainer_without_the_dev_texts_says_how_to_rebuild_them(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    module = load_script(TRAINER.parent / name)
    monkeypatch.setattr("sys.argv", [name, "--texts", str(tmp_path)])
    assert module.main() == 2
    assert "pages" in capsys.readouterr().err
