"""/docs and /redoc in a real browser (Debian's chromium via Playwright), offline and under
the Content-Security-Policy: the API's operations render, no request leaves the server,
nothing is refused by the policy and the console shows no error. The HTML pages are
checked the same way for CSP refusals.

Without a chromium binary the test is skipped locally; under CI (CI=true) it fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from builders import spb_card
from coopwatch.settings import Settings
from coopwatch.store import repository
from live_server import chromium, live


@pytest.fixture()
def server_url(tmp_path: Path) -> Iterator[str]:
    from coopwatch.api import create_app

    app = create_app(Settings(database_url=f"sqlite:///{tmp_path}/docs.sqlite3"),
                     pipeline=lambda doc: doc)
    with app.state.database.sessions.begin() as session:
        repository.save_document(session, doc=spb_card())
    with live(app) as url:
        yield url


@pytest.fixture()
def browser() -> Iterator[object]:
    with chromium() as browser:
        yield browser


def _watched_page(browser, server_url: str) -> tuple[object, list[str]]:
    """A page that records console errors, failed requests and requests elsewhere."""
    problems: list[str] = []
    page = browser.new_page()
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}")
            if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"failed: {r.url}"))
    host = urlsplit(server_url).netloc

    def outside(request: object) -> None:
        address = urlsplit(request.url)  # type: ignore[attr-defined]
        if address.scheme in ("http", "https") and address.netloc != host:
            problems.append(f"left the server: {request.url}")  # type: ignore[attr-defined]

    page.on("request", outside)
    return page, problems


def test_swagger_ui_renders_the_operations_offline(server_url: str, browser) -> None:
    page, problems = _watched_page(browser, server_url)
    page.goto(server_url + "/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=30000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/entities/{key}/profile" in path for path in paths)
    assert any("/api/jobs/{job_id}" in path for path in paths)
    for operation in ("/api/entities/{key}/profile", "/api/documents/{doc_id}"):
        page.locator(".opblock-summary-path", has_text=operation).first.click()
    page.wait_for_selector(".responses-wrapper .example", timeout=30000)
    examples = " ".join(page.locator(".responses-wrapper .example").all_inner_texts())
    assert '"partners"' in examples and '"evidence"' in examples
    assert "additionalProp" not in examples  # real schemas, not open objects
    assert problems == []


def test_redoc_renders_the_reference_offline(server_url: str, browser) -> None:
    page, problems = _watched_page(browser, server_url)
    page.goto(server_url + "/redoc")
    page.wait_for_selector("h1", timeout=30000)
    page.wait_for_function(
        "document.body.innerText.includes('/api/entities/{key}/profile')", timeout=30000)
    assert "coopwatch" in page.locator("h1").first.inner_text()
    assert problems == []


@pytest.mark.parametrize("path", ["/", "/documents/spb-by"])
def test_the_pages_break_no_rule_of_the_policy(server_url: str, browser, path: str) -> None:
    page, problems = _watched_page(browser, server_url)
    page.goto(server_url + path)
    page.wait_for_load_state("load")
    assert problems == []
