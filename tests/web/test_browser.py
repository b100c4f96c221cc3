"""The dashboard in a real browser: Debian's chromium driven by Playwright.

The server is uvicorn on a free loopback port over a real SQLite store. Without a
chromium binary the test is skipped locally; under CI (CI=true) it fails instead, since
.ci/run installs chromium.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from builders import kazan_card, spb_card
from coopwatch.settings import Settings
from coopwatch.store import repository
from live_server import chromium, live


@pytest.fixture()
def server_url(tmp_path: Path) -> Iterator[str]:
    from coopwatch.api import create_app

    app = create_app(Settings(database_url=f"sqlite:///{tmp_path}/browser.sqlite3"))
    with app.state.database.sessions.begin() as session:
        repository.save_document(session, doc=spb_card())
        repository.save_document(session, doc=kazan_card())
    with live(app) as url:
        yield url


@pytest.fixture()
def browser() -> Iterator[object]:
    with chromium() as browser:
        yield browser


def test_dashboard_lists_documents_and_opens_a_card(server_url: str, browser, tmp_path: Path) -> None:
    page = browser.new_page()
    page.goto(server_url + "/")
    assert page.locator("a[href='/documents/spb-by']").count() == 1
    page.click("a[href='/documents/spb-by']")
    page.wait_for_url("**/documents/spb-by")
    assert page.title() == "Петербург и Белоруссия"
    assert page.locator("mark").count() >= 1, "evidence is highlighted"
    page.screenshot(path=str(tmp_path / "card.png"), full_page=True)
    assert (tmp_path / "card.png").stat().st_size > 1000
