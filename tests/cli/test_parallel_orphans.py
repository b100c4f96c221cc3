"""Issue 13, drill finding 12: pool workers die with their parent.

A parent process runs a pool of two real workers (spawned, as `ingest --workers 2`
does) and is then killed with SIGKILL, so it can shut nothing down. Its workers must
exit by themselves: they used to stay alive (about 400 MB each) forever.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

WORK_MODULE = textwrap.dedent("""
    import os, time

    def slow_echo(docs):
        time.sleep(0.2)
        return [doc.replace(sectors=(str(os.getpid()),)) for doc in docs]
""")
PARENT = textwrap.dedent("""
    import itertools, sys, time
    from coopwatch.parallel import map_in_pool
    from coopwatch.records import Document
    from orphan_work import slow_echo

    docs = (Document(id=f"n{i}", text="Текст") for i in itertools.count())
    seen = set()
    for card in map_in_pool(docs, workers=2, chunksize=1, work=slow_echo):
        seen.add(card.sectors[0])
        if len(seen) == 2:
            print(" ".join(sorted(seen)), flush=True)
            time.sleep(600)
""")
GRACE_SECONDS = 30  # a deadline for the exit, not a speed check: the watch polls twice a second


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in {"Z", "X"}


def test_workers_exit_when_their_parent_is_killed(tmp_path: Path) -> None:
    (tmp_path / "orphan_work.py").write_text(WORK_MODULE, encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), *sys.path])}
    parent = subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.PIPE,
                              text=True, env=environment)
    try:
        assert parent.stdout is not None
        workers = [int(pid) for pid in parent.stdout.readline().split()]
        assert len(workers) == 2 and all(_alive(pid) for pid in workers)
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + GRACE_SECONDS
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [pid for pid in workers if _alive(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert left == []
