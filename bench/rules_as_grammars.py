"""Rules as grammars: rules written as loops over tokens next to the same rules written
as yargy grammars, on the same inputs, for the same answers.

    .venv/bin/python bench/rules_as_grammars.py [PATHS…] [--repeat N]

- `positions/links.py`, `linked_holder`, against `link_grammar.py`: on every call the
  positions stage makes to it;
- `entities/org_finders.py`, `adjective_names`, against `org_adjective_grammar.py`: once
  a document.

Each document is analysed once. Then, `--repeat` times over: the rule's stage as it is,
the stage with the grammar in the rule's place, the rule alone on its calls, and the
grammar alone on the same calls (best and median seconds). Both forms must answer the
same on every call; the script says how many calls differ and exits non-zero if any does.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

Call = tuple[Any, ...]


@dataclass(frozen=True)
class Comparison:
    name: str
    module: ModuleType  # where the stage looks the rule up
    attribute: str
    grammar: Callable[..., Any]
    stage: Callable[[], object]
    calls: list[Call]


@contextmanager
def _replaced(module: ModuleType, attribute: str, value: Any) -> Iterator[None]:
    original = getattr(module, attribute)
    setattr(module, attribute, value)
    try:
        yield
    finally:
        setattr(module, attribute, original)


def _recorded(module: ModuleType, attribute: str, run: Callable[[], object]) -> list[Call]:
    """The arguments of every call `run` makes to `module.attribute`."""
    calls: list[Call] = []
    original = getattr(module, attribute)

    def recording(*args: Any) -> Any:
        calls.append(args)
        return original(*args)

    with _replaced(module, attribute, recording):
        run()
    return calls


def _timed(repeat: int, run: Callable[[], object]) -> tuple[float, float]:
    """(best, median) seconds of `repeat` runs."""
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return min(times), statistics.median(times)


def _comparisons(paths: list[str]) -> list[Comparison]:
    from coopwatch.extract.entities import org_finders
    from coopwatch.extract.entities.stage import link
    from coopwatch.extract.positions import stage as positions
    from coopwatch.ingest import read_inputs
    from coopwatch.pipeline import STAGES, Pipeline
    from coopwatch.records import Document
    from coopwatch.settings import get_settings
    from link_grammar import grammar_holder
    from org_adjective_grammar import grammar_names

    pipeline = Pipeline(stages=tuple(s for s in STAGES if s.name in {"analyze", "dates"}))
    tools = pipeline.tools
    analysed = [pipeline(item) for item in read_inputs(paths, get_settings())
                if isinstance(item, Document)]
    linked = [link(doc, tools) for doc in analysed]

    def run_entities() -> object:
        return [link(doc, tools) for doc in analysed]

    def run_positions() -> object:
        return [positions.extract(doc, tools) for doc in linked]

    return [
        Comparison("position links", positions, "linked_holder", grammar_holder,
                   run_positions, _recorded(positions, "linked_holder", run_positions)),
        Comparison("adjective org names", org_finders, "adjective_names", grammar_names,
                   run_entities, _recorded(org_finders, "adjective_names", run_entities)),
    ]


def _compare(item: Comparison, repeat: int) -> int:
    rule = getattr(item.module, item.attribute)
    answers = [rule(*call) for call in item.calls]
    differ = sum(rule_answer != item.grammar(*call)
                 for rule_answer, call in zip(answers, item.calls, strict=True))
    found = sum(bool(answer) for answer in answers)
    print(f"{item.name}: {len(item.calls)} calls, {found} with an answer, {differ} differ")

    def with_grammar() -> object:
        with _replaced(item.module, item.attribute, item.grammar):
            return item.stage()

    for name, run in [
        ("stage, loops", item.stage),
        ("stage, yargy", with_grammar),
        ("rule, loops", lambda: [rule(*call) for call in item.calls]),
        ("rule, yargy", lambda: [item.grammar(*call) for call in item.calls]),
    ]:
        best, median = _timed(repeat, run)
        print(f"  {name:14} best {best * 1000:9.2f} ms  median {median * 1000:9.2f} ms")
    return differ


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="*", default=["corpus/examples"])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    comparisons = _comparisons(args.paths)
    print(f"{len(comparisons[1].calls)} documents")  # adjective_names: once a document
    return 1 if sum(_compare(item, args.repeat) for item in comparisons) else 0


if __name__ == "__main__":
    sys.exit(main())
