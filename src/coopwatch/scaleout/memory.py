"""glibc's malloc thresholds in a Dask worker process, put back to what the pipeline needs.

Dask's nanny starts every worker with `MALLOC_TRIM_THRESHOLD_=65536` (its
`distributed.nanny.pre-spawn-environ`), so that freed memory goes back to the system
soon. Setting any malloc threshold also switches off glibc's sliding mmap threshold: it
stays at 128 KiB, so every block larger than that is mapped fresh and unmapped when
freed. The pipeline's numpy arrays (natasha's embeddings and layers) are such blocks, so
each document faulted in some 5,000 new pages and the worker spent about 14 ms of system
time and 40 % more CPU per document than a process of the pool, which runs with glibc's
defaults (measured: `bench/dask_scaleout.py`, README "On a Dask cluster").

`restore_malloc_thresholds` sets the thresholds that glibc's sliding rule reaches once
large blocks have been freed: mmap above 32 MiB (its ceiling on 64-bit systems), trim
above twice that. It acts only where the trim threshold was lowered through the
environment and the mmap threshold was left alone, and only on glibc.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Callable, Mapping

TRIM_VARIABLE = "MALLOC_TRIM_THRESHOLD_"
MMAP_VARIABLE = "MALLOC_MMAP_THRESHOLD_"
M_TRIM_THRESHOLD = -1  # mallopt parameters, from glibc's malloc.h
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 32 * 1024 * 1024
TRIM_THRESHOLD = 2 * MMAP_THRESHOLD


def restore_malloc_thresholds(environ: Mapping[str, str] = os.environ) -> bool:
    """Raise the mmap and trim thresholds if the environment lowered them; whether it did."""
    if not needs_restoring(environ):
        return False
    mallopt = glibc_mallopt()
    if mallopt is None:
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)
                and mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD))


def needs_restoring(environ: Mapping[str, str]) -> bool:
    """Whether `environ` fixes the trim threshold under ours and leaves mmap's alone."""
    if MMAP_VARIABLE in environ:
        return False  # whoever set it chose the mapping on purpose
    value = environ.get(TRIM_VARIABLE, "").strip()
    return value.isdigit() and int(value) < TRIM_THRESHOLD


def glibc_mallopt() -> Callable[[int, int], int] | None:
    """glibc's `mallopt`, or None on another C library (musl, macOS, Windows)."""
    try:
        libc = ctypes.CDLL(None)
    except (OSError, TypeError):
        return None
    if not hasattr(libc, "gnu_get_libc_version") or not hasattr(libc, "mallopt"):
        return None
    mallopt = libc.mallopt
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    function: Callable[[int, int], int] = mallopt
    return function
