"""Scale-out: the pipeline over many documents, in this process or in a pool of processes.

`map_documents` is the batch form of the whole pipeline. With one worker it runs the
stages here; with more it feeds a pool of processes lazily, a few chunks per worker at
a time, and yields the cards in input order. Every process builds one pipeline on first
use (`worker_pipeline`), so the models load once per process.

Errors are values: a stage that raises turns its document into a `pipeline_error`
rejection, and a worker process that dies (killed, out of memory, a crash in native
code) turns the document it was working on into a `worker_crashed` rejection; the
rest of the batch goes on in a fresh pool.

`process_document` is a plain top-level function, so a Dask bag can run the same code:
`bag.map(process_document)` builds one pipeline per Dask worker process.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from functools import cache
from itertools import islice
from typing import TypeVar

from coopwatch.pipeline import Pipeline
from coopwatch.records import Document, Rejection

Other = TypeVar("Other")
PipelineFn = Callable[[Document], Document]
Cards = list[Document | Rejection]
ChunkFn = Callable[[list[Document]], Cards]

THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
PIPELINE_ERROR = "pipeline_error"
WORKER_CRASHED = "worker_crashed"
CHUNKS_IN_FLIGHT_PER_WORKER = 4
PARENT_CHECK_SECONDS = 0.5

__all__ = [
    "map_documents",
    "map_in_pool",
    "process_chunk",
    "process_document",
    "run_pipeline",
    "worker_count",
    "worker_pipeline",
]


def map_documents(
    docs: Iterable[Document | Other], *, workers: int, chunksize: int = 4,
    pipeline: PipelineFn | None = None,
) -> Iterator[Document | Rejection | Other]:
    """Cards of `docs` in input order; anything that is not a Document passes through.

    `workers` = 1 runs `pipeline` (default: a new Pipeline) in this process; more
    workers run a pool of processes that build their own pipelines.
    """
    if workers < 1 or chunksize < 1:
        raise ValueError(f"workers and chunksize must be at least 1, not {workers}, {chunksize}")
    if workers == 1:
        return _map_here(docs, pipeline if pipeline is not None else Pipeline())
    if pipeline is not None:
        raise ValueError("a pipeline object stays in its process; pool workers build their own")
    return map_in_pool(docs, workers=workers, chunksize=chunksize)


def worker_count(requested: int) -> int:
    """The number of processes to run: 0 means one per CPU."""
    if requested < 0:
        raise ValueError(f"workers must be 0 (one per CPU) or more, not {requested}")
    return requested or os.cpu_count() or 1


def run_pipeline(doc: Document, pipeline: PipelineFn) -> Document | Rejection:
    """The card of one document, or a `pipeline_error` rejection saying what a stage raised."""
    try:
        card = pipeline(doc)
    except Exception as error:
        return Rejection(_path_of(doc), PIPELINE_ERROR, f"{type(error).__name__}: {error}")
    return card.replace(**{name: () for name in Document.WORKING})


@cache
def worker_pipeline() -> Pipeline:
    """This process's pipeline, built on first use: models load once per process."""
    return Pipeline()


def process_document(doc: Document) -> Document | Rejection:
    """One document through this process's pipeline (a pool task, or a Dask `map`)."""
    return run_pipeline(doc, worker_pipeline())


def process_chunk(docs: list[Document]) -> list[Document | Rejection]:
    """A pool task: a few documents at once, to send fewer messages between processes."""
    return [process_document(doc) for doc in docs]


def _map_here(
    items: Iterable[Document | Other], pipeline: PipelineFn
) -> Iterator[Document | Rejection | Other]:
    for item in items:
        yield run_pipeline(item, pipeline) if isinstance(item, Document) else item


def map_in_pool(
    items: Iterable[Document | Other], *, workers: int, chunksize: int = 4,
    work: ChunkFn = process_chunk,
) -> Iterator[Document | Rejection | Other]:
    """`work` over the Documents of `items` in a process pool, yielded in input order.

    At most `workers * CHUNKS_IN_FLIGHT_PER_WORKER` chunks are in flight, so the input is
    read only as fast as the pool works. `work` must be a top-level function (the pool
    starts its processes with "spawn").
    """
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    with _one_thread_per_worker():
        pool = _Pool(workers, work)
        pending: deque[tuple[list[Document | Other], Future[Cards]]] = deque()
        try:
            for chunk in _chunks(items, chunksize):
                pending.append((chunk, pool.submit(chunk)))
                if len(pending) >= workers * CHUNKS_IN_FLIGHT_PER_WORKER:
                    yield from _next_results(pending, pool)
            while pending:
                yield from _next_results(pending, pool)
        finally:
            pool.close()


