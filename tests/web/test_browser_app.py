"""The analyst's web app in a real browser: Debian's chromium driven by Playwright.

The store holds the cards of the example corpus and the inputs ingest rejected, as
tests/golden/cards has them; uvicorn serves it on a free loopback port with the production
Content-Security-Policy added, so a page that needs inline script fails here. Every
page must load without console errors or failed requests; the analyst's path (search
«Татарстан» → profile → graph edge → evidence highlighted in the document) must work;
every filter must change what is shown, and the export of a page must match it.
Screenshots go to var/screenshots (git-ignored), one per page.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from coopwatch.records import Document, Rejection
from coopwatch.settings import Settings
from coopwatch.store import repository
from live_server import chromium, live

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
       "form-action 'self'")
CARDS = Path(__file__).resolve().parents[1] / "golden" / "cards"
SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from coopwatch.api import create_app

    folder = tmp_path_factory.mktemp("app")
    app = create_app(Settings(database_url=f"sqlite:///{folder}/app.sqlite3"))

    @app.middleware("http")
    async def policy(request: Any, call_next: Any) -> Any:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        return response

    with app.state.database.sessions.begin() as session:
        for path in sorted(CARDS.glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            if "rejected" in data:  # the golden answer of an input ingest rejected
                name = path.name.split("_", 1)[1].removesuffix(".json")
                repository.save_rejection(session, rejection=Rejection(
                    name, data["rejected"], data["detail"]))
                continue
            card = Document.from_json(data)
            if repository.find_by_text(session, text=card.text) is None:
                repository.save_document(session, doc=card)
    with live(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as browser:
        yield browser


class Watched:
    """A page with every console error, page error, failed request and 4xx/5xx answer
    recorded."""

    def __init__(self, browser: Any) -> None:
        self.context = browser.new_context(accept_downloads=True)
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(m.text))
        self.page.on("pageerror", lambda e: self.problems.append(str(e)))
        self.page.on("requestfailed", self._failed)
        self.page.on("response", lambda r: r.status >= 400 and self.problems.append(
            f"{r.status} {r.url}"))

    def _failed(self, request: Any) -> None:
        # a request the browser dropped because the page moved on (a filter submitted
        # while the icon still loaded) is no failure of the page
        if request.failure != "net::ERR_ABORTED":
            self.problems.append(f"failed {request.url}: {request.failure}")

    def shot(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


@pytest.fixture()
def watched(browser: Any) -> Iterator[Watched]:
    watched = Watched(browser)
    yield watched
    watched.context.close()


PAGES = [
    ("overview", "/"),
    ("profile", "/entities/RU-TA"),
    ("profile_country", "/entities/CN"),
    ("graph", "/graph"),
    ("graph_all", "/graph?kind=all"),
    ("facts_events", "/facts"),
    ("facts_figures", "/facts?view=figures"),
    ("facts_flows", "/facts?view=flows"),
    ("search", "/search?q=Татарстан"),
    ("document", "/documents/574c6a9690acbd9d"),
    ("bad_page", "/?page=0"),
]


@pytest.mark.parametrize(("name", "path"), PAGES, ids=[name for name, _ in PAGES])
def test_every_page_loads_cleanly(server_url: str, watched: Watched, name: str, path: str
                                  ) -> None:
    answer = watched.page.goto(server_url + path)
    watched.page.wait_for_load_state("networkidle")
    watched.shot(name)
    if name == "bad_page":
        assert answer.status == 422
        assert "целым числом" in watched.page.inner_text(".problem")
        watched.problems = [p for p in watched.problems if "422" not in p]
    else:
        assert answer.status == 200
    assert watched.problems == []
    assert watched.page.locator("html[lang=ru]").count() == 1
    assert watched.page.locator("link[href='/static/style.css']").count() == 1


def test_the_analysts_path(server_url: str, watched: Watched) -> None:
    page = watched.page
    page.goto(server_url + "/")
    page.fill("header form.search input[name=q]", "Татарстан")
    page.click("header form.search button")
    page.wait_for_url("**/search?q=*")
    page.click("ul.entity-hits a[href='/entities/RU-TA']")
    page.wait_for_url("**/entities/RU-TA")
    assert "Татарстан" in page.inner_text("h1")
    page.click("a[href^='/graph?country=RU-TA']")
    page.wait_for_url("**/graph?*")
    edge = page.locator("svg.graph a.edge-link").first
    pair = edge.get_attribute("data-edge")
    assert pair and "RU-TA" in pair.split(",")
    edge.click()
    page.wait_for_selector("#pair table.pair-facts")
    watched.shot("graph_edge")
    evidence = page.locator("#pair a.evidence").first
    target = evidence.get_attribute("href")
    evidence.click()
    page.wait_for_url("**/documents/**")
    page.wait_for_selector("mark.active")
    watched.shot("document_evidence")
    fact = target.split("#fact-")[1]
    cited = page.locator(f'mark[data-facts~="{fact}"]')
    active = page.locator("mark.active")
    assert active.count() == cited.count() >= 1
    highlighted = "".join(active.all_inner_texts())
    for quote in page.locator(f'#fact-{fact} a.evidence').all_inner_texts():
        assert " ".join(quote.split()) in " ".join(highlighted.split())
    assert page.locator(f"#fact-{fact}.active").count() == 1
    assert watched.problems == []


def _rows(page: Any, selector: str = "table.facts tbody") -> str:
    """What a table shows, with how many match in all."""
    return page.inner_text("p.found") + page.inner_text(selector)


FACT_FILTERS = [
    ("events", "party", "Татарстан"),
    ("events", "type", "agreement"),
    ("events", "status", "planned"),
    ("events", "sector", "automotive"),
    ("events", "since", "2025-06"),
    ("events", "until", "2024"),
    ("events", "min_confidence", "0.9"),
    ("events", "sort", "date"),
    ("figures", "metric", "trade_turnover"),
    ("figures", "kind", "target"),
    ("flows", "party", "Китай"),
]


@pytest.mark.parametrize(("view", "name", "value"), FACT_FILTERS,
                         ids=[f"{view}-{name}" for view, name, _ in FACT_FILTERS])
def test_every_fact_filter_changes_what_is_shown(
    server_url: str, watched: Watched, view: str, name: str, value: str
) -> None:
    page = watched.page
    page.goto(f"{server_url}/facts?view={view}")
    before = _rows(page)
    field = page.locator(f"form.filters [name={name}]")
    if field.evaluate("element => element.tagName") == "SELECT":
        field.select_option(value)
    else:
        field.fill(value)
    page.click("form.filters button")
    page.wait_for_url(f"**/facts?*{name}=*")
    assert _rows(page) != before
    assert page.locator(f"form.filters [name={name}]").input_value() == value
    assert watched.problems == []


GRAPH_FILTERS = [
    ("country", "Китай"), ("type", "GEO"), ("geo_kind", "country"), ("sector", "automotive"),
    ("kind", "event"), ("event_type", "agreement"), ("since", "2025-06"),
    ("min_confidence", "0.95"),
]


@pytest.mark.parametrize(("name", "value"), GRAPH_FILTERS, ids=[n for n, _ in GRAPH_FILTERS])
def test_every_graph_filter_changes_what_is_shown(
    server_url: str, watched: Watched, name: str, value: str
) -> None:
    page = watched.page
    page.goto(f"{server_url}/graph?kind=all")
    before = _rows(page, "table.edges tbody")
    page.goto(f"{server_url}/graph?kind=all")
    field = page.locator(f"form.filters [name={name}]")
    if field.evaluate("element => element.tagName") == "SELECT":
        field.select_option(value)
    else:
        field.fill(value)
    if name != "kind":
        page.locator("form.filters [name=kind]").select_option("all")
    page.click("form.filters button")
    page.wait_for_url(f"**/graph?*{name}=*")
    assert _rows(page, "table.edges tbody") != before
    assert watched.problems == []


def test_the_export_matches_the_screen(server_url: str, watched: Watched) -> None:
    page = watched.page
    page.goto(f"{server_url}/facts?view=events&party=Китай&sort=date")
    shown = [row.locator("td").nth(6).inner_text().strip()
             for row in page.locator("table.facts tbody tr").all()]
    dates = [row.locator("td").nth(0).inner_text().strip()
             for row in page.locator("table.facts tbody tr").all()]
    with page.expect_download() as download:
        page.click("a.export")
    content = Path(download.value.path()).read_bytes()
    assert content.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))
    assert len(rows) == len(shown) >= 2
    for row, title, date in zip(rows, shown, dates, strict=True):
        assert title.startswith(row["document_title"])
        assert "CN" in row["participants"].split("; ")
        assert "Китай" in row["participant_names"]
        if row["date"].startswith("--"):  # a year-less date takes the publication year
            assert date.endswith(row["date"][1:]) and date[:4] == row["published"][:4]
        else:
            assert date.startswith(row["date"] or "дата неизвестна")
