"""Cards version 2 through the API, on SQLite and PostgreSQL: relevance and confidence in
the answers and /docs, the min_confidence and on_topic filters, exports."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING
from xml.etree import ElementTree

import pytest

from builders import version_2_cards
from coopwatch.settings import Settings
from coopwatch.store import repository

if TYPE_CHECKING:
    from fastapi.testclient import TestClient

pytest_plugins = ["db_fixtures"]

GRAPHML = {"g": "http://graphml.graphdrawing.org/xmlns"}


@pytest.fixture()
def client(database_url: str) -> Iterator[TestClient]:
    from fastapi.testclient import TestClient  # the app's imports wait for the first test

    from coopwatch.api import create_app

    app = create_app(Settings(database_url=database_url), pipeline=lambda doc: doc)
    with app.state.database.sessions.begin() as session:
        for card in version_2_cards():
            repository.save_document(session, doc=card)
    with TestClient(app) as client:
        yield client


def _get(client: TestClient, url: str, **params: object) -> dict:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_cards_carry_relevance_and_confidence_only_when_they_have_them(
    client: TestClient,
) -> None:
    card = _get(client, "/api/documents/spb-by")
    assert card["schema"] == 2 and card["relevance"] == {"on_topic": True, "score": 0.95}
    assert {fact["confidence"] for section in ("positions", "events", "figures", "flows",
                                               "cooperation") for fact in card[section]} == {0.9}
    old = _get(client, "/api/documents/ta-zj")  # a version-1 card
    assert "relevance" not in old and all("confidence" not in e for e in old["events"])


def test_documents_list_shows_and_filters_relevance(client: TestClient) -> None:
    listed = _get(client, "/api/documents")
    assert {d["id"]: d["relevance"] for d in listed["items"]} == {
        "spb-by": {"on_topic": True, "score": 0.95},
        "ta-spb": {"on_topic": False, "score": 0.2}, "ta-zj": None}
    on = _get(client, "/api/documents", on_topic=True)
    off = _get(client, "/api/documents", on_topic="false")
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
    client: TestClient, params: dict, expected: set
) -> None:
    page = _get(client, "/api/events", **params)
    assert {(i["source"]["document_id"], i["type"], i["confidence"])
            for i in page["items"]} == expected
    assert page["total"] == len(expected)


def test_figures_graph_and_profile_carry_confidence(client: TestClient) -> None:
    figures = _get(client, "/api/figures", min_confidence=0.9)["items"]
    assert [(f["source"]["document_id"], f["confidence"], f["source"]["on_topic"])
            for f in figures] == [("spb-by", 0.9, True)]
    graph = _get(client, "/api/graph", min_confidence=0.5)
    assert [(e["source"], e["target"], e["confidence"]) for e in graph["edges"]] == [
        ("BY", "RU-SPE", 0.9)]
    assert _get(client, "/api/graph", on_topic=False)["total_edges"] == 0
    profile = _get(client, "/api/entities/RU-TA/profile")
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
    client: TestClient, url: str, params: dict, words: str
) -> None:
    response = client.get(url, params=params)
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"][-1] == next(iter(params)) and words in error["msg"]


def test_documents_on_topic_must_be_a_boolean(client: TestClient) -> None:
    assert client.get("/api/documents", params={"on_topic": "maybe"}).status_code == 422


def test_exports_carry_confidence_and_relevance(client: TestClient) -> None:
    events = list(csv.DictReader(io.StringIO(client.get("/api/export/events.csv").text)))
    assert {(r["document_id"], r["confidence"], r["on_topic"]) for r in events} == {
        ("spb-by", "0.9", "true"), ("ta-spb", "0.3", "false"), ("ta-zj", "", "")}
    figures = list(csv.DictReader(io.StringIO(client.get(
        "/api/export/figures.csv", params={"on_topic": True}).text)))
    assert [(r["document_id"], r["confidence"], r["on_topic"]) for r in figures] == [
        ("spb-by", "0.9", "true")]
    root = ElementTree.fromstring(client.get("/api/export/graph.graphml").content)
    edges = {(e.get("source"), e.get("target")): e.find("g:data[@key='confidence']", GRAPHML)
             for e in root.iterfind("g:graph/g:edge", GRAPHML)}
    assert edges[("BY", "RU-SPE")].text == "0.9" and edges[("CN-ZJ", "RU-TA")] is None
    assert root.find("g:key[@id='confidence']", GRAPHML).get("attr.type") == "double"
    cards = [json.loads(line) for line in client.get("/api/export/cards.jsonl").text.splitlines()]
    assert [card["schema"] for card in cards] == [2, 2, 2]


def test_docs_describe_relevance_confidence_and_the_filters(client: TestClient) -> None:
    spec = _get(client, "/openapi.json")
    schemas = spec["components"]["schemas"]
    assert "relevance" in schemas["Card"]["properties"]
    assert "confidence" in schemas["Fact"]["properties"]
    assert "relevance" in schemas["DocumentSummary"]["properties"]
    for item in ("EventItem", "FigureItem", "PositionItem", "GraphEdge"):
        assert "confidence" in schemas[item]["properties"], item
    for path in ("/api/events", "/api/figures", "/api/graph", "/api/export/events.csv"):
        names = {p["name"] for p in spec["paths"][path]["get"]["parameters"]}
        assert {"min_confidence", "on_topic"} <= names, path
    documents = spec["paths"]["/api/documents"]["get"]["parameters"]
    assert "on_topic" in {p["name"] for p in documents}
