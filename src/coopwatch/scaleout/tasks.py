"""What a Dask worker runs: a chunk of documents, each through this process's pipeline.

The pipeline is built once per worker process and kept (`pipeline_for`), keyed by the
import path of the function that builds it, so the models load once however many tasks
the process runs. Before the first one is built, glibc's malloc thresholds, which Dask's
nanny lowers, are put back (`memory.restore_malloc_thresholds`): with Dask's setting the
pipeline cost 40 % more CPU per document than in a process of the pool.

Each document runs in a thread of its own that the task thread waits for at most
`timeout` seconds. A document that takes longer is stopped: `DocumentTimeout` is raised
in its thread (which stops Python code at the next bytecode) and it is rejected as
`timeout`. A thread that does not stop within a grace period (stuck in native code) is
left behind and counted in the result's `stuck`, so that the client restarts the worker.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import threading
from dataclasses import dataclass

from coopwatch.parallel import PIPELINE_ERROR, PipelineFn, run_pipeline
from coopwatch.records import Document, Rejection
from coopwatch.scaleout.memory import restore_malloc_thresholds

DEFAULT_FACTORY = "coopwatch.parallel:worker_pipeline"
DEFAULT_TIMEOUT = 120.0
GRACE = 2.0
TIMEOUT = "timeout"

_pipelines: dict[str, PipelineFn] = {}
_building = threading.Lock()


class DocumentTimeout(BaseException):
    """Raised in a document's thread when its time is up.

    A BaseException, so that the pipeline's own `except Exception` does not turn it into
    a `pipeline_error`.
    """


@dataclass(frozen=True)
class ChunkResult:
    """The results of a chunk in its order; the worker's address; threads left stuck."""

    results: list[Document | Rejection]
    worker: str = ""
    stuck: int = 0


def pipeline_for(factory: str) -> PipelineFn:
    """This process's pipeline built by `factory` ("module:function"), built on first use."""
    with _building:
        if not _pipelines:
            restore_malloc_thresholds()
        if factory not in _pipelines:
            module, _, name = factory.partition(":")
            build = getattr(importlib.import_module(module), name)
            _pipelines[factory] = build()
        return _pipelines[factory]


def run_chunk(docs: list[Document], factory: str = DEFAULT_FACTORY,
              timeout: float = DEFAULT_TIMEOUT, grace: float = GRACE) -> ChunkResult:
    """A Dask task: the documents through this worker's pipeline, each within `timeout`."""
    pipeline = pipeline_for(factory)
    results: list[Document | Rejection] = []
    stuck = 0
    for doc in docs:
        result, left_running = run_with_timeout(doc, pipeline, timeout=timeout, grace=grace)
        results.append(result)
        stuck += left_running
    return ChunkResult(results, _worker_address(), stuck)


def run_with_timeout(
    doc: Document, pipeline: PipelineFn, *, timeout: float, grace: float = GRACE,
) -> tuple[Document | Rejection, bool]:
    """The card of `doc`, or its `timeout` rejection; and whether its thread is still running."""
    box: list[Document | Rejection] = []

    def work() -> None:
        with contextlib.suppress(DocumentTimeout):
            box.append(run_pipeline(doc, pipeline))

    thread = threading.Thread(target=work, name=f"coopwatch-{doc.id}", daemon=True)
    thread.start()
    thread.join(timeout)
    if box:
        return box[0], False
    path = doc.source.path or doc.id
    if not thread.is_alive():
        return Rejection(path, PIPELINE_ERROR, "the pipeline thread stopped without a result"), False
    _interrupt(thread)
    thread.join(grace)
    detail = f"stopped after {timeout:g} s"
    if thread.is_alive():
        detail += " (still running in native code; the worker is restarted)"
    return Rejection(path, TIMEOUT, detail), thread.is_alive()


def _interrupt(thread: threading.Thread) -> None:
    """Raise DocumentTimeout in `thread` at its next Python bytecode."""
    if thread.ident is None:
        return
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread.ident), ctypes.py_object(DocumentTimeout))


def _worker_address() -> str:
    """The address of the Dask worker running this task ("" outside a worker)."""
    from distributed import get_worker

    try:
        return str(get_worker().address)
    except ValueError:
        return ""
