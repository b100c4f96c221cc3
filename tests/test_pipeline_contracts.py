"""Stage contracts: the order of `STAGES` meets every `requires`, and on the example corpus
each stage reads only what it requires and changes only what it assigns (issue 9, item 5)."""

from __future__ import annotations

import ast
import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from coopwatch.ingest import read_inputs
from coopwatch.pipeline import INGEST_ASSIGNS, STAGES, Stage, unmet_requirements
from coopwatch.records import Document
from coopwatch.settings import Settings
from coopwatch.tools import Toolkit

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "examples"
FIELDS = frozenset(field.name for field in dataclasses.fields(Document))
STAGE_PACKAGES = frozenset(
    stage.name for stage in STAGES if stage.run.__module__.startswith("coopwatch.extract.")
)


def test_every_contract_names_document_fields() -> None:
    for stage in STAGES:
        assert set(stage.requires) | set(stage.assigns) <= FIELDS, stage.name
    assert set(INGEST_ASSIGNS) <= FIELDS


def test_the_order_of_the_stages_meets_every_requirement() -> None:
    assert unmet_requirements(STAGES) == []


def test_the_benchmark_stage_lists_meet_their_requirements() -> None:
    from coopwatch.evaluate.benchmarks.systems import FACT_STAGES

    assert unmet_requirements(FACT_STAGES) == []


def test_an_order_that_breaks_a_contract_is_named() -> None:
    by_name = {stage.name: stage for stage in STAGES}
    before = [stage.name for stage in STAGES].index("cooperation")
    swapped = [*STAGES[:before], by_name["sectors"], by_name["cooperation"]]
    assert unmet_requirements(swapped) == [("sectors", "cooperation")]
    without_analysis = [stage for stage in STAGES if stage.name != "analyze"]
    assert unmet_requirements(without_analysis) == [
        ("entities", "sentences"), ("entities", "mentions"), ("positions", "passages"),
        ("figures", "sentences"), ("events", "passages"), ("flows", "passages"),
        ("cooperation", "passages"), ("sectors", "passages"), ("relevance", "passages"),
        ("pair_judge", "passages"), ("confidence", "passages"), ("org_filter", "sentences"), ("event_sides", "passages"),
    ]


def _imported_stages(stage: str) -> set[str]:
    """The other stage packages whose modules the package of `stage` imports."""
    package = resources.files("coopwatch.extract") / stage
    found = set()
    for module in package.iterdir():
        if not module.name.endswith(".py"):
            continue
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                parts = node.module.split(".")
                if parts[:2] == ["coopwatch", "extract"] and len(parts) > 2:
                    found.add(parts[2])
    return found - {stage}


@pytest.mark.parametrize("stage", sorted(STAGE_PACKAGES))
def test_uses_lists_the_stage_packages_a_stage_imports(stage: str) -> None:
    declared = next(item.uses for item in STAGES if item.name == stage)
    assert _imported_stages(stage) == set(declared)


class _Log:
    """The Document fields read while recording is on."""

    def __init__(self) -> None:
        self.reads: set[str] = set()
        self.on = False

    @contextmanager
    def recording(self) -> Iterator[set[str]]:
        self.reads, self.on = set(), True
        try:
            yield self.reads
        finally:
            self.on = False

    @contextmanager
    def paused(self) -> Iterator[None]:
        was, self.on = self.on, False
        try:
            yield
        finally:
            self.on = was


LOG = _Log()


class _Recording(Document):
    """A Document that logs which of its fields are read (not those `replace` copies)."""

    def __getattribute__(self, name: str) -> Any:
        if name in FIELDS and LOG.on:
            LOG.reads.add(name)
        return object.__getattribute__(self, name)

    def replace(self, **changes: Any) -> Document:
        with LOG.paused():
            return dataclasses.replace(self, **changes)


def _recording(doc: Document) -> _Recording:
    return _Recording(**{name: getattr(doc, name) for name in FIELDS})


def _changed(before: Document, after: Document) -> set[str]:
    with LOG.paused():
        return {name for name in FIELDS if getattr(before, name) != getattr(after, name)}


@pytest.fixture(scope="module")
def observed(tools: Toolkit) -> dict[str, tuple[set[str], set[str]]]:
    """Per stage, the fields it read and the fields it changed over the example corpus."""
    seen: dict[str, tuple[set[str], set[str]]] = {s.name: (set(), set()) for s in STAGES}
    documents = [d for d in read_inputs([CORPUS], Settings()) if isinstance(d, Document)]
    assert len(documents) > 20
    for document in documents:
        doc: Document = _recording(document)
        for stage in STAGES:
            with LOG.recording() as reads:
                after = stage.run(doc, tools)
            seen[stage.name][0].update(reads)
            seen[stage.name][1].update(_changed(doc, after))
            doc = after
    return seen


@pytest.mark.parametrize("stage", STAGES, ids=lambda stage: stage.name)
def test_a_stage_reads_what_it_requires(
    stage: Stage, observed: dict[str, tuple[set[str], set[str]]]
) -> None:
    reads, _ = observed[stage.name]
    assert reads <= set(stage.requires) | set(stage.assigns) | set(stage.clears)
    assert set(stage.requires) <= reads  # nothing declared in vain


@pytest.mark.parametrize("stage", STAGES, ids=lambda stage: stage.name)
def test_a_stage_changes_only_what_it_assigns(
    stage: Stage, observed: dict[str, tuple[set[str], set[str]]]
) -> None:
    _, changed = observed[stage.name]
    assert set(stage.assigns) <= changed <= set(stage.assigns) | set(stage.clears)
