"""Rules as grammars: the position link rules (`positions/links.py`) as hand-written
loops and as the yargy grammar of `bench/link_grammar.py`, on the same inputs.

    .venv/bin/python bench/link_rules.py [PATHS…] [--repeat N]

Each document is analysed once, up to the entities stage. Then, `--repeat` times over:
the whole positions stage (its seconds), and the same with the grammar in its place; `linked_holder` alone on every call the stage
makes to it; the grammar on the same calls. Both forms must give the same holder on
every call; the script says how many calls differ and exits non-zero if any does.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

Call = tuple[Any, ...]


def _documents(paths: list[str]) -> list[Any]:
    from coopwatch.ingest import read_inputs
    from coopwatch.pipeline import STAGES, Pipeline
    from coopwatch.records import Document
    from coopwatch.settings import get_settings

    upto = tuple(stage for stage in STAGES if stage.name in {"analyze", "dates", "entities"})
    pipeline = Pipeline(stages=upto)
    return [pipeline(item) for item in read_inputs(paths, get_settings())
            if isinstance(item, Document)]


def _recorded_calls(docs: list[Any], tools: Any) -> list[Call]:
    """The arguments of every call the positions stage makes to `linked_holder`."""
    from coopwatch.extract.positions import stage

    calls: list[Call] = []
    original = stage.linked_holder

    def recording(*args: Any) -> str | None:
        calls.append(args)
        return original(*args)

    stage.linked_holder = recording
    try:
        for doc in docs:
            stage.extract(doc, tools)
    finally:
        stage.linked_holder = original
    return calls


def _best(repeat: int, run: Callable[[], object]) -> tuple[float, float]:
    """(best, median) seconds of `repeat` runs."""
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return min(times), statistics.median(times)


def _with_grammar(stage: Any, docs: list[Any], tools: Any, holder: Any) -> None:
    """The positions stage with the grammar in place of `linked_holder`."""
    original, stage.linked_holder = stage.linked_holder, holder
    try:
        for doc in docs:
            stage.extract(doc, tools)
    finally:
        stage.linked_holder = original


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="*", default=["corpus/examples"])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    from coopwatch.extract.positions import stage
    from coopwatch.extract.positions.links import linked_holder
    from coopwatch.tools import Toolkit
    from link_grammar import grammar_holder

    tools = Toolkit()
    docs = _documents(args.paths)
    calls = _recorded_calls(docs, tools)
    loops = [linked_holder(*call) for call in calls]
    grammar = [grammar_holder(*call) for call in calls]
    differ = sum(a != b for a, b in zip(loops, grammar, strict=True))
    print(f"{len(docs)} docs, {len(calls)} calls, {sum(x is not None for x in loops)} holders, "
          f"{differ} calls differ")
    rows = [
        ("positions stage", lambda: [stage.extract(doc, tools) for doc in docs]),
        ("positions stage, yargy", lambda: _with_grammar(stage, docs, tools, grammar_holder)),
        ("linked_holder (loops)", lambda: [linked_holder(*call) for call in calls]),
        ("grammar_holder (yargy)", lambda: [grammar_holder(*call) for call in calls]),
    ]
    for name, run in rows:
        best, median = _best(args.repeat, run)
        print(f"{name:24} best {best * 1000:8.2f} ms  median {median * 1000:8.2f} ms")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
