"""Expected calibration error over 10 equal-width bins."""

from __future__ import annotations

import pytest

from coopwatch.evaluate.calibration import expected_calibration_error, reliability


@pytest.mark.parametrize(("pairs", "ece"), [
    ([], 0.0),
    ([(0.8, True)] * 8 + [(0.8, False)] * 2, 0.0),            # 80% right at 0.8
    ([(0.9, True), (0.9, False)], 0.4),                       # 50% right at 0.9
    ([(0.15, False)] * 2 + [(0.95, True)] * 2, 0.1),          # off by 0.15 and 0.05
])
def test_expected_calibration_error(pairs: list[tuple[float, bool]], ece: float) -> None:
    assert expected_calibration_error(pairs) == pytest.approx(ece)


def test_bins_are_equal_width_and_1_falls_in_the_last() -> None:
    bins = reliability([(0.0, False), (0.05, True), (1.0, True), (0.95, False)])
    assert [(b.low, b.high, b.count) for b in bins] == [(0.0, 0.1, 2), (0.9, 1.0, 2)]
