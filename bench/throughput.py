"""Throughput and peak memory: coopwatch's full pipeline next to natasha's plain NER.

Each system runs in its own subprocess (so each peak RSS is its own) over the same
texts, in one invocation:

    .venv/bin/python bench/throughput.py [PATHS…] [--repeat N] [--json]

Default input: corpus/examples. Reported: documents, KB, seconds, docs/s, peak RSS (MB),
CPU ms/doc (steadier than wall time on a shared machine), model load time, and for coopwatch the seconds spent in each pipeline stage.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _texts(paths: list[str]) -> list[str]:
    from coopwatch.ingest import read_inputs
    from coopwatch.records import Document
    from coopwatch.settings import get_settings

    return [item.text for item in read_inputs(paths, get_settings()) if isinstance(item, Document)]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_natasha(texts: list[str], repeat: int) -> dict:
    began = time.perf_counter()
    import yargy  # noqa: F401  (before natasha: pymorphy2 on Python 3.11)
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    loaded = time.perf_counter() - began
    began, cpu = time.perf_counter(), time.process_time()
    for _ in range(repeat):
        for text in texts:
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_ner(tagger)
    return {"system": "natasha NER", "load_s": loaded, "seconds": time.perf_counter() - began,
            "cpu_s": time.process_time() - cpu}


def run_coopwatch(texts: list[str], repeat: int) -> dict:
    from coopwatch.pipeline import Pipeline
    from coopwatch.records import Document

    began = time.perf_counter()
    pipeline = Pipeline()
    pipeline.tools.natasha  # noqa: B018  (load models before timing)
    pipeline.tools.gazetteer  # noqa: B018
    loaded = time.perf_counter() - began
    pipeline.seconds.clear()
    began, cpu = time.perf_counter(), time.process_time()
    for _ in range(repeat):
        for number, text in enumerate(texts):
            pipeline(Document(id=str(number), text=text))
    return {"system": "coopwatch full", "load_s": loaded,
            "seconds": time.perf_counter() - began, "cpu_s": time.process_time() - cpu,
            "stages": dict(pipeline.seconds)}


SYSTEMS = {"natasha": run_natasha, "coopwatch": run_coopwatch}


def _child(system: str, paths: list[str], repeat: int) -> None:
    texts = _texts(paths)
    result = SYSTEMS[system](texts, repeat)
    result.update(docs=len(texts) * repeat, kb=sum(len(t.encode()) for t in texts) * repeat / 1024,
                  peak_mb=_peak_mb())
    print(json.dumps(result))


def measure(system: str, paths: list[str], repeat: int) -> dict:
    command = [sys.executable, __file__, "--child", system, "--repeat", str(repeat), *paths]
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(results: list[dict]) -> str:
    lines = ["| system | docs | KB | load s | run s | docs/s | ms/doc | CPU ms/doc | peak RSS MB |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in results:
        rate = r["docs"] / r["seconds"] if r["seconds"] else 0.0
        lines.append(
            f"| {r['system']} | {r['docs']} | {r['kb']:.0f} | {r['load_s']:.2f} | "
            f"{r['seconds']:.2f} | {rate:.1f} | {1000 / rate if rate else 0:.1f} | "
            f"{1000 * r['cpu_s'] / r['docs']:.1f} | {r['peak_mb']:.0f} |"
        )
    for r in results:
        if "stages" in r:
            lines += ["", "| stage | ms/doc | share |", "| --- | --- | --- |"]
            total = sum(r["stages"].values()) or 1.0
            for name, seconds in r["stages"].items():
                lines.append(f"| {name} | {1000 * seconds / r['docs']:.1f} | "
                             f"{100 * seconds / total:.0f}% |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=["corpus/examples"])
    parser.add_argument("--repeat", type=int, default=1, help="passes over the texts")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--child", choices=sorted(SYSTEMS), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.paths, args.repeat)
        return
    results = [measure(name, args.paths, args.repeat) for name in ("natasha", "coopwatch")]
    print(json.dumps(results, indent=2) if args.json else report(results))


if __name__ == "__main__":
    main()
