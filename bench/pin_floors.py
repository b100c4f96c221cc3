"""Measure the gold scores and pin the CI gate's floors (tests/gold_floors.json).

    .venv/bin/python bench/pin_floors.py            # print the numbers, rewrite the floors
    .venv/bin/python bench/pin_floors.py --dry-run  # print only

Each floor is the measured F1 rounded down to 0.05; the sha256 of each gold file goes
to tests/gold_sha256.json, so the gate knows the floors were pinned on that annotation. Raise the floors when quality
rises; the gate (tests/evaluate/test_gold_gate.py) then keeps it from falling back.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOORS = ROOT / "tests" / "gold_floors.json"
DIGESTS = ROOT / "tests" / "gold_sha256.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print, do not write")
    args = parser.parse_args()

    from coopwatch.evaluate.floors import (
        digest,
        gold_files,
        measure,
        pinned,
        read_floors,
        write_floors,
    )
    from coopwatch.pipeline import Pipeline
    from coopwatch.settings import get_settings

    pipeline, settings = Pipeline(), get_settings()
    old = read_floors(FLOORS)
    new: dict[str, dict[str, float]] = {}
    digests: dict[str, str] = {}
    for label, path in gold_files(ROOT).items():
        digests[label] = digest(path)
        result, problems = measure(path, pipeline, settings)
        for problem in problems:
            print(f"  warning {problem}")
        headline = result.headline()
        new[label] = pinned(headline)
        print(f"{label} ({len(result.documents)} documents)")
        for name, value in headline.items():
            was = old.get(label, {}).get(name)
            change = "" if was is None else f"   floor {was:.2f} -> {new[label][name]:.2f}"
            print(f"  {name:<12} {value:.3f}{change}")
    if not args.dry_run:
        write_floors(FLOORS, new)
        DIGESTS.write_text(json.dumps(digests, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {FLOORS.relative_to(ROOT)} and {DIGESTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
