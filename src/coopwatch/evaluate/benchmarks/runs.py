"""One benchmark run: a system over a dataset — annotate, score, time and measure memory.

`measure(...)` runs each system in its own Python subprocess (`python -m
coopwatch.evaluate.benchmarks.runs …`, BLAS limited to one thread), so the peak RSS it
reports (`ru_maxrss`) is that system's alone: interpreter, models, data and the run; time
is reported as wall seconds and as CPU seconds of the process. `run_ner` / `run_facts` do the
same work in the calling process (the tests use them with shared models).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from coopwatch.evaluate.benchmarks import facts_metrics, ner_metrics
from coopwatch.evaluate.benchmarks.factrueval import FactRuDoc, read_factrueval
from coopwatch.evaluate.benchmarks.ner_metrics import Typed
from coopwatch.evaluate.benchmarks.nerel import NEREL_SCORED, NerelDoc, mapped_spans, read_nerel
from coopwatch.evaluate.benchmarks.systems import (
    DATASET_STAGES,
    FACT_STAGES,
    Annotation,
    Coopwatch,
    System,
    make_system,
)
from coopwatch.evaluate.benchmarks.tally import Scores, Tally, add_scores, with_overall
from coopwatch.tools import Toolkit

Doc = TypeVar("Doc", FactRuDoc, NerelDoc)

NER_DATASETS = ("factrueval-dev", "nerel-dev")
FACT_DATASETS = ("factrueval-dev",)
SYSTEMS = ("coopwatch", "natasha")
# Each measured process computes on one thread: numpy's BLAS would otherwise spin threads
# that inflate CPU time and fight over the cores of a busy machine.
ONE_THREAD = {name: "1" for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS",
                                      "MKL_NUM_THREADS")}


@dataclass(frozen=True)
class RunResult:
    system: str
    dataset: str
    docs: int
    load_s: float
    run_s: float
    start_rss_mb: float
    peak_rss_mb: float
    metrics: dict[str, Scores] = field(default_factory=dict)
    cpu_s: float = 0.0
    stage_ms: dict[str, float] = field(default_factory=dict)

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.run_s if self.run_s else 0.0

    @property
    def cpu_ms_per_doc(self) -> float:
        """CPU time per document (all threads): steadier than wall time on a busy machine."""
        return 1000 * self.cpu_s / self.docs if self.docs else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "system": self.system, "dataset": self.dataset, "docs": self.docs,
            "load_s": round(self.load_s, 3), "run_s": round(self.run_s, 3),
            "docs_per_s": round(self.docs_per_s, 2), "cpu_s": round(self.cpu_s, 3),
            "cpu_ms_per_doc": round(self.cpu_ms_per_doc, 1),
            "stage_ms": {name: round(ms, 1) for name, ms in self.stage_ms.items()}, "start_rss_mb": round(self.start_rss_mb),
            "peak_rss_mb": round(self.peak_rss_mb),
            "metrics": {name: {kind: tally.to_json() for kind, tally in scores.items()}
                        for name, scores in self.metrics.items()},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RunResult:
        metrics = {
            name: {kind: Tally(row["matched"], row["predicted"], row["expected"])
                   for kind, row in scores.items()}
            for name, scores in data["metrics"].items()
        }
        return cls(system=data["system"], dataset=data["dataset"], docs=data["docs"],
                   load_s=data["load_s"], run_s=data["run_s"],
                   start_rss_mb=data["start_rss_mb"], peak_rss_mb=data["peak_rss_mb"],
                   metrics=metrics, cpu_s=data.get("cpu_s", 0.0),
                   stage_ms=data.get("stage_ms", {}))


def peak_rss_mb() -> float:
    """The process's peak resident set size so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def read_dataset(dataset: str, data_dir: Path | str,
                 limit: int | None = None) -> list[FactRuDoc] | list[NerelDoc]:
    if dataset == "factrueval-dev":
        return read_factrueval(data_dir, limit)
    if dataset == "nerel-dev":
        return read_nerel(data_dir, "dev", limit)
    raise ValueError(f"unknown dataset {dataset!r} ({', '.join(NER_DATASETS)})")


@dataclass(frozen=True)
class Timed:
    annotations: list[Annotation]
    load_s: float
    run_s: float
    cpu_s: float
    stage_ms: dict[str, float]


def annotate_all(system: System, docs: Sequence[FactRuDoc | NerelDoc]) -> Timed:
    """Annotations, model load time, then wall and CPU time of the run and, for coopwatch,
    milliseconds per document in each pipeline stage."""
    began = time.perf_counter()
    system.load()
    if isinstance(system, Coopwatch):
        system.pipeline.seconds.clear()
    loaded, cpu = time.perf_counter(), time.process_time()
    annotations = [system.annotate(doc.text) for doc in docs]
    run_s, cpu_s = time.perf_counter() - loaded, time.process_time() - cpu
    seconds = system.pipeline.seconds if isinstance(system, Coopwatch) else {}
    stage_ms = {name: 1000 * value / max(len(docs), 1) for name, value in seconds.items()}
    return Timed(annotations, loaded - began, run_s, cpu_s, stage_ms)


def _result(system: System, dataset: str, docs: Sequence[object], timed: Timed,
            start_rss: float, metrics: dict[str, Scores]) -> RunResult:
    return RunResult(system.name, dataset, len(docs), timed.load_s, timed.run_s, start_rss,
                     peak_rss_mb(), metrics, timed.cpu_s, timed.stage_ms)


