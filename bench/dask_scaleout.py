"""Dask scale-out: documents per second on 1 and 2 Dask workers next to the process pool.

    .venv/bin/python bench/dask_scaleout.py [--docs 500] [--runs pool:1,pool:2,dask:1,dask:2,ingest:2]
                                            [--dask tcp://host:8786] [--json]

The input is synthesized from corpus/examples: each copy of an example gets its own
opening line (a dateline with another date and issue number) and its paragraphs rotated,
so no two texts are equal and nothing is served from a cache. Every run gets the same
documents and must give the same cards (checked: the runs' card digests are printed).

Each run is measured twice:
- `total`: wall time from the call to the last card, start-up included (pool processes or
  LocalCluster, imports, models);
- `steady`: the rate between the card after the first `4 × workers` chunks (every worker
  has loaded its models by then) and the last card; the scaling and overhead figures use it.

Runs: `pool:N` is `coopwatch.parallel.map_documents` (N = 1: the pipeline in this process);
`dask:N` is `map_on_cluster` on a LocalCluster of N single-thread workers (or on the
cluster given by --dask); `ingest:N` is `ingest_items` on that cluster into a fresh SQLite
file, so the cost of this process writing every card shows next to `dask:N`.

Each run also reports its CPU time per document (this process and its ended children:
the pool's processes, the LocalCluster's workers; model loads included), steadier than
wall time when other jobs share the cores, and the same over the steady part only
(`steady CPU`: this process and its live descendants, read with psutil; not counted for
a remote cluster's workers). Load on a shared machine changes every figure:
the load average is printed with them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря")


def synthesize(count: int) -> list:
    """`count` distinct documents made from the example corpus."""
    from coopwatch.ingest import read_inputs
    from coopwatch.records import Document, Source
    from coopwatch.settings import Settings

    examples = [item for item in read_inputs([ROOT / "corpus" / "examples"], Settings())
                if isinstance(item, Document)]
    docs = []
    for number in range(count):
        base = examples[number % len(examples)]
        copy = number // len(examples)
        paragraphs = [part for part in base.text.split("\n") if part.strip()]
        shift = copy % len(paragraphs)
        rotated = paragraphs[shift:] + paragraphs[:shift]
        dateline = (f"Выпуск № {number + 1}. {copy % 28 + 1} {MONTHS[copy % 12]} "
                    f"{2019 + copy % 6} года.")
        docs.append(Document(id=f"s{number:05}", text="\n".join([dateline, *rotated]),
                             source=Source(path=f"synthetic/{number:05}.txt",
                                           published=base.source.published)))
    return docs


def timed(results: Iterable, warm: int, expected: int) -> tuple[list, dict]:
    """Consume `results`, timing the whole and the part after the first `warm` items.

    The steady part also gets its CPU per item: this process and its live descendants
    (pool processes; LocalCluster workers), read when item `warm` and item `expected`
    (the last) arrive, before a pool or cluster shuts down.
    """
    began = time.perf_counter()
    items, steady_from, cpu_from, steady_cpu = [], None, 0.0, None
    for item in results:
        items.append(item)
        if len(items) == warm:
            steady_from, cpu_from = time.perf_counter(), _tree_cpu()
        if len(items) == expected and steady_from is not None:
            steady_cpu = _tree_cpu() - cpu_from
    ended = time.perf_counter()
    total = ended - began
    steady_docs = len(items) - warm
    steady = ended - steady_from if steady_from is not None else total
    figures = {"docs": len(items), "total_s": round(total, 2),
               "total_docs_s": round(len(items) / total, 2),
               "steady_docs_s": round(steady_docs / steady, 2) if steady_docs > 0 else None}
    if steady_cpu is not None and steady_docs > 0:
        figures["steady_cpu_ms_doc"] = round(1000 * steady_cpu / steady_docs, 1)
    return items, figures


def _tree_cpu() -> float:
    """CPU seconds of this process and of its live descendants."""
    import psutil

    me = psutil.Process()
    total = 0.0
    for process in [me, *me.children(recursive=True)]:
        try:
            times = process.cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    return total


def _digest(items: list) -> str:
    """A digest of the cards (or of what the store says) in order."""
    digest = hashlib.sha256()
    for item in items:
        payload = item.to_json() if hasattr(item, "to_json") else [item.path, item.status]
        digest.update(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode())
    return digest.hexdigest()[:12]


def _cluster(workers: int, address: str | None):
    from coopwatch.scaleout.cluster import connect

    return connect(address or f"local:{workers}")


def _cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (pool, LocalCluster)."""
    return sum(resource.getrusage(who).ru_utime + resource.getrusage(who).ru_stime
               for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))


