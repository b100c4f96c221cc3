"""Submitted documents processed off the request path: a bounded queue and one worker.

`JobQueue.submit` only queues a raw document and returns its job at once (or raises
`QueueFull`); a worker thread takes the jobs in order: cleaning and checks, the text
cap, the pipeline, the store. Each job ends `stored`, `duplicate` or `rejected` with
a reason, and `JobQueue.get` reports where it is.

The pipeline runs in a child process of its own (models load there once, on the first
job), so a long extraction holds neither the server's event loop nor its interpreter
lock, and reads go on beside it. A pipeline passed in (tests) runs in the worker thread.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from typing import Literal

from coopwatch.ingest.documents import build_document
from coopwatch.ingest.readers import RawDocument
from coopwatch.parallel import PipelineFn, worker_pipeline
from coopwatch.records import Document, Rejection
from coopwatch.service.ingest import Outcome, ingest_document
from coopwatch.settings import Settings
from coopwatch.store.db import Database

JobStatus = Literal["queued", "running", "stored", "duplicate", "rejected"]
FINISHED = ("stored", "duplicate", "rejected")
KEEP_FINISHED = 10_000
TOO_LONG = "too_long"
SERVER_ERROR = "server_error"

__all__ = ["Job", "JobQueue", "QueueFull", "extract_card", "text_too_long"]


class QueueFull(Exception):
    """The queue holds as many jobs as it may; the client should retry later."""


@dataclass(frozen=True)
class Job:
    """One submitted document and what has become of it so far."""

    id: str
    status: JobStatus
    document_id: str | None = None
    reason: str = ""
    detail: str = ""


def text_too_long(text: str, settings: Settings) -> Rejection | None:
    """A `too_long` rejection for a text over the pipeline's cap (`max_text_chars`)."""
    if len(text) <= settings.max_text_chars:
        return None
    return Rejection("api", TOO_LONG, f"{len(text)} characters > {settings.max_text_chars}; "
                     "split the document into parts")


def extract_card(doc: Document) -> Document:
    """A pool task: one document through the child process's own pipeline."""
    return worker_pipeline()(doc)


class _ChildPipeline:
    """The pipeline in one spawned child process, replaced if the child dies."""

    def __init__(self) -> None:
        self._executor: ProcessPoolExecutor | None = None

    def __call__(self, doc: Document) -> Document:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        try:
            return self._executor.submit(extract_card, doc).result()
        except BrokenProcessPool:
            self.close()
            raise

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None


class JobQueue:
    """Jobs waiting for, or done by, the one worker thread; at most `size` waiting."""

    def __init__(self, *, settings: Settings, database: Database,
                 pipeline: PipelineFn | None = None,
                 on_stored: Callable[[], None] | None = None) -> None:
        self.settings = settings
        self._on_stored = on_stored
        self.database = database
        self._child = _ChildPipeline() if pipeline is None else None
        self._pipeline: PipelineFn = pipeline if pipeline is not None else self._child_run
        self._waiting: queue.Queue[tuple[str, RawDocument] | None] = queue.Queue(
            maxsize=max(1, settings.job_queue_size))
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._jobs_lock = threading.Lock()  # guards the table only, never a job's work
        self._worker = threading.Thread(target=self._work, name="coopwatch-jobs", daemon=True)
        self._worker.start()

    def submit(self, raw: RawDocument) -> Job:
        """Queue `raw` and return its job; `QueueFull` when the queue is full."""
        job = Job(id=uuid.uuid4().hex, status="queued")
        self._set(job)
        try:
            self._waiting.put_nowait((job.id, raw))
        except queue.Full:
            with self._jobs_lock:
                del self._jobs[job.id]
            raise QueueFull from None
        return job

    def get(self, job_id: str) -> Job | None:
        with self._jobs_lock:
            return self._jobs.get(job_id)

    def wait_idle(self) -> None:
        """Block until every queued job is finished (tests, shutdown)."""
        self._waiting.join()

    def close(self) -> None:
        """Stop the worker after the job it is on; the child process goes with it."""
        with contextlib.suppress(queue.Full):  # a worker stuck on a job is a daemon
            self._waiting.put(None, timeout=5)
        self._worker.join(timeout=5)
        if self._child is not None:
            self._child.close()

    def _child_run(self, doc: Document) -> Document:
        assert self._child is not None
        return self._child(doc)

    def _work(self) -> None:
        while (item := self._waiting.get()) is not None:
            job_id, raw = item
            self._update(job_id, status="running")
            try:
                self._finish(job_id, self._run(raw))
            except Exception as error:  # a job never kills the worker
                self._update(job_id, status="rejected", reason=SERVER_ERROR,
                             detail=f"{type(error).__name__}: {error}"[:2000])
            finally:
                self._waiting.task_done()
        self._waiting.task_done()

    def _run(self, raw: RawDocument) -> Outcome:
        doc = build_document(raw, self.settings)
        if isinstance(doc, Document):
            doc = text_too_long(doc.text, self.settings) or doc
        if isinstance(doc, Rejection):
            return Outcome(raw.path, "rejected", reason=doc.reason, detail=doc.detail)
        return ingest_document(doc, database=self.database, pipeline=self._pipeline)

    def _finish(self, job_id: str, outcome: Outcome) -> None:
        if outcome.status == "stored" and self._on_stored is not None:
            self._on_stored()
        status: JobStatus = outcome.status  # type: ignore[assignment]  # Outcome's three
        self._update(job_id, status=status, document_id=outcome.doc_id,
                     reason=outcome.reason, detail=outcome.detail)

    def _set(self, job: Job) -> None:
        with self._jobs_lock:
            self._jobs[job.id] = job
            while len(self._jobs) > KEEP_FINISHED + self._waiting.maxsize + 1:
                oldest = next(iter(self._jobs))
                if self._jobs[oldest].status not in FINISHED:
                    break
                del self._jobs[oldest]

    def _update(self, job_id: str, **changes: object) -> None:
        with self._jobs_lock:
            job = self._jobs.get(job_id)
            if job is not None:
                self._jobs[job_id] = replace(job, **changes)  # type: ignore[arg-type]
