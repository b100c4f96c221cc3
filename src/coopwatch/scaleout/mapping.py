"""The client side of the Dask scale-out: the pipeline over many documents on a cluster.

`map_on_cluster` is the cluster form of `coopwatch.parallel.map_documents`: it sends the
Documents among its inputs in chunks, at most a few chunks per worker thread at a time
(so a huge input is read only as fast as the cluster works), and yields the results in
input order, with every input that is not a Document passed through in its place.

Failures:
- a worker that dies (killed, out of memory) loses nothing: Dask recomputes the chunks
  it held on the other workers, or on its replacement;
- a chunk that Dask gives up on (its workers died more often than `allowed-failures`,
  whether it killed them or happened to be queued on them) is re-run one document at a
  time, so only a document that kills workers on its own is rejected, as
  `worker_crashed`;
- a document that runs past `timeout` seconds is stopped and rejected as `timeout`
  (`tasks.run_with_timeout`); a worker left with a thread stuck in native code is
  restarted.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

from distributed import Client, Future
from distributed.scheduler import KilledWorker

from coopwatch.parallel import CHUNKS_IN_FLIGHT_PER_WORKER, WORKER_CRASHED
from coopwatch.records import Document, Rejection
from coopwatch.scaleout.tasks import (
    DEFAULT_FACTORY,
    DEFAULT_TIMEOUT,
    GRACE,
    ChunkResult,
    run_chunk,
)

Other = TypeVar("Other")
Results = list[Document | Rejection]

log = logging.getLogger(__name__)


class _Sender:
    """Submits chunks of documents to the cluster, all with the same settings."""

    def __init__(self, client: Client, *, factory: str, timeout: float, grace: float) -> None:
        self.client = client
        self.factory = factory
        self.timeout = timeout
        self.grace = grace

    def submit(self, docs: list[Document]) -> Future[ChunkResult] | None:
        if not docs:
            return None
        future: Future[ChunkResult] = self.client.submit(
            run_chunk, docs, self.factory, self.timeout, self.grace, pure=False)
        return future

    def results(self, docs: list[Document], future: Future[ChunkResult] | None) -> Results:
        """The results of a submitted chunk; re-run one by one if it keeps killing workers."""
        try:
            return self._collect(future)
        except KilledWorker:
            log.warning("a chunk of %d documents killed its workers; re-running them one by one",
                        len(docs))
        # One at a time: the scheduler blames a death on every task the worker held, so
        # documents sent together could be blamed for their neighbour.
        results: Results = []
        for doc in docs:
            try:
                results.extend(self._collect(self.submit([doc])))
            except KilledWorker:
                results.append(Rejection(doc.source.path or doc.id, WORKER_CRASHED,
                                         "the worker processes died on it"))
        return results

    def _collect(self, future: Future[ChunkResult] | None) -> Results:
        """A chunk's results (KilledWorker raised); restarts a worker left with a stuck thread."""
        if future is None:
            return []
        try:
            done: ChunkResult = future.result()
        finally:
            future.release()
        if done.stuck and done.worker:
            log.warning("restarting worker %s: %d document thread(s) did not stop",
                        done.worker, done.stuck)
            self.client.restart_workers([done.worker], raise_for_error=False)
        return done.results


def map_on_cluster(
    items: Iterable[Document | Other], *, client: Client, chunksize: int = 4,
    timeout: float = DEFAULT_TIMEOUT, factory: str = DEFAULT_FACTORY, grace: float = GRACE,
) -> Iterator[Document | Rejection | Other]:
    """The results of `items` on the cluster of `client`, in input order.

    `factory` ("module:function") builds each worker's pipeline once (default: the full
    pipeline); `timeout` is the most seconds one document may take.
    """
    if chunksize < 1 or timeout <= 0:
        raise ValueError(f"chunksize and timeout must be positive, not {chunksize}, {timeout}")
    sender = _Sender(client, factory=factory, timeout=timeout, grace=grace)
    threads = sum(client.nthreads().values())
    window = max(1, threads) * CHUNKS_IN_FLIGHT_PER_WORKER
    pending: deque[tuple[list[Document | Other], Future[ChunkResult] | None]] = deque()
    try:
        for chunk in _chunks(items, chunksize):
            pending.append((chunk, sender.submit(_documents(chunk))))
            if len(pending) >= window:
                yield from _next(pending, sender)
        while pending:
            yield from _next(pending, sender)
    finally:
        for _chunk, future in pending:
            if future is not None:
                future.cancel()


def _next(
    pending: deque[tuple[list[Document | Other], Future[ChunkResult] | None]], sender: _Sender,
) -> list[Document | Rejection | Other]:
    """The oldest chunk with each of its Documents replaced by its result."""
    chunk, future = pending.popleft()
    done = iter(sender.results(_documents(chunk), future))
    return [next(done) if isinstance(item, Document) else item for item in chunk]


def _chunks(items: Iterable[Other], size: int) -> Iterator[list[Other]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _documents(chunk: Iterable[object]) -> list[Document]:
    return [item for item in chunk if isinstance(item, Document)]
