"""Dask workers get glibc's malloc thresholds back (`coopwatch.scaleout.memory`).

Dask's nanny starts workers with `MALLOC_TRIM_THRESHOLD_=65536`, which pins the mmap
threshold at 128 KiB: every larger block is mapped anew and faults in all its pages. The
mapped blocks are counted from malloc's own statistics, not timed; page-fault counts were
tried first and one CI kernel reported none.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

from coopwatch.scaleout.memory import TRIM_VARIABLE, needs_restoring

HERE = Path(__file__).resolve().parent
ON_GLIBC = platform.libc_ver()[0] == "glibc"
ROUNDS = 40

# The measuring process pins the thresholds as Dask's variable leaves them (the trim
# threshold set, the mmap threshold fixed at glibc's 128 KiB start) with `mallopt` itself,
# right before it counts: in a full test run the variable alone once left a process
# unpinned (no block mapped in 40), and what the test holds is that
# `restore_malloc_thresholds` undoes the pinning, not how glibc reads its environment.
MEASURE = f"""
import sys
from scaleout_faults import mapped_blocks
from coopwatch.scaleout.memory import (M_MMAP_THRESHOLD, M_TRIM_THRESHOLD, glibc_mallopt,
                                       restore_malloc_thresholds)
if sys.argv[1] != "default":
    mallopt = glibc_mallopt()
    assert mallopt(M_TRIM_THRESHOLD, 65536) and mallopt(M_MMAP_THRESHOLD, 128 * 1024)
restored = restore_malloc_thresholds() if sys.argv[1] == "restore" else False
print(restored, mapped_blocks(times={ROUNDS}))
"""


@pytest.mark.parametrize(("environ", "expected"), [
    ({TRIM_VARIABLE: "65536"}, True),  # Dask's nanny
    ({TRIM_VARIABLE: " 131072 "}, True),
    ({}, False),  # glibc's sliding thresholds: nothing to do
    ({TRIM_VARIABLE: str(1 << 30)}, False),  # already above ours
    ({TRIM_VARIABLE: "65536", "MALLOC_MMAP_THRESHOLD_": "1048576"}, False),  # chosen by hand
    ({TRIM_VARIABLE: "lots"}, False),
])
def test_which_environments_are_restored(environ: dict[str, str], expected: bool) -> None:
    assert needs_restoring(environ) is expected


# the only variables a measuring process takes from the test process: whatever earlier
# tests leaked into this process's environment (Dask's nanny writes its pre-spawn
# variables into it) stays out of the count
KEPT_VARIABLES = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR")


def _mapped(mode: str, **environ: str) -> tuple[str, int]:
    env = {key: os.environ[key] for key in KEPT_VARIABLES if key in os.environ}
    env.update(environ, PYTHONPATH=os.pathsep.join([str(HERE), *sys.path]))
    done = subprocess.run([sys.executable, "-c", MEASURE, mode], env=env, check=True,
                          capture_output=True, text=True, timeout=120)
    restored, mapped = done.stdout.split()
    return restored, int(mapped)


@pytest.mark.skipif(not ON_GLIBC, reason="the thresholds are glibc's")
def test_dask_s_trim_threshold_maps_every_large_block_anew_until_restored() -> None:
    pinned = _mapped("keep", **{TRIM_VARIABLE: "65536"})
    restored = _mapped("restore", **{TRIM_VARIABLE: "65536"})
    default = _mapped("default")
    if default[1] == 0:  # glibc maps the first block whatever the thresholds
        pytest.skip("Python's blocks do not come from glibc's malloc here (a preloaded one?)")
    assert pinned == ("False", ROUNDS)  # every block mapped anew
    assert restored == ("True", 0)  # ours: all from the heap
    assert default == ("False", 1)  # glibc's sliding threshold: the first block only
