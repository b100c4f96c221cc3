"""Pipelines for the scale-out tests: cheap, and failing on purpose on marked texts.

Dask workers import this module by name (`factory="scaleout_faults:light"`); a
LocalCluster's processes are spawned with the test process's sys.path, which holds this
folder.
"""

from __future__ import annotations

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
