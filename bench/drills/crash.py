"""Drill: kill `coopwatch ingest` at random moments, migrations included; stop PostgreSQL
in the middle of a batch. No kill may damage the store, and a re-run must store every
document exactly once.

    .venv/bin/python bench/drills/crash.py [--kills 20] [--seed 13] [--workers-every 3]
                                           [--no-postgres] [--json]

Kills (SIGKILL, so nothing is cleaned up): the drill ingests a folder of news texts
into SQLite files; each file's first kill lands within a second of the file's
creation, while the new database is being migrated, the later ones anywhere in the
batch. A kill that leaves
a hot rollback journal beside a new file was inside the migration transaction (the
store only turns WAL on after migrating), and is counted as such. Every few kills
the batch runs with `--workers 2`, and the drill checks its workers exit too. After
every kill it checks the store: `PRAGMA integrity_check` and `foreign_key_check`, no
`_alembic_tmp` table left, the schema version either absent (killed before the
first migration committed) or the head. Each database then gets a run to the end,
and its documents must be exactly the texts of the folder, each once (same ids as a
clean run, content hashes unique, one search entry per document).

Outage: on a PostgreSQL server of its own, the drill starts the batch, stops the
server once a few documents are stored, and expects a summary, exit code 3 and no
traceback; it restarts the server, runs again, and checks every document is stored
once. Reported: kills, damaged stores, orphan workers, and the outage's figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from common import (
    environment,
    ingest_command,
    news,
    postgres_server,
    rows,
    run_ingest,
    scalar,
    server,
    tables,
)


def _migrations_head() -> str | None:
    """The newest revision of the store's migrations."""
    from alembic.script import ScriptDirectory

    from coopwatch.store.db import alembic_config

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


HEAD = _migrations_head()
MIGRATION_WINDOW = (0.0, 1.0)  # seconds after the new file appears: the migrations
BATCH_WINDOW = (0.3, 10.0)
DOCUMENTS = 30
KILLS_PER_DATABASE = 4
ORPHAN_GRACE = 30.0  # seconds: a deadline, not a speed figure


def make_folder(folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    for number in range(count):
        (folder / f"{number:03}.txt").write_text(news(number), encoding="utf-8")


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                status = (entry / "status").read_text()
            except OSError:
                continue
            if f"\nPPid:\t{pid}\n" in status:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in {"Z", "X"}


def kill_at(command: list[str], delay: float, after: Path | None = None
            ) -> tuple[bool, list[int]]:
    """Run `command`, SIGKILL it `delay` s after it starts (or after the file `after`
    appears); (was it still running, its children)."""
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             env=environment())
    deadline = time.monotonic() + 120
    while after is not None and not after.exists() and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(delay)
    running = child.poll() is None
    workers = children_of(child.pid) if running else []
    child.send_signal(signal.SIGKILL)
    child.wait()
    return running, workers


def outliving(pids: list[int]) -> list[int]:
    """The processes still alive after `ORPHAN_GRACE` seconds (a worker still importing
    exits when it starts; the resource tracker when the workers are gone)."""
    deadline = time.monotonic() + ORPHAN_GRACE
    while any(map(alive, pids)) and time.monotonic() < deadline:
        time.sleep(0.2)
    return [pid for pid in pids if alive(pid)]


def damage(url: str) -> list[str]:
    """What is wrong with a SQLite store after a kill (empty: nothing)."""
    problems = []
    names = tables(url)
    if "alembic_version" in names:
        version = scalar(url, "SELECT version_num FROM alembic_version")
        if version not in (None, HEAD):
            problems.append(f"schema version {version}")
    problems += [f"left-over table {name}" for name in names if name.startswith("_alembic_tmp")]
    check = scalar(url, "PRAGMA integrity_check")
    if check != "ok":
        problems.append(f"integrity_check: {check}")
    if rows(url, "PRAGMA foreign_key_check"):
        problems.append("foreign_key_check fails")
    return problems


def stored_once(url: str, expected: set[str]) -> list[str]:
    """What is wrong with the documents after a full run (empty: each stored once)."""
    ids = [row[0] for row in rows(url, "SELECT id FROM documents")]
    problems = []
    if sorted(ids) != sorted(expected):
        problems.append(f"{len(ids)} documents, {len(set(ids) ^ expected)} differ")
    hashes = scalar(url, "SELECT COUNT(DISTINCT content_hash) FROM documents")
    if hashes != len(ids):
        problems.append(f"{hashes} distinct texts for {len(ids)} documents")
    search = scalar(url, "SELECT COUNT(*) FROM document_search")
    if search != len(ids):
        problems.append(f"{search} search entries for {len(ids)} documents")
    return problems