def run_ner(system: System, dataset: str, docs: Sequence[FactRuDoc | NerelDoc]) -> RunResult:
    start_rss = peak_rss_mb()
    timed = annotate_all(system, docs)
    if dataset == "factrueval-dev":
        metrics = score_factrueval(_documents_of(FactRuDoc, docs), timed.annotations)
    else:
        metrics = score_nerel(_documents_of(NerelDoc, docs), timed.annotations)
    return _result(system, dataset, docs, timed, start_rss, metrics)


def _documents_of(kind: type[Doc], docs: Sequence[object]) -> list[Doc]:
    """`docs` as the document type that their dataset's name promises (checked)."""
    typed = [doc for doc in docs if isinstance(doc, kind)]
    if len(typed) != len(docs):
        raise TypeError(f"expected only {kind.__name__} documents")
    return typed


def score_factrueval(docs: Sequence[FactRuDoc],
                     annotations: Sequence[Annotation]) -> dict[str, Scores]:
    """Track 1 (four types), track 1 with locorg folded into loc, token-level IO F1."""
    totals: dict[str, Scores] = {"track1": {}, "track1_locorg_as_loc": {}, "token_io": {}}
    for doc, annotation in zip(docs, annotations, strict=True):
        predicted = ner_metrics.track1_predicted(doc.tokens, annotation.spans)
        for name, fold, types in (("track1", False, ner_metrics.TRACK1_TYPES),
                                  ("track1_locorg_as_loc", True, ner_metrics.TRACK1_FOLDED_TYPES)):
            gold = ner_metrics.track1_gold(doc, fold_locorg=fold)
            totals[name] = add_scores(totals[name], ner_metrics.score_track1(gold, predicted, types))
        gold_tags = ner_metrics.io_tags(doc.tokens, ner_metrics.io_gold_spans(doc))
        ours = ner_metrics.io_tags(doc.tokens, ner_metrics.io_predicted(annotation.spans))
        totals["token_io"] = add_scores(totals["token_io"], ner_metrics.score_io(gold_tags, ours))
    return totals


def score_nerel(docs: Sequence[NerelDoc], annotations: Sequence[Annotation]) -> dict[str, Scores]:
    """Exact-span F1 for PER/ORG/GEO and MONEY/DATE/PERCENT; overall over PER/ORG/GEO."""
    total: Scores = {}
    for doc, annotation in zip(docs, annotations, strict=True):
        gold = [Typed(*span) for span in mapped_spans(doc)]
        total = add_scores(total, ner_metrics.score_exact(gold, annotation.spans, NEREL_SCORED))
    names = {kind: tally for kind, tally in total.items() if kind in NEREL_SCORED}
    return {"exact_span": with_overall(names, ("PER", "ORG", "GEO"))}


def run_facts(system: Coopwatch, docs: Sequence[FactRuDoc]) -> RunResult:
    """Our positions and meetings scored as FactRuEval Occupation and Meeting facts."""
    start_rss = peak_rss_mb()
    timed = annotate_all(system, docs)
    lemmatize = system.pipeline.tools.morph.lemma
    total: Scores = {}
    for doc, annotation in zip(docs, timed.annotations, strict=True):
        gold = facts_metrics.gold_facts(doc.facts, lemmatize)
        ours = facts_metrics.our_facts(annotation.doc, lemmatize) if annotation.doc else []
        total = add_scores(total, facts_metrics.score_facts(gold, ours))
    return _result(system, "factrueval-dev", docs, timed, start_rss, {"facts": total})


def measure(task: str, system: str, dataset: str, data_dir: Path | str,
            limit: int | None = None) -> RunResult:
    """Run `task` (ner or facts) for one system in a fresh Python process."""
    command = [sys.executable, "-m", "coopwatch.evaluate.benchmarks.runs", task,
               "--system", system, "--dataset", dataset, "--data-dir", str(data_dir)]
    if limit is not None:
        command += ["--limit", str(limit)]
    done = subprocess.run(command, capture_output=True, text=True, check=False,
                          env={**os.environ, **ONE_THREAD})
    if done.returncode != 0:
        raise RuntimeError(f"{system} on {dataset} failed:\n{done.stderr[-2000:]}")
    return RunResult.from_json(json.loads(done.stdout.strip().splitlines()[-1]))


def child(argv: Sequence[str] | None = None) -> None:
    """Entry of the subprocess: run and print the result as one JSON line."""
    parser = argparse.ArgumentParser(prog="coopwatch.evaluate.benchmarks.runs")
    parser.add_argument("task", choices=("ner", "facts"))
    parser.add_argument("--system", choices=SYSTEMS, required=True)
    parser.add_argument("--dataset", choices=NER_DATASETS, required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args(argv)
    docs = read_dataset(args.dataset, args.data_dir, args.limit)
    if args.task == "facts":
        result = run_facts(Coopwatch(Toolkit(), FACT_STAGES), _documents_of(FactRuDoc, docs))
    else:
        stages = DATASET_STAGES[args.dataset]
        result = run_ner(make_system(args.system, stages=stages), args.dataset, docs)
    print(json.dumps(result.to_json(), ensure_ascii=False))


if __name__ == "__main__":
    child()
