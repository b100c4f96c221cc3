"""The answers kept per store fingerprint (`web.cache`): computed once, also when many
requests ask for one at the same time, and again once the store changes."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from builders import kazan_card, spb_card
from coopwatch.settings import Settings
from coopwatch.store import repository
from coopwatch.store.db import Database, migrate
from coopwatch.web.cache import kept


def test_concurrent_requests_wait_for_one_computation(tmp_path: Path) -> None:
    settings = Settings(database_url=f"sqlite:///{tmp_path}/kept.sqlite3")
    migrate(settings)
    database = Database.connect(settings)
    calls: list[int] = []
    started = threading.Event()

    def compute() -> list[int]:
        calls.append(1)
        started.set()
        time.sleep(0.3)
        return [len(calls)]

    answers: list[list[int]] = []

    def ask() -> None:
        with database.sessions() as session:
            answers.append(kept(session, ("slow", str(tmp_path)), compute))

    try:
        first = threading.Thread(target=ask)
        first.start()
        assert started.wait(5)
        others = [threading.Thread(target=ask) for _ in range(7)]
        for thread in others:
            thread.start()
        for thread in [first, *others]:
            thread.join()
        assert len(calls) == 1 and len(answers) == 8
        assert all(answer is answers[0] for answer in answers)
        with database.sessions.begin() as session:
            repository.save_document(session, doc=spb_card())
            repository.save_document(session, doc=kazan_card())
        ask()
        assert len(calls) == 2 and answers[-1] == [2]
    finally:
        database.dispose()