def kill_drill(work: Path, folder: Path, kills: int, rng: random.Random,
               workers_every: int) -> dict[str, object]:
    clean = f"sqlite:///{work}/clean.sqlite3"
    baseline = run_ingest([folder], clean)
    expected = {str(row[0]) for row in rows(clean, "SELECT id FROM documents")}
    results = {"kills": 0, "killed while running": 0, "aimed at the migration": 0,
               "killed inside a migration": 0,
               "damaged stores": 0, "re-runs not stored once": 0, "orphan workers": 0,
               "with --workers 2": 0, "problems": [], "baseline stored": len(expected),
               "baseline exit": baseline.code}
    database = 0
    url = ""
    for kill in range(kills):
        first = kill % KILLS_PER_DATABASE == 0
        if first:
            if url:
                results["re-runs not stored once"] += _finish(url, folder, expected, results)
            database += 1
            url = f"sqlite:///{work}/killed_{database}.sqlite3"
        delay = rng.uniform(*(MIGRATION_WINDOW if first else BATCH_WINDOW))
        options = ["--workers", "2"] if workers_every and kill % workers_every == 1 else []
        path = Path(url.removeprefix("sqlite:///"))
        running, workers = kill_at(ingest_command([folder], url, *options), delay,
                                   after=path if first else None)
        results["kills"] += 1
        results["killed while running"] += running
        results["aimed at the migration"] += first
        results["with --workers 2"] += bool(options)
        orphans = outliving(workers)
        if orphans:
            results["orphan workers"] += len(orphans)
            results["problems"].append(f"kill {kill}: workers {orphans} outlived the parent")
            for pid in orphans:
                os.kill(pid, signal.SIGKILL)
        journal = Path(f"{path}-journal")
        results["killed inside a migration"] += journal.exists() and journal.stat().st_size > 0
        problems = damage(url) if path.exists() else []
        if problems:
            results["damaged stores"] += 1
            results["problems"].append(f"kill {kill} at {delay:.1f} s: {problems}")
    results["re-runs not stored once"] += _finish(url, folder, expected, results)
    return results


def _finish(url: str, folder: Path, expected: set[str], results: dict) -> int:
    run = run_ingest([folder], url)
    problems = stored_once(url, expected)
    if run.code != 0:
        problems.append(f"re-run exit code {run.code}")
    if problems:
        results["problems"].append(f"{url}: {problems}")
    return int(bool(problems))


def outage_drill(folder: Path, expected_count: int) -> dict[str, object]:
    with postgres_server() as (url, pg_folder):
        child = subprocess.Popen(ingest_command([folder], url), stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, env=environment())
        stored_before = 0
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and child.poll() is None:
            try:
                stored_before = int(scalar(url, "SELECT COUNT(*) FROM documents") or 0)
            except Exception:
                stored_before = 0
            if stored_before >= max(1, expected_count // 4):
                break
            time.sleep(0.2)
        server("halt", pg_folder)
        stopped_at = time.monotonic()
        output, _ = child.communicate(timeout=600)
        stopped_after = time.monotonic() - stopped_at
        text = output.decode("utf-8", errors="backslashreplace")
        server("resume", pg_folder)
        stored_by_first = int(scalar(url, "SELECT COUNT(*) FROM documents") or 0)
        again = run_ingest([folder], url)
        ids = [row[0] for row in rows(url, "SELECT id FROM documents")]
        hashes = scalar(url, "SELECT COUNT(DISTINCT content_hash) FROM documents")
        return {
            "stored when the server stopped": stored_before,
            "first run exit code": child.returncode,
            "first run summary": "inputs, database" in text and "stopped:" in text,
            "first run traceback": "Traceback" in text,
            "first run seconds after the stop": round(stopped_after, 1),
            "stored by the first run": stored_by_first,
            "re-run exit code": again.code,
            "re-run stored / duplicate": [again.tally("stored"), again.tally("duplicate")],
            "documents after the re-run": len(ids), "distinct texts": hashes,
            "expected documents": expected_count,
            "every document once": len(ids) == expected_count == hashes == len(set(ids)),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--workers-every", type=int, default=3)
    parser.add_argument("--documents", type=int, default=DOCUMENTS)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="coopwatch-drill-crash-"))
    try:
        folder = work / "news"
        make_folder(folder, options.documents)
        report: dict[str, object] = {"documents": options.documents}
        report["kills"] = kill_drill(work, folder, options.kills, random.Random(options.seed),
                                     options.workers_every)
        if not options.no_postgres:
            report["postgresql outage"] = outage_drill(folder, options.documents)
        print(json.dumps(report, ensure_ascii=False, indent=None if options.json else 2))
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
