"""The API contract drill in CI: schemathesis against a live server, bounded and seeded.

bench/contract.py serves the app (uvicorn, a real SQLite store holding a few cards) and
runs `st run` with every check but schema-valid acceptance (see EXCLUDED_CHECKS there);
any 5xx, undeclared status, media type or body that breaks its schema fails the test.
The bench script's own run uses thousands of cases; this one a few per operation.
"""

from __future__ import annotations

from pathlib import Path

from builders import bench_module, kazan_card, spb_card, tatar_card
from coopwatch.settings import Settings
from coopwatch.store import repository
from coopwatch.store.db import Database, migrate

CASES_PER_OPERATION = 8
SEED = 13


def test_schemathesis_finds_no_server_error_and_no_contract_violation(tmp_path: Path) -> None:
    contract = bench_module("contract")
    store = tmp_path / "contract.sqlite3"
    settings = Settings(database_url=f"sqlite:///{store}")
    migrate(settings)
    database = Database.connect(settings)
    with database.sessions.begin() as session:
        for card in (spb_card(), kazan_card(), tatar_card()):
            repository.save_document(session, doc=card)
    database.dispose()
    with contract.served(store) as url:
        code, output = contract.drill(url, max_examples=CASES_PER_OPERATION, seed=SEED)
    assert contract.cases(output) > 100, output
    assert code == 0, output
