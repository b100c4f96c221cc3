"""The pipeline: named stages, in order, each a function `(Document, Toolkit) -> Document`.

Read this file top to bottom to see what happens to a document after ingest.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from coopwatch.extract import (
    cooperation,
    dates,
    entities,
    events,
    figures,
    flows,
    positions,
    sectors,
)
from coopwatch.nlp import analyze
from coopwatch.records import Document
from coopwatch.tools import Toolkit

StageFn = Callable[[Document, Toolkit], Document]


@dataclass(frozen=True)
class Stage:
    name: str
    run: StageFn


STAGES: tuple[Stage, ...] = (
    Stage("analyze", analyze.analyze),          # sentences, tokens, syntax, NER mentions
    Stage("dates", dates.annotate),             # date expressions resolved to ISO
    Stage("entities", entities.link),           # mentions -> entities with keys
    Stage("positions", positions.extract),      # person - title - region/org
    Stage("figures", figures.extract),          # trade and investment figures
    Stage("events", events.extract),            # meetings, visits, agreements, ...
    Stage("flows", flows.extract),              # who supplies what to whom
    Stage("cooperation", cooperation.extract),  # pairs of parties that cooperate
    Stage("sectors", sectors.extract),          # document-level sectors
)


@dataclass
class Pipeline:
    """Runs the stages; keeps the time spent in each for the benchmarks."""

    tools: Toolkit = field(default_factory=Toolkit)
    stages: tuple[Stage, ...] = STAGES
    seconds: dict[str, float] = field(default_factory=dict)

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            began = time.perf_counter()
            doc = stage.run(doc, self.tools)
            self.seconds[stage.name] = self.seconds.get(stage.name, 0.0) + (
                time.perf_counter() - began
            )
        return doc

    def map(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)
