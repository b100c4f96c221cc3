"""The reliability drills (bench/drills) in small: CI runs them so their figures stay true.

Full size, they are commands to run by hand (`bench/drills/*.py`, figures in the issue's
closing note); here each runs with a few inputs of every kind and a few kills.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

pytest_plugins = ["db_fixtures"]

DRILLS = Path(__file__).resolve().parents[2] / "bench" / "drills"


def _drill(name: str, *options: str) -> dict:
    done = subprocess.run([sys.executable, str(DRILLS / name), *options, "--json"],
                          capture_output=True, text=True, timeout=1200, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_bad_inputs_drill_no_abort_nothing_unaccounted(postgres_server: str) -> None:
    report = _drill("bad_inputs.py", "--scale", "0.05")
    assert report["bad inputs"] >= 25
    for backend in ("sqlite", "postgresql"):
        result = report[backend]
        assert result["batch aborts"] == 0 and result["unaccounted"] == 0, result
        assert result["exit code"] == 1 and not result["traceback in output"]
    assert report["same outcome on every backend"]


def test_crash_drill_no_damage_every_document_once(postgres_server: str) -> None:
    report = _drill("crash.py", "--kills", "3", "--documents", "8", "--seed", "7")
    kills = report["kills"]
    assert kills["kills"] == 3 and kills["with --workers 2"] == 1
    assert (kills["damaged stores"], kills["re-runs not stored once"],
            kills["orphan workers"]) == (0, 0, 0), kills["problems"]
    outage = report["postgresql outage"]
    assert outage["first run exit code"] == 3 and outage["first run summary"], outage
    assert not outage["first run traceback"] and outage["re-run exit code"] == 0
    assert outage["every document once"], outage