@contextmanager
def _one_thread_per_worker() -> Iterator[None]:
    """While the pool lives, the processes it starts get one numpy (BLAS) thread each.

    N workers with a BLAS thread per core each fight over the cores (measured: 2 workers
    on 2 cores ran 6x slower than one process). The variables must be in the
    environment the workers inherit, since a worker imports numpy before any initializer
    runs. Values the user has set are kept.
    """
    unset = [name for name in THREAD_VARIABLES if name not in os.environ]
    os.environ.update(dict.fromkeys(unset, "1"))
    try:
        yield
    finally:
        for name in unset:
            os.environ.pop(name, None)


class _Pool:
    """A process pool that is replaced by a fresh one when one of its workers dies."""

    def __init__(self, workers: int, work: ChunkFn) -> None:
        self.workers = workers
        self.work = work
        self.executor = _new_executor(workers)

    def submit(self, chunk: Sequence[object]) -> Future[Cards]:
        """The future results of the chunk's Documents (broken already if the pool is)."""
        try:
            return self.executor.submit(self.work, _documents(chunk))
        except BrokenProcessPool as error:
            return _failed(error)

    def replace(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = _new_executor(self.workers)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _new_executor(workers: int) -> ProcessPoolExecutor:
    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context,
                               initializer=_start_worker, initargs=(os.getpid(),))


def _start_worker(parent: int) -> None:
    """Ctrl-C is the main process's to handle; workers finish their chunk and stop.

    A worker also ends when its parent is gone (killed with -9, it could not shut the
    pool down): a watch thread sees the parent change and exits the process. `parent`
    comes from the parent itself, so a worker orphaned while it was still importing
    exits as soon as it starts.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _next_results(
    pending: deque[tuple[list[Document | Other], Future[Cards]]], pool: _Pool
) -> list[Document | Rejection | Other]:
    """The results of the oldest chunk, merged back with what passed through."""
    if pending[0][1].exception() is not None:
        _recover(pending, pool)
    chunk, future = pending.popleft()
    return _merge(chunk, future.result())


def _recover(pending: deque[tuple[list[Document | Other], Future[Cards]]], pool: _Pool) -> None:
    """After a worker died: keep the chunks that finished, redo the rest one by one.

    Each unfinished Document runs alone in a fresh pool, so a death is blamed on the
    one document that caused it.
    """
    wait([future for _chunk, future in pending])
    pool.replace()
    for index, (chunk, future) in enumerate(pending):
        if future.cancelled() or future.exception() is not None:
            alone = [_run_alone(doc, pool) for doc in _documents(chunk)]
            pending[index] = (chunk, _finished(alone))


def _run_alone(doc: Document, pool: _Pool) -> Document | Rejection:
    try:
        (result,) = pool.submit([doc]).result()
    except BrokenProcessPool:
        pool.replace()
        return Rejection(_path_of(doc), WORKER_CRASHED, "the worker process died on it")
    except Exception as error:
        return Rejection(_path_of(doc), PIPELINE_ERROR, f"{type(error).__name__}: {error}")
    return result


def _finished(result: Cards) -> Future[Cards]:
    future: Future[Cards] = Future()
    future.set_result(result)
    return future


def _failed(error: BaseException) -> Future[Cards]:
    future: Future[Cards] = Future()
    future.set_exception(error)
    return future


def _chunks(items: Iterable[Other], size: int) -> Iterator[list[Other]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _documents(chunk: Sequence[object]) -> list[Document]:
    return [item for item in chunk if isinstance(item, Document)]


def _merge(
    chunk: list[Document | Other], results: Cards
) -> list[Document | Rejection | Other]:
    """The chunk with each Document replaced by its result, in place."""
    done = iter(results)
    return [next(done) if isinstance(item, Document) else item for item in chunk]


def _path_of(doc: Document) -> str:
    return doc.source.path or doc.id
