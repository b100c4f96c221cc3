"""The JSON API over a real store with a few cards, on SQLite and on PostgreSQL:
filters, pages, errors, exports; and cards version 2 (relevance and confidence in the
answers and /docs, the min_confidence and on_topic filters)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING
from xml.etree import ElementTree

import pytest

from builders import bench_module, kazan_card, spb_card, tatar_card, version_2_cards
from coopwatch.records import Document
from coopwatch.settings import Settings
from coopwatch.store import repository

if TYPE_CHECKING:
    from fastapi.testclient import TestClient

pytest_plugins = ["db_fixtures"]

TOKEN = "s3cret-token"
def serving(database_url: str, cards: Iterable[Document]) -> Iterator[TestClient]:
    """A client of the app over a store holding `cards`."""
    from fastapi.testclient import TestClient  # the app's imports wait for the first test

    from coopwatch.api import create_app

    settings = Settings(database_url=database_url, api_token=TOKEN)
    app = create_app(settings, pipeline=lambda doc: doc)
    with app.state.database.sessions.begin() as session:
        for card in cards:
            repository.save_document(session, doc=card)
    with TestClient(app) as client:
        yield client


@pytest.fixture()
def client(database_url: str) -> Iterator[TestClient]:
    yield from serving(database_url, (spb_card(), kazan_card(), tatar_card()))


def _get(client: TestClient, url: str, **params: object) -> dict:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def _event_keys(page: dict) -> list[tuple[str, str]]:
    return [(item["source"]["document_id"], item["type"]) for item in page["items"]]


@pytest.mark.parametrize(("params", "expected"), [
    ({}, [("ta-zj", "localization"), ("spb-by", "visit"), ("spb-by", "agreement"),
          ("ta-spb", "visit")]),
    ({"type": "visit"}, [("spb-by", "visit"), ("ta-spb", "visit")]),
    ({"status": "proposed"}, [("ta-zj", "localization")]),
    ({"party": "RU-SPE"}, [("spb-by", "visit"), ("spb-by", "agreement"), ("ta-spb", "visit")]),
    ({"party": ["RU-TA", "RU-SPE"]}, [("ta-spb", "visit")]),
    ({"pair": "RU-SPE,BY"}, [("spb-by", "agreement")]),
    ({"party": ["RU-TA", "CN"]}, []),
    ({"party": ["RU-TA", "CN"], "subregions": True}, [("ta-zj", "localization")]),
    ({"sector": "automotive"}, [("ta-zj", "localization"), ("spb-by", "agreement")]),
    ({"sector": "chemicals"}, [("ta-spb", "visit")]),
    ({"since": "2025"}, [("spb-by", "visit"), ("spb-by", "agreement")]),
    ({"since": "2025-09-10"}, [("spb-by", "visit")]),
    ({"until": "2024"}, [("ta-zj", "localization")]),
    ({"period": "2024-01/2024-06"}, [("ta-zj", "localization")]),
    ({"period": "2025-09"}, [("spb-by", "visit"), ("spb-by", "agreement")]),
])
def test_events_filters(client: TestClient, params: dict, expected: list) -> None:
    page = _get(client, "/api/events", **params)
    assert sorted(_event_keys(page)) == sorted(expected)
    assert page["total"] == len(expected)


def test_events_newest_first_with_evidence_text(client: TestClient) -> None:
    items = _get(client, "/api/events")["items"]
    dates = [item["date"] for item in items]
    assert dates[:3] == ["2025-09-29", "2025-09", "2024-03"] and dates[-1] is None
    agreement = items[1]
    assert agreement["evidence"][0]["text"].startswith("Петербург и Белоруссия подписали")
    assert agreement["source"]["document_title"] == "Петербург и Белоруссия"


def test_pagination_keeps_the_total(client: TestClient) -> None:
    first = _get(client, "/api/events", limit=3)
    second = _get(client, "/api/events", limit=3, offset=3)
    assert (first["total"], second["total"]) == (4, 4)
    assert (len(first["items"]), len(second["items"])) == (3, 1)
    ids = {i["source"]["fact_id"] for i in first["items"] + second["items"]}
    assert len(ids) == 4


@pytest.mark.parametrize(("params", "expected"), [
    ({"metric": "trade_turnover"}, [("spb-by", "2024"), ("ta-zj", "2023")]),
    ({"metric": "trade_turnover", "pair": "RU-BRY,BY"}, [("ta-zj", "2023")]),
    ({"party": "BY", "period": "2024"}, [("spb-by", "2024")]),
    ({"kind": "target"}, []),
])
def test_figures_filters(client: TestClient, params: dict, expected: list) -> None:
    page = _get(client, "/api/figures", **params)
    assert [(i["source"]["document_id"], i["period"]) for i in page["items"]] == expected
    assert page["total"] == len(expected)


@pytest.mark.parametrize(("url", "params", "message"), [
    ("/api/events", {"since": "весной"}, "expected a year (2024), a month (2024-05)"),
    ("/api/figures", {"period": "2024-09/2024-01"}, "ends before it starts"),
    ("/api/events", {"type": "summit"}, "unknown event type 'summit'"),
    ("/api/figures", {"pair": "RU-BRY"}, "two different entity keys"),
    ("/api/graph", {"kind": "position"}, "unknown fact kind 'position'"),
    ("/api/export/events.csv", {"until": "2024-99"}, "bad period '2024-99'"),
])
def test_bad_parameters_are_422_with_a_message(
    client: TestClient, url: str, params: dict, message: str
) -> None:
    response = client.get(url, params=params)
    assert response.status_code == 422
    [issue] = response.json()["detail"]  # the shape of every 422 (schemas.Invalid)
    assert message in issue["msg"] and issue["loc"] == ["query"]


def test_limit_out_of_range_is_422(client: TestClient) -> None:
    assert client.get("/api/events", params={"limit": 501}).status_code == 422
    assert client.get("/api/events", params={"offset": -1}).status_code == 422


@pytest.mark.parametrize(("q", "keys"), [
    ("петербург", ["RU-SPE"]),          # name, case folded
    ("северная столица", ["RU-SPE"]),   # alias
    ("елкинский", ["org:Ёлкинский завод"]),  # ё read as е
    ("ru-ta", ["RU-TA"]),               # key
    ("брянщина", ["RU-BRY"]),
    ("нет такого", []),
])
def test_entity_search(client: TestClient, q: str, keys: list[str]) -> None:
    page = _get(client, "/api/entities", q=q)
    assert [item["key"] for item in page["items"]] == keys
    assert page["total"] == len(keys)


def test_entity_profile(client: TestClient) -> None:
    profile = _get(client, "/api/entities/RU-SPE/profile")
    assert profile["entity"]["name"] == "Санкт-Петербург"
    assert profile["entity"]["document_count"] == 2
    partners = {p["key"]: (p["facts"], p["documents"]) for p in profile["partners"]}
    assert partners["BY"] == (4, 2)  # agreement, figure, flow, a cooperation told twice
    assert partners["RU-TA"] == (1, 1)
    assert profile["partners"][0]["key"] == "BY"
    assert profile["sectors"]["automotive"] == 2 and profile["sectors"]["chemicals"] == 3
    assert profile["events"]["total"] == 3 and profile["figures"]["total"] == 1
    assert [p["title"] for p in profile["positions"]["items"]] == ["вице-губернатор"]


def test_a_profile_lists_20_of_each_by_default_and_more_on_request(database_url: str) -> None:
    maker = bench_module("synthetic_kb").CardMaker(seed=2)
    for client in serving(database_url, [maker.card(number) for number in range(120)]):
        top = _get(client, "/api/entities", limit=1)["items"][0]["key"]
        short = _get(client, f"/api/entities/{top}/profile")
        full = _get(client, f"/api/entities/{top}/profile", limit=50)
        assert full["events"]["total"] > 20 and len(full["partners"]) > 10
        for part in ("events", "figures", "positions"):
            assert short[part]["total"] == full[part]["total"]
            assert short[part]["items"] == full[part]["items"][:20]
            assert len(short[part]["items"]) == min(20, full[part]["total"])
        assert short["partners"] == full["partners"][:20]
        assert short["sectors"] == full["sectors"] and short["entity"] == full["entity"]
        events = _get(client, "/api/events", party=top, limit=50)
        assert [e["source"]["fact_id"] for e in events["items"]] == \
            [e["source"]["fact_id"] for e in full["events"]["items"]]


def test_profile_of_a_key_with_a_colon_and_unknown_key(client: TestClient) -> None:
    assert _get(client, "/api/entities/geo:Минск/profile")["entity"]["within"] == "BY"
    response = client.get("/api/entities/XX-NOPE/profile")
    assert response.status_code == 404
    assert "no entity with key 'XX-NOPE'" in response.json()["detail"]


def test_graph_edges_are_weighted_by_documents(client: TestClient) -> None:
    graph = _get(client, "/api/graph")
    edges = {(e["source"], e["target"]): (e["weight"], e["facts"]) for e in graph["edges"]}
    assert edges == {("BY", "RU-SPE"): (2, 1), ("CN-ZJ", "RU-TA"): (1, 1)}
    assert graph["edges"][0]["source"] == "BY"  # heaviest first
    assert {n["key"]: n["name"] for n in graph["nodes"]}["CN-ZJ"] == "Чжэцзян"
    assert _get(client, "/api/graph", sector="automotive")["total_edges"] == 2
    assert _get(client, "/api/graph", min_weight=2)["total_edges"] == 1
    wide = _get(client, "/api/graph", kind=["event", "flow"], type="GEO")
    assert {n["type"] for n in wide["nodes"]} == {"GEO"}
    assert ("RU-SPE", "geo:Минск") in {(e["source"], e["target"]) for e in wide["edges"]}


def test_search_finds_word_forms_with_a_total(client: TestClient) -> None:
    page = _get(client, "/api/search", q="поставки тракторов")
    assert [hit["doc_id"] for hit in page["items"]] == ["ta-zj"]
    assert page["total"] == 1 and "тракторов" in page["items"][0]["snippet"]
    assert page["more"] is False
    assert client.get("/api/search", params={"q": "…"}).status_code == 422


def test_search_ranks_the_documents_indexed_last_and_says_more_match(
    client: TestClient, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from coopwatch.store import search

    every = _get(client, "/api/search", q="Татарстан")
    assert (every["total"], every["more"]) == (2, False)
    monkeypatch.setattr(search, "RANKED_MATCHES", 1)
    page = _get(client, "/api/search", q="Татарстана")
    assert (page["total"], page["more"]) == (1, True)
    assert [hit["doc_id"] for hit in page["items"]] == ["ta-zj"]  # stored after ta-spb
    assert _get(client, "/api/search", q="Татарстана", offset=1)["items"] == []


def test_document_text_segments_name_the_facts(client: TestClient) -> None:
    segments = _get(client, "/api/documents/spb-by/text")["segments"]
    assert "".join(s["text"] for s in segments) == spb_card().text
    figure = next(s for s in segments if s["text"].startswith("Товарооборот"))
    assert figure["evidence"] and figure["facts"] == ["figure#0"]
    html = client.get("/api/documents/spb-by/text", params={"format": "html"})
    assert html.headers["content-type"].startswith("text/html")
    assert "<mark>Товарооборот" in html.text
    assert client.get("/api/documents/nope/text").status_code == 404


def test_export_events_csv(client: TestClient) -> None:
    response = client.get("/api/export/events.csv", params={"party": "RU-SPE"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert sorted(row["type"] for row in rows) == ["agreement", "visit", "visit"]
    visit = next(row for row in rows if row["place"] == "geo:Минск")
    assert visit["participants"] == "per:Кирилл Поляков; RU-SPE"
    assert visit["evidence"].endswith("посетил Минск.")


def test_export_figures_csv(client: TestClient) -> None:
    rows = list(csv.DictReader(io.StringIO(
        client.get("/api/export/figures.csv").content.decode("utf-8-sig"))))
    by_doc = {row["document_id"]: row for row in rows}
    assert float(by_doc["spb-by"]["value"]) == 3.0e9
    assert by_doc["spb-by"]["change_percent"] == "12.4" and by_doc["ta-zj"]["change_percent"] == ""


def test_export_cards_jsonl_round_trips(client: TestClient) -> None:
    lines = client.get("/api/export/cards.jsonl").text.splitlines()
    cards = {card["id"]: card for card in map(json.loads, lines)}
    assert sorted(cards) == ["spb-by", "ta-spb", "ta-zj"]
    assert Document.from_json(cards["spb-by"]) == spb_card()


def test_export_graphml_parses(client: TestClient) -> None:
    root = ElementTree.fromstring(client.get("/api/export/graph.graphml").content)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    nodes = {n.get("id") for n in root.iterfind("g:graph/g:node", ns)}
    edges = [(e.get("source"), e.get("target"), e.find("g:data[@key='weight']", ns).text)
             for e in root.iterfind("g:graph/g:edge", ns)]
    assert nodes == {"BY", "RU-SPE", "CN-ZJ", "RU-TA"}
    assert ("BY", "RU-SPE", "2") in edges


NEW_TEXT = ("Делегация Омской области посетила Павлодар и обсудила поставки зерна в Казахстан. "
            "Стороны договорились расширять сотрудничество.")


@pytest.mark.parametrize(("headers", "message"), [
    ({}, "Authorization: Bearer"),
    ({"Authorization": "Bearer wrong"}, "wrong"),
    ({"Authorization": f"Basic {TOKEN}"}, "Authorization: Bearer"),
])
def test_post_needs_the_token(client: TestClient, headers: dict, message: str) -> None:
    response = client.post("/api/documents", json={"text": NEW_TEXT}, headers=headers)
    assert response.status_code == 401
    assert message in response.json()["detail"]


def _submitted(client: TestClient, body: dict) -> dict:
    """POST a document (202 and a queued job), then its job once the queue is idle."""
    response = client.post("/api/documents", json=body,
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 202, response.text
    job = response.json()
    assert job["status"] == "queued" and response.headers["location"] == job["url"]
    client.app.state.jobs.wait_idle()
    return _get(client, job["url"])


def test_post_stores_then_reports_a_duplicate(client: TestClient) -> None:
    body = {"id": "omsk-1", "text": NEW_TEXT, "published": "2025-06-01", "title": "Омск"}
    first = _submitted(client, body)
    assert (first["status"], first["document_id"]) == ("stored", "omsk-1")
    assert _get(client, "/api/documents/omsk-1")["source"]["published"] == "2025-06-01"
    again = _submitted(client, {"text": NEW_TEXT})
    assert (again["status"], again["document_id"]) == ("duplicate", "omsk-1")


def test_a_text_the_checks_refuse_ends_as_a_rejected_job(client: TestClient) -> None:
    job = _submitted(client, {"text": "Too short and English only, not a Russian news text."})
    assert job["status"] == "rejected" and job["reason"] in {"too_short", "not_russian"}
    assert job["document_id"] is None


def test_unknown_job_is_404(client: TestClient) -> None:
    response = client.get("/api/jobs/nope")
    assert response.status_code == 404 and "nope" in response.json()["detail"]


@pytest.mark.parametrize(("body", "message"), [
    ({}, "exactly one of 'text'"),
    ({"text": NEW_TEXT, "html": "<p>x</p>"}, "exactly one of 'text'"),
    ({"text": NEW_TEXT, "published": "вчера"}, "is not a date"),
    ({"text": NEW_TEXT, "url": "javascript:alert(1)"}, "should match pattern"),
    ({"text": NEW_TEXT + "\x00"}, "NUL characters"),
    ({"text": NEW_TEXT, "title": "\ud800"}, "unicode string"),  # a lone surrogate
])
def test_post_bad_bodies_are_422(client: TestClient, body: dict, message: str) -> None:
    response = client.post("/api/documents", content=json.dumps(body),  # \u-escapes: ASCII
                           headers={"Authorization": f"Bearer {TOKEN}",
                                    "Content-Type": "application/json"})
    assert response.status_code == 422
    assert message in json.dumps(response.json(), ensure_ascii=False)


def test_openapi_lists_the_routes(client: TestClient) -> None:
    paths = _get(client, "/openapi.json")["paths"]
    for path in ("/api/events", "/api/figures", "/api/graph", "/api/search",
                 "/api/entities/{key}/profile", "/api/export/graph.graphml"):
        assert path in paths


# --- cards version 2: relevance and confidence

GRAPHML = {"g": "http://graphml.graphdrawing.org/xmlns"}


@pytest.fixture()
def rated_client(database_url: str) -> Iterator[TestClient]:
    """spb-by on topic (facts 0.9), ta-spb off topic (0.3), ta-zj a version-1 card."""
    yield from serving(database_url, version_2_cards())


def test_cards_carry_relevance_and_confidence_only_when_they_have_them(
    rated_client: TestClient,
) -> None:
    card = _get(rated_client, "/api/documents/spb-by")
    assert card["schema"] == 2 and card["relevance"] == {"on_topic": True, "score": 0.95}
    assert {fact["confidence"] for section in ("positions", "events", "figures", "flows",
                                               "cooperation") for fact in card[section]} == {0.9}
    old = _get(rated_client, "/api/documents/ta-zj")  # a version-1 card
    assert "relevance" not in old and all("confidence" not in e for e in old["events"])


def test_documents_list_shows_and_filters_relevance(rated_client: TestClient) -> None:
    listed = _get(rated_client, "/api/documents")
    assert {d["id"]: d["relevance"] for d in listed["items"]} == {
        "spb-by": {"on_topic": True, "score": 0.95},
        "ta-spb": {"on_topic": False, "score": 0.2}, "ta-zj": None}
    on = _get(rated_client, "/api/documents", on_topic=True)
    off = _get(rated_client, "/api/documents", on_topic="false")
    assert ([d["id"] for d in on["items"]], on["total"]) == (["spb-by"], 1)
    assert ([d["id"] for d in off["items"]], off["total"]) == (["ta-spb"], 1)


@pytest.mark.parametrize(("params", "expected"), [
    ({}, {("spb-by", "visit", 0.9), ("spb-by", "agreement", 0.9), ("ta-spb", "visit", 0.3),
          ("ta-zj", "localization", None)}),
    ({"min_confidence": 0.5}, {("spb-by", "visit", 0.9), ("spb-by", "agreement", 0.9)}),
    ({"min_confidence": 0}, {("spb-by", "visit", 0.9), ("spb-by", "agreement", 0.9),
                             ("ta-spb", "visit", 0.3)}),
    ({"on_topic": "true"}, {("spb-by", "visit", 0.9), ("spb-by", "agreement", 0.9)}),
    ({"on_topic": "false"}, {("ta-spb", "visit", 0.3)}),
    ({"on_topic": "false", "min_confidence": 0.31}, set()),
])
def test_events_filter_on_confidence_and_topic(
    rated_client: TestClient, params: dict, expected: set
) -> None:
    page = _get(rated_client, "/api/events", **params)
    assert {(i["source"]["document_id"], i["type"], i["confidence"])
            for i in page["items"]} == expected
    assert page["total"] == len(expected)


def test_figures_graph_and_profile_carry_confidence(rated_client: TestClient) -> None:
    figures = _get(rated_client, "/api/figures", min_confidence=0.9)["items"]
    assert [(f["source"]["document_id"], f["confidence"], f["source"]["on_topic"])
            for f in figures] == [("spb-by", 0.9, True)]
    graph = _get(rated_client, "/api/graph", min_confidence=0.5)
    assert [(e["source"], e["target"], e["confidence"]) for e in graph["edges"]] == [
        ("BY", "RU-SPE", 0.9)]
    assert _get(rated_client, "/api/graph", on_topic=False)["total_edges"] == 0
    profile = _get(rated_client, "/api/entities/RU-TA/profile")
    assert {e["confidence"] for e in profile["events"]["items"]} == {0.3, None}


@pytest.mark.parametrize("url", ["/api/events", "/api/figures", "/api/graph",
                                 "/api/export/events.csv", "/api/export/graph.graphml"])
@pytest.mark.parametrize(("params", "words"), [
    ({"min_confidence": 1.5}, "less than or equal to 1"),
    ({"min_confidence": -0.1}, "greater than or equal to 0"),
    ({"min_confidence": "nan"}, "finite number"),
    ({"min_confidence": "высокая"}, "valid number"),
    ({"on_topic": "maybe"}, "valid boolean"),
])
def test_bad_quality_filters_are_422(
    rated_client: TestClient, url: str, params: dict, words: str
) -> None:
    response = rated_client.get(url, params=params)
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"][-1] == next(iter(params)) and words in error["msg"]


def test_documents_on_topic_must_be_a_boolean(rated_client: TestClient) -> None:
    assert rated_client.get("/api/documents", params={"on_topic": "maybe"}).status_code == 422


def test_exports_carry_confidence_and_relevance(rated_client: TestClient) -> None:
    events = list(csv.DictReader(io.StringIO(
        rated_client.get("/api/export/events.csv").content.decode("utf-8-sig"))))
    assert {(r["document_id"], r["confidence"], r["on_topic"]) for r in events} == {
        ("spb-by", "0.9", "true"), ("ta-spb", "0.3", "false"), ("ta-zj", "", "")}
    figures = list(csv.DictReader(io.StringIO(rated_client.get(
        "/api/export/figures.csv", params={"on_topic": True}).content.decode("utf-8-sig"))))
    assert [(r["document_id"], r["confidence"], r["on_topic"]) for r in figures] == [
        ("spb-by", "0.9", "true")]
    root = ElementTree.fromstring(rated_client.get("/api/export/graph.graphml").content)
    edges = {(e.get("source"), e.get("target")): e.find("g:data[@key='confidence']", GRAPHML)
             for e in root.iterfind("g:graph/g:edge", GRAPHML)}
    assert edges[("BY", "RU-SPE")].text == "0.9" and edges[("CN-ZJ", "RU-TA")] is None
    assert root.find("g:key[@id='confidence']", GRAPHML).get("attr.type") == "double"
    cards = [json.loads(line) for line in rated_client.get("/api/export/cards.jsonl").text.splitlines()]
    assert [card["schema"] for card in cards] == [2, 2, 2]


def test_docs_describe_relevance_confidence_and_the_filters(rated_client: TestClient) -> None:
    spec = _get(rated_client, "/openapi.json")
    schemas = spec["components"]["schemas"]
    assert "relevance" in schemas["Card"]["properties"]
    for fact in ("CardPosition", "CardEvent", "CardFigure", "CardFlow", "CardCooperation"):
        assert "confidence" in schemas[fact]["properties"], fact
    assert "relevance" in schemas["DocumentSummary"]["properties"]
    for item in ("EventItem", "FigureItem", "PositionItem", "GraphEdge"):
        assert "confidence" in schemas[item]["properties"], item
    for path in ("/api/events", "/api/figures", "/api/graph", "/api/export/events.csv"):
        names = {p["name"] for p in spec["paths"][path]["get"]["parameters"]}
        assert {"min_confidence", "on_topic"} <= names, path
    documents = spec["paths"]["/api/documents"]["get"]["parameters"]
    assert "on_topic" in {p["name"] for p in documents}
