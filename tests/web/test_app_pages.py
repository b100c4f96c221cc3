"""The analyst's pages over a real SQLite store, without a browser: names, Russian labels,
friendly errors, targets against results, USD equivalents, exports users open directly."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree

import pytest

from builders import kazan_card, spb_card, tatar_card
from coopwatch.records import Figure
from coopwatch.settings import Settings
from coopwatch.store import read, repository
from coopwatch.web.money import in_usd, rates
from coopwatch.web.targets import check_targets

if TYPE_CHECKING:
    from fastapi.testclient import TestClient

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


@pytest.fixture()
def client(tmp_path: Path) -> Iterator[TestClient]:
    from fastapi.testclient import TestClient  # the app's imports wait for the first test

    from coopwatch.api import create_app

    app = create_app(Settings(database_url=f"sqlite:///{tmp_path}/pages.sqlite3"))
    with app.state.database.sessions.begin() as session:
        for card in (spb_card(), kazan_card(), tatar_card()):
            repository.save_document(session, doc=card)
    with TestClient(app) as client:
        yield client


@pytest.mark.parametrize("path", [
    "/", "/facts", "/facts?view=figures", "/facts?view=flows", "/graph", "/graph?kind=all",
    "/search?q=Татарстан", "/entities/RU-SPE", "/entities/per:Кирилл Поляков",
    "/documents/spb-by", "/graph?edge=RU-SPE,BY",
])
def test_pages_answer_in_russian_with_names(client: TestClient, path: str) -> None:
    html = client.get(path).text
    assert client.get(path).status_code == 200
    assert '<html lang="ru">' in html and "<script>" not in html and "onclick" not in html
    for english in (">meeting<", ">agreement<", ">done<", ">automotive<", ">GEO<",
                    ">trade_turnover<", ">exact<", "e+"):
        assert english not in html, (path, english)


def test_the_profile_names_partners_and_links_evidence(client: TestClient) -> None:
    html = client.get("/entities/RU-SPE").text
    assert "<h1>Санкт-Петербург" in html
    partners = html.split('class="partners"')[1].split("</table>")[0]
    assert partners.index("Белоруссия") < partners.index("Татарстан")
    assert 'href="/documents/spb-by#fact-event-' in html
    assert "вице-губернатор" in html and "Кирилл Поляков" in html
    assert "3 млрд" in html


@pytest.mark.parametrize(("path", "status", "says"), [
    ("/?page=0", 422, "целым числом"), ("/?page=abc", 422, "целым числом"),
    ("/?page=99", 404, "Страницы 99 нет"), ("/facts?since=2024-13", 422, "непонятная дата"),
    ("/facts?party=Татарстн", 422, "возможно: Татарстан (RU-TA)"),
    ("/facts?party=XX", 422, "неизвестная сущность"), ("/entities/XX", 404, "нет"),
    ("/entities/Петербург", 404, "Санкт-Петербург (RU-SPE)"),
    ("/documents/nope", 404, "не найден"), ("/facts?min_confidence=2", 422, "от 0 до 1"),
    ("/graph?since=вчера", 422, "непонятная дата"), ("/search?q=%20!", 422, "ни одного слова"),
])
def test_bad_input_gets_a_russian_page(client: TestClient, path: str, status: int,
                                       says: str) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert "text/html" in response.headers["content-type"]
    assert says in response.text


@pytest.mark.parametrize("path", ["/api/events?party=XX", "/api/events?party=Татарстн",
                                  "/api/events?since=2024-13", "/api/graph?country=Атлантида",
                                  "/api/export/events.csv?party=XX"])
def test_bad_input_is_a_json_422_on_the_api(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 422
    assert "detail" in response.json()


def test_the_api_takes_names_and_russian_labels(client: TestClient) -> None:
    by_key = client.get("/api/events", params={"party": "RU-TA"}).json()
    by_name = client.get("/api/events", params={"party": "Татарстана"}).json()
    assert by_key == by_name and by_key["total"] == 2
    assert client.get("/api/events", params={"sector": "автомобили"}).json()["total"] == 2


def test_search_marks_the_matched_words(client: TestClient) -> None:
    html = client.get("/search", params={"q": "поставки"}).text
    assert '<mark class="hit">поставляют</mark>' in html or '<mark class="hit">поставки' in html
    assert 'href="/entities/RU-TA"' in client.get("/search", params={"q": "Татарстана"}).text


def test_search_says_when_more_documents_match_than_it_ranks(
    client: TestClient, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from coopwatch.store import search

    every = client.get("/search", params={"q": "Татарстан"}).text
    assert "Документы (2)" in every and 'class="more"' not in every
    monkeypatch.setattr(search, "RANKED_MATCHES", 1)
    html = client.get("/search", params={"q": "Татарстана"}).text
    assert "Документы (1+)" in html and 'class="more"' in html
    assert html.count('<li><a href="/documents/') == 1
    assert '<mark class="hit">Татарстан' in html
    assert client.get("/search", params={"q": "Татарстана", "page": 2}).status_code == 404


def test_csv_opens_in_a_russian_excel(client: TestClient) -> None:
    plain = client.get("/api/export/events.csv", params={"party": "Петербург"}).content
    semicolon = client.get("/api/export/events.csv",
                           params={"party": "RU-SPE", "delimiter": ";"}).content
    assert plain.startswith(b"\xef\xbb\xbf") and semicolon.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(semicolon.decode("utf-8-sig")), delimiter=";"))
    assert rows == list(csv.DictReader(io.StringIO(plain.decode("utf-8-sig"))))
    spb = next(row for row in rows if row["type"] == "agreement")
    assert spb["document_title"] == "Петербург и Белоруссия"
    assert spb["document_url"] == "https://example.ru/spb"
    assert spb["participants"] == "RU-SPE; BY"
    assert spb["participant_names"] == "Санкт-Петербург; Белоруссия"


def test_a_page_of_the_export_is_the_page_on_screen(client: TestClient) -> None:
    page = client.get("/api/export/events.csv", params={"limit": 1, "offset": 1}).content
    listed = client.get("/api/events", params={"limit": 1, "offset": 1}).json()["items"]
    rows = list(csv.DictReader(io.StringIO(page.decode("utf-8-sig"))))
    assert [row["document_id"] for row in rows] == [item["source"]["document_id"]
                                                    for item in listed]


def test_graphml_edges_carry_sectors_dates_and_documents(client: TestClient) -> None:
    root = ElementTree.fromstring(client.get("/api/export/graph.graphml").content)
    edges = {(e.get("source"), e.get("target")): {
        d.get("key"): d.text for d in e.findall(f"{GRAPHML}data")}
        for e in root.iter(f"{GRAPHML}edge")}
    edge = edges[("BY", "RU-SPE")]
    assert edge["documents"] == "spb-by; ta-zj"
    assert set(edge["sectors"].split("; ")) == {"automotive", "chemicals"}
    assert (edge["first_date"], edge["last_date"], edge["facts"]) == (
        "2024-03-05", "2025-09-29", "1")


def _figure(kind: str, value: float, period: str, unit: str = "USD") -> read.FigureItem:
    origin = read.FactOrigin(1, "d", None, None, 1, 1, None)
    return read.FigureItem(origin, "trade_turnover", value, unit, "exact", kind, period, None,
                           ("RU-TA", "CN"), (), None)


@pytest.mark.parametrize(("actuals", "verdict"), [
    ([("actual", 3.2e9, "2025")], "met"),
    ([("actual", 2.1e9, "2025")], "missed"),
    ([("actual", 2.1e9, "2024")], "open"),
    ([("actual", 5e9, "2025", "RUB")], "open"),
    ([], "open"),
])
def test_targets_against_results(actuals: list[tuple], verdict: str) -> None:
    figures = [_figure("target", 3e9, "2025"), *(_figure(*a) for a in actuals)]
    [check] = check_targets(figures, this_year=2026)
    assert check.verdict == verdict


def test_a_target_of_a_coming_year_is_open() -> None:
    figures = [_figure("target", 3e9, "2030"), _figure("actual", 1e9, "2025")]
    assert check_targets(figures, this_year=2026)[0].verdict == "open"


def test_usd_equivalents_from_the_shipped_annual_rates() -> None:
    assert in_usd(100.0, "USD", 2024) == 100.0
    assert in_usd(rates()["RUB"][2023] * 10, "RUB", 2023) == pytest.approx(10)
    assert in_usd(rates()["CNY"][2024], "CNY", 2031) == pytest.approx(1)  # nearest year
    assert in_usd(5.0, "тонна", 2024) is None
    figure = Figure("trade_turnover", 1.0e9, "RUB", period="2024")
    assert figure.unit in rates()
