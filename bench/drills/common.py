"""What the drills share: news texts to store, running `coopwatch ingest`, reading a store.

The drills run the real command (`python -m coopwatch ingest`) in a child process, on
SQLite files and on PostgreSQL servers of their own (`scripts/pg_test_server.sh`).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, inspect, text

ROOT = Path(__file__).resolve().parents[2]
PG_SCRIPT = ROOT / "scripts" / "pg_test_server.sh"
REGIONS = ("Омской", "Томской", "Новосибирской", "Калужской", "Самарской", "Курской",
           "Тульской", "Псковской", "Амурской", "Иркутской", "Брянской", "Орловской")
PARTNERS = ("провинции Цзянсу", "Минской области", "Павлодарской области", "Ташкента",
            "провинции Хэйлунцзян", "Гомельской области", "Самаркандской области")
GOODS = ("зерна", "молока", "тракторов", "леса", "удобрений", "автобусов", "сои")


def news(number: int) -> str:
    """A short, distinct Russian news text (number 0, 1, 2… give different texts)."""
    region = REGIONS[number % len(REGIONS)]
    partner = PARTNERS[number // len(REGIONS) % len(PARTNERS)]
    goods = GOODS[number % len(GOODS)]
    return (f"Губернатор {region} области встретился с делегацией {partner}. Стороны "
            f"обсудили поставки {goods} объёмом {1000 + number} тонн в 2025 году и "
            f"строительство логистического центра. Соглашение № {number} подписано.")


@dataclass(frozen=True)
class Run:
    """One finished `coopwatch ingest`: exit code, output and the summary's figures."""

    code: int
    output: str

    @property
    def inputs(self) -> int | None:
        found = re.search(r"^(\d+) inputs, database", self.output, re.MULTILINE)
        return int(found.group(1)) if found else None

    def tally(self, status: str) -> int:
        found = re.search(rf"{status}\W+(\d+)", self.output)
        return int(found.group(1)) if found else 0


def ingest_command(paths: list[Path], url: str, *options: str) -> list[str]:
    return [sys.executable, "-m", "coopwatch", "ingest", *map(str, paths), "--db", url,
            *options]


def environment() -> dict[str, str]:
    return {**os.environ, "COLUMNS": "250", "PYTHONUNBUFFERED": "1"}


def run_ingest(paths: list[Path], url: str, *options: str, timeout: float = 3600) -> Run:
    done = subprocess.run(ingest_command(paths, url, *options), capture_output=True,
                          timeout=timeout, env=environment(), check=False)
    output = (done.stdout + done.stderr).decode("utf-8", errors="backslashreplace")
    return Run(done.returncode, output)


@contextmanager
def postgres_server() -> Iterator[tuple[str, str]]:
    """(URL, folder) of a throwaway PostgreSQL server the drill may stop and start."""
    folder = tempfile.mkdtemp(prefix="coopwatch-drill-pg-")
    started = subprocess.run([str(PG_SCRIPT), "start", folder], capture_output=True,
                             text=True, check=True)
    try:
        yield started.stdout.strip().splitlines()[-1], folder
    finally:
        subprocess.run([str(PG_SCRIPT), "stop", folder], capture_output=True, check=False)


def server(action: str, folder: str) -> None:
    """`halt` or `resume` the drill's PostgreSQL server."""
    subprocess.run([str(PG_SCRIPT), action, folder], capture_output=True, check=True)


def scalar(url: str, query: str) -> object:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.scalar(text(query))
    finally:
        engine.dispose()


def rows(url: str, query: str) -> list[tuple[object, ...]]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(query))]
    finally:
        engine.dispose()


def tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
