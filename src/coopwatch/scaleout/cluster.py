"""A `--dask` address to a connected Dask client.

- `tcp://host:8786` (or `tls://`, `ws://`...): the scheduler of a running cluster;
- `local:N`: a LocalCluster of N worker processes, one thread each, on this machine
  (`local:0`: one per CPU), closed when the command ends.

A LocalCluster runs with `LOCAL_CONFIG`: without a dashboard, the workers' statistical
profiler (a stack sample of the task thread every 10 ms, for the dashboard) and a 20 ms
event-loop tick are periodic work for nothing. Idle, they cost a cluster of 2 workers
about 10 % of a core (3.5 % without them), and that cost grows with the wall time of a
batch, not with its documents. A cluster started with `dask scheduler` and `dask worker`
keeps its own configuration (the README says how to set the same).
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
