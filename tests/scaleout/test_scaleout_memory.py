"""Dask workers get glibc's malloc thresholds back (`coopwatch.scaleout.memory`).

Dask's nanny starts workers with `MALLOC_TRIM_THRESHOLD_=65536`, which pins the mmap
threshold at 128 KiB: every larger block is mapped anew and faults in all its pages. The
page faults are counted, not timed.
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
PAGES_PER_BLOCK = (1 << 20) // os.sysconf("SC_PAGE_SIZE")
ROUNDS = 40

MEASURE = f"""
import sys
from scaleout_faults import counts_minor_faults, fresh_page_faults
from coopwatch.scaleout.memory import restore_malloc_thresholds
restored = restore_malloc_thresholds() if sys.argv[1] == "restore" else False
print(counts_minor_faults(), restored, fresh_page_faults(1 << 20, {ROUNDS}))
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


def _faults(mode: str, **environ: str) -> tuple[str, int]:
    env = {key: os.environ[key] for key in KEPT_VARIABLES if key in os.environ}
    env.update(environ, PYTHONPATH=os.pathsep.join([str(HERE), *sys.path]))
    done = subprocess.run([sys.executable, "-c", MEASURE, mode], env=env, check=True,
                          capture_output=True, text=True, timeout=120)
    counted, restored, faults = done.stdout.split()
    if counted != "True":
        pytest.skip("this kernel does not count the process's minor page faults")
    return restored, int(faults)


@pytest.mark.skipif(not ON_GLIBC, reason="the thresholds are glibc's")
def test_dask_s_trim_threshold_maps_every_large_block_anew_until_restored() -> None:
    pinned = _faults("keep", **{TRIM_VARIABLE: "65536"})
    restored = _faults("restore", **{TRIM_VARIABLE: "65536"})
    default = _faults("restore")
    assert pinned[0] == "False" and pinned[1] >= ROUNDS * PAGES_PER_BLOCK // 2
    assert restored[0] == "True" and restored[1] < 4 * PAGES_PER_BLOCK
    assert default[0] == "False" and default[1] < 4 * PAGES_PER_BLOCK