def run(kind: str, workers: int, docs: list, address: str | None) -> dict:
    """One run, with its CPU time (model loads included; not counted for a remote cluster)."""
    cpu = _cpu_seconds()
    row = _run(kind, workers, docs, address)
    row["cpu_s"] = round(_cpu_seconds() - cpu, 1)
    row["cpu_ms_doc"] = round(1000 * row["cpu_s"] / len(docs), 1)
    return row


def _run(kind: str, workers: int, docs: list, address: str | None) -> dict:
    from coopwatch.parallel import CHUNKS_IN_FLIGHT_PER_WORKER, map_documents

    chunk = 4
    warm = min(len(docs) // 2, CHUNKS_IN_FLIGHT_PER_WORKER * workers * chunk)
    began = time.perf_counter()
    if kind == "pool":
        items, figures = timed(map_documents(docs, workers=workers, chunksize=chunk), warm,
                               len(docs))
    else:
        with _environment_kept(), _cluster(workers, address) as client:
            figures_start = time.perf_counter()
            items, figures = timed(_on_cluster(kind, client, docs, chunk), warm, len(docs))
            figures["cluster_start_s"] = round(figures_start - began, 2)
            figures["total_s"] = round(time.perf_counter() - began, 2)
            figures["total_docs_s"] = round(len(items) / figures["total_s"], 2)
    return {"run": f"{kind}:{workers}", **figures, "digest": _digest(items)}


@contextmanager
def _environment_kept() -> Iterator[None]:
    """This process's environment as it was before a LocalCluster started.

    Dask's nanny writes its `pre-spawn-environ` (MALLOC_TRIM_THRESHOLD_, the thread
    counts, PYTHONHASHSEED) into the environment of the process that starts it, where
    a pool started by a later run would inherit it.
    """
    saved = dict(os.environ)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def _on_cluster(kind: str, client, docs: list, chunk: int) -> Iterator:
    from coopwatch.scaleout.mapping import map_on_cluster

    def on_cluster(items: Iterable) -> Iterator:
        return map_on_cluster(items, client=client, chunksize=chunk)

    if kind == "dask":
        yield from on_cluster(docs)
        return
    from coopwatch.service.ingest import ingest_items
    from coopwatch.settings import Settings
    from coopwatch.store.db import Database, migrate

    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(database_url=f"sqlite:///{folder}/bench.sqlite3")
        migrate(settings)
        database = Database.connect(settings)
        try:
            yield from ingest_items(docs, database=database, mapper=on_cluster)
        finally:
            database.dispose()


def report(results: list[dict]) -> str:
    lines = [f"load average at start: {results[0]['load']}", "",
             "| run | docs | total s | total docs/s | steady docs/s | CPU ms/doc | steady CPU ms/doc "
             "| cards |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    for row in results:
        lines.append(f"| {row['run']} | {row['docs']} | {row['total_s']} | "
                     f"{row['total_docs_s']} | {row['steady_docs_s']} | {row['cpu_ms_doc']} | "
                     f"{row.get('steady_cpu_ms_doc', 'n/a')} | {row['digest']} |")
    rates = {row["run"]: row["steady_docs_s"] for row in results}
    ratio: Callable[[str, str], str] = lambda a, b: (  # noqa: E731
        f"{rates[a] / rates[b]:.2f}" if rates.get(a) and rates.get(b) else "n/a")
    lines += ["", f"dask 2 workers / 1 worker (steady): {ratio('dask:2', 'dask:1')}x (goal >= 1.8)"]
    if rates.get("dask:2") and rates.get("pool:2"):
        overhead = 1 - rates["dask:2"] / rates["pool:2"]
        lines.append(f"dask overhead against the process pool at 2 workers (steady): "
                     f"{overhead:.1%} (goal < 10%)")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--runs", default="pool:1,pool:2,dask:1,dask:2,ingest:2")
    parser.add_argument("--dask", default=None, help="a running cluster instead of LocalClusters")
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    docs = synthesize(options.docs)
    results = []
    for spec in options.runs.split(","):
        kind, _, count = spec.partition(":")
        load = " ".join(f"{value:.2f}" for value in os.getloadavg())
        row = run(kind, int(count), docs, options.dask)
        row["load"] = load
        results.append(row)
        print(json.dumps(row, ensure_ascii=False), file=sys.stderr, flush=True)
    print(json.dumps(results, ensure_ascii=False, indent=2) if options.json else report(results))


if __name__ == "__main__":
    main()
