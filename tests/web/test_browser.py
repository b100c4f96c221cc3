"""The dashboard in a real browser: Debian's chromium driven by Playwright.

The server is uvicorn on a free loopback port over a real SQLite store. Without a
chromium binary the test is skipped locally; under CI (CI=true) it fails instead, since
.ci/run installs chromium.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from builders import kazan_card, spb_card
from coopwatch.settings import Settings
from coopwatch.store import repository

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture()
def server_url(tmp_path: Path) -> Iterator[str]:
    import uvicorn  # the app's imports wait for the first test

    from coopwatch.api import create_app

    app = create_app(Settings(database_url=f"sqlite:///{tmp_path}/browser.sqlite3"))
    with app.state.database.sessions.begin() as session:
        repository.save_document(session, doc=spb_card())
        repository.save_document(session, doc=kazan_card())
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture()
def browser() -> Iterator[object]:
    if not CHROMIUM:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run installs Debian's chromium")
        pytest.skip("chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


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
