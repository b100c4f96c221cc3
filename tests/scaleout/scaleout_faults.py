"""Pipelines for the scale-out tests: cheap, and failing on purpose on marked texts; and
a count of how a worker's large allocations are served (fresh mappings or the heap).

Dask workers import this module by name (`factory="scaleout_faults:light"`); a
LocalCluster's processes are spawned with the test process's sys.path, which holds this
folder.
"""

from __future__ import annotations

import ctypes
import os
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


class _MallInfo2(ctypes.Structure):
    """glibc's `struct mallinfo2` (glibc 2.33 and later)."""

    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
        "uordblks", "fordblks", "keepcost")]


def _mallinfo() -> _MallInfo2 | None:
    """glibc's malloc statistics; None elsewhere."""
    try:
        mallinfo2 = ctypes.CDLL(None).mallinfo2
    except (AttributeError, OSError, TypeError):
        return None
    mallinfo2.restype = _MallInfo2
    info: _MallInfo2 = mallinfo2()
    return info


def _mapped_chunks() -> int:
    """glibc's count of chunks that malloc serves with their own mmap."""
    info = _mallinfo()
    assert info is not None
    return int(info.hblks)


def mapped_blocks(size: int | None = None, times: int = 40) -> int | None:
    """In how many of `times` rounds a fresh block of `size` was given its own mapping.

    With glibc's sliding mmap threshold only the first block is mapped: freeing it lifts
    the threshold above its size, and the later blocks come from the heap. With a fixed
    low threshold every block is mapped anew (and faults in all its pages). Read from
    malloc's own statistics, so it holds on kernels that count page faults differently
    (a CI machine reported none at all). None off glibc.

    malloc serves a block from a free chunk of the heap before it thinks of mapping, so a
    block no larger than the heap's free bytes may be mapped under any threshold. When
    `size` is None it is the first whole MiB above them: a process that had compiled its
    modules from source (no cached bytecode, as on a fresh clone) kept a free chunk of
    over 1 MiB, and a 1 MiB block was never mapped even with the threshold pinned.
    """
    info = _mallinfo()
    if info is None:
        return None
    if size is None:
        size = (int(info.fordblks) // (1 << 20) + 1) << 20
    mapped = 0
    for round_ in range(times):
        before = _mapped_chunks()
        block = bytes([round_ % 256]) * size
        mapped += _mapped_chunks() > before
        del block
    return mapped


def blocks_with_pipeline(factory: str) -> tuple[str | None, int | None]:
    """In a worker: its trim threshold variable, and `mapped_blocks` once it has built a
    pipeline (which puts glibc's thresholds back); None off glibc."""
    from coopwatch.scaleout.tasks import pipeline_for

    pipeline_for(factory)
    return os.environ.get("MALLOC_TRIM_THRESHOLD_"), mapped_blocks(1 << 20)
