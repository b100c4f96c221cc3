"""The CI quality gate: gold scores must not fall under the floors in gold_floors.json.

Parametrized over the gold files that exist: the shared seeds (../shared beside the
repo, always there in CI) and the project's own gold files under tests/gold/. Raise the
floors with `bench/pin_floors.py` when extraction improves.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coopwatch.evaluate.floors import (
    below,
    digest,
    gold_files,
    measure,
    read_floors,
    round_down,
)
from coopwatch.pipeline import Pipeline
from coopwatch.settings import get_settings

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent
FLOORS = read_floors(TESTS / "gold_floors.json")
DIGESTS = json.loads((TESTS / "gold_sha256.json").read_text(encoding="utf-8"))
GOLD_FILES = gold_files(ROOT)
HEADLINE = ("PER", "ORG", "GEO", "positions", "events", "figures", "flows", "cooperation", "fact")


@pytest.mark.parametrize("label", sorted(GOLD_FILES) or [pytest.param("", marks=pytest.mark.skip(
    reason="no gold files (../shared absent)"))])
def test_gold_scores_stay_above_their_floors(label: str, pipeline: Pipeline) -> None:
    floors = FLOORS.get(label)
    assert floors is not None, f"no floors for {label}: run bench/pin_floors.py"
    assert set(floors) == set(HEADLINE), f"floors for {label} must name {HEADLINE}"
    result, problems = measure(GOLD_FILES[label], pipeline, get_settings())
    assert problems == (), problems
    assert below(result.headline(), floors) == []


@pytest.mark.parametrize("label", sorted(GOLD_FILES))
def test_floors_were_pinned_on_this_gold(label: str) -> None:
    assert DIGESTS.get(label) == digest(GOLD_FILES[label]), (
        f"{label} changed since its floors were pinned: run bench/pin_floors.py")


def test_shared_gold_is_gated() -> None:
    if not (ROOT.parent / "shared").is_dir():
        pytest.skip("../shared is absent")
    assert "shared/gold/seeds.json" in GOLD_FILES


@pytest.mark.parametrize(("value", "floor"), [
    (0.0, 0.0), (0.049, 0.0), (0.05, 0.05), (0.519, 0.5), (0.976, 0.95), (1.0, 1.0),
    (0.7 - 1e-12, 0.7),
])
def test_floors_round_down_to_a_twentieth(value: float, floor: float) -> None:
    assert round_down(value) == floor


def test_below_lists_each_number_under_its_floor() -> None:
    headline = {"PER": 0.8, "fact": 0.3}
    assert below(headline, {"PER": 0.8, "fact": 0.35}) == ["fact: 0.300 < 0.35"]
