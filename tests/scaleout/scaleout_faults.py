"""Pipelines for the scale-out tests: cheap, and failing on purpose on marked texts; and
a count of the page faults of a worker's allocations.

Dask workers import this module by name (`factory="scaleout_faults:light"`); a
LocalCluster's processes are spawned with the test process's sys.path, which holds this
folder.
"""

from __future__ import annotations

import mmap
import os
import resource
import time

from coopwatch.parallel import PipelineFn
from coopwatch.records import Document

HANG = "ЗАВИСАНИЕ"  # loops in Python: the timeout's exception stops it
STALL = "ОСТАНОВКА"  # sleeps in one native call: the thread cannot be stopped
CRASH = "ОБРЫВ"  # the worker process dies
STALL_SECONDS = 20.0


def light() -> PipelineFn:
    """A pipeline that marks each document with its text length, unless the text is marked."""
    return mark_length


def mark_length(doc: Document) -> Document:
    if HANG in doc.text:
        while True:
            sum(range(1000))
    if STALL in doc.text:
        time.sleep(STALL_SECONDS)
    if CRASH in doc.text:
        os._exit(3)
    return doc.replace(sectors=(str(len(doc.text)),))


def fresh_page_faults(size: int = 1 << 20, times: int = 40) -> int:
    """Minor page faults of this process while it makes and drops `times` blocks of `size`.

    With glibc's sliding mmap threshold the block's memory is reused after the first
    round (a few faults in all); with a fixed low threshold each block is mapped anew, so
    every round faults in all of its pages.
    """
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for round_ in range(times):
        block = bytes([round_ % 256]) * size
        del block
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before


def counts_minor_faults(pages: int = 64) -> bool:
    """Whether this kernel counts this process's minor page faults: touching every page
    of a fresh anonymous mapping must show up in `ru_minflt` (some sandboxes report 0)."""
    size = pages * mmap.PAGESIZE
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    with mmap.mmap(-1, size) as region:
        for offset in range(0, size, mmap.PAGESIZE):
            region[offset] = 1
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before >= pages // 2


def faults_with_pipeline(factory: str) -> tuple[str | None, int | None]:
    """In a worker: its trim threshold variable, and `fresh_page_faults` once it has built
    a pipeline (which puts glibc's thresholds back); None where faults are not counted."""
    from coopwatch.scaleout.tasks import pipeline_for

    pipeline_for(factory)
    faults = fresh_page_faults() if counts_minor_faults() else None
    return os.environ.get("MALLOC_TRIM_THRESHOLD_"), faults
