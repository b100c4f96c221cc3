"""The quality gate: pinned floors for the headline numbers of each gold file.

The floors file maps a gold file's label (`shared/gold/seeds.json`,
`tests/gold/own.json`) to the least F1 allowed per entity type, per fact category and
for the fact F1. Floors are pinned at measured values rounded down to a step of 0.05.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable
from pathlib import Path

from coopwatch.evaluate.cards import cards_from_pipeline
from coopwatch.evaluate.gold import read_gold
from coopwatch.evaluate.scorer import Score, score
from coopwatch.records import Document
from coopwatch.settings import Settings

STEP = 0.05


def gold_files(repo: Path) -> dict[str, Path]:
    """The gold files that exist: the shared seeds beside the repo, then the repo's own."""
    shared = repo.parent / "shared" / "gold" / "seeds.json"
    found = {"shared/gold/seeds.json": shared} if shared.is_file() else {}
    for path in sorted((repo / "tests" / "gold").glob("*.json")):
        found[f"tests/gold/{path.name}"] = path
    return found


def measure(
    gold_file: Path, pipeline: Callable[[Document], Document], settings: Settings
) -> tuple[Score, tuple[str, ...]]:
    """Run the pipeline on a gold file's texts and score it; also what went wrong."""
    golds = read_gold(gold_file)
    found = cards_from_pipeline(gold_file, golds, pipeline, settings)
    return score(golds, found.cards), found.problems


def round_down(value: float, step: float = STEP) -> float:
    """The largest multiple of `step` not above `value` (a hair of slack for floats)."""
    return round(math.floor(value / step + 1e-9) * step, 2)


def pinned(headline: dict[str, float]) -> dict[str, float]:
    return {name: round_down(value) for name, value in headline.items()}


def below(headline: dict[str, float], floors: dict[str, float]) -> list[str]:
    """`name: measured < floor` for every number under its floor."""
    return [
        f"{name}: {headline.get(name, 0.0):.3f} < {floor:.2f}"
        for name, floor in floors.items()
        if headline.get(name, 0.0) < floor
    ]


def digest(path: Path) -> str:
    """The sha256 of a gold file: floors hold only for the annotation they were pinned on."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def read_floors(path: Path) -> dict[str, dict[str, float]]:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def write_floors(path: Path, floors: dict[str, dict[str, float]]) -> None:
    path.write_text(json.dumps(floors, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
