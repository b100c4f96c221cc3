"""A `--dask` address to a connected Dask client.

- `tcp://host:8786` (or `tls://`, `ws://`...): the scheduler of a running cluster;
- `local:N`: a LocalCluster of N worker processes, one thread each, on this machine
  (`local:0`: one per CPU), closed when the command ends.

A LocalCluster runs with `LOCAL_CONFIG`, which thins out Dask's periodic work. There is
no dashboard to show what the workers' statistical profiler (a stack sample of the task
thread every 10 ms) and the system monitor (every 0.5 s, disk counters included)
gather, so the profiler is off and the monitor runs every 2 s without disk counters;
the event loop ticks every 200 ms instead of 20, and memory limits are checked every
0.5 s instead of 0.1. Idle, a cluster of 2 workers used about 10 % of a core with Dask's
defaults and 2.5 % with these; that cost grows with a batch's wall time, not with its
documents, so it weighed most on a loaded machine. A cluster started with `dask
scheduler` and `dask worker` keeps its own configuration (the README says how to set
the same there).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

import dask
from distributed import Client, LocalCluster

LOCAL = "local:"
CONNECT_TIMEOUT = 30.0
LOCAL_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "200ms",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.admin.system-monitor.disk": False,
    "distributed.worker.memory.monitor-interval": "500ms",
}


def parse_address(address: str) -> str | int:
    """The scheduler address, or the number of local workers of `local:N`."""
    if address.startswith(LOCAL):
        count = address.removeprefix(LOCAL)
        if not count.isdigit():
            raise ValueError(f"local:N needs a number of workers, not {count!r}")
        return int(count) or os.cpu_count() or 1
    if "://" not in address:
        raise ValueError(f"a Dask address is tcp://host:port or local:N, not {address!r}")
    return address


@contextmanager
def connect(address: str, *, wait_for_workers: float = CONNECT_TIMEOUT) -> Iterator[Client]:
    """A client of the cluster at `address`, with at least one worker ready."""
    target = parse_address(address)
    if isinstance(target, int):
        with (dask.config.set(LOCAL_CONFIG),
              LocalCluster(n_workers=target, threads_per_worker=1, processes=True,
                           dashboard_address=None) as cluster,
              Client(cluster) as client):
            yield client
        return
    with Client(target, timeout=wait_for_workers) as client:
        client.wait_for_workers(1, timeout=wait_for_workers)
        yield client
